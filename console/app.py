"""The console window's entry point: Qt application, translations, asyncio on Qt, the window.

`hunting-console` (no subcommand) and `hunting-console --demo` land here
through `console.cli`. asyncio runs on the Qt event loop (qasync), so a sync
runs in an executor while the window stays responsive.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any


@contextlib.contextmanager
def _no_automatic_collection() -> Iterator[None]:
    """Start-up builds a heap that lives as long as the process (SQLAlchemy, Qt's wrappers,
    the window); automatic collections kept walking it, about 30 ms of start-up
    (benchmarks/ui_startup.py). What the imports built is then frozen (out of the
    collector's reach, as console.ui.gc_policy does with the window): else the first
    collection after them walks it all at once. Then collection is back as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


with _no_automatic_collection():
    import asyncio
    import logging
    import os
    import sys
    import time
    from pathlib import Path

    # isort: off
    # The layers below ui/ load before PySide6: its __feature__ import hook reads the source
    # of every module imported after it, which cost start-up about 100 ms for SQLAlchemy and
    # our own cache, sync and experts code (benchmarks/ui_startup.py).
    import console.cache.alerts
    import console.cache.incidents
    import console.experts
    import console.sync.engine  # noqa: F401 (all four bind `console`; ruff flags the last)

    import qasync
    from PySide6.QtCore import (
        QCoreApplication,
        QMessageLogContext,
        QtMsgType,
        QTimer,
        qFormatLogMessage,
        qInstallMessageHandler,
    )
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    # isort: on

if TYPE_CHECKING:
    from console.auth.browser import BrowserOpener
    from console.auth.policy import SyncSchedule
    from console.auth.profiles import TenantProfile
    from console.auth.service import TenantSignIn
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
    # Nor while the window is built: from then on the GUI thread's collector decides.
    gc.disable()
    from console.launch import cached_launch, demo_launch, last_profile_launch
    from console.settings import COLOR_SCHEME, LANGUAGE, default_settings
    from console.ui import theme
    from console.ui.gc_policy import GuiThreadCollector
    from console.ui.i18n import install_translators

    app = QApplication.instance() or _new_application()
    assert isinstance(app, QApplication)
    app.setApplicationName("Hunting Console")
    app.setOrganizationName("HuntingConsole")
    app.setApplicationDisplayName("Hunting Console")
    app.setWindowIcon(QIcon(str(Path(__file__).parent / "icons" / "hunting-console.png")))
    settings = default_settings()
    theme.apply_theme(app, settings.get(COLOR_SCHEME))
    translations = install_translators(app, settings.get(LANGUAGE))
    path = Path(cache_path) if cache_path is not None else None
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    windows = ConsoleWindows(settings, loop)
    if demo:
        launch = demo_launch(settings, path)
    elif path is not None or tenant_id is not None:
        launch = cached_launch(settings, path, tenant_id, tenant_name)
    else:  # the tenant profile used last, else the last cache (or none: the first run)
        launch = last_profile_launch(settings, windows.handoff) or cached_launch(settings)
    window = windows.open(launch)
    if not demo and path is None and tenant_id is None:
        _welcome_on_first_run(windows, launch)
    # From here on the cyclic collector runs on this thread only (console.ui.gc_policy).
    GuiThreadCollector(app)
    if os.environ.get(_READY_ENV):
        QTimer.singleShot(0, lambda: _report_ready(window, app))

    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    try:
        with loop:
            loop.run_until_complete(closed.wait())
            _finish_sync(loop, windows.window, windows.controller)
    finally:
        windows.close()
        del translations
    return 0


def _new_application() -> QApplication:
    """The QApplication, made so that a platform plugin that cannot start ends the process
    with one line on stderr and exit code 1, not with Qt's raw lines and abort (a qFatal).
    console.qt_platform foresees the usual causes before Qt loads (the CLI asks it); this is
    for the rest. Qt's other messages meanwhile wait, then go to stderr as Qt would print them."""
    held: list[tuple[str, str, str]] = []  # category, message, as Qt formats it

    def hold(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        shown = qFormatLogMessage(kind, context, message)
        if kind != QtMsgType.QtFatalMsg:
            held.append((str(context.category), message, shown))
            return
        from console.commands.terminal_text import plain_line
        from console.log_file import FILE_ONLY

        lines = [line for _category, _message, line in held] + [shown]
        log.error("Qt could not start a platform plugin:\n%s", "\n".join(lines), extra=FILE_ONLY)
        reason = plain_line(_plugin_failure(held, message))
        print(
            "hunting-console: the console window cannot open: Qt could not start a platform "
            f"plugin ({reason}); try `hunting-console demo` for the headless demo",
            file=sys.stderr,
            flush=True,
        )
        os._exit(1)  # Qt aborts when this returns

    previous = qInstallMessageHandler(hold)
    try:
        return QApplication(sys.argv[:1])
    finally:
        qInstallMessageHandler(previous)
        for _category, _message, shown in held:
            print(shown, file=sys.stderr)


def _plugin_failure(held: list[tuple[str, str, str]], fatal: str) -> str:
    """What Qt said before its fatal error that says most: the plugin's own words (qt.qpa.xcb's
    "could not connect to display :99"), else the plugin loader's (not its xcb-cursor0 hint,
    which it prints whatever failed), else the fatal error's first line."""
    said = [(category, message) for category, message, _ in held]
    for category, message in said:
        if category.startswith("qt.qpa.") and category != "qt.qpa.plugin":
            return message
    for category, message in said:
        if category == "qt.qpa.plugin" and not message.startswith("From 6.5.0"):
            return message
    return next(iter(fatal.strip().splitlines()), "no reason given")


def _welcome_on_first_run(windows: ConsoleWindows, launch: Launch) -> None:
    """The plain start on a user's first run (console.welcome): the welcome wizard over
    the window once it has painted. Never modal to the event loop: the window is ready
    (and says so to HUNTING_CONSOLE_EXIT_WHEN_READY) with the wizard open."""
    from console.auth.setup import profile_store_or_own
    from console.welcome import welcome_at_start

    policy = profile_store_or_own(windows.settings).policy
    if welcome_at_start(windows.settings, launch, policy):
        windows.window.after_first_paint(windows.show_welcome)


class ConsoleWindows:
    """The window on one launch at a time. A tenant connected in the window (File >
    Connect a tenant) or the demo opened from it replaces it: the new window opens on the
    new launch's cache (and sign-in), then the old one closes and its launch is closed once
    its sync stopped. The welcome wizard, when open, moves over the new window."""

    def __init__(
        self,
        settings: Settings,
        loop: asyncio.AbstractEventLoop,
        open_browser: BrowserOpener | None = None,
    ) -> None:
        from console.ui.signin.runner import BrowserHandoff

        self.settings = settings
        self.loop = loop
        # Every browser sign-in opens through it (the system's; a test plays its own).
        self.handoff = BrowserHandoff(open_browser)
        self.launch: Launch | None = None
        self.window: Any = None
        self.controller: Any = None
        self._retiring: list[Launch] = []
        self._closing: set[asyncio.Future[None]] = set()  # held until done (asyncio's advice)
        self.schedule: Any = None  # the window's ScheduledSync, for a tenant profile
        self.minute_ms = 60_000  # a schedule's minute (tests make it short)
        self.welcome: Any = None  # the WelcomeFlow, made when the wizard first opens

    def open(self, launch: Launch, *, sync_now: bool = False) -> Any:
        """The window on `launch`. A tenant profile syncs on its schedule (at start, every N
        minutes, or only Sync now); `sync_now` syncs at once whatever it says (a tenant just
        connected has nothing cached yet)."""
        from console.ui.shell.cache_problem import install_excepthook
        from console.ui.shell.sync_controller import SyncController

        context = context_for(launch, self.settings)
        controller = SyncController(context, launch.sync_target)
        experts = None  # a tenant without the service (a custom cloud, a cache offline)
        if context.experts is not None:
            from console.ui.experts.controller import ExpertsController

            experts = ExpertsController(context)
        window = build_window(context, launch.cache_problem, controller, experts)
        install_excepthook(window.on_cache_error)
        window.browser_handoff = self.handoff
        _show_notice(window, launch)
        window.demo_requested.connect(self.switch_to_demo)
        window.tenant_connected.connect(self.switch_to_profile)
        window.welcome_requested.connect(self.show_welcome)
        window.schedule_changed.connect(self._reschedule)
        window.build_hidden_pages_after_first_paint()
        window.show()
        schedule = self._schedule_for(launch, controller)
        unscheduled = sync_now or schedule is None  # the demo, a tenant just connected
        if launch.sync_target is not None and launch.notice is None and unscheduled:
            self.loop.call_soon(controller.start)
        elif schedule is not None:
            self.loop.call_soon(schedule.start)  # its own "at start" decides
        if experts is not None:
            self.loop.call_soon(experts.start)
        # After the first paint: nothing is queued or sent before the window is shown.
        self.loop.call_soon(_start_triage, context, launch, window)
        if launch.desk:
            self._open_desk(launch, context, window, controller)
        old_launch, old_window, old_controller = self.launch, self.window, self.controller
        self.launch, self.window, self.controller = launch, window, controller
        if self.schedule is not None:
            self.schedule.stop()  # the old window's: its tenant is no longer shown
        self.schedule = schedule
        if self.welcome is not None:
            self.welcome.follow(window)  # before the old window, its parent, goes
        if old_launch is not None:
            self._retire(old_launch, old_window, old_controller)
        return window

    def _open_desk(self, launch: Launch, context: AppContext, window: Any, own: Any) -> None:
        """The desk's other tenants: each syncs on its own schedule (Sync now syncs them
        all), asks its own Defender Experts, and shows its state in the status bar."""
        from console.ui.experts.controller import ExpertsController
        from console.ui.shell.desk_syncs import DeskSyncs

        targets = {tenant.tenant_id: tenant.sync_target for tenant in launch.desk}
        syncs = DeskSyncs(context, targets, own, parent=own)
        window.desk_syncs = syncs
        syncs.own_experts = window.experts  # paused and awaited by a recovery too
        syncs.cache_problem.connect(window.show_cache_problem)
        window.status.show_desk(syncs)
        window.sync_action.triggered.connect(syncs.start_all)
        window.cancel_action.triggered.connect(syncs.cancel_all)
        for tenant in launch.desk:
            signed_in = tenant.sign_in.signed_in() is not None
            controller = syncs.controllers[tenant.tenant_id]
            window.follow_den_news(tenant.tenant_id, controller)  # its new DENs, told
            scheduled = self._scheduled(controller, tenant.sign_in.profile, signed_in)
            syncs.schedules[tenant.tenant_id] = scheduled
            self.loop.call_soon(scheduled.start)
            if tenant.experts is not None:
                experts = ExpertsController(
                    context.for_tenant(tenant.tenant_id), parent=syncs, use_tray=False
                )
                experts.unread_changed.connect(window.show_experts_unread)
                experts.cache_failed.connect(window.on_cache_error)
                experts.failed.connect(
                    lambda reason, name=tenant.name: window.show_experts_failed(f"{name}: {reason}")
                )
                syncs.experts.append(experts)
                self.loop.call_soon(experts.start)

    def switch_to_profile(self, service: TenantSignIn) -> Any:
        """A tenant connected in the window: the window on it (the desk, with other profiles)."""
        from console.launch import connected_launch

        return self.open(connected_launch(self.settings, service, self.handoff), sync_now=True)

    def _schedule_for(self, launch: Launch, controller: Any) -> Any:
        """The sync schedule of the launch's tenant profile (None for the demo, a cache)."""
        if launch.sign_in is None or launch.sync_target is None:
            return None
        return self._scheduled(controller, launch.sign_in.profile, launch.notice is None)

    def _scheduled(self, controller: Any, profile: TenantProfile, signed_in: bool) -> Any:
        """A ScheduledSync of `controller` on the profile's schedule, as the Tenants page and
        the policy file set it now; it lives as long as what it starts."""
        from console.ui.shell.schedule import ScheduledSync

        schedule = self._schedule_of(profile)
        return ScheduledSync(
            controller,
            every_minutes=schedule.every_minutes,
            at_start=schedule.at_start,
            signed_in=signed_in,
            minute_ms=self.minute_ms,
            parent=controller,
        )

    def _schedule_of(self, profile: TenantProfile) -> SyncSchedule:
        """The profile's schedule as the settings and the policy file say now."""
        from console.auth.profiles import sync_schedule
        from console.auth.setup import profile_store_or_own

        store = profile_store_or_own(self.settings)
        return sync_schedule(store.get(profile.name) or profile, store.policy)

    def _reschedule(self, profile: TenantProfile) -> None:
        """Settings > Tenants saved a profile: the schedule and experts channel of its tenant,
        the window's own or one beside it on the desk, apply at once (the channel for the
        next question)."""
        launch = self.launch
        if launch is None:
            return
        if launch.sign_in is not None and profile.name == launch.sign_in.profile.name:
            scheduled, experts = self.schedule, launch.experts
        else:
            tenant = next((t for t in launch.desk if t.sign_in.profile.name == profile.name), None)
            if tenant is None:
                return
            syncs = getattr(self.window, "desk_syncs", None)
            scheduled = syncs.schedules.get(tenant.tenant_id) if syncs is not None else None
            experts = tenant.experts
        if scheduled is not None:
            schedule = self._schedule_of(profile)
            scheduled.change(schedule.every_minutes, schedule.at_start)
        if experts is not None:
            from console.launch import apply_experts_channel, profile_experts_channel

            apply_experts_channel(experts, profile_experts_channel(self.settings, profile))

    def _retire(self, launch: Launch, window: Any, controller: Any) -> None:
        self._retiring.append(launch)
        tasks = _running_syncs(window, controller)
        window.close()  # cancels its syncs: the last page of each commits whole
        window.deleteLater()

        async def close_when_stopped() -> None:
            if tasks:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(asyncio.shield(asyncio.gather(*tasks)), timeout=30)
            if launch in self._retiring:
                self._retiring.remove(launch)
                launch.close()

        closing = asyncio.ensure_future(close_when_stopped())
        self._closing.add(closing)
        closing.add_done_callback(self._closing.discard)

    def switch_to_demo(self) -> Any:
        """The window on the demo tenant (the banners' Open the demo, the welcome wizard's
        Explore the demo tenant): its emulator in this process, as `--demo` starts it, so
        the window (and a wizard over it) goes on instead of a new process starting."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from console.launch import demo_launch

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the demo data builds
        try:
            launch = demo_launch(self.settings)
        except Exception as error:  # the window stays as it was, and says why
            from console.api.errors import one_line

            log.exception("the demo tenant could not open")
            self.window.status.showMessage(
                QCoreApplication.translate(
                    "ConsoleWindows", "The demo tenant could not open: %1"
                ).replace("%1", one_line(str(error))),
                15000,
            )
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self.open(launch)

    def show_welcome(self) -> Any:
        """The welcome wizard over the window: the first run, Help › Show the welcome
        wizard, the no-tenant banner's Open the welcome wizard."""
        if self.welcome is None:
            from console.ui.onboarding.flow import WelcomeFlow

            self.welcome = WelcomeFlow(self.settings, handoff=self.handoff)
        return self.welcome.show(self.window)

    def close(self) -> None:
        if self.schedule is not None:
            self.schedule.stop()
        for launch in [*self._retiring, *([self.launch] if self.launch else [])]:
            launch.close()
        self._retiring.clear()
        self.launch = None


def _show_notice(window: Any, launch: Launch) -> None:
    """What the launch tells the analyst: sign in, or connect a tenant (or open the demo)."""
    from console.launch import LaunchNotice
    from console.ui.shell.launch_texts import OFFERS_DEMO, notice_text

    if launch.notice is None:
        return
    text = notice_text(launch.notice, launch.tenant_name or "")
    if launch.notice is LaunchNotice.SIGN_IN_NEEDED:
        window.show_sign_in_needed(text)
    elif launch.notice in OFFERS_DEMO:
        window.show_info(
            text, QCoreApplication.translate("MainWindow", "Open the demo"), offer_connect=True
        )
    else:
        window.show_info(text)


def context_for(launch: Launch, settings: Settings) -> AppContext:
    """The window's context, complete when it is made: what the launch opened, by name."""
    from console.triage.response import ResponseService
    from console.triage.service import TriageService, actor_of, assignee_of
    from console.ui.context import AppContext, DeskTenantView
    from console.ui.shell.launch_texts import tenant_title
    from console.ui.shell.navigator import ShellNavigator

    demo = launch.sync_target is not None and launch.sign_in is None
    fallback = DEMO_ANALYST if demo else _me()
    actors = {launch.tenant_id: actor_of(launch.sign_in, fallback)}
    actors.update((t.tenant_id, actor_of(t.sign_in, fallback)) for t in launch.desk)
    # "Assign to me" names an account, never the desk's login (an offline cache has none).
    nobody = DEMO_ANALYST if demo else ""
    assignees = {launch.tenant_id: assignee_of(launch.sign_in, nobody)}
    assignees.update((t.tenant_id, assignee_of(t.sign_in, nobody)) for t in launch.desk)
    return AppContext(
        launch.cache,
        settings,
        launch.tenant_id,
        tenant_title(launch.tenant_name),
        navigator=ShellNavigator(),
        experts=launch.experts,
        sign_in=launch.sign_in,
        desk=tuple(
            DeskTenantView(tenant.tenant_id, tenant.name, tenant.experts, tenant.sign_in)
            for tenant in launch.desk
        ),
        triage=TriageService(launch.cache, actors, assignees),
        response=ResponseService(launch.cache, _defender_clients(launch), actors),
    )


def _defender_clients(launch: Launch) -> dict[str, Any]:
    """Per tenant the window can reach, a fresh Defender client (its own token)."""
    from console.triage.runner import defender_client_of

    targets = {launch.tenant_id: launch.sync_target} if launch.sync_target is not None else {}
    targets.update((tenant.tenant_id, tenant.sync_target) for tenant in launch.desk)
    return {tenant_id: defender_client_of(target) for tenant_id, target in targets.items()}


# Who acts on the demo tenant (its people are at contoso.com), and, for a cache reviewed
# offline with no sign-in, the desk's own account: what the audit log names.
DEMO_ANALYST = "analyst@contoso.com"


def _me() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no such user in the password database (a container)
        return "analyst"


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


def _finish_sync(loop: asyncio.AbstractEventLoop, window: object, controller: object) -> None:
    """On quit, let running syncs stop at their next page so their last commits are whole."""
    tasks = _running_syncs(window, controller)
    if not tasks:
        return
    getattr(controller, "cancel", lambda: None)()
    triage = getattr(window, "triage", None)
    if triage is not None:
        triage.stop()
    desk = getattr(window, "desk_syncs", None)
    if desk is not None:
        desk.stop()
    try:
        waited = asyncio.shield(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(asyncio.wait_for(waited, timeout=10))
    except (TimeoutError, asyncio.CancelledError):
        log.warning("sync still running at exit; its committed pages are kept")


def _running_syncs(window: object, controller: object) -> list[asyncio.Future[Any]]:
    """The window's own sync and, on a desk, its other tenants' syncs, while they run (and
    the triage sends, which stop at their next change)."""
    task = getattr(controller, "task", None)
    desk = getattr(window, "desk_syncs", None)
    triage = getattr(window, "triage", None)
    tasks = [task] if task is not None and not task.done() else []
    return [
        *tasks,
        *(desk.tasks() if desk is not None else []),
        *(triage.tasks() if triage is not None else []),
    ]


def _start_triage(context: AppContext, launch: Launch, window: Any) -> None:
    if window.isVisible():  # not closed (or replaced) before its first turn of the loop
        window.triage = _triage_controller(context, launch, window)
        if window.triage is not None:
            window.triage.start()


def _triage_controller(context: AppContext, launch: Launch, window: Any) -> Any:
    """What sends the window's triage changes: one Graph client per tenant it can reach
    (none for a cache reviewed offline: its changes wait in the outbox)."""
    from console.triage.runner import sender_of
    from console.ui.triage.controller import TriageController

    targets = {launch.tenant_id: launch.sync_target} if launch.sync_target is not None else {}
    targets.update((tenant.tenant_id, tenant.sync_target) for tenant in launch.desk)
    if not targets:
        return None
    senders = {tenant_id: sender_of(target, launch.cache) for tenant_id, target in targets.items()}
    controller = TriageController(context, senders, parent=window)
    controller.cache_failed.connect(window.on_cache_error)
    controller.failed.connect(window.show_triage_failed)
    window.status.triage_status.follow(controller)
    return controller


def _report_ready(window: object, app: object) -> None:
    """Say the window is ready, and which page it shows (the others are built when shown)."""
    page = window.pages.currentWidget()  # type: ignore[attr-defined]
    shown = page.objectName() if page is not None else ""
    elapsed = time.perf_counter() - _STARTED
    print(f"{READY_MARKER} {elapsed * 1000:.0f} ms page={shown}", flush=True)
    if os.environ.get(_READY_ENV) == "quit":
        app.quit()  # type: ignore[attr-defined]
