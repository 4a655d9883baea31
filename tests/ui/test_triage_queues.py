"""Triage from the queues: many rows picked with Ctrl and Shift, or all the filters match
past the loaded window, managed at once; single keys; each row under its own tenant on a
desk. Real queue views over a synced tenant's SQLite cache."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from console.cache import alerts, incidents, triage
from console.cache.filters import Filters
from console.domain import IncidentStatus
from console.ui.queues import AlertsQueue, DevicesQueue, IncidentsQueue
from console.ui.queues.model import ROW_ROLE
from console.ui.shell.shortcuts import ShortcutsDialog
from tests.ui.queues_helpers import READ_TIMEOUT_MS, wait_for_reads
from tests.ui.triage_helpers import ME, choose, open_dialogs, waiting_values, with_triage

pytestmark = pytest.mark.timeout(120)


def _queue(qtbot, queue_type, context):
    queue = queue_type(context)
    qtbot.addWidget(queue)
    queue.resize(1280, 700)
    queue.show()
    queue.context.events.changed.connect(queue.cache_changed)  # as the window wires it
    qtbot.waitExposed(queue)
    return queue


def _focus_table(qtbot, queue) -> None:
    """The table has the keyboard, as after a click in it (its keys are the table's own)."""
    queue.activateWindow()
    queue.table.setFocus()
    qtbot.waitUntil(queue.table.hasFocus, timeout=2000)


def _click(qtbot, queue, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = queue.table
    rect = table.visualRect(queue.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _action(menu, name):
    found = next((a for a in menu.actions() if a.objectName() == name), None)
    assert found is not None, f"{name} not in the menu"
    return found


def _menu(queue, row: int):
    """The row menu as a right click on `row` opens it (without exec: menus block)."""
    return queue.cell_menu(queue.model.index(row, 0))


def _dialog(qtbot):
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=5000)
    [dialog] = open_dialogs()
    return dialog


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_ctrl_and_shift_pick_rows_and_manage_queues_one_change_per_row(qtbot, context) -> None:
    queue = _queue(qtbot, IncidentsQueue, with_triage(context))
    _click(qtbot, queue, 1)
    _click(qtbot, queue, 3, Qt.KeyboardModifier.ShiftModifier)  # rows 1-3
    _click(qtbot, queue, 6, Qt.KeyboardModifier.ControlModifier)  # and row 6
    picked = [queue.model.index(r, 0).data(ROW_ROLE).id for r in (1, 2, 3, 6)]
    assert queue.selection_label.isVisible() and queue.selection_label.text() == "4 selected"

    menu = _menu(queue, 2)  # a right click inside the selection keeps it
    assert queue.selection_label.text() == "4 selected"
    manage = _action(menu, "manageSelectedAction")
    assert manage.text() == "Manage 4 selected incidents…"
    manage.trigger()
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Manage 4 incidents"
    dialog.comment.setPlainText("Same campaign")
    _save(qtbot, dialog)

    queued = triage.waiting(context.cache, context.tenant_id)
    assert sorted(change.entity_id for change in queued) == sorted(picked)
    assert {change.comment for change in queued} == {"Same campaign"}


def test_the_selection_stays_through_the_refresh_that_shows_the_change(qtbot, context) -> None:
    queue = _queue(qtbot, IncidentsQueue, with_triage(context))
    _click(qtbot, queue, 0)
    _click(qtbot, queue, 4, Qt.KeyboardModifier.ShiftModifier)
    _focus_table(qtbot, queue)
    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        qtbot.keyClick(queue.table, Qt.Key.Key_A)  # queues, then the queue re-reads
    assert len(waiting_values(context)) == 5
    selected = queue.table.selectionModel().selectedRows()
    assert sorted(index.row() for index in selected) == [0, 1, 2, 3, 4]
    assert queue.selection_label.text() == "5 selected"


def test_select_all_takes_every_matching_row_even_past_the_loaded_window(qtbot, context) -> None:
    queue = _queue(qtbot, AlertsQueue, with_triage(context))
    total = queue.model.count()
    loaded = sum(1 for r in range(total) if queue.model.loaded_row(r) is not None)
    assert loaded < total  # the model holds a window, not every row

    select_all = _action(_menu(queue, 0), "selectAllMatchingAction")
    assert select_all.text() == f"Select all {total:,} in this view"
    select_all.trigger()
    assert queue.selection.all_matching
    assert queue.selection_label.text() == f"{total:,} selected"
    # A new sort keeps "all matching": the same rows still match.
    queue.table.sortByColumn(queue.model.column_index("title"), Qt.SortOrder.AscendingOrder)
    assert queue.selection.all_matching

    _action(_menu(queue, 0), "manageSelectedAction").trigger()
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == f"Manage {total:,} alerts"
    dialog.comment.setPlainText("Bulk review")
    _save(qtbot, dialog)

    queued = waiting_values(context)
    assert len(queued) == total
    every = alerts.keys(context.cache, Filters(tenant_ids=(context.tenant_id,)))
    assert set(queued) == {alert_id for _tenant, alert_id in every}


def test_new_filters_end_select_all(qtbot, context) -> None:
    queue = _queue(qtbot, IncidentsQueue, with_triage(context))
    queue.selection.select_all()
    assert queue.selection.count() == queue.model.count()
    queue.set_filters(Filters(statuses=(IncidentStatus.ACTIVE,)))
    assert not queue.selection.all_matching
    assert not queue.selection_label.isVisible()
    _click(qtbot, queue, 0)
    assert queue.selection.count() == 1


def test_a_assigns_the_selected_rows_to_me_without_a_dialog(qtbot, context) -> None:
    queue = _queue(qtbot, IncidentsQueue, with_triage(context))
    unassigned = Filters(assigned_to=[None])
    queue.set_filters(unassigned)
    _click(qtbot, queue, 0)
    _click(qtbot, queue, 1, Qt.KeyboardModifier.ControlModifier)
    wanted = {queue.model.index(r, 0).data(ROW_ROLE).id for r in (0, 1)}
    _focus_table(qtbot, queue)
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    assert open_dialogs() == []
    assert waiting_values(context) == {item: {"assignedTo": ME} for item in wanted}
    assert "2 assigned to you" in queue.status.text()

    # Typed in the search box, the same letter only searches.
    queue.search.setFocus()
    qtbot.keyClick(queue.search, Qt.Key.Key_A)
    assert queue.search.text() == "a"
    assert len(waiting_values(context)) == 2


@pytest.mark.parametrize(
    ("key", "field"),
    [
        (Qt.Key.Key_S, "statusCombo"),
        (Qt.Key.Key_C, "classificationCombo"),
        (Qt.Key.Key_T, "addTagsPickerEdit"),
        (Qt.Key.Key_M, "commentEdit"),
    ],
)
def test_single_keys_open_manage_on_the_field_they_name(qtbot, context, key, field) -> None:
    queue = _queue(qtbot, IncidentsQueue, with_triage(context))
    _click(qtbot, queue, 0)
    _click(qtbot, queue, 2, Qt.KeyboardModifier.ShiftModifier)
    _focus_table(qtbot, queue)
    qtbot.keyClick(queue.table, key)
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Manage 3 incidents"
    assert dialog.focusWidget().objectName() == field
    dialog.reject()


def test_one_row_opens_manage_on_that_incident(qtbot, context) -> None:
    queue = _queue(qtbot, IncidentsQueue, with_triage(context))
    _click(qtbot, queue, 2)
    row = queue.current_row()
    menu = _menu(queue, 2)
    manage = _action(menu, "manageSelectedAction")
    assert manage.text() == "Manage incident…"
    manage.trigger()
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == f"Manage incident {row.id}"
    assert dialog.status.currentData() == row.status.value  # starts from its values
    dialog.reject()


def test_alerts_have_no_tag_key_and_devices_take_tags_not_triage(qtbot, context) -> None:
    alerts_queue = _queue(qtbot, AlertsQueue, with_triage(context))
    _click(qtbot, alerts_queue, 0)
    _focus_table(qtbot, alerts_queue)
    qtbot.keyClick(alerts_queue.table, Qt.Key.Key_T)
    assert open_dialogs() == []
    qtbot.keyClick(alerts_queue.table, Qt.Key.Key_C)
    dialog = _dialog(qtbot)
    assert dialog.windowTitle().startswith("Manage alert ")
    dialog.reject()

    devices = _queue(qtbot, DevicesQueue, with_triage(context))
    assert devices.triage is None
    mode = devices.table.selectionMode()
    assert mode == devices.table.SelectionMode.ExtendedSelection  # many devices take a tag
    names = {a.objectName() for a in _menu(devices, 0).actions()}
    assert "manageSelectedAction" not in names
    assert {"addTagToSelectedAction", "removeTagFromSelectedAction"} <= names
    assert "selectAllMatchingAction" in names


def test_the_shortcuts_sheet_lists_the_triage_keys(qtbot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    start = rows.index(("Triage", ""))
    triage_rows = dict(rows[start + 1 : start + 6])
    assert set(triage_rows) == {"a", "s", "c", "t", "m"}
    assert "Assign" in triage_rows["a"] and "status" in triage_rows["s"]
    assert "Classify" in triage_rows["c"] and "Tag" in triage_rows["t"]
    assert "Comment" in triage_rows["m"]


def test_on_a_desk_each_row_is_queued_under_its_own_tenant(qtbot, desk) -> None:
    own, beside = desk.tenant_ids
    context = with_triage(desk, {own: "ana@northwind.example", beside: "ana@contoso.example"})
    queue = _queue(qtbot, IncidentsQueue, context)
    everything = incidents.keys(desk.cache, Filters(tenant_ids=(own, beside)))
    per_tenant = {t: {i for tenant, i in everything if tenant == t} for t in (own, beside)}
    assert all(per_tenant.values())

    queue.selection.select_all()
    _action(_menu(queue, 0), "manageSelectedAction").trigger()
    dialog = _dialog(qtbot)
    choose(dialog.classification, "truePositive")
    choose(dialog.determination, "malware")
    dialog.comment.setPlainText("One campaign across both")  # every row gets an entry
    _save(qtbot, dialog)
    for tenant in (own, beside):
        assert set(waiting_values(context, tenant)) == per_tenant[tenant]

    # "a" names each tenant's own analyst.
    queue.selection.select_all()
    _focus_table(qtbot, queue)
    qtbot.keyClick(queue.table, Qt.Key.Key_A)
    for tenant, me in ((own, "ana@northwind.example"), (beside, "ana@contoso.example")):
        assigned = {
            change.entity_id: change.values["assignedTo"]
            for change in triage.waiting(desk.cache, tenant)
            if "assignedTo" in change.values
        }
        assert set(assigned) == per_tenant[tenant] and set(assigned.values()) == {me}


def test_a_multi_selection_moved_by_a_sync_shrinks_to_the_current_row(qtbot, context) -> None:
    from console.cache import writer
    from console.ui.events import INCIDENTS, CacheChange
    from tests.ui.test_background_refresh import _newer_incident

    queue = _queue(qtbot, IncidentsQueue, with_triage(context))
    _click(qtbot, queue, 0)
    _click(qtbot, queue, 2, Qt.KeyboardModifier.ShiftModifier)
    current = queue.current_row()
    fresh = _newer_incident(context, current.id, 1)
    writer.write_incidents(context.cache, context.tenant_id, [fresh], resource="t", state={})
    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        context.events.announce(CacheChange(INCIDENTS, context.tenant_id))
    wait_for_reads(qtbot)
    # The highlight would have slid onto other incidents: only the current one stays.
    selected = queue.table.selectionModel().selectedRows()
    assert [queue.model.index(i.row(), 0).data(ROW_ROLE).id for i in selected] == [current.id]
