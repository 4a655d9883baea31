"""ExpertsController: sends the experts outbox and fetches answers, off the GUI thread.

`send_pending()` and `poll()` block (requests + SQLite), so they run in an
executor of the qasync loop, as a sync does. It runs every minute, after each
successful sync, and right after the analyst asks or replies (the context's
experts listeners). New answers raise a desktop notification (the system tray
when there is one, else a line in the window) and the nav badge follows
`unread_changed`; what a run stored is announced on the context's `CacheEvents`
(the outbox, the experts' requests), so views re-read only when something moved.
Errors never stop it: they surface as one non-modal line.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from console.api.errors import NetworkError
from console.cache.errors import CacheError
from console.domain.experts import ExpertRequest
from console.ui.context import AppContext
from console.ui.error_texts import reason_text
from console.ui.events import EXPERTS, OUTBOX, CacheChange

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Run:
    """What one send + poll did, worked out on the worker thread."""

    online: bool
    sent: bool  # an outbox entry left the queue (sent or refused for good)
    answered: list[ExpertRequest]
    changed: list[str]  # requests whose stored state moved
    unread: int


ServiceFactory = Callable[[], Any]  # () -> ExpertsService | None
POLL_INTERVAL_MS = 60_000


class ExpertsController(QObject):
    answered = Signal(list)  # requests that gained an experts' answer
    unread_changed = Signal(str, int)  # (its tenant's id, its unread answers)
    failed = Signal(str)  # one line for the analyst
    cache_failed = Signal(object)  # a CacheError: the window recovers the cache and says so
    notify_in_window = Signal(str)  # no system tray: the window shows it
    online_changed = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        service_factory: ServiceFactory | None = None,
        parent: QObject | None = None,
        *,
        interval_ms: int = POLL_INTERVAL_MS,
        use_tray: bool = True,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._factory: ServiceFactory = service_factory or (lambda: context.experts)
        self._use_tray = use_tray
        self._tray: QSystemTrayIcon | None = None
        self._task: asyncio.Task[list[ExpertRequest]] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()  # every task started, until it ends
        self._again = False
        self.paused = False  # the desk's cache is being recovered: nothing runs
        self.online: bool | None = None
        self.notifications: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.kick)
        # The analyst asked, replied or pressed Send now: send at once. A bound slot,
        # so Qt drops the connection when the controller goes.
        context.events.experts_activity.connect(self.kick)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[list[ExpertRequest]] | None:
        return self._task

    def start(self) -> None:
        """Poll on the timer from now on, and once at once."""
        self._timer.start()
        self.kick()

    def stop(self) -> None:
        self._timer.stop()

    def kick(self) -> asyncio.Task[list[ExpertRequest]] | None:
        """Send and poll now; if a run is under way, run once more after it. Nothing runs
        while the desk's cache is being recovered (`paused`): the next poll sends."""
        if self._factory() is None or self.paused:
            return None
        if self.running:
            self._again = True
            return self._task
        try:
            task = asyncio.ensure_future(self._run_repeating())
        except RuntimeError:  # no asyncio loop (a widget test without qasync): nothing to run
            log.debug("experts controller: no event loop, not sending now")
            return None
        self._task = task
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _run_repeating(self) -> list[ExpertRequest]:
        answered = await self.run_once()
        while self._again and not self.paused:
            self._again = False
            answered += await self.run_once()
        return answered

    async def run_once(self) -> list[ExpertRequest]:
        """One send + poll. Tests await this directly (with a timeout)."""
        service = self._factory()
        if service is None:
            return []
        loop = asyncio.get_event_loop()
        started = time.monotonic()
        finished = self._context.events.experts_run_finished
        try:
            run = await loop.run_in_executor(None, self._work, service)
        except Exception as error:  # surfaced, never raised into the loop
            self._surface(error)
            finished.emit(self._context.tenant_id, False, started)
            return []
        try:
            finished.emit(self._context.tenant_id, run.online, started)
            self._set_online(run.online)
            self._announce(run)
            if run.answered:
                self.answered.emit(run.answered)
                self._notify(run.answered)
            self.unread_changed.emit(self._context.tenant_id, run.unread)
        except Exception as error:  # a slot or the cache failed: say it, never lose it silently
            self._surface(error)
        return list(run.answered)

    def _announce(self, run: _Run) -> None:
        # Only what moved: a quiet poll every minute re-reads nothing.
        tenant = self._context.tenant_id
        changes = []
        if run.sent:
            changes.append(CacheChange(OUTBOX, tenant))
        if run.changed:
            changes.append(CacheChange(EXPERTS, tenant, frozenset(run.changed)))
        self._context.events.announce(*changes)

    def _surface(self, error: Exception) -> None:
        log.warning("Defender Experts: %s", error, exc_info=error)
        if isinstance(error, CacheError):  # damaged or unusable: the window's to handle
            self.cache_failed.emit(error)
        else:
            self.failed.emit(reason_text(error))

    @staticmethod
    def _work(service: Any) -> _Run:
        # On the worker thread: nothing here touches a widget, and the cache reads
        # (answered requests, the unread count) stay off the GUI thread.
        report = service.send_pending()
        sent = bool(report.sent or report.refused)
        if report.offline:
            return _Run(False, sent, [], [], service.unread_count())
        try:
            polled = service.poll_report()
        except NetworkError:
            return _Run(False, sent, [], [], service.unread_count())
        answered = service.answered_in(polled)
        return _Run(True, sent, answered, list(polled.changed), service.unread_count())

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def _notify(self, answered: list[ExpertRequest]) -> None:
        # Not at start-up: the requests page's model (~10 ms) is built after the first paint.
        from console.ui.experts.requests_model import entity_text

        if len(answered) == 1:
            text = self.tr("Defender Experts answered your question about %1.").replace(
                "%1", entity_text(answered[0])
            )
        else:
            text = self.tr("Defender Experts answered %Ln of your questions.", "", len(answered))
        self.notifications.append(text)
        title = self.tr("Defender Experts messages")
        if self._use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
                self._tray.setObjectName("expertsTrayIcon")
            self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        else:
            self.notify_in_window.emit(text)
