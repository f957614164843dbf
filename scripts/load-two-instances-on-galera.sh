#!/usr/bin/env bash
# The load test through nginx in front of two instances, each on its own node of the Galera cluster (issue 15,
# docs/benchmarks.md, "Two instances on the Galera cluster"): instance a on node 1, b on node 2, 150 users, and
# instance a killed (SIGKILL) 150 s after the users start; afterwards the entries on each node are counted.
#
#   scripts/galera.sh start && scripts/load-two-instances-on-galera.sh
#
# The cluster's database chenggeng must be empty or written by instances with the same keys (two-instances.sh draws
# new ones at each start): scripts/galera.sh sql 1 "drop database chenggeng; create database chenggeng".
set -eu
cd "$(dirname "$0")/.."
export DB_URL_A="jdbc:mysql://127.0.0.1:3431/chenggeng?rewriteBatchedStatements=true"
export DB_URL_B="jdbc:mysql://127.0.0.1:3432/chenggeng?rewriteBatchedStatements=true"
export DB_USERNAME=chenggeng DB_PASSWORD=galera
export APP_ARGS="--chenggeng.login.max-failures-per-address=1000000 --chenggeng.portal.per-address=1000000 --chenggeng.portal.per-project=1000000 --chenggeng.portal.lookups=1000000 --chenggeng.db.conflict-attempts=8 --logging.level.root=WARN"
echo "== start $(date -u +%T)"
scripts/two-instances.sh start
scripts/galera.sh status
A=$(cat /tmp/chenggeng-two/a.pid); B=$(cat /tmp/chenggeng-two/b.pid)
N1=$(ss -ltnpH "sport = :3431" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1)
echo "== load $(date -u +%T) a=$A b=$B node1=$N1"
( sleep 150; echo "== kill a $(date -u +%T)"; scripts/two-instances.sh kill a ) &
scripts/load-test.sh --base http://127.0.0.1:8093 --users 150 --ramp 60 --duration 240 \
  --jdbc "jdbc:mysql://127.0.0.1:3431/chenggeng" --db-user chenggeng --db-password galera \
  --server-pid "$A,$B" --db-pid "$N1" || true
echo "== driver done $(date -u +%T)"
grep -c "retrying" /tmp/chenggeng-two/b.log /tmp/chenggeng-two/a.log || true
scripts/galera.sh status
scripts/two-instances.sh stop
for n in 1 2 3; do scripts/galera.sh sql $n "select count(*) from chenggeng.progress_entry where recorded_by like 'load-pm-%'" 2>/dev/null; done
