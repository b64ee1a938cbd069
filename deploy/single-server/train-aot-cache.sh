#!/usr/bin/env bash
# Trains the JDK's ahead-of-time cache (JEP 483/514/515, Java 25 or newer) for the installed service: starts it
# once with -XX:AOTCacheOutput on its real settings and database, waits until it is ready, reads its OpenAPI
# document and health once, stops it, and the JVM writes the classes it loaded and linked (and their profiles) to
# /var/lib/ungcuu/app.aot. With the drop-in java25-aot.conf, ungcuu.service starts with
# -XX:AOTCache=/var/lib/ungcuu/app.aot and is ready 35-40 % sooner (deploy/bench/README.md). Run it as root after every install or upgrade of the service or of
# Java, with the service stopped:
#
#   systemctl stop ungcuu && /opt/ungcuu/deploy/single-server/train-aot-cache.sh && systemctl start ungcuu
#
# A cache made for another jar or another JVM build is refused at start with a warning, and the service starts
# without it (slower, never wrong); the same when the file is missing.
set -euo pipefail

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jre-amd64/bin/java}
APP=${APP:-/opt/ungcuu/app/quarkus-run.jar}
CACHE=${CACHE:-/var/lib/ungcuu/app.aot}
ENV_FILE=${ENV_FILE:-/etc/ungcuu/ungcuu.env}

[[ -x $JAVA ]] || { echo "no Java 25 at $JAVA (set JAVA=...)" >&2; exit 1; }
"$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput \
  || { echo "$JAVA has no AOT cache (Java 25 or newer is needed)" >&2; exit 1; }

set -a
# shellcheck disable=SC1090
. "$ENV_FILE"
set +a
port=${QUARKUS_HTTP_PORT:-8080}
if curl -s -o /dev/null "http://127.0.0.1:$port/q/health/live"; then
  echo "port $port answers: stop the service first (systemctl stop ungcuu)" >&2
  exit 1
fi

rm -f "$CACHE"
cd /var/lib/ungcuu
# the same JVM options as ungcuu.service: a cache trained with other options may be refused
runuser -u ungcuu -- "$JAVA" -XX:+UseSerialGC -Xms64m -Xmx512m -XX:+ExitOnOutOfMemoryError \
  -Djava.io.tmpdir=/var/lib/ungcuu/tmp -XX:AOTCacheOutput="$CACHE" -jar "$APP" &
pid=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
  kill -0 "$pid" 2>/dev/null || { echo "the service stopped during training" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "http://127.0.0.1:$port/q/openapi" || true
curl -sf -o /dev/null "http://127.0.0.1:$port/q/health" || true
# stop the JVM itself: runuser, told to stop, kills its child 2 s later, before the JVM has written the cache
kill -TERM "$(pgrep -P "$pid" java)"
wait "$pid" || true   # Quarkus exits 143 on SIGTERM; the JVM writes the cache as it exits
[[ -s $CACHE ]] || { echo "no cache was written to $CACHE" >&2; exit 1; }
echo "AOT cache written: $CACHE ($(du -h "$CACHE" | cut -f1))"
