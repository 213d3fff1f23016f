#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a NEW database and an EMPTY evidence directory
# (docs/operations.md). It never overwrites: drop or rename the old database yourself first.
#
#   scripts/restore.sh <backup-dir> <new-database> <evidence-dir>
#
# Settings (environment): PARINDEX_DB_HOST (127.0.0.1), PARINDEX_DB_PORT (5432), PARINDEX_DB_USER (postgres),
# PGPASSWORD, PARINDEX_DB_OWNER (the user the application connects as; default: PARINDEX_DB_USER).
set -euo pipefail

backup=${1:?usage: $0 <backup-dir> <new-database> <evidence-dir>}
db_name=${2:?usage: $0 <backup-dir> <new-database> <evidence-dir>}
evidence=${3:?usage: $0 <backup-dir> <new-database> <evidence-dir>}
db_host=${PARINDEX_DB_HOST:-127.0.0.1}
db_port=${PARINDEX_DB_PORT:-5432}
db_user=${PARINDEX_DB_USER:-postgres}
owner=${PARINDEX_DB_OWNER:-$db_user}
psql_=(psql -h "$db_host" -p "$db_port" -U "$db_user" -v ON_ERROR_STOP=1 -q)

(cd "$backup" && sha256sum --quiet -c SHA256SUMS)

if "${psql_[@]}" -tAc "select 1 from pg_database where datname = '$db_name'" postgres | grep -q 1; then
  echo "database $db_name exists; restore into a new one" >&2
  exit 1
fi
if [[ -d $evidence && -n $(ls -A "$evidence") ]]; then
  echo "$evidence is not empty; restore into an empty directory" >&2
  exit 1
fi

"${psql_[@]}" -c "create database \"$db_name\" owner \"$owner\"" postgres
pg_restore -h "$db_host" -p "$db_port" -U "$db_user" --no-owner --role="$owner" --exit-on-error -d "$db_name" \
  "$backup/database.dump"
mkdir -p "$evidence"
tar -xzf "$backup/evidence.tar.gz" -C "$evidence"
echo "restored $backup into database $db_name and $evidence"
