#!/usr/bin/env bash
# UngCuu benchmark: seeds a database with INCIDENTS incidents through the real schema, starts the packaged
# service, drives it with wrk and the same SQL with pgbench against the same PostgreSQL, and prints per
# operation requests/s, p50, p99 and the ratio service / raw SQL next to the goals. See README.md here.
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
BENCH_REUSE=${BENCH_REUSE:-0}   # 1: keep the database a previous run seeded (skips schema, seed and VACUUM)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
SPAN_DAYS=730        # incidents are spread over the two years before the seed
GOAL_P99_MS=25
GOAL_STARTUP_MS=3000
GOAL_IDLE_RSS_MIB=250

die() { echo "bench: $*" >&2; exit 1; }
log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

[[ $BENCH_DB =~ ^[a-z0-9_]*bench[a-z0-9_]*$ ]] || die "BENCH_DB must be a lower-case name containing 'bench' (it is dropped)"
[[ $INCIDENTS =~ ^[0-9]+$ ]] && (( INCIDENTS >= 1000 )) || die "INCIDENTS must be a number >= 1000"
for tool in java curl psql pgbench wrk awk sort; do
  command -v "$tool" >/dev/null || die "$tool is not installed (wrk: apt-get install wrk; psql, pgbench: postgresql-client)"
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

# rough, for 2 cores: 9 timed runs, 4 closed loops, and per million incidents ~7 min of seeding, ~5 min of
# yearly reports at 16 connections (each reads ~500,000 incidents) and ~1 min of full export
estimate=$(( 9 * (WARMUP_SECONDS + BENCH_SECONDS) + 4 * (BENCH_SECONDS + 5) + 90
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
      UNGCUU_DATA_DIR="$local_dir" \
      java $BENCH_JAVA_OPTS -jar "$jar" >"$1" 2>&1 &
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
read -r n_incident n_audit n_unsealed n_deadline n_assessment n_escalation n_systems < <(sql "
  select (select count(*) from incident), (select count(*) from audit_entry), (select count(*) from audit_unsealed),
         (select count(*) from incident_deadline), (select count(*) from incident_assessment),
         (select count(*) from escalation), (select count(*) from incident_affected_system)" | tr '|' ' ')
seed_rows=$(( n_incident + n_audit + n_unsealed + n_deadline + n_assessment + n_escalation + n_systems ))
if [[ -z $reused ]]; then
  log "seeded in $(( seed_ms / 1000 )) s: $n_incident incidents, $n_audit audit entries, $n_deadline deadlines, $seed_rows rows in all"
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
report_year=$(( year - 1 ))
detected_at=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)

# the filtered list: NEW incidents of the commune with the median number of them
list_unit=$(sql "select unit_code from incident where status = 'NEW' and unit_code like 'XA-%'
                 group by unit_code order by count(*), unit_code
                 offset (select count(distinct unit_code) / 2 from incident where status = 'NEW' and unit_code like 'XA-%') limit 1")
export_rows_unit=$(sql "select count(*) from incident where unit_code = '$list_unit'")
# get: wrk and pgbench pick from the same ids, every stride-th seeded incident (at most ~100,000 of them)
id_stride=$(( INCIDENTS > 100000 ? INCIDENTS / 100000 : 1 ))
id_count=$(( (INCIDENTS - 1) / id_stride + 1 ))
sql "select bench.uuid7($t_end_ms - $span_ms + ((n - 1) * $span_ms) / $INCIDENTS, n) from generate_series(1, $INCIDENTS, $id_stride) n" \
  >"$work/ids.txt"
[[ $(sql "select count(*) from incident where id = '$(tail -1 "$work/ids.txt")'") == 1 ]] || die "seeded ids do not match bench.uuid7"

# the deep cursor: the one the service hands out after the row at position total/2 of the default order
# (-createdAt), built the way vn.ungcuu.paging.Cursor encodes it (scope, time, id; base64url, no padding)
deep_position=$(( n_incident / 2 ))
IFS='|' read -r deep_cursor deep_at deep_id < <(sql "
  select rtrim(translate(encode(convert_to('incidents:-createdAt' || chr(31) || bench.instant(reported_at) || chr(31) || id, 'UTF8'),
                                'base64'), E'+/\n', '-_'), '='), reported_at, id
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
log "  service  exported $export_rows of $expected_rows rows in $export_ms ms ($export_rps rows/s); RSS before $(( before_export_rss / 1024 )) MiB, max $(( max_rss / 1024 )) MiB, 1st half max $(( first_half_max / 1024 )) MiB, 2nd half max $(( second_half_max / 1024 )) MiB"

raw_export_started=$(now_ms)
psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -c "COPY ($(grep -v '^--' "$here/pgbench/export.sql" \
    | sed -e 's/ where i.unit_code in (:unit)//' -e 's/;$//')) TO STDOUT WITH (FORMAT csv, HEADER)" | wc -l >/dev/null
raw_export_ms=$(( $(now_ms) - raw_export_started ))
raw_export_rps=$(awk -v r="$expected_rows" -v ms="$raw_export_ms" 'BEGIN {printf "%.0f", (ms > 0 ? r / (ms / 1000) : 0)}')
log "  raw SQL  COPY of the same rows in $raw_export_ms ms ($raw_export_rps rows/s)"


# --- the measurements -----------------------------------------------------------------------------------
declare -A svc_rps svc_p50 svc_p99 svc_err svc_n svc_bytes raw_tps raw_p50 raw_p99 raw_err

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
  log "  service  $op: ${svc_rps[$op]} req/s, p50 ${svc_p50[$op]} ms, p99 ${svc_p99[$op]} ms, $requests requests, $errors errors"
}

run_pgbench() {  # $1 op, $2 script, $3 "time" (-T BENCH_SECONDS) or "loop" (closed loop, -t), then -D definitions
  local op=$1 script=$2 mode=$3; shift 3
  local defs=() d started length
  for d in "$@"; do defs+=(-D "$d"); done
  length=(-T "$BENCH_SECONDS")
  if [[ $mode == loop ]]; then
    started=$(now_ms)
    pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -t 1 -f "$script" "${defs[@]}" "$BENCH_DB" \
      >"$work/pgbench-$op-warmup.txt" 2>&1 || true
    length=(-t "$(rounds_for $(( $(now_ms) - started )))")
  elif (( WARMUP_SECONDS > 0 )); then
    pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$WARMUP_SECONDS" -f "$script" "${defs[@]}" "$BENCH_DB" \
      >"$work/pgbench-$op-warmup.txt" 2>&1 || true
  fi
  rm -f "$work/pgb_$op".*
  pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" "${length[@]}" -f "$script" "${defs[@]}" \
    -l --log-prefix="$work/pgb_$op" "$BENCH_DB" >"$work/pgbench-$op.txt" 2>&1 || true
  grep -q '^tps = ' "$work/pgbench-$op.txt" || { tail -20 "$work/pgbench-$op.txt" >&2; die "pgbench $op failed"; }
  raw_tps[$op]=$(awk '/^tps = / {printf "%.1f", $3}' "$work/pgbench-$op.txt")
  raw_err[$op]=$(awk '/number of failed transactions/ {print $5; f = 1} END {if (!f) print 0}' "$work/pgbench-$op.txt")
  if grep -q 'aborted' "$work/pgbench-$op.txt"; then raw_err[$op]="aborted"; fi
  read -r raw_p50[$op] raw_p99[$op] < <(cat "$work/pgb_$op".* | awk '{print $3}' | percentiles)
  log "  raw SQL  $op: ${raw_tps[$op]} tps, p50 ${raw_p50[$op]} ms, p99 ${raw_p99[$op]} ms, $(cat "$work/pgb_$op".* | wc -l) transactions, failed ${raw_err[$op]}"
}

percentiles() {  # latencies in microseconds on stdin -> "p50_ms p99_ms" (nearest rank)
  sort -n | awk '{v[NR] = $1} END {
    if (NR == 0) { print "nan nan"; exit }
    i50 = int(NR * 0.50); if (i50 < NR * 0.50) i50++; i99 = int(NR * 0.99); if (i99 < NR * 0.99) i99++
    printf "%.2f %.2f\n", v[i50] / 1000, v[i99] / 1000 }'
}

# Slow operations (a unit's CSV export, the yearly report) take up to seconds each at 16 connections; wrk
# stops at -d and drops the requests in flight, which would under-count them. They run as closed loops
# instead: CONNECTIONS clients each send the same number of requests back to back (curl, keep-alive; pgbench -t),
# and requests/s = all requests / wall time. A warm-up round of one request per client sizes the number of
# rounds so that the measurement lasts about BENCH_SECONDS.
rounds_for() {  # $1 wall ms of one round
  awk -v w="$1" -v s="$BENCH_SECONDS" 'BEGIN { r = int(s * 1000 / (w > 1 ? w : 1) + 0.5); if (r < 1) r = 1; if (r > 200) r = 200; print r }'
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
  log "  service  $op: ${svc_rps[$op]} req/s, p50 ${svc_p50[$op]} ms, p99 ${svc_p99[$op]} ms, $total requests ($CONNECTIONS × $rounds), $errors errors"
  cat "$work/loop-$op-run-"*.txt >"$work/loop-$op.txt"
  rm -f "$work/loop-$op-run-"*.txt "$work/loop-$op-warmup-"*.txt
}

page_ids() {  # the ids a page holds (limit + 1 rows), as an array literal, for the raw scripts
  sql "select '{' || string_agg(id::text, ',' order by reported_at desc, id desc) || '}' from ($1) p"
}

log "create: POST /api/v1/incidents"
run_wrk create create.lua /api/v1/incidents
run_pgbench create "$here/pgbench/create.sql" time "year=$year" "detected=$detected_at"

log "get: GET /api/v1/incidents/{id}"
run_wrk get get.lua /api/v1/incidents/x
run_pgbench get "$here/pgbench/get.sql" time "incidents=$INCIDENTS" "t0=$(( t_end_ms - span_ms ))" "span=$span_ms" \
  "stride=$id_stride" "kmax=$(( id_count - 1 ))"

log "list: first page of status=NEW&unitCode=$list_unit"
list_page=$(page_ids "select id, reported_at from incident where status = 'NEW' and unit_code = '$list_unit'
                      order by reported_at desc, id desc limit 51")
run_wrk list plain.lua "/api/v1/incidents?status=NEW&unitCode=$list_unit&limit=50"
run_pgbench list "$here/pgbench/list.sql" time "status=NEW" "unit=$list_unit" "offset=0" "limit=51" "page=$list_page"

log "list-all: first page of the default order (the deep page's baseline)"
run_wrk list-all plain.lua "/api/v1/incidents?limit=50"

log "deep: the page after row $deep_position via cursor"
deep_page=$(page_ids "select id, reported_at from incident where (reported_at, id) < ('$deep_at', '$deep_id')
                      order by reported_at desc, id desc limit 51")
run_wrk deep plain.lua "$deep_url"
run_pgbench deep "$here/pgbench/deep.sql" time "after_at=$deep_at" "after_id=$deep_id" "offset=0" "limit=51" "page=$deep_page"

log "export: CSV of unitCode=$list_unit ($export_rows_unit rows)"
run_loop export "/api/v1/incidents?unitCode=$list_unit" text/csv
run_pgbench export "$here/pgbench/export.sql" loop "unit=$list_unit"

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

# --- the table --------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a != "") printf "%.2f", a / b; else printf "-" }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "-" && a + 0 >= b + 0) }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "-" && a + 0 <= b + 0) }'; }
verdict() { if "$@"; then echo PASS; else echo FAIL; fi; }
both() { "$1" "$2" "$3" && "$4" "$5" "$6"; }
p99_ok() { le "${svc_p99[$1]}" "$GOAL_P99_MS"; }
errors_note() { local e=${svc_err[$1]}; [[ $e == 0 ]] && echo "" || echo " ($e errors)"; }

declare -A ratio_of goal_of result_of
for op in create get list deep export report; do ratio_of[$op]=$(ratio "${svc_rps[$op]}" "${raw_tps[$op]:-}"); done
ratio_of[list-all]="-"
deep_vs_first=$(ratio "${svc_rps[deep]}" "${svc_rps[list-all]}")
goal_of[create]="≥ 0.5× raw; p99 ≤ ${GOAL_P99_MS} ms"
result_of[create]=$(verdict both ge "${ratio_of[create]}" 0.5 le "${svc_p99[create]}" "$GOAL_P99_MS")
goal_of[get]="p99 ≤ ${GOAL_P99_MS} ms"
result_of[get]=$(verdict p99_ok get)
goal_of[list]="≥ 0.5× raw; p99 ≤ ${GOAL_P99_MS} ms"
result_of[list]=$(verdict both ge "${ratio_of[list]}" 0.5 le "${svc_p99[list]}" "$GOAL_P99_MS")
goal_of[list-all]="baseline of deep"
result_of[list-all]="-"
goal_of[deep]="as fast as the first page: ≥ 0.8× list-all req/s (is ${deep_vs_first}×)"
result_of[deep]=$(verdict ge "$deep_vs_first" 0.8)
goal_of[export]="(no goal; $export_rows_unit rows per request)"
result_of[export]="-"
goal_of[report]="within 2× of raw: ≥ 0.5× raw"
result_of[report]=$(verdict ge "${ratio_of[report]}" 0.5)
for op in create get list list-all deep export report; do
  [[ ${svc_err[$op]} == 0 ]] || result_of[$op]="FAIL (${svc_err[$op]} errors)"
  [[ -z ${raw_err[$op]:-} || ${raw_err[$op]} == 0 ]] || result_of[$op]="${result_of[$op]}; raw SQL ${raw_err[$op]} failed"
done

flat_ok=false
if [[ $alive == yes && $export_rows == "$expected_rows" ]] && (( second_half_max <= first_half_max + 32 * 1024 )); then flat_ok=true; fi
export_verdict=$(verdict $flat_ok)
startup_verdict=$(verdict le "$startup_ms" "$GOAL_STARTUP_MS")
idle_verdict=$(verdict le "$(( idle_rss / 1024 ))" "$GOAL_IDLE_RSS_MIB")
mib() { echo $(( $1 / 1024 )); }

{
  echo "# UngCuu benchmark — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$INCIDENTS incidents; wrk and pgbench at $CONNECTIONS connections, $THREADS threads, ${BENCH_SECONDS} s each after ${WARMUP_SECONDS} s of warm-up."
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM; load average $load_start at the start, $load_end at the end."
  echo "PostgreSQL: $(psql -X -d postgres -Atc 'show server_version'); Java: $(java -version 2>&1 | head -1); service JVM options: $BENCH_JAVA_OPTS."
  echo "wrk, the service and PostgreSQL share the same cores: every figure includes that contention."
  echo "The service ran with UNGCUU_AUDIT_SEAL_EVERY=off (the sealer would otherwise spend the run chaining the $n_audit seeded audit entries) and UNGCUU_RATE_LIMIT_REQUESTS_PER_SECOND=0 (the per-caller limit would throttle wrk)."
  echo
  echo "## Seed"
  echo
  if [[ -z $reused ]]; then
    echo "- $n_incident incidents, $n_audit audit entries (+ $n_unsealed queued in audit_unsealed by the trigger), $n_deadline deadlines, $n_assessment assessments, $n_escalation escalations, $n_systems affected systems: $seed_rows rows in $(awk -v ms="$seed_ms" 'BEGIN {printf "%.1f", ms / 1000}') s = $(awk -v r="$seed_rows" -v ms="$seed_ms" 'BEGIN {printf "%.0f", r / (ms / 1000)}') rows/s ($(awk -v r="$n_incident" -v ms="$seed_ms" 'BEGIN {printf "%.0f", r / (ms / 1000)}') incidents/s), every constraint and trigger on."
    echo "- VACUUM ANALYZE: $(awk -v ms="$vacuum_ms" 'BEGIN {printf "%.1f", ms / 1000}') s. Database size: $db_size."
  else
    echo "- Reused the database seeded at $seeded_at with $INCIDENTS incidents (BENCH_REUSE=1); it now holds $n_incident incidents, $n_audit audit entries. Database size: $db_size."
  fi
  echo
  echo "## Operations"
  echo
  echo "| operation | service req/s | p50 ms | p99 ms | raw SQL tps | raw p50 ms | raw p99 ms | service/raw | goal | result |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
  for op in create get list list-all deep export report; do
    echo "| $op | ${svc_rps[$op]} | ${svc_p50[$op]} | ${svc_p99[$op]} | ${raw_tps[$op]:--} | ${raw_p50[$op]:--} | ${raw_p99[$op]:--} | ${ratio_of[$op]} | ${goal_of[$op]} | ${result_of[$op]} |"
  done
  echo
  echo "- create: POST /api/v1/incidents (coordinator, random commune) vs deploy/bench/pgbench/create.sql (unit lookup, counter, incident, audit entry, deadline in one transaction)."
  echo "- get: GET /api/v1/incidents/{id} for random ids among $id_count seeded incidents ($( (( id_stride == 1 )) && echo all || echo "one in every $id_stride")), the same for both, vs the 4 statements Hibernate issues (get.sql)."
  echo "- list: GET /api/v1/incidents?status=NEW&unitCode=$list_unit&limit=50 (the commune with the median number of NEW incidents) vs list.sql."
  echo "- list-all / deep: GET /api/v1/incidents?limit=50, without and with a cursor after row $deep_position of $n_incident in the default order; deep vs deep.sql."
  echo "  Bytes per response: list-all $(( ${svc_bytes[list-all]:-0} / 1024 )) KiB, deep $(( ${svc_bytes[deep]:-0} / 1024 )) KiB (the newest incidents carry less than year-old ones: fewer deadlines, no resolution or end report)."
  echo "- export: GET /api/v1/incidents?unitCode=$list_unit, Accept: text/csv ($export_rows_unit rows) vs export.sql (the same rows in one statement)."
  echo "- report: GET /api/v1/reports/summary?period=$report_year ($report_rows incidents in the period) vs ReportService.SUMMARY_SQL itself, read from the source."
  echo "- create, get, list, list-all, deep: wrk (service) and pgbench -T (raw) for ${BENCH_SECONDS} s. export and report take up to seconds each, and wrk drops the requests in flight when -d ends: they run as closed loops instead ($CONNECTIONS clients, each the same number of requests back to back: curl with keep-alive, pgbench -t), sized to last about ${BENCH_SECONDS} s; their p99 comes from few samples (${svc_n[export]} and ${svc_n[report]} requests)."
  echo "- Latencies: wrk's own percentiles; pgbench per-transaction logs (-l), nearest rank."
  echo
  echo "## Full export, start-up, memory"
  echo
  echo "| measure | value | goal | result |"
  echo "|---|---|---|---|"
  echo "| full CSV export | $export_rows of $expected_rows rows in $(awk -v ms="$export_ms" 'BEGIN {printf "%.1f", ms / 1000}') s = $export_rps rows/s; raw COPY $raw_export_rps rows/s (service/raw $(ratio "$export_rps" "$raw_export_rps")) | constant memory | $export_verdict |"
  echo "| RSS during the export (run right after the idle reading) | idle $(mib "$idle_rss") MiB, before $(mib "$before_export_rss") MiB, max $(mib "$max_rss") MiB (max − idle: +$(mib $(( max_rss - idle_rss ))) MiB); max in the 1st half $(mib "$first_half_max") MiB, in the 2nd half $(mib "$second_half_max") MiB | flat: 2nd-half max ≤ 1st-half max + 32 MiB, all rows, service alive | $export_verdict |"
  echo "| start-up (process start to /q/health/ready 200, seeded database) | $startup_ms ms (first start with migrations: $migrate_ms ms) | ≤ $GOAL_STARTUP_MS ms | $startup_verdict |"
  echo "| idle RSS ($IDLE_SECONDS s after ready) | $(mib "$idle_rss") MiB (at ready $(mib "$ready_rss") MiB; peak over the whole run $(mib "$peak_rss") MiB, at the end $(mib "$final_rss") MiB) | ≤ $GOAL_IDLE_RSS_MIB MiB | $idle_verdict |"
  echo
  echo "Raw outputs (wrk, pgbench, service log, RSS samples): $work"
} >"$BENCH_RESULTS"

echo
cat "$BENCH_RESULTS"
echo
log "written to $BENCH_RESULTS"
