"""Runs a sync from the UI: off the GUI thread, with progress, cancel and throttled refreshes.

A sync blocks (requests + SQLite), so it runs in an executor of the qasync loop:
for a target with `in_child` (the demo, a tenant profile), that thread drives a sync
process (console.sync.child) and relays its messages; otherwise it runs `sync_tenant`
itself. Observer callbacks arrive on that worker thread and reach the GUI thread only
through Qt signals (queued connections). Views re-query at most
every `refresh_interval` seconds while pages commit, so a long sync neither
freezes the table nor makes it flicker: what the pages of one interval changed is
announced as one batch of `CacheChange`s (console.ui.events).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from console.api.errors import ApiError, AuthError, NetworkError, one_line
from console.cache.errors import CacheError
from console.cache.problem import CacheProblem
from console.sync.engine import SyncCancelled, SyncProcessError, SyncReport
from console.sync.target import SyncTarget, run_target
from console.ui.context import AppContext
from console.ui.error_texts import failure_text
from console.ui.events import EVERYTHING, SYNC_STATE, CacheChange
from console.ui.network_texts import network_problem_text
from console.ui.shell.cache_problem import problem_text, recover_in_place

log = logging.getLogger(__name__)

OK, CANCELLED, OFFLINE, FAILED = "ok", "cancelled", "offline", "failed"
# The tenant's sign-in is no longer valid (a 401, interaction_required): sign in again.
SIGN_IN = "sign-in"
# The cache could not be written (damaged: already quarantined and salvaged; read-only...).
CACHE_PROBLEM = "cache"


@dataclass(frozen=True)
class SyncOutcome:
    """How a run ended. `reason` is a clause in the analyst's words, never a traceback;
    `detail` is the error's technical line (English, as the log and the command line say
    it), which a banner's Details button shows."""

    kind: str
    reason: str = ""
    report: SyncReport | None = None
    detail: str = ""


class _WorkerRelay(QObject):
    """Carries observer calls to the GUI thread: it lives there, its signals are emitted
    from the worker, so connected slots run queued on the GUI thread."""

    resource_started = Signal(str, str)
    page_committed = Signal(str, int, int)
    resource_finished = Signal(str)
    waiting = Signal(str, float)


class _Observer:
    """The sync's `SyncObserver`, called on the worker thread."""

    def __init__(self, relay: _WorkerRelay) -> None:
        self._relay = relay

    def resource_started(self, resource: str, mode: str) -> None:
        self._relay.resource_started.emit(resource, mode)

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None:
        self._relay.page_committed.emit(resource, page, total)

    def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None:
        # Items the parser could not read are skipped, never silently: the log says which.
        log.warning(
            "%s page %d: %d item(s) skipped: %s", resource, page, len(warnings), warnings[:3]
        )

    def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None:
        self._relay.resource_finished.emit(resource)  # its cursor completed: "data as of"


def classify(error: BaseException) -> SyncOutcome:
    """Turn what a sync raised into what the analyst reads, and log its technical line."""
    if isinstance(error, SyncCancelled):
        return SyncOutcome(CANCELLED)
    outcome = _classified(error)
    log.warning("sync ended (%s): %s", outcome.kind, outcome.detail)
    return outcome


def _classified(error: BaseException) -> SyncOutcome:
    if isinstance(error, (ApiError, CacheError, SyncProcessError)):
        detail = str(error)
    else:  # a bug: the traceback goes to the log, Details has its one-line gist
        log.error("sync failed unexpectedly", exc_info=error)
        detail = one_line(f"{type(error).__name__}: {error}")
    refused = network_problem_text(error)
    if refused is not None:
        # Not "offline": the network answered, and it is set up wrong for us (a
        # certificate the console refuses, a proxy that refuses the console).
        return SyncOutcome(FAILED, refused, detail=detail)
    if isinstance(error, NetworkError):
        kind = OFFLINE
    elif isinstance(error, AuthError):
        kind = SIGN_IN
    else:
        kind = FAILED
    return SyncOutcome(kind, failure_text(error), detail=detail)


class SyncController(QObject):
    """Starts, watches and cancels syncs of the context's tenant; one at a time."""

    started = Signal()
    # (resource, items committed so far in this resource, resource index, resource count)
    progress = Signal(str, int, int, int)
    waiting = Signal(str, float)
    finished = Signal(object)  # SyncOutcome

    def __init__(
        self,
        context: AppContext,
        target: SyncTarget | None,
        parent: QObject | None = None,
        *,
        refresh_interval: float = 0.5,
        turns: asyncio.Semaphore | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._target = target
        # A desk's syncs take turns: at most so many sync processes at once (DeskSyncs).
        self._turns = turns
        # How a damaged cache met by this sync is recovered: in place at once, or on a desk
        # once every other writer of the file has stopped (DeskSyncs.recover).
        self._recover: Callable[[CacheError], Awaitable[str]] = self._recover_at_once
        # While a desk's cache is being recovered no sync starts (DeskSyncs.recover).
        self.paused = False
        self.started_at = 0.0  # time.monotonic() of the last run's start
        self._refresh_interval = refresh_interval
        self._cancel = threading.Event()
        self._task: asyncio.Task[SyncOutcome] | None = None
        self._last_refresh = 0.0
        # What committed since the last announcement, announced together at the next one.
        self._pending: list[CacheChange] = []
        self._resource_index = 0
        self.last_outcome: SyncOutcome | None = None
        self._relay = _WorkerRelay(self)
        self._relay.resource_started.connect(self._on_resource_started)
        self._relay.page_committed.connect(self._on_page_committed)
        self._relay.resource_finished.connect(self._on_resource_finished)
        self._relay.waiting.connect(self.waiting)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self._refresh_now)

    def take_turns(self, turns: asyncio.Semaphore) -> None:
        """From the next run on, wait for one of `turns` (a desk's limit) before syncing."""
        self._turns = turns

    def recover_with(self, recover: Callable[[CacheError], Awaitable[str]]) -> None:
        """A damaged cache met by this sync is recovered by `recover` (the problem's text)."""
        self._recover = recover

    async def _recover_at_once(self, error: CacheError) -> str:
        return recover_in_place(self._context.cache, error)

    async def _recovered(self, error: CacheError) -> str:
        """The recovery's text; a recovery that fails still ends the sync, and says why
        (else `finished` never came, its schedule never ran again, its state stayed)."""
        try:
            return await self._recover(error)
        except Exception as failure:
            log.error("recovering the cache failed", exc_info=failure)
            return problem_text(CacheProblem.unusable(error))

    @property
    def available(self) -> bool:
        return self._target is not None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def cancelling(self) -> bool:
        """Asked to stop, and still writing its page."""
        return self.running and self._cancel.is_set()

    @property
    def task(self) -> asyncio.Task[SyncOutcome] | None:
        return self._task

    def start(self) -> bool:
        """Start a sync on the running asyncio loop; False if one runs, none is possible, or
        the desk's cache is being recovered (the schedule's next turn syncs)."""
        if self.running or self._target is None or self.paused:
            return False
        # Announce it now, not when the task first runs, so the toolbar changes at once.
        self._begin()
        self._task = asyncio.ensure_future(self._run_begun(self._target))
        return True

    def cancel(self) -> None:
        """Stop after the page being written commits; everything committed is kept."""
        self._cancel.set()

    async def run(self) -> SyncOutcome:
        """One sync, start to finish. Tests await this directly (with a timeout)."""
        if self._target is None:
            return SyncOutcome(FAILED, self.tr("No tenant is set up for syncing."))
        self._begin()
        return await self._run_begun(self._target)

    def _begin(self) -> None:
        self.started_at = time.monotonic()
        self._cancel = threading.Event()
        self._resource_index = 0
        self.started.emit()

    async def _run_begun(self, target: SyncTarget) -> SyncOutcome:
        loop = asyncio.get_event_loop()
        try:
            async with self._turns or contextlib.nullcontext():
                if self._cancel.is_set():  # cancelled while waiting for its turn
                    raise SyncCancelled("cancelled before it started")
                report = await loop.run_in_executor(None, self._work, target, self._cancel)
            outcome = SyncOutcome(OK, report=report)
        except CacheError as error:
            # The worker has stopped writing; recover here, before the views re-query.
            outcome = SyncOutcome(CACHE_PROBLEM, await self._recovered(error))
            self._pending.append(CacheChange(EVERYTHING))  # a fresh (salvaged) cache
        except Exception as error:
            outcome = classify(error)
        self._refresh_timer.stop()
        # However it ended, the cursors may have moved: the status bar re-reads them.
        self._pending.append(CacheChange(SYNC_STATE, target.tenant_id))
        self._refresh_now()
        self.last_outcome = outcome
        self.finished.emit(outcome)
        return outcome

    def _work(self, target: SyncTarget, cancel: threading.Event) -> SyncReport:
        # On the worker thread: nothing here touches a widget.
        return run_target(
            target,
            self._context.cache,
            observer=_Observer(self._relay),
            on_wait=self._relay.waiting.emit,
            cancel=cancel,
        )

    # -- on the GUI thread ---------------------------------------------------------------

    def _on_resource_started(self, resource: str, mode: str) -> None:
        self._resource_index += 1
        count = len(self._target.options.resources) if self._target else 1
        self.progress.emit(resource, 0, self._resource_index, count)

    def _on_page_committed(self, resource: str, page: int, total: int) -> None:
        count = len(self._target.options.resources) if self._target else 1
        self.progress.emit(resource, total, self._resource_index, count)
        # The observer does not say which ids a page held: "many" of this resource.
        self._pending.append(CacheChange(resource, self._tenant_id()))
        due = self._last_refresh + self._refresh_interval - time.monotonic()
        if due <= 0:
            self._refresh_now()
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start(int(due * 1000) + 1)

    def _on_resource_finished(self, resource: str) -> None:
        self._pending.append(CacheChange(SYNC_STATE, self._tenant_id()))

    def _tenant_id(self) -> str:
        return self._target.tenant_id if self._target is not None else self._context.tenant_id

    def _refresh_now(self) -> None:
        self._last_refresh = time.monotonic()
        changes, self._pending = self._pending, []
        self._context.events.announce(*changes)
