#!/usr/bin/env bash
# The load test (issue 15, load/README.md): compiles the driver in load/ and runs it in a JVM of its own, so that
# its CPU time is its own. Every argument goes to the driver, e.g.
#
#   scripts/load-test.sh --base http://127.0.0.1:8080 --users 500 --duration 600 \
#       --server-pid "$(pgrep -f chenggeng-0.1.0-SNAPSHOT.jar)" --db-pid "$(pgrep -x mariadbd | head -1)" \
#       --jdbc jdbc:mysql://127.0.0.1:3306/chenggeng --db-user root --db-password ''
#
# It exits 0 when no virtual user saw an error.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-java.sh
OFFLINE=${OFFLINE:--o}
./mvnw -B -ntp -q $OFFLINE -f load/pom.xml compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath -Dmdep.includeScope=runtime >/dev/null
exec "$JAVA" ${LOAD_JAVA_OPTS:-} -XX:+UseSerialGC -Xmx1g -cp "load/target/classes:$(cat load/target/classpath)" org.chenggeng.load.LoadTest "$@"
