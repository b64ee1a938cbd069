#!/usr/bin/env bash
# Restores a dump made by backup.sh into a NEW, empty database (never over a live one):
#   ./restore.sh /var/backups/ungcuu/ungcuu-20261129T010000Z.dump ungcuu_restored
# Run as a superuser (Debian: sudo -u postgres); the roles of create-database.sh must exist (they are
# cluster-wide and not in the dump). Then point QUARKUS_DATASOURCE_JDBC_URL at the restored database, or
# stop the service and swap the names (ALTER DATABASE ... RENAME TO ...). All or nothing: one transaction.
set -euo pipefail

dump="${1:?usage: restore.sh DUMP_FILE NEW_DATABASE}"
target="${2:?usage: restore.sh DUMP_FILE NEW_DATABASE}"
owner="${UNGCUU_OWNER:-ungcuu_owner}"
app="${UNGCUU_APP:-ungcuu_app}"
admin_db="${PGDATABASE:-postgres}"

# (psql variables are expanded only in what psql reads, not in -c, hence the here-strings)
exists="$(psql -X -At -v ON_ERROR_STOP=1 -d "$admin_db" -v target="$target" <<< "SELECT count(*) FROM pg_database WHERE datname = :'target'")"
if [ "$exists" != 0 ]; then
    echo "database $target exists; restore only into a new database" >&2
    exit 1
fi
psql -X -q -v ON_ERROR_STOP=1 -d "$admin_db" -v target="$target" -v owner="$owner" -v app="$app" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'target', :'owner', 'UTF8') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'target') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'target', :'app') \gexec
SQL
# the dump carries the schema's grants (app role's row access, the audit revokes) and the pg_trgm extension
pg_restore --exit-on-error --single-transaction --dbname="$target" "$dump"
echo "restored $dump into $target"
