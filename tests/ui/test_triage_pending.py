"""A triage change shows in the queues at once, before it is sent: the new value in
italics with a mark, and a tooltip that says what it means; held ones say why."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from console.cache import triage
from console.cache.filters import Filters
from console.domain.triage import Change, EntityKind, FieldConflict
from console.triage.service import TriageService
from console.ui.details import incident_pane
from console.ui.queues import AlertsQueue, IncidentsQueue
from console.ui.queues.model import ROW_ROLE
from tests.ui.queues_helpers import READ_TIMEOUT_MS

pytestmark = pytest.mark.timeout(120)

ME = "me@contoso.example"


def _service(context) -> TriageService:
    return TriageService(context.cache, {context.tenant_id: lambda: ME})


def _cell(queue, row: int, key: str):
    return queue.model.index(row, queue.model.column_index(key))


def _shown_queue(qtbot, queue_type, context):
    queue = queue_type(dataclasses.replace(context, triage=_service(context)))
    qtbot.addWidget(queue)
    queue.resize(1280, 700)
    queue.show()
    queue.set_filters(Filters(tenant_ids=(context.tenant_id,)))
    # As the window does: every page follows the context's change events.
    queue.context.events.changed.connect(queue.cache_changed)
    return queue


def test_an_incident_changed_offline_shows_the_new_values_in_italics(qtbot, context) -> None:
    queue = _shown_queue(qtbot, IncidentsQueue, context)
    row = queue.model.index(0, 0).data(ROW_ROLE)
    assert row.assigned_to != ME
    service = queue.context.triage
    service.queue(Change(EntityKind.INCIDENT, {"assignedTo": ME}), [(row.tenant_id, row.id)])

    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        queue.context.events.triage_acted([row.tenant_id])

    assigned = _cell(queue, 0, "assigned_to")
    assert assigned.data() == ME
    assert assigned.data(Qt.ItemDataRole.FontRole).italic()
    assert not assigned.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "not sent yet" in assigned.data(Qt.ItemDataRole.ToolTipRole)
    # Only the changed cell: the name keeps its plain look.
    assert _cell(queue, 0, "name").data(Qt.ItemDataRole.FontRole) is None
    look = queue.model.cell_look(0, queue.model.column_index("assigned_to"))
    assert look is not None and look[4] is True  # the delegate paints it in italics

    pane = incident_pane(queue.context, queue.model.index(0, 0).data(ROW_ROLE))  # the side pane
    qtbot.addWidget(pane)
    note = pane.findChild(QLabel, "pendingNote")
    assert note is not None and "not sent yet" in note.text()
    italic = [w for w in pane.findChildren(QLabel) if w.property("pending")]
    assert [w.text() for w in italic if w is not note] == [ME]


def test_a_change_held_in_conflict_says_so_and_a_sent_one_is_plain_again(qtbot, context) -> None:
    queue = _shown_queue(qtbot, AlertsQueue, context)
    row = queue.model.index(0, 0).data(ROW_ROLE)
    service = queue.context.triage
    service.queue(Change(EntityKind.ALERT, {"status": "inProgress"}), [(row.tenant_id, row.id)])
    [change] = triage.waiting(context.cache, row.tenant_id)
    triage.mark_conflict(
        context.cache,
        change,
        [FieldConflict("status", change.expected["status"], "inProgress", "resolved")],
        {},
    )
    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        queue.context.events.triage_acted([row.tenant_id])
    status = _cell(queue, 0, "status")
    assert "Someone changed this meanwhile" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert status.data(Qt.ItemDataRole.FontRole).italic()

    [held] = triage.held(context.cache, [row.tenant_id])
    triage.discard(context.cache, held, ME)
    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        queue.context.events.triage_acted([row.tenant_id])
    assert _cell(queue, 0, "status").data(Qt.ItemDataRole.FontRole) is None


def test_the_incident_and_alert_pages_show_a_change_not_sent_yet(qtbot, context) -> None:
    from console.cache import alerts as alert_queries
    from console.cache import incidents as incident_queries
    from console.cache.filters import Sort
    from console.ui.details.alert_page import AlertPage
    from console.ui.details.incident_page import IncidentPage

    context = dataclasses.replace(context, triage=_service(context))
    scoped = Filters(tenant_ids=(context.tenant_id,))
    incident = incident_queries.page(context.cache, scoped, Sort("id"), 0, 1)[0]
    alert = alert_queries.page(context.cache, scoped, Sort("id"), 0, 1)[0]
    context.triage.queue(
        Change(EntityKind.INCIDENT, {"assignedTo": ME}), [(incident.tenant_id, incident.id)]
    )
    context.triage.queue(
        Change(EntityKind.ALERT, {"classification": "falsePositive", "determination": "clean"}),
        [(alert.tenant_id, alert.id)],
    )
    for page in (
        IncidentPage(context, incident.tenant_id, incident.id),
        AlertPage(context, alert.tenant_id, alert.id),
    ):
        qtbot.addWidget(page)
        facts = [
            w.text()
            for w in page.findChildren(QLabel)
            if w.property("pending") and w.objectName() != "pendingNote"
        ]
        notes = page.findChildren(QLabel, "pendingNote")
        assert len(notes) == 1 and "not sent yet" in notes[0].text()
        assert facts in ([ME], ["False positive", "Not malicious"])
