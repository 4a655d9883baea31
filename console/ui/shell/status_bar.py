"""The status bar: tenant, online or offline, data as of, pending changes, sync progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStatusBar,
    QToolButton,
    QWidget,
)

from console.cache import outbox
from console.cache.engine import Cache
from console.sync.engine import sync_state_summary
from console.ui.context import AppContext
from console.ui.elided_label import ElidedLabel
from console.ui.error_texts import wait_text
from console.ui.events import OUTBOX, SYNC_STATE, CacheChange, touches
from console.ui.labels import local_time, time_tooltip
from console.ui.numbers import number
from console.ui.reader import BackgroundRead
from console.ui.shell.desk_syncs import DeskSyncs
from console.ui.shell.tenant_states import TenantStates, resource_label
from console.ui.triage.status import TriageStatus

if TYPE_CHECKING:
    from console.auth.service import TenantSignIn


def data_as_of(cache: Cache, tenant_ids: Sequence[str]) -> datetime | None:
    """When the data shown is from: the oldest of the tenants' moments (see `_data_as_of`).

    On a desk a tenant that never synced (signed out since it was added) has no moment: the
    others' still say how fresh what is shown is, and the tenants' states say which is not.
    """
    moments = [m for m in (_data_as_of(cache, t) for t in tenant_ids) if m is not None]
    return min(moments) if moments else None


def _data_as_of(cache: Cache, tenant_id: str) -> datetime | None:
    """When every resource of the tenant last finished a sync: the oldest of their
    completions. A resource that never completed means there is no moment all data is from.
    """
    cursors = sync_state_summary(cache, tenant_id).values()
    moments = [cursor.last_completed for cursor in cursors]
    if not moments or any(moment is None for moment in moments):
        return None
    return min(m for m in moments if m is not None)


def _plain_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setContentsMargins(6, 0, 6, 0)
    return label


def _giving_label(name: str, parent: QWidget) -> ElidedLabel:
    """A status label that ends in "…" (its whole text in its tooltip) rather than hold
    the window wider than a 1024 px screen: a long tenant or account name gives way."""
    label = ElidedLabel(parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setContentsMargins(6, 0, 6, 0)
    label.setMinimumWidth(60)
    return label


class ShellStatusBar(QStatusBar):
    # The analyst clicked what waits to be sent: the window opens the Audit page.
    outbox_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # What the sync reads now (set by its progress): a retry's wait names its service.
        self._resource: str | None = None
        self.setObjectName("statusBar")
        self._context = context
        self._on_desk = False
        self.tenant_label = _giving_label("tenantLabel", self)
        self.connection_label = _plain_label("connectionLabel", self)
        self.data_as_of_label = _plain_label("dataAsOfLabel", self)
        # What the outbox holds (triage changes, device tags, questions to the experts),
        # a link to the Audit page where each one's state shows.
        self.pending_label = QToolButton(self)
        self.pending_label.setObjectName("pendingLabel")
        self.pending_label.setAutoRaise(True)
        self.pending_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pending_label.setToolTip(
            self.tr(
                "Changes and questions made here wait in the outbox until they are sent, "
                "offline included. Click to see them on the Audit page."
            )
        )
        self.pending_label.clicked.connect(self.outbox_requested)
        self.signed_in_label = _giving_label("signedInLabel", self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(200)
        self.progress.setMaximumHeight(18)
        self.progress.hide()
        # Where the analyst is and how fresh the data is: permanent widgets, so a passing
        # message ("Sync finished.") shows beside them instead of covering them.
        self.context_group = QWidget(self)
        self.context_group.setObjectName("statusContext")
        self._context_layout = QHBoxLayout(self.context_group)
        self._context_layout.setContentsMargins(0, 0, 0, 0)
        self._context_layout.setSpacing(0)
        for widget in (
            self.tenant_label,
            self.signed_in_label,
            self.connection_label,
            self.data_as_of_label,
        ):
            self._context_layout.addWidget(widget)
        self.addPermanentWidget(self.context_group)
        # Triage sends and the changes held for the analyst (console.ui.triage.status).
        self.triage_status = TriageStatus(context, self)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.triage_status)
        self.addPermanentWidget(self.pending_label)
        self.tenant_label.setText(self.tr("Tenant: %1").replace("%1", context.tenant_name))
        self.tenant_label.setToolTip(context.tenant_id)
        self.show_signed_in(context.sign_in)
        self.set_online(None)
        # Each number is re-read on a reader thread; the first ones at once, to open on.
        self._data_as_of_reads = BackgroundRead(self._show_data_as_of, self)
        self._pending_reads = BackgroundRead(self._show_pending, self)
        self._show_data_as_of(self._data_as_of_reader()())
        self._show_pending(self._pending_reader()())

    def show_desk(self, syncs: DeskSyncs) -> TenantStates:
        """A desk: each tenant's state beside the window's own tenant. Who is signed in to
        the window's tenant gives way (its state is in the list): the bar keeps to 1280."""
        self.tenant_states = TenantStates(syncs, self)
        self._context_layout.insertWidget(1, self.tenant_states)
        self._on_desk = True
        self.signed_in_label.hide()
        return self.tenant_states

    def set_online(self, online: bool | None) -> None:
        """None: not known yet (no sync attempted since start)."""
        if online is None:
            text = self.tr("Connection not checked")
        elif online:
            text = self.tr("● Online")
        else:
            text = self.tr("○ Offline")
        self.connection_label.setText(text)

    def show_signed_in(self, sign_in: TenantSignIn | None) -> None:
        """Who is signed in to the window's tenant (hidden for the demo and offline caches)."""
        self.signed_in_label.setVisible(sign_in is not None and not self._on_desk)
        if sign_in is None:
            return
        who = sign_in.signed_in()
        tenant = self._context.tenant_name
        if who is None:
            self.signed_in_label.setText(self.tr("Not signed in to %1").replace("%1", tenant))
        else:
            self.signed_in_label.setText(
                self.tr("Signed in as %1 to %2").replace("%1", who.username).replace("%2", tenant)
            )

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        """Re-read only the numbers a change moved: the sync's cursors, the outbox (of any
        tenant the window shows: on a desk, the numbers are the desk's)."""
        tenants = self._context.tenant_ids
        if any(touches(changes, (SYNC_STATE,), tenant) for tenant in tenants):
            self._data_as_of_reads.request(self._data_as_of_reader)
        if any(touches(changes, (OUTBOX,), tenant) for tenant in tenants):
            self._pending_reads.request(self._pending_reader)
        self.triage_status.cache_changed(changes)

    def refresh(self) -> None:
        """Re-read 'data as of' and the pending changes on a reader thread."""
        self._data_as_of_reads.request(self._data_as_of_reader)
        self._pending_reads.request(self._pending_reader)

    def _data_as_of_reader(self) -> Callable[[], datetime | None]:
        cache, tenants = self._context.cache, self._context.tenant_ids
        return lambda: data_as_of(cache, tenants)

    def _pending_reader(self) -> Callable[[], int]:
        cache, tenants = self._context.cache, self._context.tenant_ids
        return lambda: outbox.pending_count(cache, tenants)

    def _show_data_as_of(self, moment: datetime | None) -> None:
        if moment is None:
            self.data_as_of_label.setText(self.tr("Not synced yet"))
            self.data_as_of_label.setToolTip("")
        else:
            self.data_as_of_label.setText(
                self.tr("Data as of %1").replace("%1", local_time(moment))
            )
            self.data_as_of_label.setToolTip(time_tooltip(moment))

    def _show_pending(self, pending: int) -> None:
        if pending == 0:
            self.pending_label.setText(self.tr("Nothing waiting to send"))
        else:
            self.pending_label.setText(self.tr("%Ln waiting to send", "", pending))

    # -- sync progress -------------------------------------------------------------------

    def sync_started(self) -> None:
        self._resource = None
        self.progress.setRange(0, 0)  # busy until the first resource reports
        self.progress.setFormat(self.tr("Starting sync…"))
        self.progress.show()

    def sync_progress(self, resource: str, items: int, index: int, count: int) -> None:
        self._resource = resource
        self.progress.setRange(0, max(count, 1))
        self.progress.setValue(max(index - 1, 0))
        text = self.tr("Syncing %1: %Ln items (%2 of %3)", "", items)
        self.progress.setFormat(
            text.replace("%1", self._resource_label(resource))
            .replace("%2", number(index))
            .replace("%3", number(count))
        )

    def sync_waiting(self, reason: str, seconds: float) -> None:
        """The API's (English, technical) reason as the analyst's language says it; the
        technical line is in the log (console.api.retry.report_wait logs every wait)."""
        self.showMessage(wait_text(reason, seconds, self._resource), int(seconds * 1000) + 2000)

    def sync_finished(self) -> None:
        self.progress.hide()
        self.refresh()

    def _resource_label(self, resource: str) -> str:
        return resource_label(resource)
