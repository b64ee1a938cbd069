#!/usr/bin/env bash
# Backs up UngCuu's database with pg_dump (custom format: compressed, restorable table by table) into
# BACKUP_DIR (default /var/backups/ungcuu) as ungcuu-YYYYmmddTHHMMSSZ.dump, and deletes dumps older than
# KEEP_DAYS (default 30). Prints the new file's path. Run as a role that can read everything (Debian:
# sudo -u postgres, or the owner role through PGUSER/PGPASSWORD); the usual libpq variables apply.
#   ./backup.sh              # database UNGCUU_DB, default ungcuu; extra arguments go to pg_dump
# A consistent snapshot: pg_dump reads in one repeatable-read transaction while the service keeps working.
set -euo pipefail

db="${UNGCUU_DB:-ungcuu}"
dir="${BACKUP_DIR:-/var/backups/ungcuu}"
keep_days="${KEEP_DAYS:-30}"

mkdir -p "$dir"
file="$dir/$db-$(date -u +%Y%m%dT%H%M%SZ).dump"
# written under a temporary name first, so a failed or interrupted dump never looks like a backup
pg_dump --format=custom --compress=6 --file="$file.partial" --dbname="$db" "$@"
mv "$file.partial" "$file"
find "$dir" -maxdepth 1 -name "$db-*.dump" -mtime +"$keep_days" -delete
echo "$file"
