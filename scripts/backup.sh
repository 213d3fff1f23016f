#!/usr/bin/env bash
# Backs up the database and the evidence files into one directory (docs/operations.md).
#
#   scripts/backup.sh <backup-root>        makes <backup-root>/<yyyymmdd-hhmmss>/ and prints its path
#
# It holds: database.dump (pg_dump, custom format), evidence.tar.gz (the evidence directory), SHA256SUMS and
# backup.txt (what, from where, when). The database is dumped first, the files are copied after: a file is written
# before the row that points at it commits and is never changed or deleted afterwards, so every file the dump
# refers to is in the archive (files newer than the dump are harmless extras). Runs while the nodes serve.
#
# Settings (environment): PARINDEX_DB_NAME (parindex), PARINDEX_DB_HOST (127.0.0.1), PARINDEX_DB_PORT (5432),
# PARINDEX_DB_USER (postgres), PGPASSWORD, PARINDEX_EVIDENCE_DIR (./data/evidence).
set -euo pipefail

root=${1:?usage: $0 <backup-root>}
db_name=${PARINDEX_DB_NAME:-parindex}
db_host=${PARINDEX_DB_HOST:-127.0.0.1}
db_port=${PARINDEX_DB_PORT:-5432}
db_user=${PARINDEX_DB_USER:-postgres}
evidence=${PARINDEX_EVIDENCE_DIR:-./data/evidence}

target="$root/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$target"
started=$(date -Iseconds)

pg_dump -h "$db_host" -p "$db_port" -U "$db_user" -Fc --no-owner -f "$target/database.dump" "$db_name"
mkdir -p "$evidence"
tar -czf "$target/evidence.tar.gz" -C "$evidence" .

(cd "$target" && sha256sum database.dump evidence.tar.gz >SHA256SUMS)
cat >"$target/backup.txt" <<EOF
database: $db_name on $db_host:$db_port (pg_dump $(pg_dump --version | awk '{print $3}'))
evidence: $(cd "$evidence" && pwd) ($(find "$evidence" -type f | wc -l) files)
started:  $started
finished: $(date -Iseconds)
EOF
echo "$target"
