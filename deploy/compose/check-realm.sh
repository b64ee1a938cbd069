#!/usr/bin/env bash
# Checks keycloak/ungcuu-realm.json without Docker: runs the Keycloak distribution from Maven Central with
# the realm (same hostname options as compose.yaml), the packaged UngCuu service against a scratch
# database made by ../single-server/create-database.sh, gets real tokens and calls the API.
# Cleans up everything it started (processes, database, roles) on exit. Not needed to run the stack.
#
# Needs: curl, jq, unzip, psql; Java 21+ for Keycloak (KC_JAVA_HOME, else JAVA_HOME/java on PATH);
# the service built (./mvnw -DskipTests package) or UNGCUU_APP=/path/to/quarkus-run.jar;
# a PostgreSQL superuser through the libpq variables (default PGHOST=127.0.0.1 PGUSER=postgres).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
KC_VERSION="${KC_VERSION:-26.5.6}"
KC_PORT="${KC_PORT:-18180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-19000}"
APP_PORT="${APP_PORT:-18080}"
UNGCUU_APP="${UNGCUU_APP:-$here/../../target/quarkus-app/quarkus-run.jar}"
CACHE="${CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ungcuu-compose-check}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
kc_java="${KC_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"

for tool in curl jq unzip psql java; do command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }; done
[ -f "$UNGCUU_APP" ] || { echo "no packaged service at $UNGCUU_APP (./mvnw -DskipTests package, or set UNGCUU_APP)" >&2; exit 2; }
kc_java_major=$("$kc_java/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${kc_java_major:-0}" -ge 21 ] || { echo "Keycloak needs Java 21+; set KC_JAVA_HOME (found ${kc_java_major:-none} at $kc_java)" >&2; exit 2; }

work="$(mktemp -d /tmp/ungcuu-compose-check.XXXXXX)"
suffix="$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
db="compose_check_$suffix" owner="cc_owner_$suffix" app="cc_app_$suffix"
kc_pid="" app_pid="" db_made=""
cleanup() {
    set +e
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    [ -n "$kc_pid" ] && kill "$kc_pid" 2>/dev/null && wait "$kc_pid" 2>/dev/null
    if [ -n "$db_made" ]; then
        psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
             -c "DROP ROLE IF EXISTS \"$app\"" -c "DROP ROLE IF EXISTS \"$owner\""
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. Keycloak distribution from Maven Central (cached, SHA-1 checked)
zip="$CACHE/keycloak-quarkus-dist-$KC_VERSION.zip"
url="https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
mkdir -p "$CACHE"
if [ ! -f "$zip" ]; then
    echo "downloading $url"
    curl -fsSL -o "$zip.part" "$url" && mv "$zip.part" "$zip"
fi
[ "$(curl -fsSL "$url.sha1" | cut -c1-40)" = "$(sha1sum "$zip" | cut -c1-40)" ] || { echo "SHA-1 mismatch: $zip" >&2; rm -f "$zip"; exit 1; }
unzip -q "$zip" -d "$work"
kc_home="$work/keycloak-$KC_VERSION"
mkdir -p "$kc_home/data/import"
cp "$here/keycloak/ungcuu-realm.json" "$kc_home/data/import/"

# 2. Keycloak as in compose.yaml: the public name is localhost, the service uses another (127.0.0.1)
echo "starting Keycloak $KC_VERSION on $KC_PORT (log: $work/keycloak.log)"
JAVA_HOME="$kc_java" KC_HOSTNAME="http://localhost:$KC_PORT" KC_HOSTNAME_BACKCHANNEL_DYNAMIC=true \
    KC_HEALTH_ENABLED=true KC_HTTP_MANAGEMENT_PORT="$KC_MGMT_PORT" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-demo \
    "$kc_home/bin/kc.sh" start-dev --import-realm --http-port="$KC_PORT" >"$work/keycloak.log" 2>&1 &
kc_pid=$!

# 3. scratch database with the two roles, as the postgres container's init script makes them
PGDATABASE=postgres UNGCUU_DB="$db" UNGCUU_OWNER="$owner" UNGCUU_APP="$app" \
    UNGCUU_OWNER_PASSWORD="owner-$suffix" UNGCUU_APP_PASSWORD="app-$suffix" \
    bash "$here/../single-server/create-database.sh"
db_made=1

wait_for() { # url seconds
    for _ in $(seq 1 "$2"); do
        curl -fs -o /dev/null "$1" && return 0
        sleep 1
    done
    echo "not ready after $2 s: $1" >&2; return 1
}
wait_for "http://127.0.0.1:$KC_MGMT_PORT/health/ready" 240 || { tail -30 "$work/keycloak.log"; exit 1; }

# 4. the packaged service, configured like the ungcuu container (JWKS by the "internal" name)
echo "starting UngCuu on $APP_PORT (log: $work/ungcuu.log)"
QUARKUS_HTTP_PORT="$APP_PORT" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$db" \
QUARKUS_DATASOURCE_USERNAME="$app" QUARKUS_DATASOURCE_PASSWORD="app-$suffix" \
QUARKUS_LIQUIBASE_USERNAME="$owner" QUARKUS_LIQUIBASE_PASSWORD="owner-$suffix" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="http://127.0.0.1:$KC_PORT/realms/ungcuu/protocol/openid-connect/certs" \
MP_JWT_VERIFY_ISSUER="http://localhost:$KC_PORT/realms/ungcuu" \
UNGCUU_WEB_OIDC_CLIENT_ID=ungcuu-web \
UNGCUU_TIME_ZONE=Asia/Ho_Chi_Minh QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY="$work/uploads" \
    java -jar "$UNGCUU_APP" >"$work/ungcuu.log" 2>&1 &
app_pid=$!
wait_for "http://127.0.0.1:$APP_PORT/q/health/ready" 180 || { tail -30 "$work/ungcuu.log"; exit 1; }

# 5. tokens and calls
token_url="http://127.0.0.1:$KC_PORT/realms/ungcuu/protocol/openid-connect/token"
api="http://127.0.0.1:$APP_PORT/api/v1"
claims() { local p; p=$(cut -d. -f2 | tr '_-' '/+'); while [ $(( ${#p} % 4 )) -ne 0 ]; do p="$p="; done; base64 -d <<<"$p"; }
token() { curl -fsS -d grant_type=password -d client_id=ungcuu-cli -d username="$1" -d password="$1-demo" "$token_url" | jq -r .access_token; }
failures=0
expect() { # expected-status label curl-args...
    local want="$1" label="$2"; shift 2
    local got; got=$(curl -s -o /dev/null -w '%{http_code}' "$@")
    if [ "$got" = "$want" ]; then echo "ok   $got $label"; else echo "FAIL $got (want $want) $label"; failures=$((failures + 1)); fi
}
for user in reporter coordinator responder provincial auditor admin; do
    echo "token $user: $(token "$user" | claims | jq -c '{iss, groups, unit, name}')"
done
scripts=$(curl -fsS -u ungcuu-scripts:ungcuu-scripts-demo-secret -d grant_type=client_credentials "$token_url" | jq -r .access_token)
echo "token ungcuu-scripts: $(claims <<<"$scripts" | jq -c '{iss, groups, preferred_username}')"
admin=$(token admin) reporter=$(token reporter)
json=(-H 'Content-Type: application/json')
expect 401 "GET /units without a token" "$api/units"
expect 200 "GET /units as admin" -H "Authorization: Bearer $admin" "$api/units"
expect 201 "POST /units XA-MINHSON as admin" -H "Authorization: Bearer $admin" "${json[@]}" \
    -d '{"code":"XA-MINHSON","name":"UBND xã Minh Sơn","type":"COMMUNE"}' "$api/units"
expect 201 "POST /incidents as reporter (unit XA-MINHSON)" -H "Authorization: Bearer $reporter" "${json[@]}" \
    -d '{"title":"Trang chủ bị thay đổi","description":"Kiểm tra realm","category":"DEFACEMENT","detectedAt":"2026-03-02T08:15:00+07:00"}' "$api/incidents"
expect 200 "GET /incidents as ungcuu-scripts (auditor)" -H "Authorization: Bearer $scripts" "$api/incidents"
expect 403 "POST /units as ungcuu-scripts (auditor)" -H "Authorization: Bearer $scripts" "${json[@]}" \
    -d '{"code":"XA-KHAC","name":"Khác","type":"COMMUNE"}' "$api/units"
# the web app's client: the service tells the browser to use it; Keycloak shows its login page for a code flow
# with PKCE from the realm's redirect URI, and refuses the same request without a code challenge
expect 200 "GET /client-config (public)" "$api/client-config"
[ "$(curl -fsS "$api/client-config" | jq -r '.login + " " + .clientId')" = "oidc ungcuu-web" ] \
    && echo "ok   client-config names ungcuu-web" || { echo "FAIL client-config"; failures=$((failures + 1)); }
auth_url="http://127.0.0.1:$KC_PORT/realms/ungcuu/protocol/openid-connect/auth"
code_flow=(--get -d client_id=ungcuu-web -d response_type=code -d scope=openid -d state=s1 --data-urlencode "redirect_uri=http://localhost:8080/")
expect 200 "ungcuu-web: code flow with PKCE shows the login page" "${code_flow[@]}" \
    -d code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM -d code_challenge_method=S256 "$auth_url"
[ "$(curl -s -o /dev/null -w '%{redirect_url}' "${code_flow[@]}" "$auth_url")" != "" ] \
    && echo "ok   ungcuu-web: a code flow without PKCE is sent back with an error" \
    || { echo "FAIL ungcuu-web accepted a code flow without PKCE"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] && echo "realm check passed" || { echo "realm check: $failures failure(s)"; exit 1; }
