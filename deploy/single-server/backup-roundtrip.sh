#!/usr/bin/env bash
# Proves that a backup restores: backs up UNGCUU_DB with backup.sh, restores it with restore.sh into a
# scratch database, compares every table's rows (count and checksum) between the two, then drops the
# scratch database. Exit status 0 only when every table matches. Run it after install and after every
# PostgreSQL upgrade (as a superuser; the libpq variables apply):
#   sudo -u postgres ./backup-roundtrip.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
db="${UNGCUU_DB:-ungcuu}"
scratch="${db}_roundtrip_$$"
work="$(mktemp -d)"
admin_db="${PGDATABASE:-postgres}"
cleanup() {
    psql -X -q -d "$admin_db" -v scratch="$scratch" <<< "SELECT format('DROP DATABASE IF EXISTS %I', :'scratch') \gexec" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# The service may keep writing: the dump and the source's fingerprint read one exported snapshot, held
# open by a psql session in the background until both are done.
coproc SNAPSHOT { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db"; }
echo "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT pg_export_snapshot();" >&"${SNAPSHOT[1]}"
read -r snapshot <&"${SNAPSHOT[0]}"

dump="$(BACKUP_DIR="$work" UNGCUU_DB="$db" "$here/backup.sh" --snapshot="$snapshot")"
"$here/restore.sh" "$dump" "$scratch" >/dev/null

# one line per table: name, row count, md5 over the rows' md5s in a fixed order (memory stays small)
fingerprint() {
    { echo "BEGIN ISOLATION LEVEL REPEATABLE READ;"
      [ -n "${2:-}" ] && echo "SET TRANSACTION SNAPSHOT '$2';"
      cat <<'SQL'
SELECT format('SELECT %L || '' '' || count(*) || '' '' || coalesce(md5(string_agg(md5(t::text), '''' ORDER BY md5(t::text))), ''-'') FROM %I.%I t',
              table_name, table_schema, table_name)
  FROM information_schema.tables
 WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
 ORDER BY table_name \gexec
COMMIT;
SQL
    } | psql -X -q -At -v ON_ERROR_STOP=1 -d "$1"
}
fingerprint "$db" "$snapshot" > "$work/source.txt"
echo "COMMIT;" >&"${SNAPSHOT[1]}"; exec {SNAPSHOT[1]}>&-
fingerprint "$scratch" > "$work/restored.txt"

if ! diff -u "$work/source.txt" "$work/restored.txt"; then
    echo "ROUND TRIP FAILED: the restored database differs from $db" >&2
    exit 1
fi
echo "round trip ok: $(wc -l < "$work/source.txt") tables, $(awk '{s+=$2} END {print s}' "$work/source.txt") rows identical ($(du -h "$dump" | cut -f1) dump)"
