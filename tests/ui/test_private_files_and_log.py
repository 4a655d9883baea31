# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""The window's side of private files and the support log: Help > Open log folder, exports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from console.cache.filters import Filters
from console.paths import log_dir
from console.ui.queues import IncidentsQueue
from tests.private_modes import mode, permissive_umask, posix_only
from tests.ui.shell_fixtures import window  # noqa: F401 (fixture)

pytestmark = pytest.mark.timeout(60)
__all__ = ["permissive_umask"]  # the fixture, imported for pytest


def test_help_open_log_folder_opens_the_log_folder(window, monkeypatch, tmp_path):
    monkeypatch.setenv("HUNTING_CONSOLE_HOME", str(tmp_path))
    opened = []
    monkeypatch.setattr(
        "console.ui.main_window.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    help_menu = window.findChild(QMenu, "helpMenu")
    [action] = [a for a in help_menu.actions() if a.objectName() == "openLogFolderAction"]
    assert action is window.findChild(QAction, "openLogFolderAction")
    action.trigger()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "logs"))]
    assert log_dir() == tmp_path / "logs" and log_dir().is_dir()


@posix_only
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_from_the_window_is_600(
    qtbot, context, tmp_path, monkeypatch, permissive_umask, fmt
):
    target = tmp_path / f"dens.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    queue.set_filters(Filters(tags=("Defender Experts",)))
    with qtbot.waitSignal(queue.export_finished, timeout=10_000):
        queue.export_view(fmt)
    assert target.stat().st_size > 0 and mode(target) == 0o600
