#!/usr/bin/env bash
# UngCuu benchmark: seeds a database with INCIDENTS incidents through the real schema, starts the packaged
# service, drives it with wrk, then drives the same PostgreSQL with the statements the service issues (the old
# limit) and with the same work done in SQL alone (the new limit: the same JSON, rows and CSV), and prints per
# operation requests/s, p50, p99 and the ratios service / limit next to the goals. See README.md here.
#
#   deploy/bench/run.sh                                  # the full run (1,000,000 incidents, 20 s per operation)
#   INCIDENTS=20000 BENCH_SECONDS=5 deploy/bench/run.sh  # a quick smoke run
#
# It drops and recreates the database BENCH_DB (default ungcuu_bench; the name must contain "bench").
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo"

INCIDENTS=${INCIDENTS:-1000000}
BENCH_SECONDS=${BENCH_SECONDS:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-5}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
IDLE_SECONDS=${IDLE_SECONDS:-15}
BENCH_DB=${BENCH_DB:-ungcuu_bench}
BENCH_PORT=${BENCH_PORT:-18090}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx512m -XX:+ExitOnOutOfMemoryError}
BENCH_DIR=${BENCH_DIR:-$repo/target/bench}
BENCH_RESULTS=${BENCH_RESULTS:-$BENCH_DIR/results.md}
STARTS=${STARTS:-3}              # starts per JVM for the start-up median
BENCH_AOT_JAVA=${BENCH_AOT_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}  # a Java 25+ for the AOT-cache start-up
BENCH_REUSE=${BENCH_REUSE:-0}   # 1: keep the database a previous run seeded (skips schema, seed and VACUUM)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
SPAN_DAYS=730        # incidents are spread over the two years before the seed
GOAL_RATIO=0.5       # service req/s ÷ new limit for create, get, filtered list, unit export
GOAL_P99_MS=50       # get and filtered list at CONNECTIONS connections
GOAL_STARTUP_MS=3000
GOAL_IDLE_RSS_MIB=200

die() { echo "bench: $*" >&2; exit 1; }
log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

[[ $BENCH_DB =~ ^[a-z0-9_]*bench[a-z0-9_]*$ ]] || die "BENCH_DB must be a lower-case name containing 'bench' (it is dropped)"
[[ $INCIDENTS =~ ^[0-9]+$ ]] && (( INCIDENTS >= 1000 )) || die "INCIDENTS must be a number >= 1000"
for tool in java curl psql pgbench wrk jq diff awk sort; do
  command -v "$tool" >/dev/null || die "$tool is not installed (wrk, jq: apt-get install wrk jq; psql, pgbench: postgresql-client)"
done
psql -X -d postgres -Atqc 'select 1' >/dev/null 2>&1 || die "cannot reach PostgreSQL as $PGUSER@$PGHOST:$PGPORT"
if curl -s -o /dev/null "http://127.0.0.1:$BENCH_PORT/"; then die "port $BENCH_PORT is in use (set BENCH_PORT)"; fi

jar=$repo/target/quarkus-app/quarkus-run.jar
if [[ ! -f $jar ]]; then
  log "building the service (./mvnw -DskipTests package)"
  ./mvnw -q -DskipTests package
fi

rm -rf "$BENCH_DIR/work"
mkdir -p "$BENCH_DIR/work" "$(dirname "$BENCH_RESULTS")"
work=$BENCH_DIR/work
local_dir=$BENCH_DIR/local    # the key pair the tokens are signed with (kept between runs)
mkdir -p "$local_dir"
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$BENCH_DB" -c "$1"; }

reused=""
if [[ $BENCH_REUSE == 1 ]]; then
  reused=$(psql -X -At -d "$BENCH_DB" -c "select incidents || '|' || t_end_ms || '|' || span_ms || '|' || seeded_at from bench.params" 2>/dev/null || true)
  [[ -n $reused ]] || die "BENCH_REUSE=1 but $BENCH_DB holds no seeded benchmark (bench.params); run without it first"
  IFS='|' read -r INCIDENTS t_end_ms span_ms seeded_at <<<"$reused"
fi

# rough, for 2 cores: 13 timed runs, 5 closed loops, and per million incidents ~7 min of seeding, ~5 min of
# yearly reports at 16 connections (each reads ~500,000 incidents) and ~1 min of full export
estimate=$(( 13 * (WARMUP_SECONDS + BENCH_SECONDS) + 5 * (BENCH_SECONDS + 5) + 100
             + INCIDENTS * ((BENCH_REUSE == 1 ? 0 : 420) + 300 + 60) / 1000000 ))
log "UngCuu benchmark: $INCIDENTS incidents, $BENCH_SECONDS s per operation, $CONNECTIONS connections, database $BENCH_DB"
log "expected duration on 2 cores: about $(( estimate / 60 + 1 )) min"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the service --------------------------------------------------------------------------------------
svc_pid=""
cleanup() {
  if [[ -n $svc_pid ]] && kill -0 "$svc_pid" 2>/dev/null; then kill -TERM "$svc_pid"; wait "$svc_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

start_service() {  # $1: log file. Sets svc_pid and startup_ms (process start to /q/health/ready 200).
  local started
  started=$(now_ms)
  env QUARKUS_HTTP_PORT="$BENCH_PORT" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
      QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="file://$local_dir/keys/jwt-public.pem" \
      MP_JWT_VERIFY_ISSUER=urn:ungcuu:local \
      UNGCUU_RATE_LIMIT_REQUESTS_PER_SECOND=0 \
      UNGCUU_AUDIT_SEAL_EVERY=off \
      UNGCUU_MAIL_DISPATCH_EVERY=off \
      UNGCUU_DATA_DIR="$local_dir" \
      ${svc_java:-java} $BENCH_JAVA_OPTS ${svc_extra:-} -jar "$jar" >"$1" 2>&1 &
  svc_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$BENCH_PORT/q/health/ready"; do
    kill -0 "$svc_pid" 2>/dev/null || { tail -40 "$1" >&2; svc_pid=""; die "the service exited (log: $1)"; }
    (( $(now_ms) - started < 300000 )) || die "the service was not ready within 300 s (log: $1)"
    sleep 0.05
  done
  startup_ms=$(( $(now_ms) - started ))
}

stop_service() {
  kill -TERM "$svc_pid"
  wait "$svc_pid" 2>/dev/null || true
  svc_pid=""
}

token_for() { UNGCUU_DATA_DIR=$local_dir java -jar "$jar" token "$@" --hours 12; }
if [[ -n $reused ]]; then
  log "reusing $BENCH_DB, seeded at $seeded_at with $INCIDENTS incidents (it also holds what earlier runs created)"
  coordinator=$(token_for --role coordinator)
  migrate_ms="-"
else
  # --- schema: the service's own Liquibase run against an empty database -------------------------------
  log "creating database $BENCH_DB and the schema (the service's Liquibase changesets)"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB"
  coordinator=$(token_for --role coordinator)
  start_service "$work/service-schema.log"
  migrate_ms=$startup_ms
  stop_service
  log "schema created (first start with migrations: $migrate_ms ms)"

  # --- seed -----------------------------------------------------------------------------------------------
  t_end_ms=$(( $(now_ms) - 60000 ))
  span_ms=$(( SPAN_DAYS * 86400000 ))
  log "seeding $INCIDENTS incidents and their history (deploy/bench/seed.sql)"
  seed_started=$(now_ms)
  psql_db -v incidents="$INCIDENTS" -v t_end_ms="$t_end_ms" -v span_ms="$span_ms" -f "$here/seed.sql" >"$work/seed.log"
  seed_ms=$(( $(now_ms) - seed_started ))
fi
# the new limit's functions (seed.sql has them already; a reused database gets the current ones)
psql_db -c "SET client_min_messages = warning" -f "$here/pgbench/functions.sql" >/dev/null
read -r n_incident n_audit n_unsealed n_deadline n_report n_assessment n_escalation n_systems < <(sql "
  select (select count(*) from incident), (select count(*) from audit_entry), (select count(*) from audit_unsealed),
         (select count(*) from incident_deadline), (select count(*) from official_report),
         (select count(*) from incident_assessment), (select count(*) from escalation),
         (select count(*) from incident_affected_system)" | tr '|' ' ')
seed_rows=$(( n_incident + n_audit + n_unsealed + n_deadline + n_report + n_assessment + n_escalation + n_systems ))
if [[ -z $reused ]]; then
  log "seeded in $(( seed_ms / 1000 )) s: $n_incident incidents, $n_audit audit entries, $n_deadline obligations, $seed_rows rows in all"
  vacuum_started=$(now_ms)
  psql_db -c "VACUUM (ANALYZE)"
  vacuum_ms=$(( $(now_ms) - vacuum_started ))
  log "VACUUM ANALYZE in $(( vacuum_ms / 1000 )) s"
fi
db_size=$(sql "select pg_size_pretty(pg_database_size(current_database()))")
log "database size $db_size"

# --- start the service on the seeded database -------------------------------------------------------------
log "starting the service"
start_service "$work/service.log"
# the service's RSS every 0.5 s until it stops (the export's window is read from it; the peak is reported)
( while kill -0 "$svc_pid" 2>/dev/null; do echo "$(now_ms) $(rss_kib "$svc_pid")"; sleep 0.5; done ) >"$work/rss.txt" &
sampler=$!
ready_rss=$(rss_kib "$svc_pid")
sleep "$IDLE_SECONDS"
idle_rss=$(rss_kib "$svc_pid")
log "ready in $startup_ms ms; RSS at ready $(( ready_rss / 1024 )) MiB, after $IDLE_SECONDS s idle $(( idle_rss / 1024 )) MiB"

base=http://127.0.0.1:$BENCH_PORT
year=$(TZ=Asia/Ho_Chi_Minh date +%Y)
today=$(TZ=Asia/Ho_Chi_Minh date +%F)   # the district's day: the successions the service reads are those effective by it
report_year=$(( year - 1 ))
detected_at=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)

# the filtered list: NEW incidents of the commune with the median number of them
list_unit=$(sql "select unit_code from incident where status = 'NEW' and unit_code like 'XA-%'
                 group by unit_code order by count(*), unit_code
                 offset (select count(distinct unit_code) / 2 from incident where status = 'NEW' and unit_code like 'XA-%') limit 1")
# get: wrk and pgbench pick from the same ids, every stride-th seeded incident (at most ~100,000 of them)
id_stride=$(( INCIDENTS > 100000 ? INCIDENTS / 100000 : 1 ))
id_count=$(( (INCIDENTS - 1) / id_stride + 1 ))
sql "select bench.uuid7($t_end_ms - $span_ms + ((n - 1) * $span_ms) / $INCIDENTS, n) from generate_series(1, $INCIDENTS, $id_stride) n" \
  >"$work/ids.txt"
[[ $(sql "select count(*) from incident where id = '$(tail -1 "$work/ids.txt")'") == 1 ]] || die "seeded ids do not match bench.uuid7"

# the deep cursor: the one the service hands out after the row at position total/2 of the default order
# (-createdAt), built the way vn.ungcuu.paging.Cursor encodes it (scope, time, id; base64url, no padding): bench.cursor
deep_position=$(( n_incident / 2 ))
IFS='|' read -r deep_cursor deep_at deep_id < <(sql "
  select bench.cursor(reported_at, id), reported_at, id
  from incident order by reported_at desc, id desc offset $(( deep_position - 1 )) limit 1")
deep_url="/api/v1/incidents?limit=50&cursor=$deep_cursor"
expected_first=$(sql "select id from incident where (reported_at, id) < ('$deep_at', '$deep_id') order by reported_at desc, id desc limit 1")
got_first=$(curl -sf -H "Authorization: Bearer $coordinator" "$base$deep_url" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4 || true)
[[ $got_first == "$expected_first" ]] || die "the deep cursor did not page where expected (got '$got_first', want '$expected_first')"
log "deep cursor checked: page after row $deep_position of $n_incident starts at $expected_first"

# every URL answers 2xx before it is measured
check() {  # $1 method, $2 path, $3 accept
  local code
  code=$(curl -s -o "$work/check.out" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $coordinator" -H "Accept: $3" "$base$2")
  [[ $code == 2* ]] || { head -c 600 "$work/check.out" >&2; die "$1 $2 answered $code"; }
}
check GET "/api/v1/incidents/$(head -1 "$work/ids.txt")" application/json
check GET "/api/v1/incidents?status=NEW&unitCode=$list_unit&limit=50" application/json
check GET "/api/v1/reports/summary?period=$report_year" application/json

# --- the full export, first, so that its RSS compares with the idle RSS ---------------------------------
log "full export: every incident as CSV"
before_export_rss=$(rss_kib "$svc_pid")
export_started=$(now_ms)
export_lines=$(curl -sf -H "Authorization: Bearer $coordinator" -H 'Accept: text/csv' "$base/api/v1/incidents" | wc -l) \
  || export_lines=0
export_ms=$(( $(now_ms) - export_started ))
sleep 0.6   # one more RSS sample after the end
export_rows=$(( export_lines > 0 ? export_lines - 1 : 0 ))
expected_rows=$(sql "select count(*) from incident")
alive=yes; kill -0 "$svc_pid" 2>/dev/null || alive=no
read -r max_rss first_half_max second_half_max < <(awk -v s="$export_started" -v e="$(( export_started + export_ms ))" '
  $1 >= s && $1 <= e { n++; t[n] = $1; r[n] = $2 }
  END { m = 0; a = 0; b = 0; mid = (s + e) / 2
        for (i = 1; i <= n; i++) { if (r[i] > m) m = r[i]; if (t[i] < mid) { if (r[i] > a) a = r[i] } else if (r[i] > b) b = r[i] }
        print m + 0, a + 0, b + 0 }' "$work/rss.txt")
export_rps=$(awk -v r="$export_rows" -v ms="$export_ms" 'BEGIN {printf "%.0f", (ms > 0 ? r / (ms / 1000) : 0)}')
log "  service    exported $export_rows of $expected_rows rows in $export_ms ms ($export_rps rows/s); RSS before $(( before_export_rss / 1024 )) MiB, max $(( max_rss / 1024 )) MiB, 1st half max $(( first_half_max / 1024 )) MiB, 2nd half max $(( second_half_max / 1024 )) MiB"

# the same rows and columns by COPY: pgbench/export-copy.sql without its unit filter
grep -v ":'unit'" "$here/pgbench/export-copy.sql" >"$work/export-copy-all.sql"
raw_export_started=$(now_ms)
raw_export_lines=$(psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -f "$work/export-copy-all.sql" | wc -l)
raw_export_ms=$(( $(now_ms) - raw_export_started ))
raw_export_rps=$(awk -v r="$(( raw_export_lines - 1 ))" -v ms="$raw_export_ms" 'BEGIN {printf "%.0f", (ms > 0 ? r / (ms / 1000) : 0)}')
log "  new limit  COPY of the same $(( raw_export_lines - 1 )) rows in $raw_export_ms ms ($raw_export_rps rows/s)"


# --- the measurements -----------------------------------------------------------------------------------
# Each operation runs three times: on the service, as the statements the service issues (the "old limit": what the
# framework costs over the service's own SQL) and as the same work done by PostgreSQL alone (the "new limit",
# issue 21: the same JSON, rows or CSV produced by SQL). Results by label: the operation for the service and the old
# limit, <operation>-json, create-rows, export-copy for the new limit.
declare -A svc_rps svc_p50 svc_p99 svc_err svc_n svc_bytes pg_tps pg_p50 pg_p99 pg_err

run_wrk() {  # $1 op, $2 lua script, $3 path, [$4 accept], [$5 timeout]
  local op=$1 script=$here/lua/$2 url=$base$3 accept=${4:-application/json} timeout=${5:-10s} line
  export BENCH_TOKEN=$coordinator BENCH_LUA=$here/lua BENCH_IDS=$work/ids.txt BENCH_DETECTED_AT=$detected_at BENCH_ACCEPT=$accept
  if (( WARMUP_SECONDS > 0 )); then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" --timeout "$timeout" -s "$script" "$url" >"$work/wrk-$op-warmup.txt" 2>&1 || true
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${BENCH_SECONDS}s" --timeout "$timeout" --latency -s "$script" "$url" >"$work/wrk-$op.txt" 2>&1 || true
  line=$(grep '^BENCH_RESULT' "$work/wrk-$op.txt") || { cat "$work/wrk-$op.txt" >&2; die "wrk $op gave no result"; }
  local requests duration p50 p99 errors
  requests=$(sed -E 's/.* requests=([0-9]+).*/\1/' <<<"$line")
  duration=$(sed -E 's/.* duration_us=([0-9]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.* p50_us=([0-9]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.* p99_us=([0-9]+).*/\1/' <<<"$line")
  errors=$(awk '{s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^errors_/) { split($i, kv, "="); s += kv[2] } print s}' <<<"$line")
  svc_n[$op]=$requests
  svc_rps[$op]=$(awk -v r="$requests" -v d="$duration" 'BEGIN {printf "%.1f", r / (d / 1e6)}')
  svc_p50[$op]=$(awk -v v="$p50" 'BEGIN {printf "%.2f", v / 1000}')
  svc_p99[$op]=$(awk -v v="$p99" 'BEGIN {printf "%.2f", v / 1000}')
  svc_err[$op]=$errors
  svc_bytes[$op]=$(( requests > 0 ? $(sed -E 's/.* bytes=([0-9]+).*/\1/' <<<"$line") / requests : 0 ))
  log "  service    $op: ${svc_rps[$op]} req/s, p50 ${svc_p50[$op]} ms, p99 ${svc_p99[$op]} ms, $requests requests, $errors errors"
}

run_pgbench() {  # $1 label, $2 script, $3 "time" (-T BENCH_SECONDS) or "loop" (closed loop, -t), then -D definitions
  local op=$1 script=$2 mode=$3; shift 3
  local defs=() d started length kind round_ms
  for d in "$@"; do defs+=(-D "$d"); done
  length=(-T "$BENCH_SECONDS")
  if [[ $mode == loop ]]; then
    # the warm-up runs for WARMUP_SECONDS (at least 1; pgbench -T lets the transactions in flight end); one round
    # of the closed loop lasts about its average latency, all clients running at once
    started=$(now_ms)
    pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$(( WARMUP_SECONDS > 0 ? WARMUP_SECONDS : 1 ))" \
      -f "$script" "${defs[@]}" "$BENCH_DB" >"$work/pgbench-$op-warmup.txt" 2>&1 || true
    round_ms=$(awk -v w=$(( $(now_ms) - started )) '/^latency average = / {w = $4} END {printf "%.0f", w}' \
                   "$work/pgbench-$op-warmup.txt")
    length=(-t "$(rounds_for "$round_ms" 10000)")
  elif (( WARMUP_SECONDS > 0 )); then
    pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$WARMUP_SECONDS" -f "$script" "${defs[@]}" "$BENCH_DB" \
      >"$work/pgbench-$op-warmup.txt" 2>&1 || true
  fi
  rm -f "$work/pgb_$op".*
  pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" "${length[@]}" -f "$script" "${defs[@]}" \
    -l --log-prefix="$work/pgb_$op" "$BENCH_DB" >"$work/pgbench-$op.txt" 2>&1 || true
  grep -q '^tps = ' "$work/pgbench-$op.txt" || { tail -20 "$work/pgbench-$op.txt" >&2; die "pgbench $op failed"; }
  pg_tps[$op]=$(awk '/^tps = / {printf "%.1f", $3}' "$work/pgbench-$op.txt")
  pg_err[$op]=$(awk '/number of failed transactions/ {print $5; f = 1} END {if (!f) print 0}' "$work/pgbench-$op.txt")
  if grep -q 'aborted' "$work/pgbench-$op.txt"; then pg_err[$op]="aborted"; fi
  read -r pg_p50[$op] pg_p99[$op] < <(cat "$work/pgb_$op".* | awk '{print $3}' | percentiles)
  kind=$([[ $op == *-* ]] && echo "new limit" || echo "old limit")
  log "  $kind  $op: ${pg_tps[$op]} tps, p50 ${pg_p50[$op]} ms, p99 ${pg_p99[$op]} ms, $(cat "$work/pgb_$op".* | wc -l) transactions, failed ${pg_err[$op]}"
}

percentiles() {  # latencies in microseconds on stdin -> "p50_ms p99_ms" (nearest rank)
  sort -n | awk '{v[NR] = $1} END {
    if (NR == 0) { print "nan nan"; exit }
    i50 = int(NR * 0.50); if (i50 < NR * 0.50) i50++; i99 = int(NR * 0.99); if (i99 < NR * 0.99) i99++
    printf "%.2f %.2f\n", v[i50] / 1000, v[i99] / 1000 }'
}

# Slow operations (a unit's CSV export, the yearly report) take up to seconds each at 16 connections; wrk
# stops at -d and drops the requests in flight, which would under-count them. They run as closed loops
# instead: CONNECTIONS clients each send the same number of requests back to back (curl, keep-alive; pgbench -t;
# psql for COPY), and requests/s = all requests / wall time. A warm-up round of one request per client sizes the
# number of rounds so that the measurement lasts about BENCH_SECONDS.
rounds_for() {  # $1 wall ms of one round, [$2 the most rounds: 200 for curl, whose arguments list them]
  awk -v w="$1" -v s="$BENCH_SECONDS" -v m="${2:-200}" 'BEGIN { r = int(s * 1000 / (w > 1 ? w : 1) + 0.5); if (r < 1) r = 1; if (r > m) r = m; print r }'
}

fixed_round() {  # $1 op, $2 url, $3 accept, $4 requests per client, $5 tag; sets fixed_ms
  local args=() pids=() c k started
  for ((k = 0; k < $4; k++)); do args+=(-o /dev/null "$2"); done
  started=$(now_ms)
  for ((c = 1; c <= CONNECTIONS; c++)); do
    curl -s -H "Authorization: Bearer $coordinator" -H "Accept: $3" -w '%{http_code} %{time_total}\n' "${args[@]}" \
      >"$work/loop-$1-$5-$c.txt" &
    pids+=($!)
  done
  for c in "${pids[@]}"; do wait "$c" || true; done
  fixed_ms=$(( $(now_ms) - started ))
}

run_loop() {  # $1 op, $2 path, $3 accept
  local op=$1 url=$base$2 rounds total errors
  fixed_round "$op" "$url" "$3" 1 warmup
  rounds=$(rounds_for "$fixed_ms")
  fixed_round "$op" "$url" "$3" "$rounds" run
  total=$(cat "$work/loop-$op-run-"*.txt | wc -l)
  errors=$(cat "$work/loop-$op-run-"*.txt | awk '$1 !~ /^2/ {n++} END {print n + 0}')
  (( total == CONNECTIONS * rounds )) || errors=$(( errors + CONNECTIONS * rounds - total ))
  svc_n[$op]=$total
  svc_err[$op]=$errors
  svc_rps[$op]=$(awk -v r="$total" -v ms="$fixed_ms" 'BEGIN {printf "%.2f", r / (ms / 1000)}')
  read -r svc_p50[$op] svc_p99[$op] < <(cat "$work/loop-$op-run-"*.txt | awk '{printf "%.0f\n", $2 * 1e6}' | percentiles)
  log "  service    $op: ${svc_rps[$op]} req/s, p50 ${svc_p50[$op]} ms, p99 ${svc_p99[$op]} ms, $total requests ($CONNECTIONS × $rounds), $errors errors"
  cat "$work/loop-$op-run-"*.txt >"$work/loop-$op.txt"
  rm -f "$work/loop-$op-run-"*.txt "$work/loop-$op-warmup-"*.txt
}

# COPY cannot run in pgbench: CONNECTIONS psql processes each run the same COPY the same number of times, its
# output to /dev/null (\o), each statement timed by psql (\timing). The wall time runs from the first client's
# first COPY to the last client's last one (the server's clock, read by each client before and after its COPYs), so
# that starting 16 psql processes does not count.
copy_round() {  # $1 label, $2 file of one COPY statement, $3 statements per client, $4 tag; sets fixed_ms
  local pids=() c k
  { echo 'select extract(epoch from clock_timestamp()) * 1000 as started \gset'; echo '\echo started :started'
    echo '\timing on'; echo '\o /dev/null'; for ((k = 0; k < $3; k++)); do cat "$2"; done; echo '\o'; echo '\timing off'
    echo 'select extract(epoch from clock_timestamp()) * 1000 as ended \gset'; echo '\echo ended :ended'
  } >"$work/copy-$1-$4.sql"
  for ((c = 1; c <= CONNECTIONS; c++)); do
    psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -f "$work/copy-$1-$4.sql" >"$work/copy-$1-$4-$c.txt" 2>&1 &
    pids+=($!)
  done
  for c in "${pids[@]}"; do wait "$c" || true; done
  fixed_ms=$(cat "$work/copy-$1-$4-"*.txt | awk '$1 == "started" && (s == "" || $2 < s) {s = $2} $1 == "ended" && $2 > e {e = $2}
                                                END {printf "%.0f", (s != "" && e > s ? e - s : 0)}')
}

run_copy_loop() {  # $1 label, $2 file of one COPY statement
  local op=$1 rounds total round_ms
  # a first guess of a round from 3 COPYs per client (their median time), then a warm-up of about WARMUP_SECONDS,
  # whose wall time per round sizes the run
  copy_round "$op" "$2" 3 warmup
  round_ms=$(cat "$work/copy-$op-warmup-"*.txt | awk '/^Time: / {print $2 * 1000}' | percentiles | awk '{printf "%.0f", $1}')
  rounds=$(BENCH_SECONDS=$(( WARMUP_SECONDS > 0 ? WARMUP_SECONDS : 1 )) rounds_for "$round_ms" 10000)
  copy_round "$op" "$2" "$rounds" warmup
  rounds=$(rounds_for "$(( fixed_ms / rounds ))" 10000)
  copy_round "$op" "$2" "$rounds" run
  total=$(cat "$work/copy-$op-run-"*.txt | grep -c '^Time: ' || true)
  pg_err[$op]=$(( CONNECTIONS * rounds - total ))
  pg_tps[$op]=$(awk -v r="$total" -v ms="$fixed_ms" 'BEGIN {printf "%.2f", (ms > 0 ? r / (ms / 1000) : 0)}')
  read -r pg_p50[$op] pg_p99[$op] < <(cat "$work/copy-$op-run-"*.txt | awk '/^Time: / {printf "%.0f\n", $2 * 1000}' | percentiles)
  log "  new limit  $op: ${pg_tps[$op]} COPY/s, p50 ${pg_p50[$op]} ms, p99 ${pg_p99[$op]} ms, $total COPY ($CONNECTIONS × $rounds in $fixed_ms ms), failed ${pg_err[$op]}"
  cat "$work/copy-$op-run-"*.txt >"$work/copy-$op.txt"
  rm -f "$work/copy-$op-"*.sql "$work/copy-$op-run-"*.txt "$work/copy-$op-warmup-"*.txt
}

page_ids() {  # $1 a page query (id, reported_at; limit + 1 rows) -> "kept|loaded" array literals, as the service binds
  # them: kept = the page's first 50 (whose duplicates it looks up), loaded = the rows read and those duplicates
  # (whose deadlines and affected systems Hibernate batch-loads)
  sql "with p as (select id, reported_at, row_number() over (order by reported_at desc, id desc) k from ($1) q)
       select '{' || (select string_agg(id::text, ',' order by k) from p where k <= 50) || '}',
              '{' || (select string_agg(id::text, ',') from (select id from p
                        union all select d.id from incident d where d.duplicate_of in (select id from p where k <= 50)) a) || '}'"
}

# The old limit of a unit's CSV export: pgbench/export.sql is one page of what IncidentService.forEach issues;
# the unit's script repeats it per page of 500 rows and its batch loads per 64 rows (see the file).
export_script() {  # $1 unit -> the pgbench script on stdout
  sql "select id, reported_at from incident where unit_code = '$1' order by reported_at desc, id desc" \
    | awk -F'|' -v template="$here/pgbench/export.sql" '
      BEGIN { while ((getline line < template) > 0) {
                if (line == "-- page") { part = "page"; continue } if (line == "-- batch") { part = "batch"; continue }
                if (line == "-- end batch") { part = "tail"; continue } if (line == "-- end") { part = ""; continue }
                if (part == "page") head = head line "\n"; else if (part == "batch") batch = batch line "\n"
                else if (part == "tail") tail = tail line "\n" } }
      { id[NR] = $1; at[NR] = $2 }
      function emit(from, to,   h, b, k, ids) {
        h = head; gsub(/ AFTER/, from == 1 ? "" : " and (i1_0.reported_at,i1_0.id)<(\047" at[from - 1] "\047,\047" id[from - 1] "\047)", h)
        printf "%s", h
        for (k = from; k <= to; k += 64) {
          ids = "{" id[k]; for (j = k + 1; j <= to && j < k + 64; j++) ids = ids "," id[j]; ids = ids "}"
          b = batch; gsub(/IDS/, ids, b); printf "%s", b }
        printf "%s", tail }
      END { for (p = 1; p <= NR; p += 500) emit(p, (p + 499 < NR ? p + 499 : NR))
            if (NR % 500 == 0) emit(NR + 1, NR) }'
}

# --- create ---------------------------------------------------------------------------------------------------
log "create: POST /api/v1/incidents"
run_wrk create create.lua /api/v1/incidents
# The old limit replays what the service wrote for its last create (the same regime, obligation, audit changes and
# receipt mail: same sizes), with a fresh id, reference and counter increment (pgbench/create.sql).
sample_id=$(sql "select id from incident where reported_by = 'local-coordinator' order by reported_at desc limit 1")
[[ -n $sample_id ]] || die "the service created no incident"
IFS='|' read -r sample_regime sample_version sample_kind sample_recipient sample_due < <(sql "
  select i.regime_id, i.regime_version, d.kind, d.recipient, d.due_at from incident i join incident_deadline d on d.incident_id = i.id
  where i.id = '$sample_id'")
[[ $(sql "select count(*) from incident_deadline where incident_id = '$sample_id'") == 1 ]] \
  || die "create.sql expects one obligation started at filing; $sample_id has $(sql "select count(*) from incident_deadline where incident_id = '$sample_id'")"
sample_changes=$(sql "select changes::text from audit_entry where entity_id = '$sample_id' and action = 'CREATE'")
sample_audit=$(sql "select id from audit_entry where entity_id = '$sample_id' and action = 'CREATE'")
sample_subject=$(sql "select subject from mail_message where dedup_key = 'audit:$sample_audit:INCIDENT_RECEIPT'")
[[ -n $sample_subject ]] || die "the service queued no receipt for its create (mail_message audit:$sample_audit:INCIDENT_RECEIPT)"
sample_text=$(sql "select body_text from mail_message where dedup_key = 'audit:$sample_audit:INCIDENT_RECEIPT'")
sample_html=$(sql "select body_html from mail_message where dedup_key = 'audit:$sample_audit:INCIDENT_RECEIPT'")
run_pgbench create "$here/pgbench/create.sql" time "year=$year" "detected=$detected_at" "actor=local-coordinator" \
  "regime_id=$sample_regime" "regime_version=$sample_version" "kind=$sample_kind" "recipient=$sample_recipient" \
  "due=$sample_due" "changes=$sample_changes" "request_id=$(cat /proc/sys/kernel/random/uuid)" \
  "subject=$sample_subject" "body_text=$sample_text" "body_html=$sample_html" "aid_left=0" "aid_next=0"
run_pgbench create-rows "$here/pgbench/create-rows.sql" time "detected=$detected_at"

# the pages the list, deep and export operations read are fixed from here on (the creates are done)
list_where="status = 'NEW' and unit_code = '$list_unit'"
deep_where="(reported_at, id) < ('$deep_at', '$deep_id')"
IFS='|' read -r list_kept list_loaded < <(page_ids "select id, reported_at from incident where $list_where
                                                   order by reported_at desc, id desc limit 51")
IFS='|' read -r deep_kept deep_loaded < <(page_ids "select id, reported_at from incident where $deep_where
                                                   order by reported_at desc, id desc limit 51")
export_rows_unit=$(sql "select count(*) from incident where unit_code = '$list_unit'")
export_script "$list_unit" >"$work/export-$list_unit.sql"
sed -e "s/:'unit'/'$list_unit'/" "$here/pgbench/export-copy.sql" >"$work/export-copy-$list_unit.sql"

# --- the same document, before anything is measured -----------------------------------------------------------
# The new limit must produce what the service answers: compared after jq -S (key order is free in JSON); the CSV as
# it is but for its line ends (the service writes CRLF, as RFC 4180 says; COPY writes LF).
same() {  # $1 what, $2 service's answer, $3 PostgreSQL's
  if ! diff -u "$2" "$3" >"$work/diff-$1.txt"; then
    head -60 "$work/diff-$1.txt" >&2
    die "$1: the new limit's output differs from the service's answer (diff: $work/diff-$1.txt)"
  fi
  log "  same $1: $(wc -c <"$2") bytes"
}
log "checking that the new limits produce the service's answers"
# a seeded incident wrk asks for; one with a duplicate and an affected system; one with an obligation met by an
# official report (vn-2026); one rejected (waived obligations); a service-created one
check_ids=$(sql "select distinct on (id) id from (
  select '$(head -1 "$work/ids.txt")'::uuid as id, 1 as k
  union all (select i.id, 2 from incident i where exists (select 1 from incident d where d.duplicate_of = i.id)
             and exists (select 1 from incident_affected_system a where a.incident_id = i.id) limit 1)
  union all (select incident_id, 3 from incident_deadline where met_by is not null limit 1)
  union all (select incident_id, 4 from incident_deadline where status = 'WAIVED' order by incident_id desc limit 1)
  union all select '$sample_id'::uuid, 5) c order by id, k")
for check_id in $check_ids; do
  curl -sf -H "Authorization: Bearer $coordinator" "$base/api/v1/incidents/$check_id" | jq -S . >"$work/check-get.service.json"
  sql "select bench.get_json('$check_id')" | jq -S . >"$work/check-get.sql.json"
  same "get $check_id" "$work/check-get.service.json" "$work/check-get.sql.json"
done
curl -sf -H "Authorization: Bearer $coordinator" "$base/api/v1/incidents?status=NEW&unitCode=$list_unit&limit=50" | jq -S . >"$work/check-list.service.json"
sql "select bench.list_json('NEW', '$list_unit', 50)" | jq -S . >"$work/check-list.sql.json"
same "list page" "$work/check-list.service.json" "$work/check-list.sql.json"
curl -sf -H "Authorization: Bearer $coordinator" "$base$deep_url" | jq -S . >"$work/check-deep.service.json"
sql "select bench.deep_json('$deep_at', '$deep_id', 50)" | jq -S . >"$work/check-deep.sql.json"
same "deep page" "$work/check-deep.service.json" "$work/check-deep.sql.json"
curl -sf -H "Authorization: Bearer $coordinator" -H 'Accept: text/csv' "$base/api/v1/incidents?unitCode=$list_unit" | tr -d '\r' >"$work/check-export.service.csv"
psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -f "$work/export-copy-$list_unit.sql" >"$work/check-export.sql.csv"
same "CSV of $list_unit" "$work/check-export.service.csv" "$work/check-export.sql.csv"

# --- get, list, deep, export, report ----------------------------------------------------------------------------
log "get: GET /api/v1/incidents/{id}"
run_wrk get get.lua /api/v1/incidents/x
id_defs=("incidents=$INCIDENTS" "t0=$(( t_end_ms - span_ms ))" "span=$span_ms" "stride=$id_stride" "kmax=$(( id_count - 1 ))")
run_pgbench get "$here/pgbench/get.sql" time "${id_defs[@]}" "today=$today"
run_pgbench get-json "$here/pgbench/get-json.sql" time "${id_defs[@]}"

log "list: first page of status=NEW&unitCode=$list_unit"
run_wrk list plain.lua "/api/v1/incidents?status=NEW&unitCode=$list_unit&limit=50"
run_pgbench list "$here/pgbench/list.sql" time "status=NEW" "unit=$list_unit" "offset=0" "limit=51" \
  "kept=$list_kept" "loaded=$list_loaded" "today=$today"
run_pgbench list-json "$here/pgbench/list-json.sql" time "status=NEW" "unit=$list_unit" "limit=50"

log "list-all: first page of the default order (the deep page's baseline)"
run_wrk list-all plain.lua "/api/v1/incidents?limit=50"

log "deep: the page after row $deep_position via cursor"
run_wrk deep plain.lua "$deep_url"
run_pgbench deep "$here/pgbench/deep.sql" time "after_at=$deep_at" "after_id=$deep_id" "offset=0" "limit=51" \
  "kept=$deep_kept" "loaded=$deep_loaded" "today=$today"
run_pgbench deep-json "$here/pgbench/deep-json.sql" time "after_at=$deep_at" "after_id=$deep_id" "limit=50"

log "export: CSV of unitCode=$list_unit ($export_rows_unit rows)"
run_loop export "/api/v1/incidents?unitCode=$list_unit" text/csv
run_pgbench export "$work/export-$list_unit.sql" loop "unit=$list_unit" "today=$today"
run_copy_loop export-copy "$work/export-copy-$list_unit.sql"

# the report's SQL is read from the service's source, so the raw side is always the query the service runs
log "report: GET /api/v1/reports/summary?period=$report_year"
{ sed -n '/static final String SUMMARY_SQL = """/,/""";/p' "$repo/src/main/java/vn/ungcuu/report/ReportService.java" \
    | sed '1d;$d'; echo ';'; } >"$work/report.sql"
grep -q 'GROUPING SETS' "$work/report.sql" || die "could not read SUMMARY_SQL from ReportService.java"
report_from=$(sql "select to_char(timestamptz '$report_year-01-01 00:00 Asia/Ho_Chi_Minh' at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
report_to=$(sql "select to_char(timestamptz '$year-01-01 00:00 Asia/Ho_Chi_Minh' at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
report_rows=$(sql "select count(*) from incident where reported_at >= '$report_from' and reported_at < '$report_to'")
run_loop report "/api/v1/reports/summary?period=$report_year" application/json
run_pgbench report "$work/report.sql" loop "from=$report_from" "to=$report_to" "now=$(date -u +%Y-%m-%dT%H:%M:%SZ)"

final_rss=$(rss_kib "$svc_pid")
peak_rss=$(awk '$2 > m {m = $2} END {print m + 0}' "$work/rss.txt")
stop_service
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# --- start-up: the same JVM again, then Java 25 with an AOT cache (deploy/single-server/train-aot-cache.sh) ------
# Each start is process start to /q/health/ready 200 on the seeded database; the median of STARTS starts counts.
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{v[NR] = $1} END {print (NR ? v[int((NR + 1) / 2)] : "-")}'; }
starts_of() {  # $1 label, $2 how many, then the extra JVM options; sets start_times and last_idle_rss
  local label=$1 count=$2 k; shift 2
  start_times=""
  for ((k = 1; k <= count; k++)); do
    svc_extra="$*" start_service "$work/service-start-$label-$k.log"
    start_times="$start_times $startup_ms"
    if (( k == count )); then sleep "$IDLE_SECONDS"; last_idle_rss=$(rss_kib "$svc_pid"); fi
    stop_service
  done
}
log "start-up: $(( STARTS - 1 )) more starts of $(java -version 2>&1 | head -1)"
first_startup_ms=$startup_ms
idle_plain_rss=$idle_rss
starts_plain=""
if (( STARTS > 1 )); then
  starts_of plain $(( STARTS - 1 ))
  starts_plain=$start_times
  idle_plain_rss=$last_idle_rss
fi
startup_plain_ms=$(echo "$first_startup_ms $starts_plain" | median)
log "  $first_startup_ms$starts_plain ms (median $startup_plain_ms ms), idle RSS $(( idle_plain_rss / 1024 )) MiB"
startup_aot_ms="-"; idle_aot_rss=0; aot_java_version="-"
if [[ -x $BENCH_AOT_JAVA ]] && "$BENCH_AOT_JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  aot_java_version=$("$BENCH_AOT_JAVA" -version 2>&1 | head -1)
  aot_cache=$work/app.aot
  rm -f "$aot_cache"
  log "start-up with an AOT cache: training start of $aot_java_version"
  svc_java=$BENCH_AOT_JAVA svc_extra="-XX:AOTCacheOutput=$aot_cache" start_service "$work/service-aot-training.log"
  aot_training_ms=$startup_ms
  curl -sf -o /dev/null "$base/q/openapi" || true
  stop_service
  [[ -s $aot_cache ]] || die "the training start wrote no AOT cache (log: $work/service-aot-training.log)"
  svc_java=$BENCH_AOT_JAVA starts_of aot "$STARTS" "-XX:AOTCache=$aot_cache"
  starts_aot=$start_times
  startup_aot_ms=$(echo "$starts_aot" | median)
  idle_aot_rss=$last_idle_rss
  log "  training start $aot_training_ms ms, cache $(du -m "$aot_cache" | cut -f1) MiB; with the cache:$starts_aot ms (median $startup_aot_ms ms), idle RSS $(( idle_aot_rss / 1024 )) MiB"
else
  log "start-up with an AOT cache: skipped (BENCH_AOT_JAVA=$BENCH_AOT_JAVA is not a Java 25 or newer)"
fi

# --- the table --------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a != "") printf "%.2f", a / b; else printf "-" }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "-" && a + 0 >= b + 0) }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "-" && a + 0 <= b + 0) }'; }
verdict() { if "$@"; then echo PASS; else echo FAIL; fi; }
both() { "$1" "$2" "$3" && "$4" "$5" "$6"; }
mib() { echo $(( $1 / 1024 )); }

ops=(create get list list-all deep export report)
declare -A old_of new_of ratio_old ratio_new goal_of result_of
old_of=([create]=create [get]=get [list]=list [deep]=deep [export]=export [report]=report)
new_of=([create]=create-rows [get]=get-json [list]=list-json [deep]=deep-json [export]=export-copy)
for op in "${ops[@]}"; do
  ratio_old[$op]=$(ratio "${svc_rps[$op]}" "${pg_tps[${old_of[$op]:-none}]:-}")
  ratio_new[$op]=$(ratio "${svc_rps[$op]}" "${pg_tps[${new_of[$op]:-none}]:-}")
done
deep_vs_first=$(ratio "${svc_rps[deep]}" "${svc_rps[list-all]}")
goal_of[create]="≥ ${GOAL_RATIO}× new limit"
result_of[create]=$(verdict ge "${ratio_new[create]}" "$GOAL_RATIO")
goal_of[get]="≥ ${GOAL_RATIO}× new limit; p99 ≤ ${GOAL_P99_MS} ms"
result_of[get]=$(verdict both ge "${ratio_new[get]}" "$GOAL_RATIO" le "${svc_p99[get]}" "$GOAL_P99_MS")
goal_of[list]="≥ ${GOAL_RATIO}× new limit; p99 ≤ ${GOAL_P99_MS} ms"
result_of[list]=$(verdict both ge "${ratio_new[list]}" "$GOAL_RATIO" le "${svc_p99[list]}" "$GOAL_P99_MS")
goal_of[list-all]="baseline of deep"
result_of[list-all]="-"
goal_of[deep]="as fast as the first page: ≥ 0.8× list-all req/s (is ${deep_vs_first}×)"
result_of[deep]=$(verdict ge "$deep_vs_first" 0.8)
goal_of[export]="≥ ${GOAL_RATIO}× COPY"
result_of[export]=$(verdict ge "${ratio_new[export]}" "$GOAL_RATIO")
goal_of[report]="within 2× of raw: ≥ 0.5× old limit (its own SQL)"
result_of[report]=$(verdict ge "${ratio_old[report]}" 0.5)
for op in "${ops[@]}"; do
  [[ ${svc_err[$op]} == 0 ]] || result_of[$op]="FAIL (${svc_err[$op]} errors)"
  for label in ${old_of[$op]:-} ${new_of[$op]:-}; do
    [[ -z ${pg_err[$label]:-} || ${pg_err[$label]} == 0 ]] || result_of[$op]="${result_of[$op]}; $label ${pg_err[$label]} failed"
  done
done

flat_ok=false
if [[ $alive == yes && $export_rows == "$expected_rows" ]] && (( second_half_max <= first_half_max + 32 * 1024 )); then flat_ok=true; fi
export_verdict=$(verdict $flat_ok)
startup_verdict=$(verdict le "$startup_plain_ms" "$GOAL_STARTUP_MS")
idle_verdict=$(verdict le "$(( idle_rss / 1024 ))" "$GOAL_IDLE_RSS_MIB")
startup_aot_verdict=$(verdict le "$startup_aot_ms" "$GOAL_STARTUP_MS")
idle_aot_verdict=$(verdict le "$(( idle_aot_rss / 1024 ))" "$GOAL_IDLE_RSS_MIB")
[[ $startup_aot_ms == - ]] && { startup_aot_verdict="-"; idle_aot_verdict="-"; }
cell() { echo "${1:--}"; }

{
  echo "# UngCuu benchmark — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$INCIDENTS incidents; wrk and pgbench at $CONNECTIONS connections, $THREADS threads, ${BENCH_SECONDS} s each after ${WARMUP_SECONDS} s of warm-up."
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM; load average $load_start at the start, $load_end at the end."
  echo "PostgreSQL: $(psql -X -d postgres -Atc 'show server_version'); Java: $(java -version 2>&1 | head -1); service JVM options: $BENCH_JAVA_OPTS."
  echo "wrk, the service and PostgreSQL share the same cores: every figure includes that contention."
  echo "The service ran with UNGCUU_AUDIT_SEAL_EVERY=off (the sealer would otherwise spend the run chaining the $n_audit seeded audit entries), UNGCUU_MAIL_DISPATCH_EVERY=off (there is no SMTP server: the dispatcher would retry every queued receipt all run long; the creates still queue them) and UNGCUU_RATE_LIMIT_REQUESTS_PER_SECOND=0 (the per-caller limit would throttle wrk)."
  echo
  echo "## Seed"
  echo
  if [[ -z $reused ]]; then
    echo "- $n_incident incidents, $n_audit audit entries (+ $n_unsealed queued in audit_unsealed by the trigger), $n_deadline obligations, $n_report official reports, $n_assessment assessments, $n_escalation escalations, $n_systems affected systems: $seed_rows rows in $(awk -v ms="$seed_ms" 'BEGIN {printf "%.1f", ms / 1000}') s = $(awk -v r="$seed_rows" -v ms="$seed_ms" 'BEGIN {printf "%.0f", r / (ms / 1000)}') rows/s ($(awk -v r="$n_incident" -v ms="$seed_ms" 'BEGIN {printf "%.0f", r / (ms / 1000)}') incidents/s), every constraint and trigger on."
    echo "- VACUUM ANALYZE: $(awk -v ms="$vacuum_ms" 'BEGIN {printf "%.1f", ms / 1000}') s. Database size: $db_size."
  else
    echo "- Reused the database seeded at $seeded_at with $INCIDENTS incidents (BENCH_REUSE=1); it now holds $n_incident incidents, $n_audit audit entries. Database size: $db_size."
  fi
  echo
  echo "## Operations"
  echo
  echo "Old limit: the statements the service issued before round two of the performance work (fdc2b25), replayed by pgbench (what the framework cost over the service's own SQL; reads now issue fewer). New limit (issue 21): the same work done by PostgreSQL alone, the same JSON document, rows or CSV produced by SQL; the goals are judged against it."
  echo
  echo "| operation | service req/s | p50 ms | p99 ms | old limit tps | service/old | new limit tps | new p50 ms | new p99 ms | service/new | goal | result |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
  for op in "${ops[@]}"; do
    n=${new_of[$op]:-none}
    echo "| $op | ${svc_rps[$op]} | ${svc_p50[$op]} | ${svc_p99[$op]} | $(cell "${pg_tps[${old_of[$op]:-none}]:-}") | ${ratio_old[$op]} | $(cell "${pg_tps[$n]:-}") | $(cell "${pg_p50[$n]:-}") | $(cell "${pg_p99[$n]:-}") | ${ratio_new[$op]} | ${goal_of[$op]} | ${result_of[$op]} |"
  done
  echo
  echo "- create: POST /api/v1/incidents (coordinator, random commune). Old: pgbench/create.sql, the POST's 14 statements in one transaction (unit, regimes, counter, incident, audit entry, obligation, the notification's person and authority look-ups, the receipt in mail_message; audit ids fetched 50 at a time). New: bench.create_incident(), the same rows in one transaction (create-rows.sql)."
  echo "- get: GET /api/v1/incidents/{id} for random ids among $id_count seeded incidents ($( (( id_stride == 1 )) && echo all || echo "one in every $id_stride")), the same for all three. Old: the 5 statements the service issues (get.sql). New: bench.get_json(), the same JSON document in one statement (get-json.sql)."
  echo "- list: GET /api/v1/incidents?status=NEW&unitCode=$list_unit&limit=50 (the commune with the median number of NEW incidents). Old: list.sql (5 statements). New: bench.list_json(), the same page (list-json.sql)."
  echo "- list-all / deep: GET /api/v1/incidents?limit=50, without and with a cursor after row $deep_position of $n_incident in the default order. Old: deep.sql (5 statements). New: bench.deep_json() (deep-json.sql)."
  echo "  Bytes per response: list-all $(( ${svc_bytes[list-all]:-0} / 1024 )) KiB, deep $(( ${svc_bytes[deep]:-0} / 1024 )) KiB (the newest incidents carry less than year-old ones: fewer deadlines, no resolution or end report)."
  echo "- export: GET /api/v1/incidents?unitCode=$list_unit, Accept: text/csv ($export_rows_unit rows). Old: the statements the service issues for it, page by page (export.sql, $(grep -c ';$' "$work/export-$list_unit.sql") statements). New: COPY of the same rows and columns as CSV (export-copy.sql; requests/s = COPY/s)."
  echo "- report: GET /api/v1/reports/summary?period=$report_year ($report_rows incidents in the period) vs ReportService.SUMMARY_SQL itself, read from the source: the service's own SQL is already the whole work, so there is no other limit."
  echo "- create, get, list, list-all, deep: wrk (service) and pgbench -T for ${BENCH_SECONDS} s. export and report take up to seconds each, and wrk drops the requests in flight when -d ends: they run as closed loops instead ($CONNECTIONS clients, each the same number of requests back to back: curl with keep-alive, pgbench -t, psql running COPY), sized to last about ${BENCH_SECONDS} s; their p99 comes from few samples (${svc_n[export]} and ${svc_n[report]} requests)."
  echo "- Latencies: wrk's own percentiles; pgbench per-transaction logs (-l) and psql's \\timing, nearest rank."
  echo "- Checked before measuring: the service's GET of $(wc -w <<<"$check_ids") incidents, its list page and deep page equal the new limit's JSON (jq -S), its CSV of $list_unit equals the COPY output (CRLF line ends removed)."
  echo
  echo "## Full export, start-up, memory"
  echo
  echo "| measure | value | goal | result |"
  echo "|---|---|---|---|"
  echo "| full CSV export | $export_rows of $expected_rows rows in $(awk -v ms="$export_ms" 'BEGIN {printf "%.1f", ms / 1000}') s = $export_rps rows/s; COPY of the same rows $raw_export_rps rows/s (service/COPY $(ratio "$export_rps" "$raw_export_rps")) | constant memory | $export_verdict |"
  echo "| RSS during the export (run right after the idle reading) | idle $(mib "$idle_rss") MiB, before $(mib "$before_export_rss") MiB, max $(mib "$max_rss") MiB (max − idle: +$(mib $(( max_rss - idle_rss ))) MiB); max in the 1st half $(mib "$first_half_max") MiB, in the 2nd half $(mib "$second_half_max") MiB | flat: 2nd-half max ≤ 1st-half max + 32 MiB, all rows, service alive | $export_verdict |"
  echo "| start-up (process start to /q/health/ready 200, seeded database), $(java -version 2>&1 | head -1) | median $startup_plain_ms ms of$( [[ -n $first_startup_ms ]] && echo " $first_startup_ms")$starts_plain (first start with migrations: $migrate_ms ms) | ≤ $GOAL_STARTUP_MS ms | $startup_verdict |"
  echo "| start-up with an AOT cache, $aot_java_version (trained by one start: deploy/single-server/train-aot-cache.sh) | median $startup_aot_ms ms of${starts_aot:- -} | ≤ $GOAL_STARTUP_MS ms | $startup_aot_verdict |"
  echo "| idle RSS ($IDLE_SECONDS s after ready) | $(mib "$idle_rss") MiB (at ready $(mib "$ready_rss") MiB; peak over the whole run $(mib "$peak_rss") MiB, at the end $(mib "$final_rss") MiB) | ≤ $GOAL_IDLE_RSS_MIB MiB | $idle_verdict |"
  echo "| idle RSS with the AOT cache ($IDLE_SECONDS s after ready, its last start) | $(mib "$idle_aot_rss") MiB | ≤ $GOAL_IDLE_RSS_MIB MiB | $idle_aot_verdict |"
  echo
  echo "Raw outputs (wrk, pgbench, psql, service log, RSS samples, the checked documents): $work"
} >"$BENCH_RESULTS"

echo
cat "$BENCH_RESULTS"
echo
log "written to $BENCH_RESULTS"
