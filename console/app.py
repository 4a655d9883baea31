"""The console window's entry point: Qt application, translations, asyncio on Qt, the window.

`hunting-console` (no subcommand) and `hunting-console --demo` land here
through `console.cli`. asyncio runs on the Qt event loop (qasync), so a sync
runs in an executor while the window stays responsive.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

# isort: off
# The layers below ui/ load before PySide6: its __feature__ import hook reads the source
# of every module imported after it, which cost start-up about 100 ms for SQLAlchemy and
# our own cache, sync and experts code (benchmarks/ui_startup.py).
import console.cache.alerts
import console.cache.incidents
import console.experts
import console.sync.engine  # noqa: F401 (all four bind `console`; ruff flags the last)

import qasync
from PySide6.QtCore import QCoreApplication, QProcess, QTimer
from PySide6.QtWidgets import QApplication

# isort: on

if TYPE_CHECKING:
    from console.cache.problem import CacheProblem
    from console.launch import Launch
    from console.settings import Settings
    from console.ui.context import AppContext

_STARTED = time.perf_counter()

log = logging.getLogger(__name__)

# Printed on stdout when the window is usable (benchmarks/ui_startup.py waits for it).
READY_MARKER = "HUNTING_CONSOLE_READY"
_READY_ENV = "HUNTING_CONSOLE_EXIT_WHEN_READY"


def main(
    demo: bool = False,
    cache_path: str | Path | None = None,
    *,
    tenant_id: str | None = None,
    tenant_name: str | None = None,
) -> int:
    """Open the console window and run until it closes; returns the exit code."""
    from console.launch import cached_launch, demo_launch
    from console.settings import COLOR_SCHEME, LANGUAGE, default_settings
    from console.ui import theme
    from console.ui.experts.controller import ExpertsController
    from console.ui.gc_policy import GuiThreadCollector
    from console.ui.i18n import install_translators
    from console.ui.shell.cache_problem import install_excepthook
    from console.ui.shell.launch_texts import OFFERS_DEMO, notice_text
    from console.ui.shell.sync_controller import SyncController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Hunting Console")
    app.setOrganizationName("HuntingConsole")
    app.setApplicationDisplayName("Hunting Console")
    settings = default_settings()
    theme.apply_theme(app, settings.get(COLOR_SCHEME))
    translations = install_translators(app, settings.get(LANGUAGE))
    path = Path(cache_path) if cache_path is not None else None
    launch = (
        demo_launch(settings, path)
        if demo
        else cached_launch(settings, path, tenant_id, tenant_name)
    )
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    context = context_for(launch, settings)
    controller = SyncController(context, launch.sync_target)
    experts = ExpertsController(context)
    window = build_window(context, launch.cache_problem, controller, experts)
    install_excepthook(window.on_cache_error)
    if launch.notice is not None:
        offer = launch.notice in OFFERS_DEMO
        window.show_info(
            notice_text(launch.notice),
            QCoreApplication.translate("MainWindow", "Open the demo") if offer else "",
        )

    def open_demo() -> None:
        QProcess.startDetached(sys.executable, ["-m", "console", "--demo"])
        window.close()

    window.demo_requested.connect(open_demo)
    window.build_hidden_pages_after_first_paint()
    # From here on the cyclic collector runs on this thread only (console.ui.gc_policy).
    GuiThreadCollector(window)
    window.show()
    if os.environ.get(_READY_ENV):
        QTimer.singleShot(0, lambda: _report_ready(window, app))
    if launch.sync_target is not None:
        loop.call_soon(controller.start)
    if context.experts is not None:
        loop.call_soon(experts.start)

    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    try:
        with loop:
            loop.run_until_complete(closed.wait())
            _finish_sync(loop, controller)
    finally:
        launch.close()
        del translations
    return 0


def context_for(launch: Launch, settings: Settings) -> AppContext:
    """The window's context, complete when it is made: what the launch opened, by name."""
    from console.ui.context import AppContext
    from console.ui.shell.launch_texts import tenant_title
    from console.ui.shell.navigator import ShellNavigator

    return AppContext(
        launch.cache,
        settings,
        launch.tenant_id,
        tenant_title(launch.tenant_name),
        navigator=ShellNavigator(),
        experts=launch.experts,
    )


def build_window(
    context: AppContext,
    cache_problem: CacheProblem | None = None,
    controller: Any = None,
    experts: Any = None,
) -> Any:
    """The main window on the context's cache, with the cache's problem shown if it has one.

    The window reads the cache as it is built (status bar, home page): a damaged
    page met there is recovered (quarantine, salvage) and the window built
    again on the fresh cache, so the analyst gets a message, not a traceback.
    """
    from console.cache.errors import CacheError
    from console.ui.main_window import MainWindow
    from console.ui.shell.cache_problem import problem_text, recover_in_place

    problem = problem_text(cache_problem) if cache_problem is not None else ""
    try:
        window = MainWindow(context, controller, experts=experts)
    except CacheError as error:
        problem = recover_in_place(context.cache, error)
        failed = True
    else:
        failed = False
    if failed:
        # The half-built window is held only by the error's traceback, in a reference
        # cycle: left to the garbage collector, Qt destroyed it in the middle of a later
        # event loop (a sync under way) and crashed. Destroy it here, at a quiet moment.
        gc.collect()
        window = MainWindow(context, controller, experts=experts)
    if problem:
        window.show_cache_problem(problem)
    return window


def _finish_sync(loop: asyncio.AbstractEventLoop, controller: object) -> None:
    """On quit, let a running sync stop at its next page so its last commit is whole."""
    task = getattr(controller, "task", None)
    if task is None or task.done():
        return
    controller.cancel()  # type: ignore[attr-defined]
    try:
        loop.run_until_complete(asyncio.wait_for(asyncio.shield(task), timeout=10))
    except (TimeoutError, asyncio.CancelledError):
        log.warning("sync still running at exit; its committed pages are kept")


def _report_ready(window: object, app: object) -> None:
    """Say the window is ready, and which page it shows (the others are built when shown)."""
    page = window.pages.currentWidget()  # type: ignore[attr-defined]
    shown = page.objectName() if page is not None else ""
    elapsed = time.perf_counter() - _STARTED
    print(f"{READY_MARKER} {elapsed * 1000:.0f} ms page={shown}", flush=True)
    if os.environ.get(_READY_ENV) == "quit":
        app.quit()  # type: ignore[attr-defined]
