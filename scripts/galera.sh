#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this one machine, for trying the application on a synchronously
# replicated, multi-writer database (issue 15). Each node is a mariadbd of its own, with its own data directory
# under $GALERA_DIR, its own client port and its own Galera ports, all on 127.0.0.1; the provider is Debian's
# galera-4. It never touches the machine's own MariaDB (port 3306, /var/lib/mysql).
#
#   scripts/galera.sh start          # creates the cluster if it has no data yet (node 1 bootstraps it), else starts it
#   scripts/galera.sh status         # wsrep_cluster_size and each node's state
#   scripts/galera.sh kill 2         # SIGKILL to node 2
#   scripts/galera.sh restart 2      # starts node 2 again; it rejoins by IST (or SST with mariabackup)
#   scripts/galera.sh sql 1 'select 1'   # a statement on node 1 as root (through its socket)
#   scripts/galera.sh stop           # a clean shutdown of every node
#   scripts/galera.sh destroy        # stop, then remove $GALERA_DIR
#
# Ports: node n serves SQL on 3430+n, group communication on 4570+n, IST on 4573+n, SST on 4576+n.
# The database chenggeng is created with the user chenggeng / galera (from 127.0.0.1 and localhost).
set -euo pipefail

GALERA_DIR=${GALERA_DIR:-/tmp/chenggeng-galera}
PROVIDER=${PROVIDER:-/usr/lib/galera/libgalera_smm.so}
SST_USER=sst
SST_PASSWORD=sst-galera
CLUSTER="gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
node_dir() { echo "$GALERA_DIR/node$1"; }
sock() { echo "$(node_dir "$1")/sock"; }
pid_of() { cat "$(node_dir "$1")/pid" 2>/dev/null || true; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
sql() { local n=$1; shift; mariadb --no-defaults --protocol=socket --socket="$(sock "$n")" -uroot -N -B -e "$*"; }
check_node() { case "${1:-}" in 1|2|3) ;; *) echo "node must be 1, 2 or 3" >&2; exit 2 ;; esac; }

# The node's options in a file of its own: the SST scripts (wsrep_sst_mariabackup) read the server's options from
# --defaults-file, so they must be there and not only on the command line.
write_cnf() {
  local n=$1 dir; dir=$(node_dir "$n")
  cat >"$dir/my.cnf" <<CNF
[mysqld]
user=$(id -un)
datadir=$dir/data
socket=$dir/sock
pid-file=$dir/pid
log-error=$dir/mariadb.log
port=$((3430 + n))
bind-address=127.0.0.1
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
innodb-buffer-pool-size=128M
innodb-log-file-size=48M
binlog-format=ROW
innodb-autoinc-lock-mode=2
default-storage-engine=InnoDB
wsrep-on=ON
wsrep-provider=$PROVIDER
wsrep-cluster-name=chenggeng
wsrep-cluster-address=$CLUSTER
wsrep-node-name=node$n
wsrep-node-address=127.0.0.1:$((4570 + n))
wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:$((4570 + n));ist.recv_addr=127.0.0.1:$((4573 + n));gcache.size=64M
wsrep-sst-method=mariabackup
wsrep-sst-auth=$SST_USER:$SST_PASSWORD
wsrep-sst-receive-address=127.0.0.1:$((4576 + n))
wsrep-slave-threads=2

[sst]
sockopt=,bind=127.0.0.1

[mariabackup]
user=$SST_USER
password=$SST_PASSWORD
CNF
}

# Starts node n's mariadbd in the background and waits until it is Synced (or up to two minutes: an SST takes a while).
start_node() {
  local n=$1 dir extra=(); dir=$(node_dir "$n")
  shift; extra=("$@")
  if alive "$n"; then log "node $n already runs (pid $(pid_of "$n"))"; return 0; fi
  write_cnf "$n"
  log "starting node $n on 127.0.0.1:$((3430 + n)) ${extra[*]:-}"
  # setsid: the node outlives this script and does not get its terminal's signals.
  setsid mariadbd --defaults-file="$dir/my.cnf" "${extra[@]}" </dev/null >>"$dir/mariadbd.out" 2>&1 &
  for _ in $(seq 1 240); do
    if [ "$(sql "$n" "select variable_value from information_schema.global_status
                      where variable_name = 'wsrep_local_state_comment'" 2>/dev/null || true)" = Synced ]; then
      log "node $n Synced"; return 0
    fi
    sleep 0.5
  done
  log "node $n did not reach Synced; see $dir/mariadb.log"; tail -30 "$dir/mariadb.log" >&2; exit 1
}

# Which node may bootstrap a cluster that stopped entirely: the one with safe_to_bootstrap: 1 in grastate.dat
# (the last to leave), else the one with the highest seqno.
bootstrap_candidate() {
  local n best=1 bestseq=-2 seq
  for n in 1 2 3; do
    local g; g="$(node_dir "$n")/data/grastate.dat"
    [ -f "$g" ] || continue
    if grep -q '^safe_to_bootstrap: 1' "$g"; then echo "$n"; return; fi
    seq=$(sed -n 's/^seqno: *//p' "$g")
    if [ "${seq:--1}" -gt "$bestseq" ]; then best=$n; bestseq=${seq:--1}; fi
  done
  echo "$best"
}

cmd_start() {
  mkdir -p "$GALERA_DIR"
  local n fresh=no
  if [ ! -d "$(node_dir 1)/data/mysql" ]; then
    fresh=yes
    for n in 1 2 3; do
      rm -rf "$(node_dir "$n")"; mkdir -p "$(node_dir "$n")"
    done
    log "new cluster in $GALERA_DIR"
    # Node 1 gets a fresh system database; nodes 2 and 3 start empty and receive everything by SST from it.
    mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$(node_dir 1)/data" \
      --auth-root-authentication-method=socket --skip-test-db >"$(node_dir 1)/install.log" 2>&1
    mkdir -p "$(node_dir 2)/data" "$(node_dir 3)/data"
  fi
  if ! alive 1 && ! alive 2 && ! alive 3; then
    local first=1
    if [ "$fresh" = no ]; then
      first=$(bootstrap_candidate)
      sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir "$first")/data/grastate.dat" 2>/dev/null || true
    fi
    start_node "$first" --wsrep-new-cluster
    if [ "$fresh" = yes ]; then
      sql 1 "create user '$SST_USER'@'localhost' identified by '$SST_PASSWORD';
             grant reload, process, lock tables, binlog monitor, replica monitor on *.* to '$SST_USER'@'localhost';
             create database chenggeng character set utf8mb4 collate utf8mb4_unicode_ci;
             create user 'chenggeng'@'127.0.0.1' identified by 'galera';
             create user 'chenggeng'@'localhost' identified by 'galera';
             grant all on chenggeng.* to 'chenggeng'@'127.0.0.1';
             grant all on chenggeng.* to 'chenggeng'@'localhost';"
    fi
  fi
  for n in 1 2 3; do start_node "$n"; done
  cmd_status
}

cmd_status() {
  local n
  for n in 1 2 3; do
    if alive "$n"; then
      sql "$n" "select concat('node $n (127.0.0.1:', @@port, ', pid $(pid_of "$n")): ',
                  max(if(variable_name = 'wsrep_local_state_comment', variable_value, null)),
                  ', cluster size ', max(if(variable_name = 'wsrep_cluster_size', variable_value, null)),
                  ', ', max(if(variable_name = 'wsrep_cluster_status', variable_value, null)),
                  ', ready ', max(if(variable_name = 'wsrep_ready', variable_value, null)),
                  ', last committed ', max(if(variable_name = 'wsrep_last_committed', variable_value, null)),
                  ', auto_increment ', @@auto_increment_increment, '/', @@auto_increment_offset)
                from information_schema.global_status
                where variable_name in ('wsrep_local_state_comment', 'wsrep_cluster_size', 'wsrep_cluster_status',
                                        'wsrep_ready', 'wsrep_last_committed')" 2>/dev/null \
        || echo "node $n (pid $(pid_of "$n")): running, not answering"
    else
      echo "node $n: down"
    fi
  done
}

cmd_kill() {
  local n=$1 p; check_node "$n"; p=$(pid_of "$n")
  if ! alive "$n"; then log "node $n is not running"; return 0; fi
  log "SIGKILL to node $n (pid $p)"
  kill -9 "$p"
  while kill -0 "$p" 2>/dev/null; do sleep 0.1; done
  rm -f "$(node_dir "$n")/pid"
}

stop_node() {
  local n=$1 p; p=$(pid_of "$n")
  alive "$n" || return 0
  log "stopping node $n (pid $p)"
  kill -TERM "$p"
  for _ in $(seq 1 120); do kill -0 "$p" 2>/dev/null || return 0; sleep 0.5; done
  log "node $n did not stop in 60 s; SIGKILL"; kill -9 "$p"
}

cmd_stop() {
  # The last to stop is the one safe to bootstrap from; stop 3, 2, 1 so that node 1 starts the cluster next time.
  local n; for n in 3 2 1; do stop_node "$n"; done
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  kill) check_node "${2:-}"; cmd_kill "$2" ;;
  restart) check_node "${2:-}"; alive "$2" && stop_node "$2"; start_node "$2"; cmd_status ;;
  sql) check_node "${2:-}"; n=$2; shift 2; sql "$n" "$*" ;;
  destroy) cmd_stop; rm -rf "$GALERA_DIR" ;;
  *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
