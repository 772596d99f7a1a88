#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md and rewrites it (with docs/images/bench-*.png): the
# whole suite is started as the system tests start it (embedded PostgreSQL, real Keycloak, both
# packaged services), data goes in through the public API with real tokens, and every figure is
# set beside a baseline measured in the same run. About 15 minutes on 2 cores.
#   deploy/bench/run.sh [-Dbench.seconds=20] [-Dbench.threads=8] [-Dbench.warm-up-seconds=60]
#   deploy/bench/run.sh -Dbench.only=submits -Dbench.docs=/tmp/bench   # the submit and feed part alone, written elsewhere
#   deploy/bench/run.sh --findings   # only puts the text of deploy/bench/findings.md into docs/benchmarks.md
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${1:-}" == "--findings" ]]; then
  doc=docs/benchmarks.md
  start='<!-- findings: deploy/bench/findings.md -->'
  end='<!-- end of findings -->'
  if ! grep -qF "$start" "$doc" || ! grep -qF "$end" "$doc"; then
    echo "$doc has no findings markers; run the benchmarks first" >&2
    exit 1
  fi
  awk -v start="$start" -v end="$end" -v findings=deploy/bench/findings.md '
    $0 == start { print; while ((getline line < findings) > 0) print line; skipping = 1; next }
    $0 == end { skipping = 0 }
    !skipping { print }' "$doc" > "$doc.new"
  mv "$doc.new" "$doc"
  echo "Put deploy/bench/findings.md into $doc"
  exit 0
fi
./mvnw -B --no-transfer-progress verify -pl deploy/system-tests -am \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SuiteBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo "Wrote benchmarks.md and images/bench-*.png (under docs/, or under -Dbench.docs when given)"
