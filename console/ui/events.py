"""Typed change events: writers say what changed in the cache, each view decides if it cares.

A sync commits pages, the analyst asks Defender Experts (the outbox), a damaged
cache is recovered: each writer announces its `CacheChange`s through the context's
`CacheEvents`, so a view re-reads only when its own data moved (Anki's
`OpChanges`), instead of every view re-querying on every page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal

# The synced resources by the sync engine's own names, so a change matches what it says.
from console.sync.engine import ALERTS as ALERTS
from console.sync.engine import DEVICES as DEVICES
from console.sync.engine import INCIDENTS as INCIDENTS

if TYPE_CHECKING:  # the context holds CacheEvents: importing it needs QtCore only
    from PySide6.QtWidgets import QWidget

# The resources a change can name: the synced ones, the analyst's outbox (questions
# and replies to Defender Experts) and what the service reported back. EVERYTHING stands for all of them (a cache recovery).
OUTBOX = "outbox"
# The requests to Defender Experts as the service reports them (status, answers).
EXPERTS = "experts"
# Triage changes queued, sent, held or settled (the queues show them as pending).
TRIAGE = "triage"
# A sync's cursors (when each resource last completed: the status bar's "data as of").
SYNC_STATE = "sync_state"
EVERYTHING = "*"


@dataclass(frozen=True)
class CacheChange:
    """What changed: a resource, in one tenant (None: any), these ids (None: many)."""

    resource: str
    tenant_id: str | None = None
    ids: frozenset[str] | None = None

    def touches(self, resources: Iterable[str], tenant_id: str | None = None) -> bool:
        """True when this change may alter what a view of `resources` in `tenant_id` shows."""
        if self.tenant_id is not None and tenant_id is not None and self.tenant_id != tenant_id:
            return False
        return self.resource == EVERYTHING or self.resource in set(resources)


def touches(
    changes: Iterable[CacheChange], resources: Iterable[str], tenant_id: str | None = None
) -> bool:
    """True when any of `changes` may alter what a view of `resources` shows."""
    wanted = tuple(resources)
    return any(change.touches(wanted, tenant_id) for change in changes)


def coalesce(changes: Iterable[CacheChange]) -> list[CacheChange]:
    """One change per (resource, tenant): ids merge, and "many" (None) absorbs any ids."""
    merged: dict[tuple[str, str | None], frozenset[str] | None] = {}
    for change in changes:
        key = (change.resource, change.tenant_id)
        if key not in merged:
            merged[key] = change.ids
        else:
            before = merged[key]
            merged[key] = None if before is None or change.ids is None else before | change.ids
    return [CacheChange(resource, tenant, ids) for (resource, tenant), ids in merged.items()]


class CacheEvents(QObject):
    """The one place writers announce changes; held by the `AppContext`."""

    # A tuple of CacheChange, one batch per write (a throttled window of sync pages is
    # one batch), so a view that follows two resources re-reads once, not twice.
    changed = Signal(object)
    # The analyst asked or replied (or pressed Send now): the experts controller
    # sends at once and the messages page re-reads.
    experts_activity = Signal()
    # The analyst queued, resolved or retried a triage change: the triage controller sends.
    triage_activity = Signal()
    # An experts send-and-poll ended for a tenant: (tenant id, whether the service answered,
    # when it started on time.monotonic()). The Ask dialog reads its question again to say
    # whether it went out; a run that began before the question was saved says nothing of it.
    experts_run_finished = Signal(str, bool, float)

    def announce(self, *changes: CacheChange) -> None:
        if changes:
            self.changed.emit(tuple(coalesce(changes)))

    def everything_changed(self) -> None:
        self.announce(CacheChange(EVERYTHING))

    def experts_acted(self, tenant_id: str | None = None) -> None:
        """A question or reply went to the outbox (or the analyst asked to send now)."""
        self.experts_activity.emit()
        self.announce(CacheChange(OUTBOX, tenant_id))

    def triage_acted(self, tenant_ids: Iterable[str]) -> None:
        """Triage changes went to the outbox (or were resolved): show them, send them."""
        self.triage_activity.emit()
        self.announce(*(change for t in tenant_ids for change in _triage_changes(t)))


def _triage_changes(tenant_id: str) -> tuple[CacheChange, ...]:
    return (CacheChange(TRIAGE, tenant_id), CacheChange(OUTBOX, tenant_id))


class RefreshWhenShown(QObject):
    """Runs `refresh` now if `widget` is on screen, else once when it is next shown.

    A hidden page (another page of the stack is current, or an opened page covers it)
    only marks itself stale: a sync re-queries what the analyst sees, nothing more.
    """

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
