"""A desk's queues: the Tenant section of the filter panel, the Tenant chip, and
"Filter on this value" on a Tenant cell; its status bar's numbers and its Defender Experts
messages, the desk's; over a real cache holding two tenants."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QToolButton

from console.cache import devices, incidents, outbox
from console.cache.filters import DeviceFilters, Filters
from console.domain.experts import ExpertCategory, ExpertContext, RequestDraft
from console.experts import ExpertsService
from console.ui.context import DeskTenantView
from console.ui.experts import ExpertsMessagesPage
from console.ui.main_window import MainWindow
from console.ui.queues import DevicesQueue, IncidentsQueue
from console.ui.shell.status_bar import ShellStatusBar, data_as_of
from tests.ui.conftest import DESK_NAMES as NAMES
from tests.ui.queues_helpers import shown_rows, tick

pytestmark = pytest.mark.timeout(60)


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
    everything = queue.model.rowCount()
    queue.findChild(QToolButton, "filterButton").click()
    assert queue.findChild(QListWidget, "tenantFilter") is None
    assert queue.model.headerData(0, Qt.Orientation.Horizontal) != "Tenant"
    # A set saved on a desk naming another tenant: no chip here could clear it, so the
    # window shows its own tenant's rows, never an empty queue (and never the other's).
    queue.set_filters(Filters(tenant_ids=("a-tenant-of-the-desk",)))
    assert queue.model.rowCount() == everything and queue.chips.texts() == []
    assert {r.tenant_id for r in shown_rows(queue)} == {context.tenant_id}


def test_a_desks_status_bar_counts_every_tenants_pending_changes_and_data(qtbot, desk):
    own, beside = desk.tenant_ids
    outbox.enqueue(desk.cache, beside, "status", "incident", "5", {"status": "resolved"}, "k1")
    bar = ShellStatusBar(desk)
    qtbot.addWidget(bar)
    assert bar.pending_label.text() == "1 waiting to send"  # the tenant beside the window's
    alone = ShellStatusBar(desk.for_tenant(own))
    qtbot.addWidget(alone)
    assert alone.pending_label.text() == "Nothing waiting to send"

    # Data as of: the older of the two tenants' moments; a tenant added and never synced
    # leaves the others' moment standing (its state says it has not synced).
    moments = [data_as_of(desk.cache, [tenant]) for tenant in (own, beside)]
    assert None not in moments
    assert data_as_of(desk.cache, [own, beside]) == min(moments)
    assert data_as_of(desk.cache, [own, beside, "never-synced"]) == min(moments)
    assert data_as_of(desk.cache, ["never-synced"]) is None
    assert bar.data_as_of_label.text().startswith("Data as of ")


def test_a_desks_messages_page_shows_each_tenants_questions_through_its_own_service(qtbot, desk):
    own, beside = desk.tenant_ids
    services = {t: ExpertsService(desk.cache, t, None) for t in (own, beside)}  # offline
    for tenant, question in ((own, "Own tenant's question?"), (beside, "Beside's question?")):
        context = ExpertContext("incident", "5", "An incident", tenant, None)
        services[tenant].ask(RequestDraft(ExpertCategory.ALERT_INFORMATION, question, context))
    on_desk = dataclasses.replace(
        desk, experts=services[own], desk=(DeskTenantView(beside, NAMES[1], services[beside]),)
    )
    page = ExpertsMessagesPage(on_desk)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()

    model = page.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Tenant"
    shown = {model.index(r, 1).data(): model.request_at(r) for r in range(model.rowCount())}
    assert {name: r.question for name, r in shown.items()} == {
        NAMES[0]: "Own tenant's question?",
        NAMES[1]: "Beside's question?",
    }
    assert page.pending_label.text() == "2 waiting to be sent"

    # The question beside the window's: its tenant's allowance, and a reply goes to its
    # tenant's outbox, never the window's own.
    page.select_request(shown[NAMES[1]].id)
    assert page.allowance_label.text().startswith(f"{NAMES[1]}: ")
    page.send_reply(shown[NAMES[1]].id, "And another thing")
    assert outbox.pending_count(desk.cache, beside) == 2
    assert outbox.pending_count(desk.cache, own) == 1

    # One tenant's page (the window on it alone) shows its own question only.
    alone = ExpertsMessagesPage(dataclasses.replace(desk, experts=services[own], desk=()))
    qtbot.addWidget(alone)
    assert [r.question for r in alone.requests()] == ["Own tenant's question?"]
    assert alone.model.headerData(1, Qt.Orientation.Horizontal) == "Status"


def test_the_experts_badge_counts_every_tenants_unread_answers(qtbot, desk):
    own, beside = desk.tenant_ids
    window = MainWindow(desk, None)
    qtbot.addWidget(window)
    window.show_experts_unread(own, 1)
    window.show_experts_unread(beside, 2)
    assert window.navigation.entry_text("experts") == "Defender Experts messages (3)"
    window.show_experts_unread(beside, 0)  # read on the page, or answered elsewhere
    assert window.navigation.entry_text("experts") == "Defender Experts messages (1)"


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_the_tenant_column_sorts_by_the_names_it_shows(qtbot, desk, order):
    own, beside = desk.tenant_ids
    # Names in the opposite order to the ids, so an id sort could not pass for a name sort.
    own_name, beside_name = ("Zeta", "Alpha") if own < beside else ("Alpha", "Zeta")
    named = dataclasses.replace(
        desk, tenant_name=own_name, desk=(DeskTenantView(beside, beside_name),)
    )
    queue = opened(qtbot, IncidentsQueue(named))
    queue.model.sort(0, order)
    names = [queue.model.index(r, 0).data() for r in range(queue.model.rowCount())]
    expected = sorted(names, reverse=order == Qt.SortOrder.DescendingOrder)
    assert names == expected and len(set(names)) == 2
