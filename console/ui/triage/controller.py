"""TriageController: sends each tenant's queued triage changes, off the GUI thread.

Sending blocks (HTTP at the tenant's quota, SQLite), so each tenant's run goes in an
executor of the qasync loop, one task per tenant, and in a process of its own where the
tenant's sync runs in one (console.triage.runner): a tenant offline, throttled or
signed out holds back only its own changes. It runs when the analyst queues or resolves
a change, every minute, and after a sync. What a run stored is announced on the
context's `CacheEvents`, so the queues re-read the items that moved; its progress (done,
total, about how long is left) goes to the status bar.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.cache.errors import CacheError
from console.triage.delivery import Progress, SendReport
from console.triage.pace import PER_MINUTE
from console.triage.runner import Sender
from console.ui.context import AppContext
from console.ui.error_texts import reason_text
from console.ui.events import ALERTS, DEVICES, INCIDENTS, OUTBOX, TRIAGE, CacheChange

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000
# While a long send runs, the queues re-read what it stored this often (not per change).
ANNOUNCE_EVERY_SECONDS = 2.0


class TriageController(QObject):
    progress = Signal(str, int, int, float)  # tenant id, done, total, seconds left (about)
    finished = Signal(str, object)  # tenant id, its SendReport
    failed = Signal(str)  # one line for the analyst
    cache_failed = Signal(object)  # a CacheError: the window recovers the cache

    def __init__(
        self,
        context: AppContext,
        senders: Mapping[str, Sender],
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        per_minute: int = PER_MINUTE,
    ) -> None:
        """`per_minute`: each tenant's write quota (Graph documents about 150)."""
        super().__init__(parent)
        self._context = context
        self._senders = dict(senders)
        self._per_minute = per_minute
        self._announced: dict[str, float] = {}
        self._tasks: dict[str, asyncio.Task[SendReport]] = {}
        self._again: set[str] = set()
        self._cancel = threading.Event()
        self.paused = False  # the cache is being recovered: nothing runs
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.kick)
        context.events.triage_activity.connect(self.kick)

    def start(self) -> None:
        self._timer.start()
        self.kick()

    def stop(self) -> None:
        """Stop the timer and ask running sends to stop at their next change."""
        self._timer.stop()
        self._stopped = True
        self._cancel.set()

    def pause(self) -> asyncio.Future[Any] | None:
        """Send nothing until `resume` (the cache is being recovered): running sends stop at
        their next change; returns what to await until they have, or None if none runs."""
        self.paused = True
        tasks = self.tasks()
        if not tasks:
            return None
        self._cancel.set()

        async def stopped() -> None:
            await asyncio.wait(tasks, timeout=30)
            if not self._stopped:
                self._cancel.clear()

        return asyncio.ensure_future(stopped())

    def resume(self) -> None:
        if self.paused and not self._stopped:
            self.paused = False
            self.kick()

    def tasks(self) -> list[asyncio.Task[SendReport]]:
        return [task for task in self._tasks.values() if not task.done()]

    def kick(self) -> None:
        """Send every tenant's waiting changes now (a tenant already sending goes again
        after its run, so a change queued meanwhile is not left for a minute)."""
        if self.paused or self._cancel.is_set():
            return
        for tenant_id in self._senders:
            self.kick_tenant(tenant_id)

    def kick_tenant(self, tenant_id: str) -> asyncio.Task[SendReport] | None:
        running = self._tasks.get(tenant_id)
        if running is not None and not running.done():
            self._again.add(tenant_id)
            return running
        try:
            task = asyncio.ensure_future(self._repeat(tenant_id))
        except RuntimeError:  # no asyncio loop (a widget test without qasync)
            return None
        self._tasks[tenant_id] = task
        return task

    async def _repeat(self, tenant_id: str) -> SendReport:
        report = await self.run_once(tenant_id)
        while tenant_id in self._again and not self.paused and not self._cancel.is_set():
            self._again.discard(tenant_id)
            report = await self.run_once(tenant_id)
        return report

    async def run_once(self, tenant_id: str) -> SendReport:
        """One send of the tenant's waiting changes. Tests await this (with a timeout)."""
        loop = asyncio.get_event_loop()
        send = self._senders[tenant_id]

        def report_progress(progress: Progress) -> None:  # on the worker thread
            loop.call_soon_threadsafe(self._progress, tenant_id, progress)

        def work() -> SendReport:
            return send(self._cancel, report_progress, self._per_minute)

        try:
            report = await loop.run_in_executor(None, work)
        except Exception as error:  # surfaced, never raised into the loop
            self._surface(error)
            return SendReport()
        self._announce(tenant_id, report)
        self.finished.emit(tenant_id, report)
        if report.errors:
            self.failed.emit(report.errors[0])
        return report

    def _progress(self, tenant_id: str, progress: Progress) -> None:
        self.progress.emit(tenant_id, progress.done, progress.total, progress.seconds_left)
        now = time.monotonic()
        if now - self._announced.get(tenant_id, 0.0) >= ANNOUNCE_EVERY_SECONDS:
            # A bulk send takes tens of minutes: the queues show its progress as it goes.
            self._announced[tenant_id] = now
            self._context.events.announce(
                CacheChange(TRIAGE, tenant_id),
                CacheChange(OUTBOX, tenant_id),  # the status bar's "N changes pending"
                CacheChange(INCIDENTS, tenant_id),
                CacheChange(ALERTS, tenant_id),
            )

    def _announce(self, tenant_id: str, report: SendReport) -> None:
        if not report.changed and not report.errors:
            return
        incidents = frozenset(i for kind, i in report.changed if kind == "incident")
        alerts = frozenset(i for kind, i in report.changed if kind == "alert")
        devices = frozenset(i for kind, i in report.changed if kind == "device")
        changes = [CacheChange(TRIAGE, tenant_id), CacheChange(OUTBOX, tenant_id)]
        if incidents:
            changes.append(CacheChange(INCIDENTS, tenant_id, incidents))
        if alerts:
            changes.append(CacheChange(ALERTS, tenant_id, alerts))
        if devices:  # tagged: the tags the service sends back come with the next sync
            changes.append(CacheChange(DEVICES, tenant_id, devices))
        self._context.events.announce(*changes)

    def _surface(self, error: Exception) -> None:
        log.warning("triage: %s", error, exc_info=error)
        if isinstance(error, CacheError):
            self.cache_failed.emit(error)
        else:
            self.failed.emit(reason_text(error))
