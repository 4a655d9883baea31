"""A desk's tenants syncing side by side in the window, each on its own.

Every tenant of the desk has its own `SyncController` (its own sync process, with its
own tokens), its own schedule and its own last outcome; one tenant's failure, expired
sign-in or throttling never stops or slows another's. They take turns for at most
`limit` sync processes at once (each is a process of its own, about 60 MB). The window's
own tenant keeps the window's controller (its banners, its Sign in again); the others'
states are shown compactly in the status bar (`TenantStates`), which this keeps.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from console.cache.errors import CacheDamagedError, CacheError
from console.cache.problem import CacheProblem
from console.sync.target import SyncTarget
from console.ui.context import AppContext
from console.ui.shell.cache_problem import problem_text, recover_in_place
from console.ui.shell.sync_controller import CACHE_PROBLEM, SyncController, SyncOutcome

if TYPE_CHECKING:
    from console.ui.experts.controller import ExpertsController
    from console.ui.shell.schedule import ScheduledSync

log = logging.getLogger(__name__)

# Sync processes at once on a desk (console.sync.desk says why four).
DEFAULT_LIMIT = 4
# How long a recovery waits for the desk's other writers to stop (each stops after the
# page it is writing commits: seconds, unless a process hangs).
QUIESCE_SECONDS = 60.0

IDLE, QUEUED, SYNCING, THROTTLED, DONE = "idle", "queued", "syncing", "throttled", "done"


@dataclass
class TenantState:
    """What the status bar says of one tenant."""

    tenant_id: str
    name: str
    phase: str = IDLE
    resource: str = ""
    index: int = 0
    count: int = 0
    wait_seconds: float = 0.0
    wait_reason: str = ""  # the API's (technical) reason for the wait
    outcome: SyncOutcome | None = None
    ended_at: float | None = None  # time.time() of the last run's end


class DeskSyncs(QObject):
    """The syncs of every tenant a desk window shows; `changed` when a state moves."""

    changed = Signal()
    # What a damaged or unusable cache met by another tenant's sync left (the problem's
    # text): the one cache is the whole window's, so the window says it as for its own.
    cache_problem = Signal(str)

    def __init__(
        self,
        context: AppContext,
        targets: dict[str, SyncTarget],
        own: SyncController | None,
        *,
        limit: int = DEFAULT_LIMIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.turns = asyncio.Semaphore(limit)
        self._context = context
        self._recovering = False
        self._recovered_at = float("-inf")  # time.monotonic() of the last recovery's end
        names = context.tenant_names()
        self.states = {tenant: TenantState(tenant, name) for tenant, name in names.items()}
        self.controllers: dict[str, SyncController] = {}
        # What the window hands over for the other tenants (app.py): stopped with the desk.
        self.schedules: dict[str, ScheduledSync] = {}  # by tenant id
        self.experts: list[ExpertsController] = []
        # The window's own tenant's experts exchanges (app.py): they write the file too.
        self.own_experts: ExpertsController | None = None
        if own is not None:
            own.take_turns(self.turns)  # the window's own sync counts towards the limit
            own.recover_with(self._recovery_for(own))
            self._follow(context.tenant_id, own)
        for tenant in context.desk:
            target = targets.get(tenant.tenant_id)
            controller = SyncController(
                context.for_tenant(tenant.tenant_id), target, self, turns=self.turns
            )
            controller.recover_with(self._recovery_for(controller))
            controller.finished.connect(self._on_other_finished)
            self.controllers[tenant.tenant_id] = controller
            self._follow(tenant.tenant_id, controller)

    def others(self) -> dict[str, SyncController]:
        """The desk's other tenants' controllers (the window's own is not among them)."""
        own = next(iter(self.states))
        return {tenant: c for tenant, c in self.controllers.items() if tenant != own}

    def start_all(self) -> None:
        """Sync now every other tenant that is not syncing (each waits for its turn)."""
        for controller in self.others().values():
            controller.start()

    def start(self, tenant_id: str) -> bool:
        controller = self.controllers.get(tenant_id)
        return controller.start() if controller is not None else False

    def cancel_all(self) -> None:
        for controller in self.others().values():
            controller.cancel()

    def stop(self) -> None:
        """The window closes: nothing more is started, running syncs stop after their page."""
        for schedule in self.schedules.values():
            schedule.stop()
        for experts in self.experts:
            experts.stop()
        self.cancel_all()

    async def recover(self, error: CacheError, met_by: SyncController | None = None) -> str:
        """Recover the desk's damaged cache once nothing else writes to it; the problem's
        text ("" when another recovery handles it or has handled it).

        Every tenant's sync writes the one file from a process of its own: moving it aside
        under a writer would have that writer's next pages (and their cursors) land in the
        fresh file without the pages before them, or corrupt it through the shared -shm.
        So nothing new starts (syncs, experts exchanges: `paused`), every other sync is
        cancelled (each stops after its page commits), and all are awaited before the file
        moves; one that will not stop leaves the file where it is, and the window says so.
        `met_by` is the sync that met the damage (it has stopped already).
        """
        if not isinstance(error, CacheDamagedError):
            return recover_in_place(self._context.cache, error)  # nothing is moved
        if self._recovering:
            return ""  # a sync cancelled by the recovery under way, meeting the same damage
        if met_by is not None and met_by.started_at < self._recovered_at:
            # A run that began on the file since moved aside (a sync process reports its
            # damage without the engine that met it): the fresh file is not damaged.
            return ""
        self._recovering = True
        experts = [e for e in (*self.experts, self.own_experts) if e is not None]
        pausable: list[SyncController | ExpertsController] = [*self.controllers.values()]
        pausable += experts
        for worker in pausable:
            worker.paused = True
        try:
            writers = [c for c in self.controllers.values() if c is not met_by and c.running]
            for controller in writers:
                controller.cancel()
            running: list[asyncio.Task[Any]] = [c.task for c in writers if c.task is not None]
            running += [e.task for e in experts if e.task is not None and not e.task.done()]
            if running:
                _done, still = await asyncio.wait(running, timeout=QUIESCE_SECONDS)
                if still:
                    log.error("%d writer(s) did not stop: the damaged cache stays", len(still))
                    return problem_text(CacheProblem.unusable(error))
            problem = recover_in_place(self._context.cache, error)
            self._recovered_at = time.monotonic()
            return problem
        finally:
            for worker in pausable:
                worker.paused = False
            self._recovering = False

    def _on_other_finished(self, outcome: SyncOutcome) -> None:
        if outcome.kind == CACHE_PROBLEM and outcome.reason:
            self.cache_problem.emit(outcome.reason)

    def _recovery_for(self, controller: SyncController) -> Callable[[CacheError], Any]:
        return lambda error: self.recover(error, controller)

    def tasks(self) -> list[asyncio.Task[Any]]:
        """What still runs for the other tenants: their syncs, their experts exchanges."""
        running: list[asyncio.Task[Any]] = [
            c.task for c in self.others().values() if c.task is not None
        ]
        running += [e.task for e in self.experts if e.task is not None]
        return [task for task in running if not task.done()]

    def _follow(self, tenant_id: str, controller: SyncController) -> None:
        self.controllers.setdefault(tenant_id, controller)
        state = self.states[tenant_id]

        def update(change: Callable[..., None]) -> Callable[..., None]:
            def slot(*args: object) -> None:
                change(state, *args)
                self.changed.emit()

            return slot

        controller.started.connect(update(_queued))
        controller.progress.connect(update(_syncing))
        controller.waiting.connect(update(_throttled))
        controller.finished.connect(update(_ended))


def _queued(state: TenantState) -> None:
    state.phase, state.resource, state.index, state.count = QUEUED, "", 0, 0


def _syncing(state: TenantState, resource: str, items: int, index: int, count: int) -> None:
    state.phase, state.resource, state.index, state.count = SYNCING, resource, index, count


def _throttled(state: TenantState, reason: str, seconds: float) -> None:
    state.phase, state.wait_seconds, state.wait_reason = THROTTLED, seconds, reason


def _ended(state: TenantState, outcome: SyncOutcome) -> None:
    state.phase, state.outcome, state.ended_at = DONE, outcome, time.time()
