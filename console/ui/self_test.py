"""`hunting-console --self-test`: does this installation work, from end to end?

What IT runs after pushing a package to a desk, and what the packaging checks run on the
installed app (packaging/). On a temporary home, offscreen, it starts the emulator, syncs
the demo tenant in a sync process of its own (the frozen app's worker start included),
opens each main page, applies the Defender Experts filter, opens the Ask Defender Experts
dialog and the welcome wizard, and checks that the cache's migrations and the translations
are present. Each failed check prints one line; the exit code is 0 when all pass.

The caller (console.cli) sets HUNTING_CONSOLE_HOME and QT_QPA_PLATFORM before this module,
and so Qt, is imported.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import qasync
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from console import __version__

log = logging.getLogger(__name__)

# The longest any one wait may take on a slow desk (the first sync of the demo tenant takes a
# few seconds); past it the check fails instead of hanging an unattended install.
WAIT_SECONDS = 120.0


class CheckFailed(Exception):
    """A check's reason, one line, for the terminal."""


@dataclass
class SelfTest:
    out: TextIO
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def check(self, name: str, run: Callable[[], None]) -> bool:
        try:
            run()
        except CheckFailed as failure:
            self._fail(name, str(failure))
            return False
        except Exception as error:  # an installation fault we did not foresee: one line
            log.error("self-test check %s raised", name, exc_info=True)
            self._fail(name, f"{type(error).__name__}: {error}")
            return False
        self.passed.append(name)
        return True

    def _fail(self, name: str, reason: str) -> None:
        self.failed.append(name)
        print(f"self-test: {name} failed: {reason}", file=self.out, flush=True)


def run_self_test(out: TextIO, log_folder: Path) -> int:
    """`log_folder`: the log's, named on failure (the temporary home holds no log)."""
    started = time.monotonic()
    test = SelfTest(out)
    # Qt's own chatter (the offscreen plugin's "does not support ...") goes to the log file:
    # the terminal shows the checks' lines only.
    qInstallMessageHandler(_to_log)
    app = QApplication.instance() or QApplication(["hunting-console", "--self-test"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Hunting Console")
    test.check("translations", lambda: _check_translations(app))
    test.check("migrations", _check_migrations)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            _run_window_checks(test, loop)
    finally:
        asyncio.set_event_loop(None)
    seconds = time.monotonic() - started
    if test.failed:
        print(
            f"self-test: {len(test.failed)} of {len(test.failed) + len(test.passed)} checks "
            f"failed (Hunting Console {__version__}); details in the log, {log_folder}",
            file=out,
        )
        return 1
    print(
        f"self-test: ok, {len(test.passed)} checks passed in {seconds:.1f} s "
        f"(Hunting Console {__version__})",
        file=out,
    )
    return 0


def _to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = (
        logging.WARNING if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) else logging.INFO
    )
    log.log(level, "Qt: %s", message)


# -- what needs no window ------------------------------------------------------------------


def _check_translations(app: QCoreApplication) -> None:
    from PySide6.QtCore import QLibraryInfo

    from console.ui.i18n import CATALOGUE_PREFIX, SUPPORTED, TRANSLATIONS_DIR

    for language in SUPPORTED:
        if not QTranslator(app).load(f"{CATALOGUE_PREFIX}{language}", str(TRANSLATIONS_DIR)):
            raise CheckFailed(f"no {language} catalogue in {TRANSLATIONS_DIR}")
    french = QTranslator(app)
    french.load(f"{CATALOGUE_PREFIX}fr", str(TRANSLATIONS_DIR))
    if french.isEmpty() or not french.translate("Tour", "The incidents queue"):
        raise CheckFailed("the French catalogue is empty")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator(app).load("qtbase_fr", qt_folder):
        raise CheckFailed(f"Qt's own French catalogue (qtbase_fr) is not in {qt_folder}")


def _check_migrations() -> None:
    from console.cache.migrate import script_problems

    problems = script_problems()
    if problems:
        raise CheckFailed("; ".join(problems))


# -- the window on the demo tenant ---------------------------------------------------------


def _run_window_checks(test: SelfTest, loop: asyncio.AbstractEventLoop) -> None:
    from console.app import ConsoleWindows
    from console.launch import demo_launch
    from console.settings import default_settings

    settings = default_settings()
    windows = ConsoleWindows(settings, loop)
    state: dict[str, Any] = {}
    try:
        if not test.check("emulator", lambda: state.update(launch=demo_launch(settings))):
            return
        if not test.check("window", lambda: state.update(window=windows.open(state["launch"]))):
            state["launch"].close()  # never handed to the windows: its emulator stops here
            return
        window = state["window"]
        if not test.check("sync", lambda: _wait_for_sync(loop, windows.controller)):
            return
        test.check("cache", lambda: _check_cache(window))
        test.check("pages", lambda: _check_pages(window))
        test.check("defender experts filter", lambda: _check_den_filter(loop, window))
        test.check("ask defender experts", lambda: _check_ask_dialog(loop, window))
        test.check("welcome wizard", lambda: _check_wizard(loop, windows))
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if windows.window is not None:
            windows.window.close()
        _settle(loop, 0.2)
        windows.close()


def _wait_for_sync(loop: asyncio.AbstractEventLoop, controller: Any) -> None:
    from console.ui.shell.sync_controller import OK

    outcome = _wait_for(loop, controller.finished, "the demo tenant's sync")
    if outcome.kind != OK:
        raise CheckFailed(f"the sync ended {outcome.kind}: {outcome.detail or outcome.reason}")


def _check_cache(window: Any) -> None:
    from console.cache import incidents
    from console.cache.filters import Filters

    context = window.context
    count = incidents.count(context.cache, Filters(tenant_ids=(context.tenant_id,)))
    if count == 0:
        raise CheckFailed("the sync stored no incidents")


def _check_pages(window: Any) -> None:
    from console.ui.shell.pages import PAGES

    for spec in PAGES:
        window.show_page(spec.key)
        QApplication.processEvents()
        if window.current_page() != spec.key or window.pages.currentWidget() is None:
            raise CheckFailed(f"the {spec.key} page did not open")


def _check_den_filter(loop: asyncio.AbstractEventLoop, window: Any) -> None:
    from console.cache import incidents
    from console.cache.filters import Filters

    window.show_page("incidents")
    queue = window.queues.page("incidents")
    scope = Filters(tenant_ids=window.context.tenant_ids, den_only=True)
    queue.set_filters(scope)
    _settle(loop, 0.2)
    expected = incidents.count(window.context.cache, scope)
    shown = queue.model.rowCount()
    if expected == 0 or shown != expected:
        raise CheckFailed(f"{shown} incidents shown, {expected} Defender Experts notifications")
    rows = [queue.model.row_at(number) for number in range(min(shown, 20))]
    if not all(row is not None and row.is_den for row in rows):
        raise CheckFailed("an incident that is no notification is shown")


def _check_ask_dialog(loop: asyncio.AbstractEventLoop, window: Any) -> None:
    from console.ui.experts.action import ACTION_NAME
    from console.ui.experts.dialog import AskDefenderExpertsDialog

    queue = window.queues.page("incidents")
    if queue.model.rowCount() == 0:
        raise CheckFailed("no incident to ask about")
    menu = queue.cell_menu(queue.model.index(0, 0))
    ask = next((a for a in menu.actions() if a.objectName() == ACTION_NAME), None)
    if ask is None or not ask.isEnabled():
        raise CheckFailed("the incident's menu has no Ask Defender Experts")
    ask.trigger()
    dialog = _wait_until(loop, lambda: _visible(AskDefenderExpertsDialog), "the dialog to open")
    dialog.reject()
    menu.deleteLater()


def _check_wizard(loop: asyncio.AbstractEventLoop, windows: Any) -> None:
    from console.ui.onboarding.wizard import OnboardingWizard

    windows.show_welcome()
    wizard = _wait_until(loop, lambda: _visible(OnboardingWizard), "the wizard to open")
    if len(wizard.pageIds()) < 4:
        raise CheckFailed(f"the wizard has {len(wizard.pageIds())} pages")
    wizard.reject()


# -- waiting, always with a deadline ---------------------------------------------------------


def _visible(kind: type[QWidget]) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def _wait_for(loop: asyncio.AbstractEventLoop, signal: Any, what: str) -> Any:
    arrived: asyncio.Future[Any] = loop.create_future()

    def receive(*values: Any) -> None:
        if not arrived.done():
            arrived.set_result(values[0] if values else None)

    signal.connect(receive)
    try:
        return loop.run_until_complete(asyncio.wait_for(arrived, WAIT_SECONDS))
    except TimeoutError as error:
        raise CheckFailed(f"waited {WAIT_SECONDS:.0f} s for {what}") from error
    finally:
        signal.disconnect(receive)


def _wait_until(loop: asyncio.AbstractEventLoop, found: Callable[[], Any], what: str) -> Any:
    async def poll() -> Any:
        while (value := found()) is None:
            await asyncio.sleep(0.05)
        return value

    try:
        return loop.run_until_complete(asyncio.wait_for(poll(), WAIT_SECONDS))
    except TimeoutError as error:
        raise CheckFailed(f"waited {WAIT_SECONDS:.0f} s for {what}") from error


def _settle(loop: asyncio.AbstractEventLoop, seconds: float) -> None:
    loop.run_until_complete(asyncio.sleep(seconds))
