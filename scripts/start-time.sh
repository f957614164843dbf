#!/usr/bin/env bash
# How long the application takes to be ready: starts COMMAND (in the background, its output to LOG), polls
# http://127.0.0.1:PORT/actuator/health/readiness every 0.1 s until it answers 200, prints the seconds that took and
# Spring's own "Started Application in … seconds" line, then kills the application (kill -9: a measurement of the
# start, not of the shutdown) and exits 0, or 1 when it was not ready within TIMEOUT seconds (default 120).
#
#   scripts/start-time.sh 8095 /tmp/start.log java -XX:AOTCache=target/aot/app.aot -jar target/aot/chenggeng.jar
#
# The environment (SPRING_PROFILES_ACTIVE, DB_URL, the CHENGGENG_* keys, PORT) is the application's; see the README.
set -u
port=$1 log=$2
shift 2
timeout=${TIMEOUT:-120}
start=$(date +%s.%N)
"$@" >"$log" 2>&1 &
pid=$!
ready=""
while kill -0 "$pid" 2>/dev/null; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
    ready=$(date +%s.%N)
    break
  fi
  if [ "$(echo "$(date +%s.%N) - $start > $timeout" | bc)" = 1 ]; then
    break
  fi
  sleep 0.1
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
if [ -z "$ready" ]; then
  echo "not ready within ${timeout} s (or it stopped); see $log" >&2
  exit 1
fi
started=$(grep -o 'Started Application in [0-9.]* seconds[^)]*)' "$log" | head -1)
printf 'ready in %.2f s; %s\n' "$(echo "$ready - $start" | bc)" "$started"
