#!/usr/bin/env bash
# The whole test suite, headless. `make test` runs this after `make setup`.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-deps.sh tests || exit 1
# PyGObject builds against the libraries just installed, so it comes after them.
bash scripts/secret-service.sh || exit 1

export QT_QPA_PLATFORM=offscreen
# Keep tests away from the analyst's real settings, caches and credentials.
HUNTING_CONSOLE_HOME="$(mktemp -d)"
export HUNTING_CONSOLE_HOME
trap 'rm -rf "$HUNTING_CONSOLE_HOME"' EXIT

.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests; that counts as a failure" >&2
  exit 1
fi
exit "$status"
