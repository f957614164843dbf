#!/usr/bin/env bash
# What happens to sessions and saved work when one of two instances dies: run against scripts/two-instances.sh
# (started with its own MariaDB), through its nginx only. It signs in one session on each instance, logs a progress
# entry through the JSON API with an Idempotency-Key, kills instance a (SIGKILL), and then checks that a's session
# now reaches b's login page, b's session still works, the entry is still there exactly once (sending it again
# answers the first answer), a new entry goes in through b, and that the per-address login limit is one for both
# instances. Prints what it saw; exits 1 if anything is not as it should be.
#
#   scripts/two-instances.sh start && scripts/two-instances-failover.sh
set -euo pipefail

WORK=${TWO_WORK:-/tmp/chenggeng-two}
PROXY=${PROXY:-http://127.0.0.1:8093}
SCRIPTS=$(cd "$(dirname "$0")" && pwd)
JARS=$(mktemp -d /tmp/chenggeng-failover.XXXXXX)
trap 'rm -rf "$JARS"' EXIT
FAILED=0

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
check() { if [ "$2" = "$3" ]; then say "ok    $1: $2"; else say "WRONG $1: $2 (expected $3)"; FAILED=1; fi; }
sql() { mariadb --no-defaults --protocol=socket --socket="$WORK/db/sock" -uroot -N -B chenggeng -e "$1"; }

# The instance a cookie jar's session lives on: the end of its JSESSIONID.
route() { awk '$6 == "JSESSIONID" { n = split($7, p, "."); print p[n] }' "$JARS/$1"; }

# Signs in through the proxy from a client address of its own (127.0.0.x, so that X-Forwarded-For is seen to
# carry it); prints the HTTP status and where the login sent the browser.
sign_in() {
  local jar=$1 from=$2 user=$3 password=$4
  curl -s --interface "$from" -c "$JARS/$jar" -b "$JARS/$jar" -o /dev/null "$PROXY/login"
  curl -s --interface "$from" -c "$JARS/$jar" -b "$JARS/$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "username=$user" --data-urlencode "password=$password" "$PROXY/login"
}

# Whether the session is signed in: the application's page (200) or a redirect to the login page.
page() {
  curl -s -c "$JARS/$1" -b "$JARS/$1" -o /dev/null -w '%{http_code} %{redirect_url}' "$PROXY/"
}

log_progress() {
  curl -s -o "$JARS/answer" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $1" \
    -d "{\"workDate\": \"$(date +%F)\", \"quantity\": 1, \"note\": \"$1\", \"confirmOverrun\": true}" \
    "$PROXY/api/v1/work-items/$ITEM/progress"
}

"$SCRIPTS/two-instances.sh" status

CLIENT=127.0.$((RANDOM % 200 + 20)).2    # this run's own client address, any of 127/8 reaches nginx

# One session on each instance: sessions without a cookie go round robin, so sign in until both are there.
for i in 1 2 3 4 5 6; do
  sign_in "s$i" "$CLIENT" pm chenggeng-demo >/dev/null
  [ -z "${ON_A:-}" ] && [ "$(route "s$i")" = a ] && ON_A=s$i
  [ -z "${ON_B:-}" ] && [ "$(route "s$i")" = b ] && ON_B=s$i
  [ -n "${ON_A:-}" ] && [ -n "${ON_B:-}" ] && break
done
say "session on a: ${ON_A:-none} ($(grep JSESSIONID "$JARS/${ON_A:-s1}" | awk '{print $7}'))"
say "session on b: ${ON_B:-none} ($(grep JSESSIONID "$JARS/${ON_B:-s2}" | awk '{print $7}'))"
check "a's session signed in" "$(page "$ON_A")" "200 "
check "b's session signed in" "$(page "$ON_B")" "200 "
check "a's session still on a" "$(route "$ON_A")" a
check "login recorded with the client's address, not the proxy's" \
  "$(sql "select count(*) > 0 from audit_entry where action = 'LOGIN_SUCCESS' and actor = 'pm' and remote_address = '$CLIENT'")" 1

# The per-address login limit (chenggeng.login.max-failures-per-address, 20) is one for both instances: twenty
# wrong logins from one address, spread round robin over a and b, and then even the right password is refused from
# that address, on either instance, while another address signs in.
LIMIT=20
GUESSER=127.0.$((RANDOM % 200 + 20)).3
for i in $(seq 1 "$LIMIT"); do sign_in "guess$i" "$GUESSER" "nobody-$i" wrong-password >/dev/null; done
SERVED=$(grep -cF "$GUESSER \"POST /login HTTP/1.1\" 302 upstream=127.0.0.1:8091" "$WORK/nginx-access.log" || true)
say "of $LIMIT wrong logins from $GUESSER, a answered $SERVED and b $(( LIMIT - SERVED ))"
check "the right password from that address, twice" \
  "$(sign_in right1 "$GUESSER" pm chenggeng-demo) $(sign_in right2 "$GUESSER" pm chenggeng-demo)" \
  "302 $PROXY/login?error 302 $PROXY/login?error"
say "the right password was refused by: $(grep -F "$GUESSER \"POST /login" "$WORK/nginx-access.log" | tail -n 2 \
  | sed -n 's/.*upstream=\([^ ]*\).*/\1/p' | tr '\n' ' ')"
check "refusals recorded for that address" \
  "$(sql "select count(*) from audit_entry where action = 'LOGIN_FAILURE' and remote_address = '$GUESSER'")" \
  $(( LIMIT + 2 ))
check "the right password from another address" "$(sign_in right3 127.0.0.4 pm chenggeng-demo)" "302 $PROXY/"

# A token for the demo project manager (its hash is what the application stores) and an item of the project in
# progress, as scripts/fault-test.sh does.
TOKEN="cg_failover$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 30)"
sql "insert into access_token (user_id, name, token_hash, prefix, created_at, version)
     select id, 'failover check', '$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)', '${TOKEN:0:8}', now(6), 0
     from app_user where username = 'pm'"
ITEM=$(sql "select min(w.id) from work_item w join project p on p.id = w.project_id where p.code = 'YYH-2024-01'")
# API requests carry no session: round robin. Log entries until one was answered by a (nginx's log says which).
RUN="failover-$(date +%s)"
for i in 1 2 3 4; do
  check "progress entry $i before the kill" "$(log_progress "$RUN-$i")" 201
  cp "$JARS/answer" "$JARS/answer-$i"
  SERVED_BY=$(grep "POST /api/v1/work-items/$ITEM/progress" "$WORK/nginx-access.log" | tail -n 1 \
    | sed -n 's/.*upstream=\([^ ]*\).*/\1/p')
  say "entry $i answered by $SERVED_BY: $(cat "$JARS/answer")"
  if [ "$SERVED_BY" = "127.0.0.1:8091" ]; then KEY=$RUN-$i; FIRST=$(cat "$JARS/answer"); break; fi
done
check "an entry was logged on a" "${KEY:+yes}" yes

"$SCRIPTS/two-instances.sh" kill a
sleep 1

check "a's session now lands on the login page" "$(page "$ON_A")" "302 $PROXY/login"
check "a's users get a new session on b" "$(route "$ON_A")" b
check "b's session still signed in" "$(page "$ON_B")" "200 "
check "the entry a saved is stored once" "$(sql "select count(*) from progress_entry where note = '$KEY'")" 1
check "sending it again through b answers as before" "$(log_progress "$KEY")" 201
check "with a's first answer" "$(cat "$JARS/answer")" "$FIRST"
check "and still stores it once" "$(sql "select count(*) from progress_entry where note = '$KEY'")" 1
check "every entry before the kill is stored once" \
  "$(sql "select count(*) = count(distinct note) and count(*) = $i from progress_entry where note like '$RUN-%'")" 1
check "a new entry after the kill" "$(log_progress "$RUN-after")" 201
check "a's user signs in again on b" "$(sign_in "$ON_A" "$CLIENT" pm chenggeng-demo | cut -d' ' -f1)" 302
check "and is in" "$(page "$ON_A")" "200 "

exit "$FAILED"
