#!/usr/bin/env bash
# The fault test: four writers log progress through the JSON API, each entry with its own Idempotency-Key and
# retried until it is acknowledged, while the database is killed (SIGKILL) and restarted twice. Afterwards the
# database is counted: every acknowledged entry must be stored exactly once (lost: 0, duplicates: 0).
#
# It runs its own throw-away MariaDB (mariadbd on its own port and data directory, removed afterwards) and the
# application from target/classes against it, both on 127.0.0.1 only; it never touches another database server.
# The application runs with the demo profile on MariaDB (for its sample project, items and users) and the
# production pool size; nothing else differs from production.
#
#   scripts/fault-test.sh                      # defaults below; about three minutes
#   ENTRIES=200 DB_PORT=3417 scripts/fault-test.sh
#
# Needs mariadbd and mariadb-install-db (MariaDB 10.11 or later), curl, and a compiled tree (./mvnw compile).
set -euo pipefail

WRITERS=${WRITERS:-4}
ENTRIES=${ENTRIES:-150}            # entries per writer
DEADLINE=${DEADLINE:-240}          # seconds the writers may take in all
DB_PORT=${DB_PORT:-3407}
APP_PORT=${APP_PORT:-8097}
KILL_AT=${KILL_AT:-"10 35"}        # seconds after the writers start at which the database is killed
DOWN_FOR=${DOWN_FOR:-8}            # seconds it stays down each time

cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/chenggeng-fault.XXXXXX)
DATA=$WORK/db
mkdir -p "$DATA" "$WORK/writers"
APP_PID=""
DB_PID=""

# The same JDK choice as ./mvnw: JAVA_HOME, else java on the PATH if it is 21+, else the newest 21+ in /usr/lib/jvm.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
if [ -z "$JAVA" ]; then
  JAVA=java
  if [ "$(java_major java || echo 0)" -lt 21 ]; then
    for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
      if [ "$(java_major "$jdk/bin/java" || echo 0)" -ge 21 ]; then JAVA="$jdk/bin/java"; break; fi
    done
  fi
fi

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

sql() { mariadb --no-defaults --protocol=socket --socket="$DATA/sock" -uroot -N -B chenggeng -e "$1"; }

start_db() {
  mariadbd --no-defaults --user="$(id -un)" --datadir="$DATA/data" --socket="$DATA/sock" --pid-file="$DATA/pid" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --innodb-buffer-pool-size=128M --innodb-log-file-size=48M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --log-error="$WORK/mariadb.log" &
  DB_PID=$!
  for _ in $(seq 1 60); do
    mariadb --no-defaults --protocol=socket --socket="$DATA/sock" -uroot -e 'select 1' >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "mariadbd did not start; see $WORK/mariadb.log"; cat "$WORK/mariadb.log" >&2; exit 1
}

kill_db() {
  kill -9 "$DB_PID"
  wait "$DB_PID" 2>/dev/null || true
  DB_PID=""
}

log "MariaDB in $DATA on 127.0.0.1:$DB_PORT"
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$DATA/data" --auth-root-authentication-method=socket \
  --skip-test-db >"$WORK/install.log" 2>&1
start_db
mariadb --no-defaults --protocol=socket --socket="$DATA/sock" -uroot -e "
  create database chenggeng character set utf8mb4 collate utf8mb4_unicode_ci;
  create user 'chenggeng'@'127.0.0.1' identified by 'fault-test';
  create user 'chenggeng'@'localhost' identified by 'fault-test';
  grant all on chenggeng.* to 'chenggeng'@'127.0.0.1';
  grant all on chenggeng.* to 'chenggeng'@'localhost';"

log "classpath"
./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=runtime \
    >"$WORK/mvn.log" 2>&1 \
  || ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=runtime \
    >"$WORK/mvn.log" 2>&1 \
  || { grep ERROR "$WORK/mvn.log" >&2; exit 1; }
CLASSPATH="target/classes:$(cat "$WORK/classpath")"

log "application on 127.0.0.1:$APP_PORT"
SPRING_PROFILES_ACTIVE=demo \
DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/chenggeng?rewriteBatchedStatements=true&connectTimeout=2000&socketTimeout=10000" \
DB_USERNAME=chenggeng DB_PASSWORD=fault-test \
  "$JAVA" -cp "$CLASSPATH" -Dserver.port="$APP_PORT" -Dserver.address=127.0.0.1 \
    -Dspring.datasource.hikari.maximum-pool-size=20 -Dspring.datasource.hikari.connection-timeout=3000 \
    -Dchenggeng.api.write-limit=600 -Dvaadin.launch-browser=false -Dlogging.level.root=WARN \
    org.chenggeng.Application >"$WORK/app.log" 2>&1 &
APP_PID=$!
# Readiness turns UP once start-up, the demo data included, is done.
for _ in $(seq 1 600); do
  curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$APP_PORT/actuator/health/readiness" && break
  kill -0 "$APP_PID" 2>/dev/null || { log "the application stopped"; tail -50 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

# One token per writer for the demo project manager (its hash is what the application stores), and one item of
# the project in progress that they all log on, confirmed past its plan.
ITEM=$(sql "select min(w.id) from work_item w join project p on p.id = w.project_id where p.code = 'YYH-2024-01'")
PM=$(sql "select id from app_user where username = 'pm'")
for w in $(seq 1 "$WRITERS"); do
  token="cg_faulttest${w}$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 30)"
  echo "$token" >"$WORK/writers/$w.token"
  hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
  sql "insert into access_token (user_id, name, token_hash, prefix, created_at, version)
       values ($PM, 'fault test $w', '$hash', '${token:0:8}', now(6), 0)"
done
RUN=$(date +%s)
log "item $ITEM, $WRITERS writers × $ENTRIES entries, run $RUN"

# A writer: entry by entry, each with its key, sent until the API acknowledges it (201) or the deadline passes.
writer() {
  local w=$1 token end status i key
  token=$(cat "$WORK/writers/$w.token")
  end=$(( $(date +%s) + DEADLINE ))
  for i in $(seq 1 "$ENTRIES"); do
    key="fault-$RUN-$w-$i"
    while :; do
      [ "$(date +%s)" -ge "$end" ] && return 0
      echo >>"$WORK/writers/$w.requests"
      status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
        -d "{\"workDate\": \"$(date +%F)\", \"quantity\": 1, \"note\": \"$key\", \"confirmOverrun\": true}" \
        "http://127.0.0.1:$APP_PORT/api/v1/work-items/$ITEM/progress" || true)
      case "$status" in
        201) echo "$key" >>"$WORK/writers/$w.acknowledged"; break ;;
        429|5??|000) echo "$status" >>"$WORK/writers/$w.retried"; sleep 0.5 ;;
        *) echo "$key $status" >>"$WORK/writers/$w.refused"; break ;;
      esac
    done
  done
}

WRITER_PIDS=()
for w in $(seq 1 "$WRITERS"); do writer "$w" & WRITER_PIDS+=($!); done
START=$(date +%s)
for at in $KILL_AT; do
  sleep $(( START + at - $(date +%s) > 0 ? START + at - $(date +%s) : 0 ))
  log "killing mariadbd (SIGKILL)"
  kill_db
  sleep "$DOWN_FOR"
  log "restarting mariadbd"
  start_db
done
wait "${WRITER_PIDS[@]}"
ELAPSED=$(( $(date +%s) - START ))

count() { cat "$WORK"/writers/*."$1" 2>/dev/null | wc -l || true; }
REQUESTS=$(count requests)
ACKNOWLEDGED=$(count acknowledged)
RETRIED=$(count retried)
REFUSED=$(count refused)
STORED=$(sql "select count(*) from progress_entry where note like 'fault-$RUN-%'")
DUPLICATES=$(sql "select coalesce(sum(n - 1), 0) from (select count(*) n from progress_entry
                  where note like 'fault-$RUN-%' group by note having count(*) > 1) d")
{ cat "$WORK"/writers/*.acknowledged 2>/dev/null || true; } | sort -u >"$WORK/acknowledged"
sql "select distinct note from progress_entry where note like 'fault-$RUN-%'" | sort -u >"$WORK/stored"
LOST=$(comm -23 "$WORK/acknowledged" "$WORK/stored" | wc -l)
UNACKNOWLEDGED_STORED=$(comm -13 "$WORK/acknowledged" "$WORK/stored" | wc -l)
TOTAL_OK=$(sql "select case when w.completed_quantity = (select coalesce(sum(e.quantity), 0) from progress_entry e
                where e.work_item_id = w.id) then 'yes' else 'no' end from work_item w where w.id = $ITEM")

cat <<REPORT
fault test: $WRITERS writers, $ENTRIES entries each, database killed at ${KILL_AT// /s and }s for ${DOWN_FOR}s each, ${ELAPSED}s
requests:      $REQUESTS  (retried after 5xx/429/timeout: $RETRIED, refused otherwise: $REFUSED)
acknowledged:  $ACKNOWLEDGED
stored:        $STORED  (stored but never acknowledged: $UNACKNOWLEDGED_STORED)
duplicates:    $DUPLICATES
lost:          $LOST
item total equals its ledger: $TOTAL_OK
REPORT
[ "$DUPLICATES" -eq 0 ] && [ "$LOST" -eq 0 ] && [ "$TOTAL_OK" = yes ]
