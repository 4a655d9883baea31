"""What the queues remember and produce: columns, saved filter sets, exports, device menus."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from console.cache import devices, incidents
from console.cache.filters import DeviceFilters, Filters, Sort
from console.domain.enums import RiskScore
from console.ui.queues import DevicesQueue, IncidentsQueue
from console.ui.queues.menus import build_cell_menu, build_columns_menu, build_saved_filters_menu
from tests.ui.queues_helpers import shown_rows, tick

pytestmark = pytest.mark.timeout(60)


def _action(menu, name):
    found = [a for a in menu.findChildren(QAction) if a.objectName() == name]
    assert found, name
    return found


def test_hidden_and_moved_columns_are_restored(qtbot, context):
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    menu = build_columns_menu(queue)
    _action(menu, "column_categories")[0].trigger()
    position = queue.model.column_index("categories")
    assert queue.table.isColumnHidden(position)
    header = queue.table.horizontalHeader()
    header.moveSection(header.visualIndex(queue.model.column_index("status")), 1)
    header.resizeSection(0, 411)
    # Nothing to press: the move and the resize are saved on their own, shortly after.
    first = queue.model.columns[0].key
    qtbot.waitUntil(
        lambda: (
            queue.store.layout().get("widths", {}).get(first) == 411
            and queue.store.layout().get("order", [])[1:2] == ["status"]
        ),
        timeout=5000,
    )

    again = IncidentsQueue(context)
    qtbot.addWidget(again)
    again_header = again.table.horizontalHeader()
    assert again.table.isColumnHidden(position)
    assert again_header.logicalIndex(1) == again.model.column_index("status")
    assert again_header.sectionSize(0) == 411
    _action(build_columns_menu(again), "resetColumnsAction")[0].trigger()
    assert not again.table.isColumnHidden(position)


def test_saved_filter_set_made_default_applies_when_the_queue_opens(qtbot, context):
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    queue.set_filters(Filters(tags=("Defender Experts",), severities=("high",)))
    dens = queue.model.rowCount()
    queue.save_filter_set("High DENs")
    menu = build_saved_filters_menu(queue)
    default = [a for a in _action(menu, "defaultFilterSetAction") if a.data() == "High DENs"]
    default[0].trigger()

    again = IncidentsQueue(context)
    qtbot.addWidget(again)
    assert again.filters().tags == ("Defender Experts",)
    assert again.model.rowCount() == dens
    assert "Tags: Defender Experts" in again.chips.texts()
    again.set_filters(Filters())
    _action(build_saved_filters_menu(again), "applyFilterSetAction")[0].trigger()
    assert again.model.rowCount() == dens


def test_saved_set_keeps_a_relative_time_range(qtbot, context):
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    queue.time_combo.setCurrentIndex(queue.time_combo.findData("7d"))
    queue.time_combo.activated.emit(queue.time_combo.currentIndex())
    queue.save_filter_set("Last week")
    assert (
        "since" not in context.settings.get_raw("queues/incidents/filter_sets")["sets"]["Last week"]
    )
    queue.set_filters(Filters())
    assert queue.apply_filter_set("Last week")
    assert queue.time_combo.currentData() == "7d" and queue.filters().since is not None


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_writes_the_filtered_view(qtbot, context, tmp_path, monkeypatch, fmt):
    target = tmp_path / f"dens.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    queue.set_filters(Filters(tags=("Defender Experts",)))
    expected = {r.id for r in shown_rows(queue)}
    with qtbot.waitSignal(queue.export_finished, timeout=10_000) as done:
        queue.export_view(fmt)
    assert done.args[0] == len(expected)
    if fmt == "csv":
        # The CLI's writer, byte-order mark included (Excel reads the file as UTF-8).
        with target.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.DictReader(handle))
        assert {r["isDefenderExperts"] for r in records} == {"true"}
    else:
        records = json.loads(target.read_text(encoding="utf-8"))
        assert all(r["isDefenderExperts"] is True for r in records)
    assert {r["id"] for r in records} == expected
    assert "Exported" in queue.status.text()


def test_export_over_an_existing_file_asks_first_and_keeps_its_mode(
    qtbot, context, tmp_path, monkeypatch
):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "incidents.csv"
    target.write_text("an older export\n")
    target.chmod(0o640)
    asked = []

    def save_dialog(*args, **kwargs):
        asked.append(kwargs.get("options", QFileDialog.Option(0)))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    with qtbot.waitSignal(queue.export_finished, timeout=10_000):
        queue.export_view("csv")
    # Qt's save dialog asks before replacing a file unless told not to.
    assert asked and not asked[0] & QFileDialog.Option.DontConfirmOverwrite
    assert "an older export" not in target.read_text(encoding="utf-8-sig")
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in folder.iterdir()] == ["incidents.csv"]


def test_export_cancelled_in_the_dialog_writes_nothing(qtbot, context, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    assert queue.export_view("csv") is None


def test_device_menu_has_cell_filters_then_the_callers_actions(qtbot, context):
    seen = []

    def extend(menu, row):
        action = menu.addAction("Open device page")
        action.setObjectName("openDeviceAction")
        action.triggered.connect(lambda: seen.append(row.id))

    queue = DevicesQueue(context, row_menu_extender=extend)
    qtbot.addWidget(queue)
    queue.show()
    index = queue.model.index(2, queue.model.column_index("os_platform"))
    menu = build_cell_menu(queue, index)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[:2] == ["filterOnValueAction", "excludeValueAction"]
    assert names[-1] == "openDeviceAction"
    _action(menu, "openDeviceAction")[0].trigger()
    assert seen == [shown_rows(queue)[2].id]
    platform = index.data()
    _action(menu, "filterOnValueAction")[0].trigger()
    assert {r.os_platform for r in shown_rows(queue)} == {platform}


def test_device_filter_panel_and_search(qtbot, context):
    queue = DevicesQueue(context)
    qtbot.addWidget(queue)
    queue.show()
    queue.filter_button.click()
    tick(queue.filter_panel.lists["risk_scores"], "High")
    queue.filter_panel.apply_button.click()
    scoped = DeviceFilters(tenant_ids=(context.tenant_id,))
    every = devices.page(context.cache, scoped, Sort("id"), 0, 1000)
    assert {r.id for r in shown_rows(queue)} == {
        r.id for r in every if r.risk_score is RiskScore.HIGH
    }
    assert queue.chips.texts() == ["Risk level: High"]
    queue.set_filters(DeviceFilters(text=every[0].ip_address))
    assert every[0].id in {r.id for r in shown_rows(queue)}


def test_showing_counts_only_this_tenant(qtbot, context):
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    total = incidents.count(context.cache, Filters(tenant_ids=(context.tenant_id,)))
    assert queue.showing_text() == f"Showing {total} of {total}"


def test_export_opens_in_documents_then_where_the_last_export_went(
    qtbot, context, tmp_path, monkeypatch
):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    offered: list[Path] = []
    chosen = tmp_path / "cases" / "dens.csv"
    chosen.parent.mkdir()

    def save_dialog(_parent, _title, suggested, _filter):
        offered.append(Path(suggested))
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    with qtbot.waitSignal(queue.export_finished, timeout=10_000):
        queue.export_view("csv")
    assert offered[-1] == documents / "incidents.csv"  # not the process's working folder
    with qtbot.waitSignal(queue.export_finished, timeout=10_000):
        queue.export_view("json")
    assert offered[-1] == chosen.parent / "incidents.json"  # where the last one went
    chosen.unlink()
    chosen.parent.rmdir()  # that folder is gone: Documents again
    chosen = tmp_path / "dens.csv"
    with qtbot.waitSignal(queue.export_finished, timeout=10_000):
        queue.export_view("csv")
    assert offered[-1] == documents / "incidents.csv"


def test_an_export_offers_its_folder_for_a_while(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtCore import QUrl

    target = tmp_path / "cases" / "dens.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    queue.show()
    offer = queue.open_folder_button
    opened: list[QUrl] = []
    offer.opener = opened.append
    assert not offer.isVisible()
    with qtbot.waitSignal(queue.export_finished, timeout=10_000) as done:
        queue.export_view("csv")
    assert queue.status.text() == f"Exported {done.args[0]:,} rows to dens.csv"
    assert offer.isVisible() and offer.text() == "Open folder"
    assert str(target.parent) in offer.toolTip()
    offer.click()
    assert opened == [QUrl.fromLocalFile(str(target.parent))]
    # A new export withdraws the offer until it is written; then it goes by itself, when its
    # timer ends (ended here by hand: a wait on the clock has no place in a unit test).
    with qtbot.waitSignal(queue.export_finished, timeout=10_000):
        queue.export_view("csv")
        assert not offer.isVisible()
    assert offer.isVisible()
    assert offer._timer.isActive() and offer._timer.interval() == offer.OFFER_MS
    offer._timer.timeout.emit()
    assert not offer.isVisible()
