#!/usr/bin/env bash
# The application on the three-node Galera cluster of scripts/galera.sh (issue 15): writers log progress on one
# work item through the JSON API while the application's connections go to nodes 1 and 2 at once (Connector/J's
# load-balancing URL: each pooled connection is opened on one of them), so transactions on two nodes update the
# same rows and lose certification against each other; the application retries those (ConflictRetry, one log line
# each). Node 2 is killed (SIGKILL) under the load and restarted (it rejoins by IST). Afterwards the database is
# counted: every acknowledged entry must be stored exactly once, and the item's total must equal its ledger.
#
#   scripts/galera.sh start && scripts/galera-run.sh      # about five minutes on two cores
#   WRITERS=4 ENTRIES=100 KILL_AT=20 scripts/galera-run.sh
#   KEEP_DB=yes APP_OPTS=-Dchenggeng.db.conflict-attempts=8 scripts/galera-run.sh
#
# Runs the application from target/classes (./mvnw compile first), as scripts/fault-test.sh does, with the demo
# profile (without its sample photos, as the tests), on 127.0.0.1:$APP_PORT. It recreates the database chenggeng on the cluster (KEEP_DB=yes: keeps it, and
# its demo data, from a previous run).
set -euo pipefail

WRITERS=${WRITERS:-4}
ENTRIES=${ENTRIES:-100}            # entries per writer
DEADLINE=${DEADLINE:-300}          # seconds the writers may take in all
APP_PORT=${APP_PORT:-8094}
NODES=${NODES:-"3431 3432"}        # the nodes the application's connections go to
KILL_NODE=${KILL_NODE:-2}
KILL_AT=${KILL_AT:-20}             # seconds after the writers start at which node $KILL_NODE is killed
DOWN_FOR=${DOWN_FOR:-15}           # seconds it stays down

cd "$(dirname "$0")/.."
GALERA=scripts/galera.sh
WORK=$(mktemp -d /tmp/chenggeng-galera-run.XXXXXX)
mkdir -p "$WORK/writers"
APP_PID=""

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
  log "application log kept in $WORK/app.log"
}
trap cleanup EXIT

sql() { "$GALERA" sql 1 "use chenggeng; $1"; }

for n in 1 2 3; do
  "$GALERA" sql "$n" "select 1" >/dev/null 2>&1 || { log "node $n does not answer: scripts/galera.sh start"; exit 1; }
done
if [ "${KEEP_DB:-no}" = no ]; then
  "$GALERA" sql 1 "drop database if exists chenggeng; create database chenggeng character set utf8mb4 collate utf8mb4_unicode_ci"
fi

log "classpath"
# The dependencies from Maven, else (offline without the dependency plugin) from a built jar's BOOT-INF/lib:
# BOOT_JAR=/path/to/chenggeng-0.1.0-SNAPSHOT.jar (its libraries and frontend bundle, this tree's target/classes/org).
if ./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=runtime \
    >"$WORK/mvn.log" 2>&1; then
  CLASSPATH="target/classes:$(cat "$WORK/classpath")"
elif [ -f "${BOOT_JAR:-target/chenggeng-0.1.0-SNAPSHOT.jar}" ]; then
  # the jar's own classes and its production frontend bundle, with this tree's compiled classes over them
  unzip -q -d "$WORK" "${BOOT_JAR:-target/chenggeng-0.1.0-SNAPSHOT.jar}" 'BOOT-INF/*'
  rm -rf "$WORK/BOOT-INF/classes/org" && cp -r target/classes/org "$WORK/BOOT-INF/classes/org"
  unzip -q -d "$WORK/root" "${BOOT_JAR:-target/chenggeng-0.1.0-SNAPSHOT.jar}" 'META-INF/VAADIN/*'
  CLASSPATH="$WORK/root:$WORK/BOOT-INF/classes:$WORK/BOOT-INF/lib/*"
else
  grep ERROR "$WORK/mvn.log" >&2; exit 1
fi

HOSTS=$(for p in $NODES; do printf '127.0.0.1:%s,' "$p"; done); HOSTS=${HOSTS%,}
log "application on 127.0.0.1:$APP_PORT, its connections to $HOSTS"
START_APP=$(date +%s)
SPRING_PROFILES_ACTIVE=demo \
DB_URL="jdbc:mysql:loadbalance://$HOSTS/chenggeng?rewriteBatchedStatements=true&connectTimeout=2000&socketTimeout=10000&loadBalanceBlocklistTimeout=5000" \
DB_USERNAME=chenggeng DB_PASSWORD=galera \
  "$JAVA" -cp "$CLASSPATH" -Dserver.port="$APP_PORT" -Dserver.address=127.0.0.1 \
    -Dspring.datasource.hikari.maximum-pool-size=20 -Dspring.datasource.hikari.connection-timeout=3000 \
    -Dchenggeng.api.write-limit=600 -Dvaadin.launch-browser=false -Dlogging.level.root=WARN \
    -Dchenggeng.demo-evidence=false ${APP_OPTS:-} \
    org.chenggeng.Application >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 900); do
  curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$APP_PORT/actuator/health/readiness" && break
  kill -0 "$APP_PID" 2>/dev/null || { log "the application stopped"; tail -50 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
log "ready after $(( $(date +%s) - START_APP ))s (migrations and demo data on the cluster)"

TABLES=$(sql "select count(*) from information_schema.tables where table_schema = 'chenggeng' and table_type = 'BASE TABLE'")
NO_PK=$(sql "select group_concat(t.table_name) from information_schema.tables t where t.table_schema = 'chenggeng'
             and t.table_type = 'BASE TABLE' and not exists (select 1 from information_schema.table_constraints c
             where c.table_schema = t.table_schema and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')")
CHANGESETS=$(sql "select count(*) from DATABASECHANGELOG")
LOCKED=$(sql "select locked from DATABASECHANGELOGLOCK")
NODE3_TABLES=$("$GALERA" sql 3 "select count(*) from information_schema.tables where table_schema = 'chenggeng'")

ITEM=$(sql "select min(w.id) from work_item w join project p on p.id = w.project_id where p.code = 'YYH-2024-01'")
PM=$(sql "select id from app_user where username = 'pm'")
for w in $(seq 1 "$WRITERS"); do
  token="cg_galerarun${w}$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 30)"
  echo "$token" >"$WORK/writers/$w.token"
  hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
  sql "insert into access_token (user_id, name, token_hash, prefix, created_at, version)
       values ($PM, 'galera run $w', '$hash', '${token:0:8}', now(6), 0)"
done
RUN=$(date +%s)
RETRIES_BEFORE=$(grep -c 'Write conflict in' "$WORK/app.log" || true)
log "item $ITEM, $WRITERS writers x $ENTRIES entries, run $RUN"

# A writer: entry by entry, each with its key, sent until the API acknowledges it (201) or the deadline passes.
writer() {
  local w=$1 token end status i key
  token=$(cat "$WORK/writers/$w.token")
  end=$(( $(date +%s) + DEADLINE ))
  for i in $(seq 1 "$ENTRIES"); do
    key="galera-$RUN-$w-$i"
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
sleep $(( START + KILL_AT - $(date +%s) > 0 ? START + KILL_AT - $(date +%s) : 0 ))
log "killing node $KILL_NODE (SIGKILL); stored so far: $(sql "select count(*) from progress_entry where note like 'galera-$RUN-%'")"
"$GALERA" kill "$KILL_NODE"
sleep "$DOWN_FOR"
log "restarting node $KILL_NODE"
"$GALERA" restart "$KILL_NODE" >"$WORK/restart.log" 2>&1 || { cat "$WORK/restart.log" >&2; exit 1; }
wait "${WRITER_PIDS[@]}"
ELAPSED=$(( $(date +%s) - START ))

count() { cat "$WORK"/writers/*."$1" 2>/dev/null | wc -l || true; }
REQUESTS=$(count requests)
ACKNOWLEDGED=$(count acknowledged)
RETRIED=$(count retried)
REFUSED=$(count refused)
STORED=$(sql "select count(*) from progress_entry where note like 'galera-$RUN-%'")
DUPLICATES=$(sql "select coalesce(sum(n - 1), 0) from (select count(*) n from progress_entry
                  where note like 'galera-$RUN-%' group by note having count(*) > 1) d")
{ cat "$WORK"/writers/*.acknowledged 2>/dev/null || true; } | sort -u >"$WORK/acknowledged"
sql "select distinct note from progress_entry where note like 'galera-$RUN-%'" | sort -u >"$WORK/stored"
LOST=$(comm -23 "$WORK/acknowledged" "$WORK/stored" | wc -l)
UNACKNOWLEDGED_STORED=$(comm -13 "$WORK/acknowledged" "$WORK/stored" | wc -l)
TOTAL_OK=$(sql "select case when w.completed_quantity = (select coalesce(sum(e.quantity), 0) from progress_entry e
                where e.work_item_id = w.id) then 'yes' else 'no' end from work_item w where w.id = $ITEM")
STORED_ON=""
for n in 1 2 3; do STORED_ON="$STORED_ON node $n: $("$GALERA" sql "$n" "select count(*) from chenggeng.progress_entry where note like 'galera-$RUN-%'");"; done
RETRIES=$(( $(grep -c 'Write conflict in' "$WORK/app.log" || true) - RETRIES_BEFORE ))
RETRIED_IN=$(grep 'Write conflict in' "$WORK/app.log" | sed 's/.*Write conflict in \([^,]*\),.*/\1/' | sort | uniq -c | sort -rn | head -5 | tr '\n' ';')
# Ids out of time order: consecutive entries (by the time they were recorded) whose id went down.
OUT_OF_ORDER=$(sql "select count(*) from (select id, lag(id) over (order by recorded_at, id) prev from progress_entry
                    where note like 'galera-$RUN-%') d where id < prev")
DEADLOCKS_LOGGED=$(grep 'Deadlock found' "$WORK/app.log" | grep -vc 'Write conflict in' || true)
RETRIED_CODES=$({ cat "$WORK"/writers/*.retried 2>/dev/null || true; } | sort | uniq -c | tr -s ' ' | tr '\n' ';')

cat <<REPORT
galera run: $WRITERS writers x $ENTRIES entries through nodes ${NODES// /+}, node $KILL_NODE killed at ${KILL_AT}s for ${DOWN_FOR}s, ${ELAPSED}s
migrations:    $CHANGESETS change sets, $TABLES tables, tables without a primary key: ${NO_PK:-none}; changelog lock held: $LOCKED; tables on node 3: $NODE3_TABLES
requests:      $REQUESTS  (retried by the writers after 5xx/429/timeout: $RETRIED, refused otherwise: $REFUSED)
acknowledged:  $ACKNOWLEDGED
stored:        $STORED  (stored but never acknowledged: $UNACKNOWLEDGED_STORED);$STORED_ON
duplicates:    $DUPLICATES
lost:          $LOST
item total equals its ledger: $TOTAL_OK
conflicts retried by the application: $RETRIES  ($RETRIED_IN)
entries whose id is lower than the one recorded before it: $OUT_OF_ORDER
deadlock messages in the application log other than the retries: $DEADLOCKS_LOGGED
answers the writers sent again: ${RETRIED_CODES:-none}
REPORT
[ "$DUPLICATES" -eq 0 ] && [ "$LOST" -eq 0 ] && [ "$TOTAL_OK" = yes ]
