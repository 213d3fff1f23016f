#!/usr/bin/env bash
# Proves a backup restores (docs/operations.md): backs up the running installation, restores the backup into a
# fresh database and evidence directory, starts one node of the same jar on the copy, and checks that
#   - every published results page (the list, each campaign, each agency) answers the same on both, and
#   - every evidence file the restored database knows is there, with the SHA-256 the database recorded.
#
#   scripts/backup-check.sh <url-of-a-running-node>      e.g. http://localhost:8081
#
# Settings: those of scripts/backup.sh (which database and evidence directory are backed up), and
# PARINDEX_CHECK_PORT (8089) for the node on the copy, KEEP=1 to keep the restored copy afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

source_url=${1:?usage: $0 <url-of-a-running-node>}
db_name=${PARINDEX_DB_NAME:-parindex}
db_host=${PARINDEX_DB_HOST:-127.0.0.1}
db_port=${PARINDEX_DB_PORT:-5432}
db_user=${PARINDEX_DB_USER:-postgres}
port=${PARINDEX_CHECK_PORT:-8089}
work=./data/backup-check
copy_db="${db_name}_restorecheck"
copy_evidence="$work/evidence"
copy_url="http://localhost:$port"
psql_=(psql -h "$db_host" -p "$db_port" -U "$db_user" -v ON_ERROR_STOP=1 -q -tA)

node=
cleanup() {
  if [[ -n $node ]]; then kill "$node" 2>/dev/null || true; wait "$node" 2>/dev/null || true; fi
  if [[ ${KEEP:-0} != 1 ]]; then
    "${psql_[@]}" -c "drop database if exists \"$copy_db\" with (force)" postgres
    rm -rf "$copy_evidence"
  fi
}
trap cleanup EXIT

"${psql_[@]}" -c "drop database if exists \"$copy_db\" with (force)" postgres
rm -rf "$work" && mkdir -p "$work"

echo "== backup"
backup=$(scripts/backup.sh "$work/backups" | tail -1)
cat "$backup/backup.txt"
echo "== restore into $copy_db"
scripts/restore.sh "$backup" "$copy_db" "$copy_evidence"

echo "== a node on the copy ($copy_url)"
jar=$(ls target/par-index-*.jar | grep -v '\.original$' | head -1)
SPRING_PROFILES_ACTIVE=postgres PARINDEX_DB_URL="jdbc:postgresql://$db_host:$db_port/$copy_db" \
  PARINDEX_DB_USER=$db_user PARINDEX_DB_PASSWORD=${PGPASSWORD:-unused-with-trust-auth} \
  PARINDEX_EVIDENCE_DIR="$copy_evidence" PORT=$port \
  java -Xmx512m -Duser.timezone=Asia/Ho_Chi_Minh -jar "$jar" --parindex.scheduling.enabled=false \
  --camunda.bpm.job-execution.enabled=false >"$work/node.log" 2>&1 &
node=$!
for _ in $(seq 1 240); do
  curl -fs "$copy_url/actuator/health" | grep -q '"UP"' && break
  kill -0 "$node" 2>/dev/null || { tail -30 "$work/node.log"; exit 1; }
  sleep 1
done

# A page's content without what differs per visit (the session's CSRF token); "unanswered" unless it answers 200.
page() {
  local body
  if body=$(curl -fsS "$1$2"); then
    grep -v 'name="_csrf' <<<"$body" | sha256sum | cut -c1-64
  else
    echo "unanswered $1$2"
  fi
}
pages=(/public/results)
while IFS='|' read -r campaign agency; do
  pages+=("/public/results/$campaign")
  [[ -n $agency ]] && pages+=("/public/results/$campaign/agencies/$agency")
done < <("${psql_[@]}" -c "select distinct r.campaign_id, '' from published_revision r
                          union select distinct r.campaign_id, p.agency_id::text from published_revision r
                            join published_row p on p.revision_id = r.id order by 1, 2" "$copy_db")

echo "== published results pages"
same=0
different=0
for path in $(printf '%s\n' "${pages[@]}" | sort -u); do
  before=$(page "$source_url" "$path")
  after=$(page "$copy_url" "$path")
  if [[ $before == "$after" && $before != unanswered* ]]; then
    same=$((same + 1))
  else
    different=$((different + 1))
    echo "DIFFERENT: $path ($before / $after)"
  fi
done
echo "$same pages the same, $different different"

echo "== evidence files"
missing=0
checked=0
while IFS='|' read -r key sha; do
  checked=$((checked + 1))
  if [[ ! -f $copy_evidence/$key ]] || [[ $(sha256sum "$copy_evidence/$key" | cut -c1-64) != "$sha" ]]; then
    missing=$((missing + 1))
    echo "MISSING OR CHANGED: $key"
  fi
done < <("${psql_[@]}" -c "select storage_key, sha256 from stored_file" "$copy_db")
echo "$checked files checked, $missing missing or changed"

if ((different > 0 || missing > 0 || same < 1)); then
  echo "BACKUP CHECK FAILED"
  exit 1
fi
echo "BACKUP CHECK PASSED: $(date -Iseconds), $same published results pages and $checked evidence files restored"
