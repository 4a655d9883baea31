"""A desk's tenants in the status bar: one line of counts that opens each tenant's state."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from console.ui.error_texts import wait_text
from console.ui.labels import local_time
from console.ui.numbers import number
from console.ui.shell.desk_syncs import DONE, QUEUED, SYNCING, THROTTLED, DeskSyncs, TenantState
from console.ui.shell.sync_controller import CANCELLED, OFFLINE, OK, SIGN_IN


def resource_label(resource: str) -> str:
    """A synced resource's name as the analyst's language says it."""
    names = {
        "incidents": QCoreApplication.translate("ShellStatusBar", "incidents"),
        "alerts": QCoreApplication.translate("ShellStatusBar", "alerts"),
        "devices": QCoreApplication.translate("ShellStatusBar", "devices"),
    }
    return names.get(resource, resource)


class TenantStates(QToolButton):
    """A desk's tenants in the status bar: one line ("5 tenants: 3 synced · 1 syncing ·
    1 failed") that opens each tenant's state; choosing a tenant syncs it now."""

    def __init__(self, syncs: DeskSyncs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tenantStates")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_of_tenants = QMenu(self)
        self.menu_of_tenants.setObjectName("tenantStatesMenu")
        self.setMenu(self.menu_of_tenants)
        self._syncs = syncs
        syncs.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        states = list(self._syncs.states.values())
        synced = sum(1 for s in states if _ended_with(s, OK))
        running = sum(1 for s in states if s.phase in (QUEUED, SYNCING, THROTTLED))
        signed_out = sum(1 for s in states if _ended_with(s, SIGN_IN))
        failed = sum(
            1 for s in states if s.phase == DONE and s.outcome and s.outcome.kind not in _QUIET
        )
        heading = self.tr("%Ln tenants", "", len(states))
        details = [
            text
            for count, text in (
                (synced, self.tr("%Ln synced", "", synced)),
                (running, self.tr("%Ln syncing", "", running)),
                (signed_out, self.tr("%Ln signed out", "", signed_out)),
                (failed, self.tr("%Ln failed", "", failed)),
            )
            if count
        ]
        if details:  # a template: French puts a non-breaking space before the colon
            heading = self.tr("%1: %2").replace("%1", heading).replace("%2", " · ".join(details))
        self.setText(heading)
        self.menu_of_tenants.clear()
        for state in states:
            line = self.tr("%1: %2").replace("%1", state.name).replace("%2", self.state_text(state))
            action = self.menu_of_tenants.addAction(line)
            action.setObjectName(f"tenantState:{state.tenant_id}")
            action.setToolTip(self.tr("Sync %1 now").replace("%1", state.name))
            tenant = state.tenant_id
            action.triggered.connect(lambda _checked=False, t=tenant: self._syncs.start(t))

    def state_text(self, state: TenantState) -> str:
        """One tenant's state, as the menu says it."""
        if state.phase == QUEUED:
            return self.tr("waiting for its turn to sync")
        if state.phase == SYNCING:
            return (
                self.tr("syncing %1 (%2 of %3)")
                .replace("%1", resource_label(state.resource))
                .replace("%2", number(state.index))
                .replace("%3", number(state.count))
            )
        if state.phase == THROTTLED:
            return wait_text(state.wait_reason, state.wait_seconds, state.resource or None)
        outcome = state.outcome
        if state.phase != DONE or outcome is None:
            return self.tr("not synced since the console opened")
        when = local_time(datetime.fromtimestamp(state.ended_at or 0, tz=UTC))
        if outcome.kind == OK:
            return self.tr("synced at %1").replace("%1", when)
        if outcome.kind == SIGN_IN:
            return self.tr("signed out: sign in again (Settings > Tenants)")
        if outcome.kind == CANCELLED:
            return self.tr("sync cancelled at %1").replace("%1", when)
        if outcome.kind == OFFLINE:
            return self.tr("offline at %1").replace("%1", when)
        return self.tr("failed at %1: %2").replace("%1", when).replace("%2", outcome.reason)


_QUIET = (OK, CANCELLED, SIGN_IN)


def _ended_with(state: TenantState, kind: str) -> bool:
    return state.phase == DONE and state.outcome is not None and state.outcome.kind == kind
