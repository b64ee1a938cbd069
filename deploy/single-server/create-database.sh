#!/usr/bin/env bash
# Creates UngCuu's database and its two roles with least privilege. Run once at install, as a PostgreSQL
# superuser (Debian: sudo -u postgres ./create-database.sh); running it again only resets the passwords
# and re-applies the grants.
#
#   owner role (UNGCUU_OWNER, default ungcuu_owner): owns the database and schema; the service logs in with
#     it only to run the Liquibase migrations at start (QUARKUS_LIQUIBASE_USERNAME).
#   app role   (UNGCUU_APP, default ungcuu_app): what the service works with (QUARKUS_DATASOURCE_USERNAME):
#     reads and writes rows, creates nothing, and cannot UPDATE, DELETE or TRUNCATE the audit history
#     (the migrations revoke those on the audit tables from every role but the owner).
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE); none set means the local
# socket as the current OS user. Required: UNGCUU_OWNER_PASSWORD, UNGCUU_APP_PASSWORD.
set -euo pipefail

db="${UNGCUU_DB:-ungcuu}"
owner="${UNGCUU_OWNER:-ungcuu_owner}"
app="${UNGCUU_APP:-ungcuu_app}"
: "${UNGCUU_OWNER_PASSWORD:?set UNGCUU_OWNER_PASSWORD (the migration role's password)}"
: "${UNGCUU_APP_PASSWORD:?set UNGCUU_APP_PASSWORD (the service role's password)}"

admin_db="${PGDATABASE:-postgres}"
psql_as_admin() {
    psql -X -q -v ON_ERROR_STOP=1 -v db="$db" -v owner="$owner" -v app="$app" "$@"
}

# Roles and database. Passwords travel as psql variables, quoted by format(%L), never through the shell.
psql_as_admin -d "$admin_db" -v owner_password="$UNGCUU_OWNER_PASSWORD" -v app_password="$UNGCUU_APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'owner', :'owner_password') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'app', :'app_password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'db', :'app') \gexec
SQL

# Inside the database: the schema belongs to the owner; the app role gets row access to what the owner
# creates from now on (default privileges) and to what already exists (a re-run after an upgrade).
psql_as_admin -d "$db" <<'SQL'
-- pg_trgm backs the incident search (migration 011); created here by the superuser so that the owner
-- role needs no extension rights
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', :'owner', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', :'owner', :'app') \gexec
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', :'app') \gexec
-- the audit history and Liquibase's own tables, when they exist already: read and append only
SELECT format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %I', c.relname, :'app')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relname IN ('audit_entry', 'audit_seal') \gexec
SELECT format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM %I', c.relname, :'app')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relname IN ('databasechangelog', 'databasechangeloglock') \gexec
SQL

echo "database $db ready: owner $owner (migrations), app $app (service)"
