"""The command line that runs one of our modules in a process of its own (the sync and
triage workers), from the source tree or from the frozen app.

From source it is `python -P -m module`. The frozen app (PyInstaller, packaging/) has no
Python to run with -m: its executable, given WORKER_FLAG and a module name, runs that module
instead of the console (packaging/launcher.py), and only the modules named here.
"""

from __future__ import annotations

import sys

WORKER_FLAG = "--run-worker"
# What the frozen executable agrees to run: a worker holds tokens, so never an arbitrary module.
WORKER_MODULES = ("console.sync.worker", "console.triage.worker")


def module_command(module: str) -> list[str]:
    if module not in WORKER_MODULES:
        raise ValueError(f"{module} is not one of the worker modules")
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG, module]
    # -P: not the current folder first on sys.path. `python -m` puts it there, so a
    # `queue.py` in whatever folder the console was started from would run in the
    # process that holds the tokens.
    return [sys.executable, "-P", "-m", module]
