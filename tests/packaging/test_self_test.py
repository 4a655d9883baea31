"""`hunting-console --self-test`: every check runs, a broken installation is named one line a
fault, and nothing of the analyst's home is read or written but the log."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from console.ui import self_test
from console.ui.self_test import CheckFailed, SelfTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_self_test_passes_on_this_tree_and_leaves_the_home_alone(tmp_path):
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-P", "-m", "console", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HUNTING_CONSOLE_HOME": str(home), "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("self-test: ok, 10 checks passed in ")
    # Its own temporary home, not the one it was started with: only the log is written there,
    # where support and IT look for a failed check's details.
    assert [p.name for p in home.iterdir()] == ["logs"]
    assert "propagateSizeHints" not in done.stderr  # Qt's chatter goes to the log


def test_a_failed_check_is_one_line_and_the_others_still_run():
    out = io.StringIO()
    test = SelfTest(out)

    def missing() -> None:
        raise CheckFailed("no fr catalogue in /opt/x")

    def raises() -> None:
        raise OSError("disk gone")

    assert not test.check("translations", missing)
    assert not test.check("cache", raises)
    assert test.check("pages", lambda: None)
    assert out.getvalue().splitlines() == [
        "self-test: translations failed: no fr catalogue in /opt/x",
        "self-test: cache failed: OSError: disk gone",
    ]
    assert test.passed == ["pages"] and test.failed == ["translations", "cache"]


def test_missing_catalogues_are_found(qapp, monkeypatch, tmp_path):
    import console.ui.i18n

    self_test._check_translations(QApplication.instance())  # this tree has them
    monkeypatch.setattr(console.ui.i18n, "TRANSLATIONS_DIR", tmp_path)
    with pytest.raises(CheckFailed, match="no en catalogue in"):
        self_test._check_translations(QApplication.instance())


@pytest.mark.filterwarnings("ignore:Revision 0003:UserWarning")
def test_a_missing_migration_is_found(monkeypatch, tmp_path):
    import console.cache.migrate

    self_test._check_migrations()  # this tree has them all
    copy = tmp_path / "migrations"
    shutil.copytree(console.cache.migrate.MIGRATIONS, copy)
    (next((copy / "versions").glob("0003_*.py"))).unlink()
    monkeypatch.setattr(console.cache.migrate, "MIGRATIONS", copy)
    with pytest.raises(
        CheckFailed, match=r"broken \(revision .0003. is missing\)"
    ):  # said in one line
        self_test._check_migrations()
