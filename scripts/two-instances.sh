#!/usr/bin/env bash
# Two instances of the production jar behind nginx with sticky sessions, on 127.0.0.1 only, to try what a load
# balancer does to sessions, throttles and writes (README, "Two instances").
#
#   scripts/two-instances.sh start       # MariaDB (own), instance a, then b, then nginx; prints the proxy's URL
#   scripts/two-instances.sh status      # which parts run, readiness of a and b
#   scripts/two-instances.sh kill a      # SIGKILL instance a (or b): its users fall over to the other one
#   scripts/two-instances.sh revive a    # starts a killed instance again (same database, keys and route)
#   scripts/two-instances.sh stop        # stops everything and removes the work directory and the database
#
# The database: its own throw-away MariaDB (mariadbd on DB_PORT with its data directory under the work directory,
# as scripts/fault-test.sh does), unless DB_URL_A and DB_URL_B are given (with DB_USERNAME and DB_PASSWORD), e.g.
# two nodes of a Galera cluster, instance a on the first and b on the second.
# The instances run the demo profile (for its sample projects, items and users) with everything else as production
# needs it (APP_ARGS adds options to both, e.g. the load test's raised portal limits): one portal secret, one data key, hash key, audit key and two-factor key for both (drawn at start into
# the work directory), one directory of evidence files, and forwarded headers believed from 127.0.0.1 only. They
# must not load the demo data at the same moment, so b starts once a is ready (readiness answers 200 only after the
# demo data is in). Each instance names itself in its session ids (chenggeng.instance-route: JSESSIONID ends in .a
# or .b); nginx sends a session to its instance by that ending, and to the other one when it is down (the session
# is gone with its instance: the user signs in again there). Requests without a session go round robin.
#
# Needs: the jar (./mvnw package -DskipTests), nginx (Debian's; its own configuration, pid and logs here, never
# /etc/nginx's), mariadbd and mariadb-install-db unless DB_URL_A/B are given, curl, openssl.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=${JAR:-$ROOT/target/chenggeng-0.1.0-SNAPSHOT.jar}
WORK=${TWO_WORK:-/tmp/chenggeng-two}
PORT_A=${PORT_A:-8091}
PORT_B=${PORT_B:-8092}
PROXY_PORT=${PROXY_PORT:-8093}
DB_PORT=${DB_PORT:-3421}
HEAP=${HEAP:-768m}
DATA=$WORK/db

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# The same JDK choice as ./mvnw: JAVA_HOME, else java on the PATH if it is 21+, else the newest 21+ in /usr/lib/jvm.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
find_java() {
  JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
  if [ -z "$JAVA" ]; then
    JAVA=java
    if [ "$(java_major java || echo 0)" -lt 21 ]; then
      for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
        if [ "$(java_major "$jdk/bin/java" || echo 0)" -ge 21 ]; then JAVA="$jdk/bin/java"; break; fi
      done
    fi
  fi
}

pid_of() { [ -f "$WORK/$1.pid" ] && cat "$WORK/$1.pid" || true; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
port_of() { if [ "$1" = a ]; then echo "$PORT_A"; else echo "$PORT_B"; fi; }
ready() { curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$(port_of "$1")/actuator/health/readiness"; }
sql() { mariadb --no-defaults --protocol=socket --socket="$DATA/sock" -uroot -N -B "$@"; }

start_db() {
  log "MariaDB in $DATA on 127.0.0.1:$DB_PORT"
  mkdir -p "$DATA"
  mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$DATA/data" \
    --auth-root-authentication-method=socket --skip-test-db >"$WORK/mariadb-install.log" 2>&1
  mariadbd --no-defaults --user="$(id -un)" --datadir="$DATA/data" --socket="$DATA/sock" --pid-file="$DATA/pid" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --innodb-buffer-pool-size=256M --innodb-log-file-size=48M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --log-error="$WORK/mariadb.log" \
    </dev/null >/dev/null 2>&1 &
  echo $! >"$WORK/db.pid"
  for _ in $(seq 1 60); do
    sql -e 'select 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  sql -e 'select 1' >/dev/null 2>&1 || { log "mariadbd did not start; see $WORK/mariadb.log"; exit 1; }
  sql -e "
    create database chenggeng character set utf8mb4 collate utf8mb4_unicode_ci;
    create user 'chenggeng'@'127.0.0.1' identified by 'two-instances';
    grant all on chenggeng.* to 'chenggeng'@'127.0.0.1';"
}

# One set of secrets for both instances: what one signs or encrypts, the other must read.
write_keys() {
  (umask 077; cat >"$WORK/keys.env") <<KEYS
export CHENGGENG_PORTAL_SECRET=$(openssl rand -base64 32)
export CHENGGENG_DATA_KEY=$(openssl rand -base64 32)
export CHENGGENG_HASH_KEY=$(openssl rand -base64 32)
export CHENGGENG_AUDIT_KEY=$(openssl rand -base64 32)
export CHENGGENG_MFA_KEY=$(openssl rand -base64 32)
KEYS
}

start_instance() {
  local name=$1 port url
  port=$(port_of "$name")
  if [ "$name" = a ]; then url=$DB_URL_A; else url=$DB_URL_B; fi
  log "instance $name on 127.0.0.1:$port"
  (
    # shellcheck disable=SC1091
    . "$WORK/keys.env"
    export SPRING_PROFILES_ACTIVE=demo DB_URL="$url" DB_USERNAME DB_PASSWORD \
      CHENGGENG_INSTANCE_ROUTE="$name" CHENGGENG_FILES_DIR="$WORK/files" \
      CHENGGENG_AUDIT_ARCHIVE_DIR="$WORK/audit-archives" SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES='127\.0\.0\.1'
    exec "$JAVA" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$JAR" --server.port="$port" \
      --server.address=127.0.0.1 --spring.datasource.hikari.maximum-pool-size=10 --vaadin.launch-browser=false \
      ${APP_ARGS:-} </dev/null >"$WORK/$name.log" 2>&1
  ) &
  echo $! >"$WORK/$name.pid"
  for _ in $(seq 1 900); do
    ready "$name" && { log "instance $name is ready"; return 0; }
    alive "$name" || { log "instance $name stopped; the end of $WORK/$name.log:"; tail -40 "$WORK/$name.log" >&2; exit 1; }
    sleep 1
  done
  log "instance $name is not ready after 15 minutes; see $WORK/$name.log"; exit 1
}

# A session goes to the instance its id ends with, the other one being the backup; no session, round robin. The
# client's address goes on in X-Forwarded-For (overwritten, never appended); a long request (an upload, or a push
# connection, should push come back: decision 0034 removed it) may stay open for an hour.
write_nginx() {
  mkdir -p "$WORK/nginx/temp"
  cat >"$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
    log_format routed '\$time_iso8601 \$remote_addr "\$request" \$status upstream=\$upstream_addr session=\$cookie_JSESSIONID';
    access_log $WORK/nginx-access.log routed;
    client_body_temp_path $WORK/nginx/temp/body;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    client_max_body_size 220m;

    map \$cookie_JSESSIONID \$instance {
        ~\\.a\$ sticky_a;
        ~\\.b\$ sticky_b;
        default any;
    }
    map \$http_upgrade \$connection_upgrade {
        default upgrade;
        ''      '';
    }
    upstream sticky_a {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$PORT_B backup;
        keepalive 16;
    }
    upstream sticky_b {
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$PORT_A backup;
        keepalive 16;
    }
    upstream any {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$PROXY_PORT;
        location / {
            proxy_pass http://\$instance;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$host;
            proxy_set_header X-Forwarded-Port \$server_port;
            proxy_read_timeout 3600s;
            proxy_send_timeout 3600s;
            proxy_buffering off;
            proxy_connect_timeout 2s;
            proxy_next_upstream error timeout;
        }
    }
}
NGINX
}

start() {
  if alive db || alive a || alive b || alive nginx; then log "already running (scripts/two-instances.sh status)"; exit 1; fi
  [ -f "$JAR" ] || { log "no $JAR: build it with ./mvnw package -DskipTests"; exit 1; }
  find_java
  rm -rf "$WORK"
  mkdir -p "$WORK/files" "$WORK/audit-archives"
  if [ -z "${DB_URL_A:-}" ] || [ -z "${DB_URL_B:-}" ]; then
    start_db
    DB_URL_A="jdbc:mysql://127.0.0.1:$DB_PORT/chenggeng?rewriteBatchedStatements=true"
    DB_URL_B=$DB_URL_A
    DB_USERNAME=chenggeng
    DB_PASSWORD=two-instances
  fi
  : "${DB_USERNAME:?DB_USERNAME is needed with DB_URL_A and DB_URL_B}"
  DB_PASSWORD=${DB_PASSWORD:-}
  write_keys
  (umask 077; printf 'DB_URL_A=%q\nDB_URL_B=%q\nDB_USERNAME=%q\nDB_PASSWORD=%q\n' "$DB_URL_A" "$DB_URL_B" \
    "$DB_USERNAME" "$DB_PASSWORD" >"$WORK/db.env")
  start_instance a
  start_instance b
  write_nginx
  nginx -e "$WORK/nginx-error.log" -p "$WORK/nginx" -c "$WORK/nginx.conf"
  for _ in $(seq 1 20); do [ -s "$WORK/nginx.pid" ] && break; sleep 0.25; done
  log "nginx on 127.0.0.1:$PROXY_PORT (logs in $WORK)"
  echo "http://127.0.0.1:$PROXY_PORT/"
}

stop() {
  if alive nginx; then nginx -e "$WORK/nginx-error.log" -p "$WORK/nginx" -c "$WORK/nginx.conf" -s quit || true; fi
  for name in b a; do
    if alive "$name"; then log "stopping instance $name"; kill "$(pid_of "$name")"; fi
  done
  for name in b a nginx; do
    for _ in $(seq 1 60); do alive "$name" || break; sleep 0.5; done
  done
  if alive db; then log "stopping MariaDB"; kill "$(pid_of db)"; for _ in $(seq 1 60); do alive db || break; sleep 0.5; done; fi
  rm -rf "$WORK"
  log "stopped; $WORK removed"
}

status() {
  for name in db a b nginx; do
    if alive "$name"; then
      case $name in
        a|b) if ready "$name"; then s=ready; else s="not ready"; fi
             echo "$name: running (pid $(pid_of "$name"), 127.0.0.1:$(port_of "$name"), $s)" ;;
        db) echo "db: running (pid $(pid_of db), 127.0.0.1:$DB_PORT)" ;;
        nginx) echo "nginx: running (pid $(pid_of nginx), http://127.0.0.1:$PROXY_PORT/)" ;;
      esac
    elif [ -f "$WORK/$name.pid" ]; then echo "$name: dead"
    elif [ "$name" != db ]; then echo "$name: not started"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill)
    case "${2:-}" in a|b) ;; *) echo "usage: $0 kill a|b" >&2; exit 2 ;; esac
    alive "$2" || { log "instance $2 is not running"; exit 1; }
    kill -9 "$(pid_of "$2")"
    log "instance $2 killed (SIGKILL)" ;;
  revive)
    case "${2:-}" in a|b) ;; *) echo "usage: $0 revive a|b" >&2; exit 2 ;; esac
    alive "$2" && { log "instance $2 is running"; exit 1; }
    [ -f "$WORK/db.env" ] || { log "nothing started (scripts/two-instances.sh start)"; exit 1; }
    find_java
    # shellcheck disable=SC1091
    . "$WORK/db.env"
    start_instance "$2" ;;
  *) echo "usage: $0 start | stop | kill a|b | revive a|b | status" >&2; exit 2 ;;
esac
