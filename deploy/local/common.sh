# Shared by up.sh, down.sh and demo.sh: where things live and how to talk to them.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR="$ROOT/deploy/local/.run"                 # pid files, logs, PostgreSQL data (survives down.sh)
LOG_DIR="$RUN_DIR/logs"
PG_DATA="$RUN_DIR/pgdata"
CACHE_DIR="${BAOCAO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/baocao}"   # downloads, unpacked Keycloak and PostgreSQL

PG_PORT=5433
KEYCLOAK_PORT=8180
KEYCLOAK_MANAGEMENT_PORT=9000
REPORT_PORT=8081
AGGREGATION_PORT=8082
CONSOLE_PORT=8080

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1
}

KEYCLOAK_VERSION=$(pom_property keycloak.version)
POSTGRES_VERSION=$(pom_property postgres-binaries.version)
PG_HOME="$CACHE_DIR/postgres-$POSTGRES_VERSION"

say() { printf '%s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# PostgreSQL's tools refuse to run as root; a user namespace makes them see an ordinary user.
as_postgres_user() {
  if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}

pid_alive() {
  local file="$RUN_DIR/$1.pid"
  [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null
}

postgres_running() {
  [ -f "$PG_DATA/postmaster.pid" ] && kill -0 "$(head -n 1 "$PG_DATA/postmaster.pid")" 2>/dev/null
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

http_ok() {
  curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null
}

# wait_for NAME URL SECONDS [PID-NAME]: dots while waiting, so a long start shows it is alive.
wait_for() {
  local name=$1 url=$2 seconds=$3 pid_name=${4:-}
  local start=$SECONDS
  printf '  waiting for %s ' "$name"
  until http_ok "$url"; do
    if [ -n "$pid_name" ] && ! pid_alive "$pid_name"; then
      printf '\n'; fail "$name stopped while starting; see $LOG_DIR/$pid_name.log"
    fi
    if [ $((SECONDS - start)) -ge "$seconds" ]; then
      printf '\n'; fail "$name not ready after ${seconds}s; see $LOG_DIR/$pid_name.log"
    fi
    printf '.'; sleep 2
  done
  printf ' ready (%ss)\n' $((SECONDS - start))
}

# token USER: a demo person's access token (password grant through baocao-cli).
token() {
  curl -fsS "http://127.0.0.1:$KEYCLOAK_PORT/realms/baocao/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=baocao-cli -d "username=$1" -d "password=$1" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
