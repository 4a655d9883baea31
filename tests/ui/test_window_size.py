"""The window's first size fits its screen: on a 1366x768 laptop or a 1024x700 desk the status
bar (sync state, "data as of") is on the screen, not below its edge; on a large screen it
opens at its default size."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

from console.ui.main_window import DEFAULT_SIZE, FRAME_ALLOWANCE, MainWindow, fitted_size
from console.ui.shell.sync_controller import SyncController


class _Screen:
    """A screen of a given usable size (the tests' offscreen platform has one, 1920x1080)."""

    def __init__(self, width: int, height: int) -> None:
        self._room = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self._room


class _OnScreen:
    def __init__(self, screen: _Screen) -> None:
        self._screen = screen

    def screen(self) -> _Screen:
        return self._screen

    def minimumSizeHint(self) -> QSize:
        return QSize(640, 480)


def test_a_large_screen_gets_the_default_size():
    assert fitted_size(_OnScreen(_Screen(1920, 1040))) == DEFAULT_SIZE


def test_a_laptop_screen_keeps_the_title_bar_and_the_status_bar_on_it():
    size = fitted_size(_OnScreen(_Screen(1366, 728)))  # 768 less a taskbar
    assert size.width() == DEFAULT_SIZE.width()
    assert size.height() + FRAME_ALLOWANCE.height() <= 728


def test_never_below_what_the_window_needs():
    assert fitted_size(_OnScreen(_Screen(500, 400))) == QSize(640, 480)


def test_the_real_window_asks_its_own_screen(qtbot, context):
    window = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(window)
    room = QGuiApplication.primaryScreen().availableGeometry().size()
    assert room == QSize(1920, 1080)  # tests/conftest.py's desk screen
    assert window.size() == DEFAULT_SIZE
