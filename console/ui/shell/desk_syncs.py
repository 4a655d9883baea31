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
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from console.sync.target import SyncTarget
from console.ui.context import AppContext
from console.ui.shell.sync_controller import SyncController, SyncOutcome

if TYPE_CHECKING:
    from console.ui.experts.controller import ExpertsController
    from console.ui.shell.schedule import ScheduledSync

# Sync processes at once on a desk (console.sync.desk says why four).
DEFAULT_LIMIT = 4

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
    outcome: SyncOutcome | None = None
    ended_at: float | None = None  # time.time() of the last run's end


class DeskSyncs(QObject):
    """The syncs of every tenant a desk window shows; `changed` when a state moves."""

    changed = Signal()

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
        names = context.tenant_names()
        self.states = {tenant: TenantState(tenant, name) for tenant, name in names.items()}
        self.controllers: dict[str, SyncController] = {}
        # What the window hands over for the other tenants (app.py): stopped with the desk.
        self.schedules: dict[str, ScheduledSync] = {}  # by tenant id
        self.experts: list[ExpertsController] = []
        if own is not None:
            own.take_turns(self.turns)  # the window's own sync counts towards the limit
            self._follow(context.tenant_id, own)
        for tenant in context.desk:
            target = targets.get(tenant.tenant_id)
            controller = SyncController(
                context.for_tenant(tenant.tenant_id), target, self, turns=self.turns
            )
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
    state.phase, state.wait_seconds = THROTTLED, seconds


def _ended(state: TenantState, outcome: SyncOutcome) -> None:
    state.phase, state.outcome, state.ended_at = DONE, outcome, time.time()
