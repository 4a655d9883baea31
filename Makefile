# Three commands matter: `make run`, `make check` (lint, format, types, layer contracts) and
# `make test`. Each sets up .venv on first use; CI (.ci/run) runs check, then test, then
# package-check (the .deb built, installed, upgraded and removed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run demo check test lint typecheck contracts bench clean

setup: $(STAMP)

# Re-install only when the dependencies change. Every library comes from the lock file, each
# pinned with its hashes (the app, the tests and the frozen build run on the same ones);
# the project itself goes on top with no dependencies of its own choosing.
$(STAMP): pyproject.toml requirements/lock.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

# Refresh the lock files after changing pyproject.toml's dependencies (README, "Dependencies").
UV_VERSION := 0.13.9
.PHONY: lock
lock: setup
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml --extra test --extra build --universal \
		--generate-hashes --python-version 3.11 --no-header --upgrade -o requirements/lock.txt
	$(BIN)/uv pip compile requirements/secret-service.in -c requirements/lock.txt --universal \
		--generate-hashes --python-version 3.11 --no-header --upgrade -o requirements/secret-service.txt

# The system libraries the window loads first (Debian/Ubuntu; none without a display, where the
# headless demo runs instead): scripts/system-deps.sh.
run: setup
	@bash scripts/system-deps.sh window
	$(BIN)/python -m console.run_demo

test: setup
	bash scripts/test.sh

check: setup lint typecheck contracts

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The whole package; domain, api, cache and sync are strict (pyproject.toml).
typecheck: setup
	$(BIN)/mypy console

# The layers of ARCHITECTURE.md as import-linter contracts ([tool.importlinter]).
contracts: setup
	$(BIN)/lint-imports

bench: setup
	$(BIN)/python -m benchmarks.sync_bench

# GUI event-loop delay during a sync into a 1M-alert cache; exits 1 over the issue-8 budget.
.PHONY: bench-ui
bench-ui: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.ui_responsiveness

# Fifty small tenants at once (console.sync.desk) against the sum of their floors (issue 13).
.PHONY: bench-desk
bench-desk: setup
	$(BIN)/python -m benchmarks.desk_sync

# Mutation score over the domain rules, the queue filters and the sync cursor ([tool.mutmut] in
# pyproject.toml), survivors listed. Several minutes: not part of `make test` or .ci/run.
.PHONY: mutants
mutants: setup
	bash scripts/mutants.sh

# The one-folder app (packaging/hunting-console.spec) in dist/hunting-console.
.PHONY: frozen package package-check
# On Linux it carries the encrypted token cache's libsecret bindings (PyGObject, which builds
# against the system libraries system-deps.sh installs), as the tests have them.
frozen: setup
	@if [ "$$(uname -s)" = Linux ]; then bash scripts/system-deps.sh tests; fi
	@bash scripts/secret-service.sh
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/hunting-console.spec

# The Debian/Ubuntu package in dist/ (packaging/linux/build-deb.sh).
package: frozen
	bash packaging/linux/build-deb.sh --out dist

# Build, install, self-test, upgrade over a previous build, remove and purge the .deb on this
# machine (root or password-less sudo; .ci/run runs it after the tests).
package-check: frozen
	bash packaging/linux/check-deb.sh

# The frozen app's start to a usable window against the source tree's (budget 1.2x), under a
# virtual display (issue 17).
.PHONY: bench-frozen
bench-frozen: frozen
	xvfb-run -a -s "-screen 0 1440x900x24" $(BIN)/python -m benchmarks.frozen_startup

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
