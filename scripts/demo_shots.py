"""What the screenshot scripts of the demo share: the demo window in a language, at
1280x800 under Xvfb, with asyncio on Qt as the app runs it, and a grab of the screen that
includes the window's dialogs (windows of their own)."""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Callable, Coroutine
from typing import Any


def screen(window: Any) -> Any:
    """What the screen shows over the window (its dialogs included)."""
    from PySide6.QtWidgets import QApplication

    frame = window.frameGeometry()
    return QApplication.primaryScreen().grabWindow(
        0, frame.x(), frame.y(), frame.width(), frame.height()
    )


def run_on_demo(language: str, take: Callable[[Any, Any], Coroutine[Any, Any, None]]) -> None:
    """Open the demo window in `language` on a fresh home and run `take(window, emulator)`."""
    os.environ["HUNTING_CONSOLE_HOME"] = tempfile.mkdtemp()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import qasync

    from console.app import ConsoleWindows
    from console.launch import demo_launch
    from console.settings import LANGUAGE, default_settings
    from console.ui import theme
    from console.ui.i18n import install_translators

    settings = default_settings()
    settings.set(LANGUAGE, language)
    theme.apply_theme(app, "light")
    translators = install_translators(app, language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    windows = ConsoleWindows(settings, loop)
    launch = demo_launch(settings)
    emulator = launch._cleanups[0].__self__  # the demo's emulator (its stop() is the first)
    window = windows.open(launch)
    window.resize(1280, 800)
    with loop:
        loop.run_until_complete(take(window, emulator))
    windows.close()
    del translators
