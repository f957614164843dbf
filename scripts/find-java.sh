# Sourced by the scripts here: sets JAVA (and JAVA_HOME) to a JDK 21 or later, as ./mvnw chooses one: JAVA_HOME if
# it is 21+, else the newest 21+ under /usr/lib/jvm.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
if [ -z "$JAVA" ] || [ "$(java_major "$JAVA" || echo 0)" -lt 21 ]; then
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
    if [ "$(java_major "$jdk/bin/java" || echo 0)" -ge 21 ]; then JAVA="$jdk/bin/java"; export JAVA_HOME=${jdk%/}; break; fi
  done
fi
