#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md and rewrites it (with docs/images/bench-*.png): the
# whole suite is started as the system tests start it (embedded PostgreSQL, real Keycloak, both
# packaged services), data goes in through the public API with real tokens, and every figure is
# set beside a baseline measured in the same run. About 10 minutes on 2 cores.
#   deploy/bench/run.sh [-Dbench.seconds=20] [-Dbench.threads=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B --no-transfer-progress verify -pl deploy/system-tests -am \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SuiteBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo "Wrote docs/benchmarks.md and docs/images/bench-*.png"
