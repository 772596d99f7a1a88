#!/usr/bin/env bash
# Runs the fault scenarios of docs/reliability.md against the whole suite and rewrites that page:
# the harness starts everything itself (each service's PostgreSQL on a server of its own, the real
# Keycloak keeping its realm on disk, both packaged services), then kills services with SIGKILL
# under load, stops and starts each database and Keycloak, runs two instances of each service
# behind round-robin proxies, and fuzzes every write endpoint. About 15 to 25 minutes on 2 cores.
#   deploy/reliability/run.sh
#   deploy/reliability/run.sh -Dreliability.report-kills=3 -Dreliability.fuzz-report=500 -Dreliability.docs=/tmp/rel   # a short trial, written elsewhere
# Options: reliability.seed, reliability.report-kills (12), reliability.aggregation-kills (6),
# reliability.fuzz-report (9000), reliability.fuzz-aggregation (1500), reliability.fuzz-raw (500).
# What was found and changed is written by hand in deploy/reliability/findings.md, copied into the page.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B --no-transfer-progress verify -pl deploy/system-tests -am \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ReliabilityRun -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo "Wrote reliability.md (under docs/, or under -Dreliability.docs when given); logs in deploy/system-tests/target/reliability/logs"
