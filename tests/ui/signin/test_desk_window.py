"""A desk's tenants in one window, against the TLS emulator with two and then five tenants:
each syncs with its own token into the desk's cache, the queues show All tenants with
a Tenant column, what is opened from a row stays inside its tenant, and the status bar
says each tenant's state."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget

from console.app import ConsoleWindows
from console.auth.setup import open_service
from console.cache import summary
from console.cache.filters import Filters
from console.launch import desk_launch
from console.ui.queues import IncidentsQueue, QueueView
from console.ui.queues.model import ROW_ROLE
from console.ui.shell.sync_controller import OK, SIGN_IN
from tests.auth.conftest import profile_for
from tests.ui.queues_helpers import shown_rows
from tests.ui.shell_fixtures import run

INCIDENTS_PER_TENANT = 30  # tls_config's


@pytest.fixture
def windows(qtbot, qt_loop, settings, played_browser):
    made = ConsoleWindows(settings, qt_loop, played_browser)
    yield made
    window = made.window
    if window is not None:
        window.close()
        tasks = [t for t in (made.controller.task, *window.desk_syncs.tasks()) if t is not None]
        if tasks:
            run(qt_loop, asyncio.wait(tasks), timeout=60)
    made.close()


def open_desk(windows, store, emu, browser, qtbot, signed_out=()):
    services = []
    for number, tenant in enumerate(emu.tenants):
        profile = profile_for(emu, name=f"Customer {number}", tenant=tenant.id)
        store.save(profile)
        service = open_service(profile, open_browser=browser)
        if number not in signed_out:
            service.sign_in()
        services.append(service)
    window = windows.open(desk_launch(windows.settings, services))
    qtbot.addWidget(window)
    return window


async def all_synced(window):
    """Sync now, then every tenant's outcome."""
    window.sync_action.trigger()
    controllers = list(window.desk_syncs.controllers.values())
    while any(c.task is None for c in controllers):
        await asyncio.sleep(0.01)
    return [await c.task for c in controllers]


@pytest.mark.parametrize(
    "tenants", [pytest.param(n, marks=pytest.mark.emulator(tenants=n)) for n in (2, 5)]
)
def test_every_tenant_syncs_with_its_own_token_and_shows_in_all_tenants(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser, tenants
):
    assert len(tls_emulator.tenants) == tenants
    window = open_desk(windows, store, tls_emulator, played_browser, qtbot)
    tls_emulator.tokens_seen.clear()
    outcomes = run(qt_loop, all_synced(window), timeout=120)
    assert [o.kind for o in outcomes] == [OK] * tenants, [o.reason for o in outcomes]

    cache = window.context.cache
    for tenant in tls_emulator.tenants:  # each tenant's rows, all of them, under its id
        assert summary.counts(cache, tenant.id)[0] == INCIDENTS_PER_TENANT
    # Every token that reached the APIs was minted for one tenant, and every tenant's own
    # reached them: the emulator answers a token with its own tenant's data only, so the
    # counts above could not be right had one tenant's token been sent for another.
    granted = [tls_emulator.tokens.lookup(token) for _port, token in tls_emulator.tokens_seen]
    assert granted and None not in granted
    assert {g.tenant_id for g in granted if g} == {t.id for t in tls_emulator.tenants}

    # Home: each tenant's Defender Experts notifications and totals, and the desk's total.
    window.show_page("home")
    table = window.findChild(QTableWidget, "deskTable")
    total = f"{tenants * INCIDENTS_PER_TENANT:,}"
    qtbot.waitUntil(lambda: table.item(tenants, 2).text() == total, timeout=10_000)
    assert [table.item(r, 0).text() for r in range(tenants + 1)] == [
        *(f"Customer {n}" for n in range(tenants)),
        "All tenants",
    ]
    assert {table.item(r, 2).text() for r in range(tenants)} == {str(INCIDENTS_PER_TENANT)}

    window.show_page("incidents")
    queue = window.findChild(QueueView, "incidentsQueue")
    qtbot.waitUntil(lambda: queue.model.count() == tenants * INCIDENTS_PER_TENANT, timeout=10_000)
    assert queue.model.headerData(0, Qt.Orientation.Horizontal) == "Tenant"
    names = {queue.model.index(r, 0).data() for r in range(queue.model.rowCount())}
    assert names <= {f"Customer {n}" for n in range(tenants)} and len(names) > 1

    # A filter naming tenants (a saved set, Home's row of one tenant) stays inside the desk.
    first = tls_emulator.tenants[0].id
    queue.set_filters(Filters(tenant_ids=(first,)), "any")
    qtbot.waitUntil(lambda: queue.model.count() == INCIDENTS_PER_TENANT, timeout=10_000)
    # A window on the first tenant alone, over the same cache: the second's rows are there,
    # and a filter naming it (a set saved on the desk) still shows only the first's.
    alone = IncidentsQueue(window.context.for_tenant(first))
    qtbot.addWidget(alone)
    alone.set_filters(Filters(tenant_ids=(tls_emulator.tenants[1].id,)), "any")
    qtbot.waitUntil(lambda: alone.model.count() == INCIDENTS_PER_TENANT, timeout=10_000)
    assert {r.tenant_id for r in shown_rows(alone)} == {first}
    queue.set_filters(Filters(), "any")
    qtbot.waitUntil(lambda: queue.model.count() == tenants * INCIDENTS_PER_TENANT, timeout=10_000)

    # A row opened from All tenants is its own tenant's: its page, its sign-in, its Ask
    # Defender Experts (this custom cloud has no experts channel: none, not the window's).
    row = next(
        queue.model.index(r, 0).data(ROW_ROLE)
        for r in range(queue.model.rowCount())
        if queue.model.index(r, 0).data() == f"Customer {tenants - 1}"
    )
    window.context.navigator.open_incident(row.tenant_id, row.id)
    page = window.pages.currentWidget().content
    assert page.context.tenant_id == row.tenant_id == tls_emulator.tenants[-1].id
    assert page.context.tenant_name == f"Customer {tenants - 1}"
    assert page.context.sign_in is not window.context.sign_in
    assert page.context.sign_in.profile.name == f"Customer {tenants - 1}"
    assert page.context.experts is None and not page.context.many_tenants

    states = window.status.tenant_states
    assert states.text().startswith(f"{tenants} tenants: {tenants} synced")
    lines = [action.text() for action in states.menu_of_tenants.actions()]
    assert len(lines) == tenants and all("synced at" in line for line in lines)


@pytest.mark.emulator(tenants=2)
def test_a_schedule_saved_for_a_tenant_beside_the_window_applies_at_once(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser
):
    window = open_desk(windows, store, tls_emulator, played_browser, qtbot)
    beside = tls_emulator.tenants[1].id
    scheduled = window.desk_syncs.schedules[beside]
    assert not scheduled.timer.isActive()  # the profiles' schedule: off
    tenants = window.open_tenants_dialog()
    tenants.refresh(select="Customer 1")
    form = tenants.edit_schedule()
    form.every_check.setChecked(True)
    form.minutes_edit.setText("1")
    assert form.save()
    assert scheduled.timer.isActive()
    assert not windows.schedule.timer.isActive()  # the window's own tenant kept its own


@pytest.mark.emulator(tenants=2)
def test_connecting_a_tenant_beside_a_saved_one_opens_the_desk_on_it(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser
):
    first, second = tls_emulator.tenants
    store.save(profile_for(tls_emulator, name="Customer 0", tenant=first.id))
    connected = profile_for(tls_emulator, name="Customer 1", tenant=second.id)
    store.save(connected)  # what Save in the Connect dialog does, then it emits the service
    service = open_service(connected, open_browser=played_browser)
    service.sign_in()
    window = windows.switch_to_profile(service)
    qtbot.addWidget(window)
    assert window.context.tenant_id == second.id  # the tenant just connected is the window's
    assert window.context.many_tenants
    assert window.context.tenant_names() == {second.id: "Customer 1", first.id: "Customer 0"}
    assert set(window.desk_syncs.controllers) == {first.id, second.id}


@pytest.mark.emulator(tenants=3)
def test_a_throttled_tenant_waits_alone_and_a_signed_out_one_blocks_none(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser
):
    own, throttled, signed_out = (tenant.id for tenant in tls_emulator.tenants)
    tls_emulator.faults.throttle_tenant(throttled, 3, retry_after=1)
    window = open_desk(windows, store, tls_emulator, played_browser, qtbot, signed_out={2})
    waits: dict[str, list[float]] = {}
    for tenant, controller in window.desk_syncs.controllers.items():
        controller.waiting.connect(
            lambda _reason, seconds, t=tenant: waits.setdefault(t, []).append(seconds)
        )
    outcomes = run(qt_loop, all_synced(window), timeout=120)

    assert [o.kind for o in outcomes] == [OK, OK, SIGN_IN], [o.reason for o in outcomes]
    assert sorted(waits) == [throttled] and len(waits[throttled]) == 3  # the others never wait
    cache = window.context.cache
    assert summary.counts(cache, own)[0] == summary.counts(cache, throttled)[0] == 30
    assert summary.counts(cache, signed_out)[0] == 0
    states = window.status.tenant_states
    assert states.text() == "3 tenants: 2 synced · 1 signed out"
    line = states.menu_of_tenants.findChild(QAction, f"tenantState:{signed_out}").text()
    assert line == "Customer 2: signed out: sign in again (Settings > Tenants)"
