# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""Typed change events: a view re-reads only what changed, only when shown, and keeps
the details pane of a selected row whose data did not change."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from console.cache import incidents, writer
from console.emulator import Emulator, EmulatorConfig
from console.launch import emulator_target
from console.sync.engine import SyncOptions
from console.sync.state import Cursor
from console.ui.events import (
    ALERTS,
    DEVICES,
    EVERYTHING,
    INCIDENTS,
    SYNC_STATE,
    CacheChange,
    coalesce,
    touches,
)
from console.ui.main_window import MainWindow
from console.ui.shell.sync_controller import OK, SyncController
from tests.ui.conftest import UI_SEED
from tests.ui.queues_helpers import READ_TIMEOUT_MS, shown_rows, wait_for_reads
from tests.ui.shell_fixtures import qt_loop, run, window  # noqa: F401 (fixtures)

pytestmark = pytest.mark.timeout(120)


def _refreshes(queue) -> list[int]:
    """Counts the queue's re-queries: each refresh says when its rows are swapped in."""
    refreshes: list[int] = []
    queue.refreshed.connect(lambda: refreshes.append(1))
    return refreshes


def _selected_incident(window, row: int = 3):
    window.show_page("incidents")
    queue = window.queues.page("incidents")
    queue.table.selectRow(row)
    chosen = queue.current_row()
    return queue, incidents.get(window.context.cache, chosen.tenant_id, chosen.id)


@pytest.fixture
def emulator(synced_tenant):
    config = EmulatorConfig(seed=UI_SEED, tenants=1, incidents=150, devices=40)
    with Emulator(config) as emu:
        assert emu.tenants[0].id == synced_tenant.tenant_id
        yield emu


def test_a_devices_sync_does_not_requery_the_incidents_queue(qtbot, context, emulator, qt_loop):
    options = SyncOptions(full=True, resources=("devices",))
    controller = SyncController(
        context, emulator_target(emulator, context.tenant_id, options=options)
    )
    main = MainWindow(context, controller)
    qtbot.addWidget(main)
    main.show()
    main.show_page("incidents")
    incident_refreshes = _refreshes(main.queues.page("incidents"))
    device_refreshes = _refreshes(main.queues.page("devices"))

    outcome = run(qt_loop, controller.run(), timeout=60)

    assert outcome.kind == OK, outcome.reason
    wait_for_reads(qtbot)
    assert incident_refreshes == []  # on screen, but devices are not its data
    assert device_refreshes == []  # its data, but hidden: only marked stale
    main.show_page("devices")
    qtbot.waitUntil(lambda: len(device_refreshes) == 1, timeout=READ_TIMEOUT_MS)
    wait_for_reads(qtbot)
    assert len(device_refreshes) == 1  # re-read once, when the analyst looks


def test_a_hidden_queue_refreshes_when_shown_and_shows_the_new_rows(qtbot, window, context):
    queue = window.queues.page("incidents")
    refreshes = _refreshes(queue)
    shown_before = queue.model.count()
    template = incidents.get(context.cache, context.tenant_id, shown_rows(queue)[0].id)
    fresh = dataclasses.replace(
        template,
        id="fresh-incident-1",
        display_name="Fresh incident from the sync",
        last_update=datetime.now(UTC),
    )
    writer.write_incidents(context.cache, context.tenant_id, [fresh], resource="t", state={})

    assert window.pages.current_key == "home"
    context.events.announce(CacheChange(INCIDENTS, context.tenant_id, frozenset({fresh.id})))
    wait_for_reads(qtbot)
    assert refreshes == []  # hidden: no query now

    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        window.show_page("incidents")
    assert len(refreshes) == 1
    assert queue.model.count() == shown_before + 1
    assert "fresh-incident-1" in {row.id for row in shown_rows(queue)}
    assert f"Showing {shown_before + 1:,}" in queue.showing_text()


def test_a_refresh_with_the_selection_unchanged_keeps_the_details_pane(qtbot, window, context):
    window.resize(1280, 480)  # short, so the incident pane scrolls
    queue, _ = _selected_incident(window)
    pane = queue.details.widget()
    QApplication.processEvents()  # lay the pane out
    scroll = pane.verticalScrollBar()  # the incident pane scrolls itself
    assert scroll.maximum() > 0, "the pane should be long enough to scroll"
    scroll.setValue(scroll.maximum() // 2)
    kept_at = scroll.value()
    refreshes = _refreshes(queue)

    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        context.events.announce(CacheChange(INCIDENTS, context.tenant_id))

    assert len(refreshes) == 1  # the queue did re-query
    assert queue.details.widget() is pane
    assert scroll.value() == kept_at


def test_the_selected_row_changing_rebuilds_the_details_pane(qtbot, window, context):
    queue, incident = _selected_incident(window)
    pane = queue.details.widget()
    renamed = dataclasses.replace(incident, display_name="Renamed by the analyst's colleague")
    writer.write_incidents(context.cache, context.tenant_id, [renamed], resource="t", state={})

    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        context.events.announce(CacheChange(INCIDENTS, context.tenant_id, frozenset({incident.id})))

    assert queue.current_row().id == incident.id
    assert queue.details.widget() is not pane
    texts = {label.text() for label in queue.details.widget().findChildren(QLabel)}
    assert "Renamed by the analyst's colleague" in texts


def test_the_changes_of_one_throttle_window_coalesce_into_one_per_resource():
    tenant = "tenant-1"
    changes = coalesce(
        [
            CacheChange(ALERTS, tenant, frozenset({"a"})),
            CacheChange(ALERTS, tenant, frozenset({"b"})),
            CacheChange(DEVICES, tenant, frozenset({"d"})),
            CacheChange(DEVICES, tenant),  # "many" absorbs the ids
        ]
    )
    assert changes == [
        CacheChange(ALERTS, tenant, frozenset({"a", "b"})),
        CacheChange(DEVICES, tenant),
    ]
    assert touches(changes, ("incidents", ALERTS), tenant)
    assert not touches(changes, ("incidents",), tenant)
    assert not touches(changes, (ALERTS,), "another-tenant")
    assert touches([CacheChange(EVERYTHING)], ("incidents",), tenant)


def test_a_queue_nothing_changed_for_is_not_requeried_when_shown_again(qtbot, window):
    window.show_page("incidents")
    queue = window.queues.page("incidents")
    refreshes = _refreshes(queue)
    window.show_page("home")
    window.show_page("incidents")  # back, with no change announced in between
    wait_for_reads(qtbot)
    assert refreshes == []


def test_home_re_reads_its_den_card_on_incident_changes_only(qtbot, window, context):
    assert window.pages.current_key == "home"
    count = window.home.findChild(QLabel, "denCountLabel")
    before = count.text()
    template = incidents.get(
        context.cache, context.tenant_id, shown_rows(window.queues.page("incidents"))[0].id
    )
    now = datetime.now(UTC)
    den = dataclasses.replace(
        template,
        id="fresh-den-1",
        display_name="Defender Experts: Fresh notification",
        created=now,
        last_update=now,
    )
    writer.write_incidents(context.cache, context.tenant_id, [den], resource="t", state={})

    context.events.announce(CacheChange(DEVICES, context.tenant_id))
    wait_for_reads(qtbot)
    assert count.text() == before  # devices do not move the DEN card
    context.events.announce(CacheChange(INCIDENTS, context.tenant_id, frozenset({den.id})))
    wait_for_reads(qtbot)
    assert int(count.text()) == int(before) + 1


def test_the_status_bar_says_when_the_data_is_from_after_the_cursors_move(qtbot, window, context):
    label = window.status.data_as_of_label
    before = label.text()
    later = datetime(2031, 6, 1, 12, 0, tzinfo=UTC)
    for resource in ("incidents", "alerts", "devices"):
        writer.write_sync_state(
            context.cache, context.tenant_id, resource, Cursor(last_completed=later).to_json()
        )
    context.events.announce(CacheChange(INCIDENTS, context.tenant_id))
    wait_for_reads(qtbot)
    assert label.text() == before  # rows changed; the cursors' news has not come yet
    context.events.announce(CacheChange(SYNC_STATE, context.tenant_id))
    wait_for_reads(qtbot)
    assert label.text() != before and "2031" in label.text()
