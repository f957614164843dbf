#!/usr/bin/env bash
# Records what Chromium sends along a path (load/README.md, "Recording a new path"): BASE USER STEP...
#
#   scripts/load-record.sh http://127.0.0.1:8080 pm goto:/log click:#log-item press:ArrowDown press:Enter
#
# Steps: goto:/route, click:<css>, fill:<css>=<text>, press:<key>, wait:<ms>. Needs Chromium (/usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
if [ -z "$JAVA" ] || [ "$(java_major "$JAVA" || echo 0)" -lt 21 ]; then
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
    if [ "$(java_major "$jdk/bin/java" || echo 0)" -ge 21 ]; then JAVA="$jdk/bin/java"; export JAVA_HOME=${jdk%/}; break; fi
  done
fi
OFFLINE=${OFFLINE:--o}
./mvnw -B -ntp -q $OFFLINE -f load/pom.xml compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath -Dmdep.includeScope=runtime >/dev/null
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 exec "$JAVA" -cp "load/target/classes:$(cat load/target/classpath)" org.chenggeng.load.Recorder "$@"
