"""The plain start on a first run, as a user starts it: the window is ready (the marker
benchmarks and CI wait for) with the welcome wizard over it, never blocked by it. Quitting
with the wizard open is no answer, so the next start shows it again; once closed (Esc,
Cancel) or finished, no start opens it by itself."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The wizard, when it opens, says so and ends the run (a first run has no tenant to wait
# for): the console quits under it, or the analyst closes it first (ANSWER).
START = """
import sys
import console.app
import console.welcome
from PySide6.QtWidgets import QApplication

shown = console.app.ConsoleWindows.show_welcome
decide = console.welcome.welcome_at_start

def welcome_at_start(*args):
    print("welcome at start", decide(*args), flush=True)
    return decide(*args)

console.welcome.welcome_at_start = welcome_at_start

def show_welcome(self):
    wizard = shown(self)
    print("wizard", wizard.objectName(), wizard.isVisible(), wizard.currentPage().objectName())
    if ANSWER:
        wizard.reject()  # Esc or Cancel
    QApplication.instance().quit()
    return wizard

console.app.ConsoleWindows.show_welcome = show_welcome
sys.exit(console.app.main())
"""


def start(home: Path, ready: str, *, answer: bool = False) -> list[str]:
    env = {
        **os.environ,
        "HUNTING_CONSOLE_HOME": str(home),
        "HUNTING_CONSOLE_EXIT_WHEN_READY": ready,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", f"ANSWER = {answer}\n" + textwrap.dedent(START)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_a_first_run_is_ready_with_the_wizard_over_it_until_the_analyst_answers_it(tmp_path):
    first = start(tmp_path, "report")  # the marker, then the run goes on
    assert any(line.startswith("HUNTING_CONSOLE_READY") for line in first), first
    assert "wizard onboardingWizard True welcomePage" in first
    again = start(tmp_path, "report", answer=True)  # quitting was no answer: here again
    assert "wizard onboardingWizard True welcomePage" in again
    assert "welcome at start True" in first and "welcome at start True" in again
    after = start(tmp_path, "quit")  # closed with Esc: seen
    assert any(line.startswith("HUNTING_CONSOLE_READY") for line in after), after
    assert "welcome at start False" in after
