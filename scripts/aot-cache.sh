#!/usr/bin/env bash
# Builds the JVM's AOT cache (JDK 25, JEP 483/514/515) for the built jar, so that the application starts in a
# fraction of the time (issue 15, docs/decisions/0033-start-up.md):
#
#   scripts/aot-cache.sh [JAR] [DIR]     # default: target/chenggeng-*.jar into target/aot
#   java -XX:AOTCache=target/aot/app.aot -jar target/aot/chenggeng.jar     # then start it so, with the usual env
#
# 1. Extracts the jar (java -Djarmode=tools extract): the cache only works with the extracted form, the application
#    jar and lib/ beside it; the jar is renamed chenggeng.jar so that the command does not change with the version.
# 2. A training run with -XX:AOTCacheOutput: the prod profile on an in-memory H2 database (no database server
#    needed, so it also runs in the Docker build) with throw-away keys, on port TRAIN_PORT (default 18095). It waits
#    until the application is ready, asks for a few pages (login, a Vaadin view, the portal, the API, health) so
#    that the classes serving requests are cached as well, then stops it; the JVM writes the cache as it exits.
#    AOT_TRAINING=refresh trains as Spring Boot's docs show instead (-Dspring.context.exit=onRefresh: the JVM exits
#    once the context is refreshed, before the web server serves anything), which caches less.
#
# The cache is only valid for the same jar files and the same JDK: build it again after every build (the Dockerfile
# does, at image build). A start with a stale or foreign cache warns and starts without it.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-$(ls target/chenggeng-*.jar | grep -v -- '-plain' | head -1)}
dir=${2:-target/aot}
mkdir -p "$(dirname "$dir")"; dir=$(cd "$(dirname "$dir")" && pwd)/$(basename "$dir")
java=${JAVA:-java}
port=${TRAIN_PORT:-18095}
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir"
mv "$dir/$(basename "$jar")" "$dir/chenggeng.jar"
key() { head -c 32 /dev/urandom | base64; }
export SPRING_PROFILES_ACTIVE=prod PORT=$port \
  DB_URL="jdbc:h2:mem:aot-training;MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" DB_USERNAME=sa DB_PASSWORD= \
  CHENGGENG_ADMIN_USERNAME=aot-training CHENGGENG_ADMIN_PASSWORD="Training-$(key)" \
  CHENGGENG_DATA_KEY=$(key) CHENGGENG_HASH_KEY=$(key) CHENGGENG_MFA_KEY=$(key) CHENGGENG_AUDIT_KEY=$(key)
cd "$dir"
if [ "${AOT_TRAINING:-requests}" = refresh ]; then
  "$java" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$PWD/chenggeng.jar" > training.log 2>&1
else
  "$java" -XX:AOTCacheOutput=app.aot -jar "$PWD/chenggeng.jar" > training.log 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { tail -30 training.log >&2; exit 1; }
    sleep 0.5
  done
  for path in / /login /actuator/health /actuator/health/liveness /api/v1/projects /p/survey /p/track \
      "/VAADIN/" /login /favicon.ico; do
    curl -s -o /dev/null -b /tmp/aot-cookies.$$ -c /tmp/aot-cookies.$$ "http://127.0.0.1:$port$path" || true
  done
  rm -f /tmp/aot-cookies.$$
  kill -TERM "$pid"
  wait "$pid" || true
fi
test -s app.aot || { echo "no AOT cache was written; see $dir/training.log" >&2; exit 1; }
echo "AOT cache: $dir/app.aot ($(du -h app.aot | cut -f1)); start with: java -XX:AOTCache=$dir/app.aot -jar $dir/chenggeng.jar"
