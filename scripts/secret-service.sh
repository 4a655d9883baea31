#!/usr/bin/env bash
# The encrypted token cache's Python side on Linux: PyGObject, from its own lock
# (requirements/secret-service.txt), which builds against the system libraries
# scripts/system-deps.sh installs first. `make test` and `make frozen` run it; elsewhere, or
# when it is there already, it does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(uname -s)" = Linux ] || exit 0
.venv/bin/python -c 'import gi' 2>/dev/null && exit 0
.venv/bin/python -m pip install --quiet --require-hashes -r requirements/secret-service.txt
