"""The incident and alert queues: DEN filter, chips, search, cell filters, time range."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QToolButton

from console.cache import alerts, incidents
from console.cache.filters import Filters, Sort
from console.ui.queues import AlertsQueue, IncidentsQueue
from console.ui.queues.menus import build_cell_menu
from tests.ui.queues_helpers import showing_counts, shown_rows, tick

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def incidents_queue(qtbot, context):
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    queue.resize(1280, 800)
    queue.show()
    return queue


def _all(context, module, **kw):
    filters = Filters(tenant_ids=(context.tenant_id,), **kw)
    return module.page(context.cache, filters, Sort("id"), 0, 10_000)


@pytest.mark.parametrize("queue_type,module", [(IncidentsQueue, incidents), (AlertsQueue, alerts)])
def test_defender_experts_tag_shows_exactly_the_dens_and_the_chip_brings_everything_back(
    qtbot, context, queue_type, module
):
    queue = queue_type(context)
    qtbot.addWidget(queue)
    queue.show()
    everything = queue.model.rowCount()
    dens = {r.id for r in _all(context, module) if r.is_den}
    assert dens and everything > len(dens)

    queue.findChild(QToolButton, "filterButton").click()
    panel = queue.findChild(type(queue.filter_panel), "filterPanel")
    assert panel.isVisible()
    tags = panel.findChild(QListWidget, "tagsFilter")
    tick(tags, "Defender Experts")
    panel.findChild(QPushButton, "applyFiltersButton").click()

    rows = shown_rows(queue)
    assert {r.id for r in rows} == dens
    assert all(r.is_den for r in rows)
    assert queue.showing_text() == f"Showing {len(dens)} of {everything}"
    assert queue.chips.texts() == ["Tags: Defender Experts"]
    # The DEN marker: an icon on the name cell.
    assert queue.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None

    queue.chips.chip_widget("tags").remove_button.click()
    assert queue.model.rowCount() == everything
    assert queue.chips.texts() == []
    assert queue.showing_text() == f"Showing {everything} of {everything}"


def test_panel_reflects_applied_filters_and_reset_clears_them(incidents_queue):
    incidents_queue.set_filters(Filters(severities=("high",), statuses=("active",)))
    incidents_queue.filter_button.click()
    panel = incidents_queue.filter_panel
    assert panel.lists["severities"].checked_values() == ["high"]
    assert panel.lists["statuses"].checked_values() == ["active"]
    shown, total = showing_counts(incidents_queue)
    assert shown == incidents_queue.model.rowCount() < total
    panel.reset_button.click()
    assert incidents_queue.filters() == Filters()
    assert incidents_queue.model.rowCount() == total
    assert showing_counts(incidents_queue) == (total, total)


def test_unassigned_filter(incidents_queue, context):
    incidents_queue.filter_button.click()
    tick(incidents_queue.filter_panel.lists["assigned_to"], "Unassigned")
    incidents_queue.filter_panel.apply_button.click()
    expected = {r.id for r in _all(context, incidents) if r.assigned_to is None}
    assert {r.id for r in shown_rows(incidents_queue)} == expected
    assert incidents_queue.chips.texts() == ["Assigned to: Unassigned"]


def test_search_box_finds_by_id_and_slash_focuses_it(qtbot, incidents_queue):
    incidents_queue.table.setFocus()
    qtbot.keyClick(incidents_queue.table, Qt.Key.Key_Slash)
    assert incidents_queue.search.hasFocus()
    wanted = shown_rows(incidents_queue)[5]
    qtbot.keyClicks(incidents_queue.search, wanted.id)
    qtbot.waitUntil(lambda: incidents_queue.model.rowCount() == 1, timeout=3000)
    assert shown_rows(incidents_queue)[0].id == wanted.id
    assert incidents_queue.chips.texts() == [f"Search: {wanted.id}"]


def test_filter_on_and_exclude_a_cell_value(incidents_queue, context):
    queue = incidents_queue
    status_col = queue.model.column_index("status")
    index = queue.model.index(0, status_col)
    status = index.data(Qt.ItemDataRole.UserRole + 2)
    menu = build_cell_menu(queue, index)
    menu.findChild(type(menu.actions()[0]), "filterOnValueAction").trigger()
    expected = [r for r in _all(context, incidents) if r.status == status]
    assert queue.model.rowCount() == len(expected)
    assert all(r.status == status for r in shown_rows(queue))
    assert queue.chips.texts() == [f"Status: {index.data()}"]

    queue.set_filters(Filters())
    index = queue.model.index(0, status_col)
    menu = build_cell_menu(queue, index)
    menu.findChild(type(menu.actions()[0]), "excludeValueAction").trigger()
    rows = shown_rows(queue)
    assert rows and all(r.status != status for r in rows)
    assert len(rows) == len(_all(context, incidents)) - len(expected)
    assert queue.chips.texts()[0].startswith("Status is not:")


def test_filter_on_a_tag_cell(incidents_queue, context):
    queue = incidents_queue
    tags_col = queue.model.column_index("tags")
    row = next(r for r in range(queue.model.rowCount()) if queue.model.index(r, tags_col).data())
    index = queue.model.index(row, tags_col)
    cell_tags = set(index.data(Qt.ItemDataRole.UserRole + 2))
    menu = build_cell_menu(queue, index)
    exclude = menu.findChild(type(menu.actions()[0]), "excludeValueAction")
    assert not exclude.isEnabled()  # tags can only be filtered on
    queue.filter_on_cell(queue.model.index(row, tags_col), exclude=False)
    # A cell may hold several tags; the filter keeps the rows with any of them.
    assert all(cell_tags & set(r.tags) for r in shown_rows(queue))


def test_time_range_selector_limits_rows(incidents_queue, context):
    queue = incidents_queue
    combo = queue.time_combo
    combo.setCurrentIndex(combo.findData("1d"))
    combo.activated.emit(combo.currentIndex())
    since = queue.filters().since
    assert since is not None and abs(datetime.now(UTC) - timedelta(days=1) - since).seconds < 5
    expected = incidents.count(context.cache, Filters(tenant_ids=(context.tenant_id,), since=since))
    assert queue.model.rowCount() == expected
    assert queue.chips.chip_widget("time") is not None
    queue.chips.chip_widget("time").remove_button.click()
    assert queue.filters().since is None
    assert combo.currentData() == "any"


def test_set_filters_from_the_shell_updates_chips(incidents_queue):
    incidents_queue.set_filters(Filters(den_only=True))
    assert incidents_queue.chips.texts() == ["Defender Experts notifications only"]
    assert all(r.is_den for r in shown_rows(incidents_queue))
