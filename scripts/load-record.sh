#!/usr/bin/env bash
# Records what Chromium sends along a path (load/README.md, "Recording a new path"): BASE USER STEP...
#
#   scripts/load-record.sh http://127.0.0.1:8080 pm goto:/log click:#log-item press:ArrowDown press:Enter
#
# Steps: goto:/route, click:<css>, fill:<css>=<text>, press:<key>, wait:<ms>. Needs Chromium (/usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-java.sh
OFFLINE=${OFFLINE:--o}
./mvnw -B -ntp -q $OFFLINE -f load/pom.xml compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath -Dmdep.includeScope=runtime >/dev/null
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 exec "$JAVA" -cp "load/target/classes:$(cat load/target/classpath)" org.chenggeng.load.Recorder "$@"
