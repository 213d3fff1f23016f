#!/usr/bin/env bash
# Two application nodes on one machine, one PostgreSQL, one evidence directory, and (when haproxy is installed)
# the load balancer of docker/compose.yaml in front of them: the cluster of docker/compose.yaml without Docker.
#
#   scripts/cluster.sh start     build the jar once, create the database if missing, start both nodes and the
#                                load balancer (http://localhost:8080, no sticky sessions; stats on :8404)
#   scripts/cluster.sh stop      stop the load balancer and both nodes (SIGTERM, then SIGKILL after 30 s)
#   scripts/cluster.sh status    which nodes run and what their health endpoint says
#
# Settings (environment):
#   PARINDEX_DB_NAME      database name                     (default parindex_cluster)
#   PARINDEX_DB_HOST/PORT PostgreSQL server                 (default 127.0.0.1:5432, user postgres, trust auth)
#   PARINDEX_DB_USER      database user                     (default postgres)
#   PGPASSWORD            its password (none needed with trust authentication)
#   PARINDEX_CLUSTER_DIR  pid files, logs, evidence files   (default ./data/cluster)
#   PARINDEX_PROFILES     Spring profiles                   (default postgres,demo; without demo the first
#                         start on an empty database wants PARINDEX_ORGANISER_CODE/_NAME, PARINDEX_ADMIN_PASSWORD)
#   PARINDEX_PORTS        the nodes' HTTP ports             (default "8081 8082")
#   SMTP_HOST/SMTP_PORT   mail server                       (default localhost:2525)
#   JAVA_OPTS             extra JVM options                 (default -Xmx512m)
#   PARINDEX_LB_PORT      the load balancer's port              (default 8080; PARINDEX_LB=0: no load balancer)
#   SKIP_BUILD=1          use target/par-index-*.jar as it is
#   PARINDEX_SESSION_IDLE_TIMEOUT  idle timeout of a session (default 15m); the sessions live in the database, so
#                         a browser signed in on one node is served by the other (try http://localhost:8081 and :8082)
set -euo pipefail
cd "$(dirname "$0")/.."

db_name=${PARINDEX_DB_NAME:-parindex_cluster}
db_host=${PARINDEX_DB_HOST:-127.0.0.1}
db_port=${PARINDEX_DB_PORT:-5432}
db_user=${PARINDEX_DB_USER:-postgres}
dir=${PARINDEX_CLUSTER_DIR:-./data/cluster}
profiles=${PARINDEX_PROFILES:-postgres,demo}
ports=${PARINDEX_PORTS:-8081 8082}
java_opts=${JAVA_OPTS:--Xmx512m}
lb_port=${PARINDEX_LB_PORT:-8080}

jar() {
  ls target/par-index-*.jar 2>/dev/null | grep -v '\.original$' | head -1
}

pid_of() {
  local file="$dir/node-$1.pid"
  [[ -f $file ]] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

health() {
  curl -s --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null || true
}

start() {
  if [[ ${SKIP_BUILD:-0} != 1 || -z $(jar) ]]; then
    echo "== building the jar"
    ./mvnw -B -q -DskipTests package
  fi
  local app_jar
  app_jar=$(jar)
  mkdir -p "$dir/evidence"
  if ! psql -h "$db_host" -p "$db_port" -U "$db_user" -tAc "select 1 from pg_database where datname = '$db_name'" \
      postgres | grep -q 1; then
    echo "== creating database $db_name"
    psql -h "$db_host" -p "$db_port" -U "$db_user" -q -c "create database $db_name" postgres
  fi
  for port in $ports; do
    if pid=$(pid_of "$port"); then
      echo "node $port runs already (pid $pid)"
      continue
    fi
    echo "== starting node $port (log $dir/node-$port.log)"
    # shellcheck disable=SC2086
    SPRING_PROFILES_ACTIVE=$profiles \
    PARINDEX_DB_URL="jdbc:postgresql://$db_host:$db_port/$db_name" PARINDEX_DB_USER=$db_user \
    PARINDEX_DB_PASSWORD=${PGPASSWORD:-unused-with-trust-auth} \
    PARINDEX_EVIDENCE_DIR="$dir/evidence" PORT=$port \
      nohup java $java_opts -Duser.timezone=Asia/Ho_Chi_Minh -jar "$app_jar" \
      --camunda.bpm.generic-properties.properties.hostname="node-$port" >"$dir/node-$port.log" 2>&1 &
    echo $! >"$dir/node-$port.pid"
  done
  for port in $ports; do
    for attempt in $(seq 1 300); do
      if health "$port" | grep -q '"UP"'; then
        echo "node $port is up: http://localhost:$port"
        break
      fi
      if ((attempt == 300)); then
        echo "node $port not up after 300 s; see $dir/node-$port.log" >&2
        exit 1
      fi
      if ! pid_of "$port" >/dev/null; then
        echo "node $port stopped; the end of its log:" >&2
        tail -30 "$dir/node-$port.log" >&2
        exit 1
      fi
      sleep 1
    done
  done
  start_lb
}

start_lb() {
  if [[ ${PARINDEX_LB:-1} == 0 ]] || ! command -v haproxy >/dev/null; then
    return
  fi
  read -r first second _ <<<"$ports"
  if [[ -f $dir/haproxy.pid ]] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
    echo "the load balancer runs already"
    return
  fi
  PARINDEX_NODE1="127.0.0.1:$first" PARINDEX_NODE2="127.0.0.1:${second:-$first}" PARINDEX_LB_BIND=":$lb_port" \
    PARINDEX_LB_STATS_BIND=":$((lb_port + 324))" haproxy -D -p "$dir/haproxy.pid" -f docker/haproxy.cfg
  echo "load balancer: http://localhost:$lb_port (statistics on :$((lb_port + 324)))"
}

stop() {
  if [[ -f $dir/haproxy.pid ]]; then
    kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
    rm -f "$dir/haproxy.pid"
  fi
  for port in $ports; do
    if pid=$(pid_of "$port"); then
      echo "== stopping node $port (pid $pid)"
      kill "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$dir/node-$port.pid"
  done
}

status() {
  if [[ -f $dir/haproxy.pid ]] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
    echo "load balancer: pid $(cat "$dir/haproxy.pid"), http://localhost:$lb_port"
  fi
  for port in $ports; do
    if pid=$(pid_of "$port"); then
      echo "node $port: pid $pid, health $(health "$port")"
    else
      echo "node $port: not running"
    fi
  done
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
