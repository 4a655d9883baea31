"""Device tags from the devices queue against the emulator: one device, then every device
the filters match (1,200: three calls of 500, 500 and 200), shown pending until sent, then
as the service has them; removed in bulk the same way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from console.api.auth import StaticTokenProvider
from console.cache import audit, device_tags, open_cache
from console.emulator import Emulator
from console.settings import Settings
from console.sync.clients import make_clients
from console.sync.engine import sync_tenant
from console.triage.device_tags import send_device_tags
from console.triage.service import TriageService
from console.ui.context import AppContext
from console.ui.events import DEVICES, CacheChange
from console.ui.queues import DevicesQueue
from console.ui.queues.model import ROW_ROLE
from console.ui.reader import wait_for_readers
from console.ui.shell.navigator import ShellNavigator
from tests.integration.conftest import small_config
from tests.ui.queues_helpers import READ_TIMEOUT_MS, wait_for_reads

pytestmark = pytest.mark.timeout(180)

ME = "analyst@contoso.example"


@pytest.fixture
def fleet(tmp_path: Path) -> Iterator[tuple[Emulator, AppContext]]:
    """1,200 synced devices and a context that queues their tags."""
    with (
        Emulator(small_config(incidents=4, devices=1200)) as emulator,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        tenant = emulator.tenants[0].id
        graph, defender = make_clients(
            tenant,
            emulator.graph_url,
            emulator.defender_url,
            StaticTokenProvider(emulator.issue_token(tenant)),
        )
        sync_tenant(cache, tenant, graph=graph, defender=defender)
        context = AppContext(
            cache,
            Settings(None),
            tenant,
            "Contoso",
            navigator=ShellNavigator(),
            triage=TriageService(cache, {tenant: lambda: ME}),
        )
        yield emulator, context
        wait_for_readers()  # no background read left on the cache it closes
        graph.session.close()
        defender.session.close()


def _queue(qtbot, context: AppContext) -> DevicesQueue:
    queue = DevicesQueue(context)
    qtbot.addWidget(queue)
    queue.resize(1280, 700)
    queue.show()
    context.events.changed.connect(queue.cache_changed)  # as the window wires it
    qtbot.waitExposed(queue)
    return queue


def _menu_action(queue: DevicesQueue, row: int, name: str):
    menu = queue.cell_menu(queue.model.index(row, 0))
    found = next((a for a in menu.actions() if a.objectName() == name), None)
    assert found is not None, f"{name} not in the menu"
    return found


def _open_dialog(queue: DevicesQueue) -> QInputDialog:
    """The tag dialog on screen (an accepted one lingers until deleted later)."""
    [dialog] = [d for d in queue.findChildren(QInputDialog, "deviceTagDialog") if d.isVisible()]
    return dialog


def _tag_through_dialog(qtbot, queue: DevicesQueue, action_name: str, tag: str) -> None:
    _menu_action(queue, 0, action_name).trigger()
    dialog = _open_dialog(queue)
    dialog.setTextValue(tag)
    dialog.accept()


def _send(emulator: Emulator, context: AppContext) -> int:
    tenant = context.tenant_id
    _graph, defender = make_clients(
        tenant,
        emulator.graph_url,
        emulator.defender_url,
        StaticTokenProvider(emulator.issue_token(tenant)),
    )
    report = send_device_tags(context.cache, tenant, defender)
    defender.session.close()
    context.events.announce(CacheChange(DEVICES, tenant))  # as the triage controller does
    return report.calls


def _first_row(queue: DevicesQueue):
    return queue.model.index(0, 0).data(ROW_ROLE)


def test_a_tag_on_one_device_then_on_all_1200_in_three_calls(qtbot, fleet) -> None:
    emulator, context = fleet
    tenant = context.tenant_id
    queue = _queue(qtbot, context)
    wait_for_reads(qtbot)
    assert queue.model.count() == 1200

    queue.table.selectRow(0)
    first = _first_row(queue)
    _tag_through_dialog(qtbot, queue, "addTagToSelectedAction", "Contained")
    [queued] = device_tags.waiting(context.cache, tenant)
    assert (queued.machine_id, queued.tag, queued.remove) == (first.id, "Contained", False)
    assert "pending until sent" in queue.status.text()
    # Shown at once, over the synced tags, in the Tags column's pending style.
    qtbot.waitUntil(lambda: "Contained" in _first_row(queue).tags, timeout=READ_TIMEOUT_MS)
    assert "tags" in _first_row(queue).pending
    assert _send(emulator, context) == 1
    qtbot.waitUntil(lambda: not _first_row(queue).pending, timeout=READ_TIMEOUT_MS)
    assert "Contained" in _first_row(queue).tags

    select_all = _menu_action(queue, 0, "selectAllMatchingAction")
    select_all.trigger()
    assert queue.selection.count() == 1200
    add = _menu_action(queue, 0, "addTagToSelectedAction")
    assert add.text() == "Add a tag to 1,200 selected devices…"
    _tag_through_dialog(qtbot, queue, "addTagToSelectedAction", "Campaign-42")
    assert len(device_tags.waiting(context.cache, tenant)) == 1200
    assert queue.status.text() == "Tag “Campaign-42” added to 1,200 devices: pending until sent"
    assert _send(emulator, context) == 3  # 500 + 500 + 200
    kinds = [request.kind for request in emulator.tag_requests(tenant)]
    assert kinds == ["Tags", *["AddOrRemoveTagForMultipleMachines"] * 3]
    machines = emulator.tenant_data(tenant).machines
    assert all("Campaign-42" in machines.doc(m)["machineTags"] for m in machines.items)
    assert audit.entries(context.cache, tenant, 1)[0].action == "device.tag.sent"

    # Removed from every device again, in bulk: the dialog offers the tags they carry.
    queue.selection.select_all()
    _menu_action(queue, 0, "removeTagFromSelectedAction").trigger()
    dialog = _open_dialog(queue)
    assert "Campaign-42" in dialog.comboBoxItems()
    assert dialog.windowTitle() == "Remove a tag from 1,200 devices"
    dialog.setTextValue("Campaign-42")
    dialog.accept()
    assert _send(emulator, context) == 3
    assert not any("Campaign-42" in machines.doc(m)["machineTags"] for m in machines.items)


def test_cancelling_the_tag_dialog_queues_nothing(qtbot, fleet) -> None:
    _emulator, context = fleet
    queue = _queue(qtbot, context)
    wait_for_reads(qtbot)
    queue.table.selectRow(0)
    _menu_action(queue, 0, "addTagToSelectedAction").trigger()
    dialog = _open_dialog(queue)
    assert dialog.textValue() == ""  # no known tag preselected for a hasty Enter
    dialog.reject()
    assert device_tags.waiting(context.cache, context.tenant_id) == []
