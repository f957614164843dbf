#!/usr/bin/env bash
# The whole load test (issue 15, load/README.md): the production jar with the demo data on a MariaDB database of
# its own, then the virtual users of scripts/load-test.sh against it, then the jar stopped. Arguments after the
# options go to the driver (defaults: 500 users, 10 minutes measured).
#
#   scripts/load-run.sh                                   # MariaDB at 127.0.0.1:3306, root, database cg_load
#   DB=cg_load2 PORT=8098 scripts/load-run.sh --users 100 --duration 120
#
# The database is made (with the demo data) on the first run and reused after: drop it to start again. The
# residents' per-address and per-project form limits and the sign-ins' per-address limit are raised for the run,
# since every virtual user comes from 127.0.0.1 (the address limit counts an attempt while its password is checked,
# so twenty sign-ins at once from one address are refused); nothing else differs from production but the demo data
# and its profile.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-cg_load}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
PORT=${PORT:-8098}
JAR=${JAR:-target/chenggeng-0.1.0-SNAPSHOT.jar}
WORK=$(mktemp -d /tmp/chenggeng-load.XXXXXX)
. scripts/find-java.sh
[ -f "$JAR" ] || { echo "no $JAR: ./mvnw -B -ntp package -DskipTests first" >&2; exit 1; }
cp "$JAR" "$WORK/chenggeng.jar"   # a build during the run must not change the jar under the running instance
mariadb -uroot -h"$DB_HOST" -P"$DB_PORT" -e "create database if not exists \`$DB\` character set utf8mb4 collate utf8mb4_unicode_ci"
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT
(cd "$WORK" && SPRING_PROFILES_ACTIVE=demo \
  DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?rewriteBatchedStatements=true" DB_USERNAME=root DB_PASSWORD= \
  exec "$JAVA" ${APP_JAVA_OPTS:-} -jar chenggeng.jar --server.port="$PORT" --server.address=127.0.0.1 \
    --chenggeng.portal.per-address=1000000 --chenggeng.portal.per-project=1000000 --chenggeng.portal.lookups=1000000 \
    --chenggeng.login.max-failures-per-address=1000000 \
    --logging.level.root=WARN >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 900); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ] && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped:" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
PID=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
# the database server that listens on DB_PORT, for its CPU time
DB_PID=$(ss -ltnpH "sport = :$DB_PORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)
echo "application pid $PID on port $PORT, log $WORK/app.log"
scripts/load-test.sh --base "http://127.0.0.1:$PORT" --users 500 --duration 600 --ramp 240 \
  --jdbc "jdbc:mysql://$DB_HOST:$DB_PORT/$DB" --server-pid "$PID" --db-pid "$DB_PID" "$@"
