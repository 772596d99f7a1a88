#!/usr/bin/env bash
# Stops what deploy/local/up.sh started: the console, both services, Keycloak, PostgreSQL.
# --wipe also deletes the local data (PostgreSQL's databases and the logs).
set -euo pipefail
source "$(dirname "$0")/common.sh"

wipe=""
case "${1:-}" in
  --wipe) wipe=yes ;;
  "") ;;
  *) fail "usage: deploy/local/down.sh [--wipe]" ;;
esac

# stop NAME: TERM to its whole process group (Keycloak's launcher has a child), then KILL after 30 s.
stop() {
  local name=$1 file="$RUN_DIR/$1.pid" pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    printf 'Stopping %s ' "$name"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break
      printf '.'; sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    printf 'stopped\n'
  fi
  rm -f "$file"
}

stop console
stop aggregation-service
stop report-service
stop keycloak
if postgres_running; then
  say "Stopping PostgreSQL"
  as_postgres_user "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
fi
if [ -n "$wipe" ]; then
  rm -rf "$RUN_DIR"
  say "Local data deleted ($RUN_DIR)."
fi
say "The suite is stopped."
