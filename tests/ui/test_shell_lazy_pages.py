# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""The window builds only the page it opens on; the others are built when first shown or
asked for, read fresh data then, and receive every request that reached them before."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QAbstractItemView, QWidget

from console.cache import devices, incidents, writer
from console.cache.filters import DEN_TAG, DeviceFilters, Filters, Sort
from console.ui.events import INCIDENTS, CacheChange
from console.ui.main_window import MainWindow
from console.ui.shell.sync_controller import SyncController
from tests.ui.queues_helpers import shown_rows, wait_for_reads
from tests.ui.shell_fixtures import window  # noqa: F401 (fixture)

HIDDEN_AT_START = ("incidents", "alerts", "devices", "experts")

pytestmark = pytest.mark.timeout(120)


def _write_fresh_incident(context, incident_id: str, title: str) -> None:
    filters = Filters(tenant_ids=(context.tenant_id,))
    template = incidents.page(context.cache, filters, Sort("id"), 0, 1)[0]
    fresh = dataclasses.replace(
        incidents.get(context.cache, context.tenant_id, template.id),
        id=incident_id,
        display_name=title,
        last_update=datetime.now(UTC),
    )
    writer.write_incidents(context.cache, context.tenant_id, [fresh], resource="t", state={})
    context.events.announce(CacheChange(INCIDENTS, context.tenant_id, frozenset({incident_id})))


def test_hidden_pages_are_built_when_first_shown_with_the_data_of_that_moment(
    qtbot, window, context
):
    assert window.current_page() == "home"
    assert window.findChild(QAbstractItemView, "incidentsView") is None
    assert window.findChild(QWidget, "expertsMessagesPage") is None
    assert [key for key in HIDDEN_AT_START if window.pages.built_page(key) is not None] == []
    everything = incidents.count(context.cache, Filters(tenant_ids=(context.tenant_id,)))
    # A sync lands while the queue does not exist yet: nothing holds it stale, it must
    # still show the row when the analyst opens it.
    _write_fresh_incident(context, "fresh-before-built", "Landed before the queue was built")

    window.show_page("incidents")

    queue = window.pages.built_page("incidents")
    assert queue is not None and queue.isVisible()
    assert "fresh-before-built" in {row.id for row in shown_rows(queue)}
    assert f"Showing {everything + 1:,}" in queue.showing_text()
    assert window.pages.built_page("alerts") is None  # showing one builds only that one
    # Built, it follows the cache like the others: a change while shown re-reads it.
    _write_fresh_incident(context, "fresh-after-built", "Landed after the queue was built")
    wait_for_reads(qtbot)  # the refresh reads on a reader thread
    assert "fresh-after-built" in {row.id for row in shown_rows(queue)}


def test_a_navigator_request_to_a_queue_not_built_yet_lands_with_its_filters(window, context):
    assert window.pages.built_page("incidents") is None
    tenant = (context.tenant_id,)
    dens = incidents.count(context.cache, Filters(tenant_ids=tenant, den_only=True))
    assert 0 < dens < incidents.count(context.cache, Filters(tenant_ids=tenant))

    context.navigator.show_incidents(Filters(tags=(DEN_TAG,)))

    assert window.current_page() == "incidents"
    queue = window.pages.built_page("incidents")
    assert queue.isVisible()
    assert tuple(queue.filters().tags) == (DEN_TAG,)
    view = queue.findChild(QAbstractItemView, "incidentsView")
    assert view.model().rowCount() == dens
    for name in ("filterButton", "filterPanel"):
        assert queue.findChild(QWidget, name) is not None, name


def test_a_device_request_lands_on_the_inventory_built_for_it(window, context):
    assert window.pages.built_page("devices") is None
    every = DeviceFilters(tenant_ids=(context.tenant_id,))
    platform = devices.page(context.cache, every, Sort("id"), 0, 1)[0]
    assert platform.os_platform
    wanted = DeviceFilters(os_platforms=(platform.os_platform,))
    narrowed = dataclasses.replace(wanted, tenant_ids=every.tenant_ids)
    assert devices.count(context.cache, narrowed) < devices.count(context.cache, every)

    context.navigator.show_devices(wanted)

    queue = window.pages.built_page("devices")
    assert window.current_page() == "devices" and queue.isVisible()
    shown = shown_rows(queue)
    assert shown and {row.os_platform for row in shown} == {platform.os_platform}


def test_asking_for_a_page_builds_it_hidden_with_its_automation_names(window):
    alerts = window.page("alerts")  # the public way for tools and tests to reach a page
    assert window.pages.built_page("alerts") is alerts
    assert window.current_page() == "home" and not alerts.isVisible()
    assert alerts.objectName() == "alertsQueue"
    for name in ("filterButton", "filterPanel"):
        assert alerts.findChild(QWidget, name) is not None, name
    assert window.page("alerts") is alerts  # built once
    with pytest.raises(KeyError):
        window.page("no-such-page")


def test_the_app_builds_the_hidden_pages_after_the_first_paint_without_showing_them(qtbot, context):
    main = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(main)
    main.build_hidden_pages_after_first_paint()  # as console.app does
    assert [key for key in HIDDEN_AT_START if main.pages.built_page(key) is not None] == []
    main.show()

    def all_built() -> None:
        assert [key for key in HIDDEN_AT_START if main.pages.built_page(key) is None] == []

    qtbot.waitUntil(all_built, timeout=20000)
    assert main.current_page() == "home" and main.home.isVisible()
    assert not any(main.pages.built_page(key).isVisible() for key in HIDDEN_AT_START)
    # Built in idle time, a queue still follows the cache: it is marked stale while hidden
    # and shows a row written meanwhile when the analyst opens it.
    _write_fresh_incident(context, "fresh-while-idle-built", "Landed after the idle build")
    main.show_page("incidents")
    wait_for_reads(qtbot)
    queue = main.pages.built_page("incidents")
    assert "fresh-while-idle-built" in {row.id for row in shown_rows(queue)}
