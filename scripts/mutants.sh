#!/usr/bin/env bash
# Mutation testing (`make mutants`): mutmut changes the code named in pyproject's [tool.mutmut]
# one small edit at a time and runs the tests that reach it; a mutant that no test notices
# ("survived") is a behaviour nothing checks. Minutes, not seconds: not part of `make test`.
set -uo pipefail
cd "$(dirname "$0")/.."

export QT_QPA_PLATFORM=offscreen
HUNTING_CONSOLE_HOME="$(mktemp -d)"
export HUNTING_CONSOLE_HOME
trap 'rm -rf "$HUNTING_CONSOLE_HOME"' EXIT

# A fresh run: mutmut keeps verdicts in mutants/, and a survivor killed by a test added
# since would still be reported as alive.
rm -rf mutants
log="$(mktemp)"
if ! .venv/bin/mutmut run --max-children "${MUTANTS_JOBS:-2}" >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "hunting-console: mutmut run failed (log above)" >&2
  exit 1
fi
.venv/bin/mutmut export-cicd-stats >/dev/null
.venv/bin/python - <<'PY'
import json

s = json.load(open("mutants/mutmut-cicd-stats.json"))
score = 100 * s["killed"] / s["total"] if s["total"] else 0.0
print(
    f"mutation score: {s['killed']} killed / {s['total']} mutants ({score:.1f}%); "
    f"{s['survived']} survived, {s['timeout']} timed out, {s['suspicious']} suspicious, "
    f"{s['no_tests']} reached by no test"
)
PY
echo "survivors and untested mutants (see one with: .venv/bin/mutmut show NAME):"
.venv/bin/mutmut results
