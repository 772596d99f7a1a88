#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md and rewrites it (with docs/images/bench-*.png): the
# whole suite is started as the system tests start it (embedded PostgreSQL, real Keycloak, both
# packaged services), data goes in through the public API with real tokens, and every figure is
# set beside a baseline measured in the same run. About 12 minutes on 2 cores.
#   deploy/bench/run.sh [-Dbench.seconds=20] [-Dbench.threads=8] [-Dbench.warm-up-seconds=60]
#   deploy/bench/run.sh -Dbench.only=submits -Dbench.docs=/tmp/bench   # the submit and feed part alone, written elsewhere
#   deploy/bench/run.sh --findings   # only puts the text of deploy/bench/findings.md into docs/benchmarks.md
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${1:-}" == "--findings" ]]; then
  python3 - <<'PY'
import pathlib, re
doc = pathlib.Path("docs/benchmarks.md")
findings = pathlib.Path("deploy/bench/findings.md").read_text(encoding="utf-8").strip()
text = doc.read_text(encoding="utf-8")
start, end = "<!-- findings: deploy/bench/findings.md -->", "<!-- end of findings -->"
if start not in text or end not in text:
    raise SystemExit("docs/benchmarks.md has no findings markers; run the benchmarks first")
head, rest = text.split(start, 1)
doc.write_text(head + start + "\n" + findings + "\n" + end + rest.split(end, 1)[1], encoding="utf-8")
print("Put deploy/bench/findings.md into docs/benchmarks.md")
PY
  exit 0
fi
./mvnw -B --no-transfer-progress verify -pl deploy/system-tests -am \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SuiteBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo "Wrote docs/benchmarks.md and docs/images/bench-*.png"
