"""Fixtures shared by the shell tests: an asyncio loop on Qt, a window over the synced cache."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

import pytest
import qasync

from console.ui.main_window import MainWindow
from console.ui.shell.sync_controller import SyncController

T = TypeVar("T")


@pytest.fixture
def qt_loop(qapp):
    """asyncio running on the Qt event loop, as in the app."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


def run(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T], timeout: float = 30) -> T:
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))


@pytest.fixture
def window(qtbot, context):
    """The main window over the synced cache, with no tenant to sync from."""
    main = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main, timeout=5000)
    return main
