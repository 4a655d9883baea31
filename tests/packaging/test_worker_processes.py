"""The sync and triage workers start from the source tree and from the frozen app alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from console.module_command import WORKER_FLAG, WORKER_MODULES, module_command
from console.sync import worker_wire as wire
from console.sync.child import worker_command
from console.triage.process import command as triage_command

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "packaging" / "launcher.py"


def test_from_source_python_runs_the_module_without_the_current_folder():
    assert worker_command() == [sys.executable, "-P", "-m", "console.sync.worker"]
    assert triage_command() == [sys.executable, "-P", "-m", "console.triage.worker"]


def test_the_frozen_app_runs_itself_with_the_worker_flag(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/hunting-console/hunting-console")
    assert worker_command() == [
        "/opt/hunting-console/hunting-console",
        WORKER_FLAG,
        "console.sync.worker",
    ]
    assert triage_command()[1:] == [WORKER_FLAG, "console.triage.worker"]


def test_only_the_worker_modules():
    with pytest.raises(ValueError):
        module_command("os")


def _launcher(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-P", str(LAUNCHER), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_the_launcher_refuses_any_other_module():
    done = _launcher(WORKER_FLAG, "http.server")
    assert done.returncode == 2
    assert done.stderr.strip() == "hunting-console: http.server is not a worker"
    assert _launcher(WORKER_FLAG).returncode == 2


@pytest.mark.parametrize("module", WORKER_MODULES)
def test_the_launcher_runs_the_worker_which_answers_on_its_channel(module):
    # A spec with nothing in it: the worker itself, not the console, answers that it failed.
    done = _launcher(WORKER_FLAG, module, stdin=wire.encode({"e": wire.SPEC}))
    answers = [wire.decode(line) for line in done.stdout.splitlines()]
    assert [answer["e"] for answer in answers] == [wire.FAILED], done.stdout + done.stderr
    assert "tenant_id" in answers[0]["error"]["message"]


def test_the_launcher_runs_a_worker_which_ends_with_its_input():
    done = _launcher(WORKER_FLAG, "console.sync.worker")  # no spec: nothing to do
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


def test_the_launcher_is_the_console_otherwise():
    done = _launcher("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("hunting-console ")
