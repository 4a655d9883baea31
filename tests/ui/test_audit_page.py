"""The Audit page over a real synced cache: every change in words with where it stands,
filters read in SQL, exports of what is shown, and held changes decided from its panel."""

from __future__ import annotations

import csv
import dataclasses
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from console.cache import alerts as alert_queries
from console.cache import incidents as incident_queries
from console.cache import triage
from console.cache.filters import Filters, Sort
from console.domain.triage import Change, EntityKind, FieldConflict
from console.triage.service import TriageService
from console.ui.audit.audit_page import AuditPage
from console.ui.audit.model import ROW_ROLE
from tests.ui.queues_helpers import READ_TIMEOUT_MS, wait_for_reads

pytestmark = pytest.mark.timeout(120)

ME = "me@contoso.example"
HOSTILE = "<b>pwned</b>"


def _with_triage(context):
    service = TriageService(context.cache, {t: (lambda: ME) for t in context.tenant_ids})
    return dataclasses.replace(context, triage=service)


def _incidents(context, n: int, tenant: str | None = None):
    tenant = tenant or context.tenant_id
    filters = Filters(tenant_ids=(tenant,))
    return incident_queries.page(context.cache, filters, Sort("id"), 0, n)


def _queue(context, kind: EntityKind, values: dict, row, comment: str | None = None):
    [entry_id] = triage.queue(
        context.cache, row.tenant_id, ME, Change(kind, values, comment), [row.id]
    )
    change = triage.get(context.cache, entry_id)
    assert change is not None
    return change


def _other_status(row, kind: EntityKind = EntityKind.INCIDENT) -> str:
    choices = (
        ("active", "inProgress", "resolved")
        if kind == EntityKind.INCIDENT
        else ("new", "inProgress", "resolved")
    )
    current = row.status.value if row.status is not None else None
    return next(s for s in choices if s != current and s != "resolved")


def _page(qtbot, context) -> AuditPage:
    page = AuditPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    # As the window does: a followed page hears of every change.
    context.events.changed.connect(page.cache_changed)
    with qtbot.waitSignal(page.refreshed, timeout=READ_TIMEOUT_MS):
        page.show()
    return page


def _refreshed(qtbot, page: AuditPage, act=None) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=READ_TIMEOUT_MS):
        (act or page.refresh)()
    wait_for_reads(qtbot)  # and any read asked meanwhile


def _cells(page: AuditPage, key: str) -> list[str]:
    column = page.model.column_index(key)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def _row_of(page: AuditPage, change, state: str) -> int:
    for number in range(page.model.rowCount()):
        row = page.model.index(number, 0).data(ROW_ROLE)
        if row.change_id == change.entry_id and row.state == state:
            return number
    pytest.fail(f"no {state} entry of change {change.entry_id}")


def _made_every_state(context):
    """A sent, a pending, a conflicting and a refused change (four incidents)."""
    sent_row, pending_row, conflict_row, refused_row = _incidents(context, 4)
    sent = _queue(context, EntityKind.INCIDENT, {"assignedTo": ME}, sent_row)
    triage.mark_sent(context.cache, sent, {"assignedTo": ME}, False)
    pending = _queue(
        context, EntityKind.INCIDENT, {"status": _other_status(pending_row)}, pending_row
    )
    ours = _other_status(conflict_row)
    conflict = _queue(context, EntityKind.INCIDENT, {"status": ours}, conflict_row)
    theirs = next(s for s in ("active", "inProgress") if s != ours)
    triage.mark_conflict(
        context.cache,
        conflict,
        [FieldConflict("status", conflict.expected["status"], ours, theirs)],
        {},
    )
    refused = _queue(context, EntityKind.INCIDENT, {"classification": "falsePositive"}, refused_row)
    triage.mark_rejected(
        context.cache, refused, "403 Forbidden: Missing application permission " + HOSTILE
    )
    return sent, pending, conflict, refused


def test_the_log_lists_each_change_in_words_with_its_status_now(qtbot, context) -> None:
    context = _with_triage(context)
    sent, pending, conflict, refused = _made_every_state(context)
    page = _page(qtbot, context)

    assert page.count_label.text() == "7 entries"  # four queued, three outcomes
    assert "Tenant" not in [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    queued = _row_of(page, sent, "queued")
    change = page.model.index(queued, page.model.column_index("change")).data()
    assert change == f"Assigned to: {sent.expected['assignedTo'] or '(none)'} → {ME}"
    assert _cells(page, "status")[queued] == "Sent"
    assert _cells(page, "status")[_row_of(page, sent, "sent")] == "Sent"
    assert _cells(page, "change")[_row_of(page, sent, "sent")] == f"Sent: Assigned to: {ME}"
    assert _cells(page, "status")[_row_of(page, pending, "queued")] == "Pending"
    assert _cells(page, "status")[_row_of(page, conflict, "conflict")] == "Conflict"
    assert _cells(page, "status")[_row_of(page, conflict, "queued")] == "Conflict"
    assert _cells(page, "change")[_row_of(page, conflict, "conflict")].startswith(
        "Changed by someone else meanwhile: Status: wanted "
    )
    refusal = _row_of(page, refused, "rejected")
    assert _cells(page, "status")[refusal] == "Rejected"
    assert HOSTILE in _cells(page, "change")[refusal]
    queued_refusal = _cells(page, "change")[_row_of(page, refused, "queued")]
    assert queued_refusal.startswith("Classification: ") and "False positive" in queued_refusal
    assert set(_cells(page, "analyst")) == {ME}
    assert _cells(page, "item")[queued] == f"Incident {sent.entity_id}"
    # Held changes are counted where the analyst looks first.
    assert page.held_button.text() == "⚠ 2 changes need you"
    # A hostile reason is text: a tooltip that Qt would render as HTML is escaped.
    tooltip = page.model.index(refusal, page.model.column_index("change")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "&lt;b&gt;pwned&lt;/b&gt;" in tooltip


def test_activating_an_entry_opens_its_item(qtbot, context) -> None:
    context = _with_triage(context)
    alert = alert_queries.page(context.cache, Filters(), Sort("id"), 0, 1)[0]
    _queue(context, EntityKind.ALERT, {"assignedTo": ME}, alert)
    page = _page(qtbot, context)
    assert _cells(page, "item") == [f"Alert {alert.id}"]
    page.table.activated.emit(page.model.index(0, 0))
    assert context.navigator.calls[-1] == ("open_alert", (alert.tenant_id, alert.id))


def test_filters_by_status_kind_and_search_and_held_first(qtbot, context) -> None:
    context = _with_triage(context)
    _sent, _pending, conflict, refused = _made_every_state(context)
    alert = alert_queries.page(context.cache, Filters(), Sort("id"), 0, 1)[0]
    on_alert = _queue(context, EntityKind.ALERT, {"assignedTo": "zoe@contoso.example"}, alert)
    page = _page(qtbot, context)
    assert page.model.rowCount() == 8

    status = page.status_filter
    _refreshed(qtbot, page, lambda: status.setCurrentIndex(status.findText("Rejected")))
    assert _cells(page, "status") == ["Rejected", "Rejected"]
    assert {page.model.index(r, 0).data(ROW_ROLE).change_id for r in range(2)} == {refused.entry_id}
    _refreshed(qtbot, page, lambda: status.setCurrentIndex(status.findText("Pending")))
    assert _cells(page, "status") == ["Pending", "Pending"]  # the pending change, the alert's
    _refreshed(qtbot, page, lambda: status.setCurrentIndex(0))

    kind = page.kind_filter
    _refreshed(qtbot, page, lambda: kind.setCurrentIndex(kind.findText("Alerts")))
    assert _cells(page, "item") == [f"Alert {alert.id}"]
    _refreshed(qtbot, page, lambda: kind.setCurrentIndex(kind.findText("Devices")))
    assert (
        page.model.rowCount() == 0 and page.empty_label.text() == "No entries match these filters."
    )
    _refreshed(qtbot, page, lambda: kind.setCurrentIndex(0))

    # The search waits for a pause in typing, then asks SQL.
    _refreshed(qtbot, page, lambda: page.search.setText(alert.id))
    assert _cells(page, "change") == [
        f"Assigned to: {on_alert.expected['assignedTo'] or '(none)'} → zoe@contoso.example"
    ]
    _refreshed(qtbot, page, lambda: page.search.setText("REJECTED"))  # the action, any case
    assert _cells(page, "change") == [
        f"Refused by the service: 403 Forbidden: Missing application permission {HOSTILE}"
    ]
    _refreshed(qtbot, page, lambda: page.search.clear())

    # Needs attention: the entries holding a change come before everything newer.
    _refreshed(qtbot, page, page.held_button.click)
    assert page.attention_check.isChecked()
    first_two = [page.model.index(r, 0).data(ROW_ROLE) for r in (0, 1)]
    assert {(r.change_id, r.state) for r in first_two} == {
        (conflict.entry_id, "conflict"),
        (refused.entry_id, "rejected"),
    }


def test_a_desk_lists_and_filters_its_tenants(qtbot, desk) -> None:
    context = _with_triage(desk)
    own, beside = context.tenant_ids
    ours = _queue(context, EntityKind.INCIDENT, {"assignedTo": ME}, _incidents(context, 1, own)[0])
    theirs = _queue(
        context, EntityKind.INCIDENT, {"assignedTo": ME}, _incidents(context, 1, beside)[0]
    )
    page = _page(qtbot, context)
    assert page.tenant_filter.isVisible()
    assert sorted(_cells(page, "tenant")) == ["Contoso", "Northwind"]

    tenant = page.tenant_filter
    _refreshed(qtbot, page, lambda: tenant.setCurrentIndex(tenant.findText("Contoso")))
    assert _cells(page, "tenant") == ["Contoso"]
    assert page.model.index(0, 0).data(ROW_ROLE).change_id == theirs.entry_id
    _refreshed(qtbot, page, lambda: tenant.setCurrentIndex(tenant.findText("Northwind")))
    assert page.model.index(0, 0).data(ROW_ROLE).change_id == ours.entry_id


def test_export_writes_the_rows_the_filters_show(qtbot, context, tmp_path, monkeypatch) -> None:
    context = _with_triage(context)
    _made_every_state(context)
    page = _page(qtbot, context)
    status = page.status_filter
    _refreshed(qtbot, page, lambda: status.setCurrentIndex(status.findText("Rejected")))
    shown = [page.model.index(r, 0).data(ROW_ROLE).entry.id for r in range(page.model.rowCount())]

    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.export_finished, timeout=READ_TIMEOUT_MS) as done:
        page.export_csv_action.trigger()
    assert done.args[0] == len(shown) == 2
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [int(r["id"]) for r in rows] == shown
    assert {r["statusText"] for r in rows} == {"Rejected"}
    assert rows[0]["change"].startswith("Refused by the service: 403 Forbidden")

    target = tmp_path / "audit.json"
    with qtbot.waitSignal(page.export_finished, timeout=READ_TIMEOUT_MS):
        page.export_json_action.trigger()
    records = json.loads(target.read_text())
    assert [r["id"] for r in records] == shown
    assert records[-1]["detail"]["values"] == {"classification": "falsePositive"}
    # Written: the page offers the folder it went to.
    assert not page.open_folder_button.isHidden()
    assert str(tmp_path) in page.open_folder_button.toolTip()


def test_a_formula_in_an_exported_cell_is_neutralised(
    qtbot, context, tmp_path, monkeypatch
) -> None:
    context = _with_triage(context)
    row = _incidents(context, 1)[0]
    _queue(context, EntityKind.INCIDENT, {"assignedTo": '=HYPERLINK("x")'}, row)
    page = _page(qtbot, context)
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.export_finished, timeout=READ_TIMEOUT_MS):
        page.export_csv_action.trigger()
    with target.open(encoding="utf-8-sig", newline="") as file:
        [record] = list(csv.DictReader(file))
    assert record["change"].startswith("Assigned to:")
    assert record["analyst"] == ME
    assert "=HYPERLINK" in record["detail"] and not record["detail"].startswith("=")


def _select(qtbot, page: AuditPage, change, state: str) -> None:
    page.select_row(_row_of(page, change, state))
    assert page.panel.isVisible()


def _panel_table(page: AuditPage) -> list[tuple[str, str, str, str]]:
    return page.panel.field_rows()


def test_a_conflict_resolved_with_mine_goes_pending_again(qtbot, context) -> None:
    context = _with_triage(context)
    _sent, _pending, conflict, _refused = _made_every_state(context)
    page = _page(qtbot, context)
    assert not page.panel.isVisible()
    _select(qtbot, page, conflict, "conflict")
    assert page.panel.objectName() == "conflictPanel"
    assert page.panel.title.text() == f"Conflict: Incident {conflict.entity_id}"
    [(field, mine, decided, now)] = _panel_table(page)
    [held] = triage.get(context.cache, conflict.entry_id).conflicts
    words = {"active": "Active", "inProgress": "In progress", "resolved": "Resolved"}
    assert (field, mine, now) == ("Status", words[held.mine], words[held.theirs])
    assert decided == words[held.expected]
    theirs = held.theirs
    merge = page.panel.findChild(QPushButton, "mergeTagsButton")
    assert not merge.isVisible()  # no tags in this conflict

    _refreshed(qtbot, page, page.panel.findChild(QPushButton, "applyMineButton").click)
    after = triage.get(context.cache, conflict.entry_id)
    assert after.status == "pending"
    assert after.expected == {"status": theirs}  # judged against what they have now
    assert not page.panel.isVisible()
    assert page.held_button.text() == "⚠ 1 change needs you"
    resolved = _row_of(page, conflict, "resolved")
    assert _cells(page, "change")[resolved].startswith("Conflict resolved by applying")
    assert _cells(page, "status")[resolved] == "Pending"


def test_a_conflict_resolved_with_theirs_is_discarded(qtbot, context) -> None:
    context = _with_triage(context)
    _sent, _pending, conflict, _refused = _made_every_state(context)
    page = _page(qtbot, context)
    _select(qtbot, page, conflict, "queued")  # any entry of a held change opens it
    _refreshed(qtbot, page, page.panel.findChild(QPushButton, "keepTheirsButton").click)
    assert triage.get(context.cache, conflict.entry_id).status == "discarded"
    kept = _row_of(page, conflict, "kept-theirs")
    assert _cells(page, "change")[kept] == "Conflict resolved by keeping the service's values"
    assert _cells(page, "status")[kept] == "Discarded"


def test_a_tags_conflict_can_be_merged(qtbot, context) -> None:
    context = _with_triage(context)
    row = _incidents(context, 1)[0]
    before = tuple(row.tags)
    change = _queue(context, EntityKind.INCIDENT, {"customTags": (*before, "mine")}, row)
    theirs = (*before, HOSTILE)
    triage.mark_conflict(
        context.cache,
        change,
        [
            FieldConflict(
                "customTags", change.expected["customTags"], change.values["customTags"], theirs
            )
        ],
        {},
    )
    page = _page(qtbot, context)
    _select(qtbot, page, change, "conflict")
    [(field, mine, _decided, now)] = _panel_table(page)
    assert field == "Tags" and "mine" in mine and HOSTILE in now  # as characters
    merge = page.panel.findChild(QPushButton, "mergeTagsButton")
    assert merge.isVisible()
    _refreshed(qtbot, page, merge.click)
    after = triage.get(context.cache, change.entry_id)
    assert after.status == "pending"
    assert set(after.values["customTags"]) == {*before, "mine", HOSTILE}


def test_a_rejected_change_shows_the_reason_and_can_be_retried_or_discarded(qtbot, context) -> None:
    context = _with_triage(context)
    _sent, _pending, _conflict, refused = _made_every_state(context)
    second = _queue(context, EntityKind.INCIDENT, {"assignedTo": ME}, _incidents(context, 6)[5])
    triage.mark_rejected(context.cache, second, "400 BadRequest")
    page = _page(qtbot, context)
    acted: list[int] = []
    context.events.triage_activity.connect(lambda: acted.append(1))

    _select(qtbot, page, refused, "rejected")
    reason = page.panel.findChild(QLabel, "rejectionReason")
    assert (
        reason.text()
        == f"The service said: 403 Forbidden: Missing application permission {HOSTILE}"
    )
    assert reason.textFormat() == Qt.TextFormat.PlainText
    assert not page.panel.findChild(QPushButton, "applyMineButton").isVisible()
    _refreshed(qtbot, page, page.panel.findChild(QPushButton, "retryButton").click)
    assert triage.get(context.cache, refused.entry_id).status == "pending"
    assert acted  # the triage controller is asked to send

    _select(qtbot, page, second, "rejected")
    _refreshed(qtbot, page, page.panel.findChild(QPushButton, "discardButton").click)
    assert triage.get(context.cache, second.entry_id).status == "discarded"
    assert page.held_button.text() == "⚠ 1 change needs you"  # the conflict is left
    assert _cells(page, "change")[_row_of(page, refused, "retried")] == "Asked to send it again"


def test_a_change_settled_elsewhere_is_not_decided_twice(qtbot, context) -> None:
    context = _with_triage(context)
    _sent, _pending, conflict, _refused = _made_every_state(context)
    page = _page(qtbot, context)
    _select(qtbot, page, conflict, "conflict")
    triage.discard(context.cache, triage.get(context.cache, conflict.entry_id), "another window")
    _refreshed(qtbot, page, page.panel.findChild(QPushButton, "applyMineButton").click)
    assert triage.get(context.cache, conflict.entry_id).status == "discarded"
    assert "moved on meanwhile" in page.message_label.text()
