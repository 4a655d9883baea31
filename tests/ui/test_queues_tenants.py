"""A desk's queues: the Tenant section of the filter panel, the Tenant chip, and
"Filter on this value" on a Tenant cell; and its status bar's numbers, the desk's; over a
real cache holding two tenants."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QToolButton

from console.api.auth import StaticTokenProvider
from console.cache import devices, incidents, outbox
from console.cache.engine import open_cache
from console.cache.filters import DeviceFilters, Filters
from console.emulator import Emulator, EmulatorConfig
from console.settings import Settings
from console.sync.clients import make_clients
from console.sync.engine import sync_tenant
from console.ui.context import AppContext, DeskTenantView
from console.ui.queues import DevicesQueue, IncidentsQueue
from console.ui.reader import wait_for_readers
from console.ui.shell.status_bar import ShellStatusBar, data_as_of
from tests.ui.conftest import UI_SEED, RecordingNavigator
from tests.ui.queues_helpers import shown_rows, tick

pytestmark = pytest.mark.timeout(60)

NAMES = ("Northwind", "Contoso")  # the second sorts first: the panel lists them by name


@pytest.fixture(scope="module")
def two_tenants(tmp_path_factory):
    path = tmp_path_factory.mktemp("desk-cache") / "cache.db"
    config = EmulatorConfig(seed=UI_SEED, tenants=2, incidents=40, devices=12)
    with Emulator(config) as emu, open_cache(path) as cache:
        for tenant in emu.tenants:
            token = StaticTokenProvider(emu.issue_token(tenant.id))
            graph, defender = make_clients(tenant.id, emu.graph_url, emu.defender_url, token)
            sync_tenant(cache, tenant.id, graph=graph, defender=defender)
        return path, [tenant.id for tenant in emu.tenants]


@pytest.fixture
def desk(two_tenants, tmp_path):
    synced, (own, beside) = two_tenants
    path = tmp_path / "cache.db"  # a test may write to it
    shutil.copy(synced, path)
    with open_cache(path) as cache:
        yield AppContext(
            cache=cache,
            settings=Settings(None),
            tenant_id=own,
            tenant_name=NAMES[0],
            navigator=RecordingNavigator(),
            desk=(DeskTenantView(beside, NAMES[1]),),
        )
        wait_for_readers()


def opened(qtbot, queue):
    qtbot.addWidget(queue)
    queue.resize(1280, 800)
    queue.show()
    return queue


@pytest.mark.parametrize(
    "queue_type,module,filters_type",
    [(IncidentsQueue, incidents, Filters), (DevicesQueue, devices, DeviceFilters)],
)
def test_the_tenant_section_shows_one_tenant_and_its_chip_brings_all_back(
    qtbot, desk, queue_type, module, filters_type
):
    queue = opened(qtbot, queue_type(desk))
    own, beside = desk.tenant_ids
    beside_count = module.count(desk.cache, filters_type(tenant_ids=(beside,)))
    everything = queue.model.rowCount()
    assert 0 < beside_count < everything

    queue.findChild(QToolButton, "filterButton").click()
    panel = queue.findChild(type(queue.filter_panel), "filterPanel")
    section = panel.findChild(QListWidget, "tenantFilter")
    assert [section.item(i).text() for i in range(section.count())] == ["Contoso", "Northwind"]
    tick(section, "Contoso")
    panel.findChild(QPushButton, "applyFiltersButton").click()

    rows = shown_rows(queue)
    assert len(rows) == beside_count and {r.tenant_id for r in rows} == {beside}
    assert queue.chips.texts() == ["Tenant: Contoso"]
    queue.chips.chip_widget("tenant_ids").remove_button.click()
    assert queue.model.rowCount() == everything
    assert {r.tenant_id for r in shown_rows(queue)} == {own, beside}


def test_filter_on_a_tenant_cell_keeps_that_tenant_by_id(qtbot, desk):
    queue = opened(qtbot, IncidentsQueue(desk))
    own = desk.tenant_id
    row = next(
        r for r in range(queue.model.rowCount()) if queue.model.index(r, 0).data() == NAMES[0]
    )
    queue.filter_on_cell(queue.model.index(row, 0), exclude=False)

    assert queue.filters().tenant_ids == (own,)
    assert {r.tenant_id for r in shown_rows(queue)} == {own}
    assert queue.chips.texts() == [f"Tenant: {NAMES[0]}"]


def test_one_tenants_window_has_no_tenant_section(qtbot, context):
    queue = opened(qtbot, IncidentsQueue(context))
    queue.findChild(QToolButton, "filterButton").click()
    assert queue.findChild(QListWidget, "tenantFilter") is None
    assert queue.model.headerData(0, Qt.Orientation.Horizontal) != "Tenant"


def test_a_desks_status_bar_counts_every_tenants_pending_changes_and_data(qtbot, desk):
    own, beside = desk.tenant_ids
    outbox.enqueue(desk.cache, beside, "status", "incident", "5", {"status": "resolved"}, "k1")
    bar = ShellStatusBar(desk)
    qtbot.addWidget(bar)
    assert bar.pending_label.text() == "1 change pending"  # the tenant beside the window's
    alone = ShellStatusBar(desk.for_tenant(own))
    qtbot.addWidget(alone)
    assert alone.pending_label.text() == "0 changes pending"

    # Data as of: the older of the two tenants' moments; a tenant added and never synced
    # leaves the others' moment standing (its state says it has not synced).
    moments = [data_as_of(desk.cache, [tenant]) for tenant in (own, beside)]
    assert None not in moments
    assert data_as_of(desk.cache, [own, beside]) == min(moments)
    assert data_as_of(desk.cache, [own, beside, "never-synced"]) == min(moments)
    assert data_as_of(desk.cache, ["never-synced"]) is None
    assert bar.data_as_of_label.text().startswith("Data as of ")
