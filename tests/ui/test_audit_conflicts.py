"""Conflicts made on the emulator, decided on the Audit page and sent again: the service
ends with the values the analyst chose, and the page says where each change stands. The
status bar's "changes need you" opens the page on them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from console.cache import triage
from console.domain.triage import Change, EntityKind
from console.settings import Settings
from console.triage.delivery import send_waiting
from console.triage.service import TriageService
from console.ui.audit.audit_page import AuditPage
from console.ui.audit.model import ROW_ROLE
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from console.ui.shell.sync_controller import SyncController
from tests.triage.conftest import Synced, synced  # noqa: F401 (the fixture)
from tests.ui.conftest import RecordingNavigator
from tests.ui.queues_helpers import READ_TIMEOUT_MS, wait_for_reads

pytestmark = pytest.mark.timeout(120)

ME = "analyst@contoso.example"


def _context(synced: Synced) -> AppContext:  # noqa: F811
    return AppContext(
        synced.cache,
        Settings(None),
        synced.tenant_id,
        "Contoso",
        navigator=RecordingNavigator(),
        triage=TriageService(synced.cache, {synced.tenant_id: lambda: ME}),
    )


def _conflict(synced: Synced, context: AppContext, index: int):  # noqa: F811
    """A status change of ours that the portal beat: sent, and held in conflict."""
    incident_id = synced.incident_ids()[index]
    current = synced.data.incidents.doc(incident_id)["status"]
    ours = next(s for s in ("active", "inProgress") if s != current)
    theirs = next(s for s in ("active", "inProgress", "resolved") if s not in (current, ours))
    context.triage.queue(
        Change(EntityKind.INCIDENT, {"status": ours}), [(synced.tenant_id, incident_id)]
    )
    synced.emulator.edit_item(synced.tenant_id, "incident", incident_id, {"status": theirs})
    report = send_waiting(synced.cache, synced.tenant_id, synced.graph)
    assert report.conflicts == 1
    [held] = [
        c for c in triage.held(synced.cache, [synced.tenant_id]) if c.entity_id == incident_id
    ]
    return held, ours, theirs


def _shown_page(qtbot, context: AppContext) -> AuditPage:
    page = AuditPage(context)
    qtbot.addWidget(page)
    context.events.changed.connect(page.cache_changed)
    page.resize(1400, 700)
    with qtbot.waitSignal(page.refreshed, timeout=READ_TIMEOUT_MS):
        page.show()
    return page


def _select_held(page: AuditPage, change) -> None:
    for number in range(page.model.rowCount()):
        row = page.model.index(number, 0).data(ROW_ROLE)
        if row.change_id == change.entry_id and row.state == "conflict":
            page.select_row(number)
            return
    pytest.fail("the conflict is not listed")


def _click(qtbot, page: AuditPage, name: str) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=READ_TIMEOUT_MS):
        page.panel.findChild(QPushButton, name).click()
    wait_for_reads(qtbot)


def test_apply_mine_sends_ours_and_keep_theirs_leaves_the_portals(
    qtbot,
    synced: Synced,  # noqa: F811
) -> None:
    context = _context(synced)
    mine_first, ours, _theirs = _conflict(synced, context, 0)
    theirs_first, _ours2, kept = _conflict(synced, context, 1)
    page = _shown_page(qtbot, context)
    assert page.held_button.text() == "⚠ 2 changes need you"

    _select_held(page, mine_first)
    assert page.panel.isVisible()
    _click(qtbot, page, "applyMineButton")
    assert triage.get(synced.cache, mine_first.entry_id).status == "pending"
    _select_held(page, theirs_first)
    _click(qtbot, page, "keepTheirsButton")
    assert triage.get(synced.cache, theirs_first.entry_id).status == "discarded"

    report = send_waiting(synced.cache, synced.tenant_id, synced.graph)
    assert (report.sent, report.conflicts) == (1, 0)
    assert synced.data.incidents.doc(mine_first.entity_id)["status"] == ours
    assert synced.data.incidents.doc(theirs_first.entity_id)["status"] == kept
    context.events.triage_acted([synced.tenant_id])  # as the controller announces a send
    qtbot.waitUntil(
        lambda: page.held_button.text() == "No change needs you", timeout=READ_TIMEOUT_MS
    )
    wait_for_reads(qtbot)
    statuses = {
        (row.change_id, row.state): row.status
        for row in (page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount()))
    }
    assert statuses[(mine_first.entry_id, "sent")] == "sent"
    assert statuses[(mine_first.entry_id, "conflict")] == "sent"
    assert statuses[(theirs_first.entry_id, "kept-theirs")] == "discarded"


def test_the_status_bar_opens_the_audit_page_on_the_held_changes(
    qtbot,
    synced: Synced,  # noqa: F811
) -> None:
    context = _context(synced)
    held, _ours, _theirs = _conflict(synced, context, 2)
    window = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    attention = window.status.triage_status.attention_button
    context.events.triage_acted([synced.tenant_id])
    qtbot.waitUntil(attention.isVisible, timeout=READ_TIMEOUT_MS)

    attention.click()
    assert window.current_page() == "audit"
    page = window.page("audit")
    assert isinstance(page, AuditPage) and page.attention_check.isChecked()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=READ_TIMEOUT_MS)
    wait_for_reads(qtbot)
    first = page.model.index(0, 0).data(ROW_ROLE)
    assert (first.change_id, first.state, first.status) == (held.entry_id, "conflict", "conflict")
