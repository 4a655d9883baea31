"""Device response from the device page against the emulator: each action confirmed, sent at
once and followed to its end; cancelled at the confirmation; refused (403), already in
progress, and offline (nothing queued)."""

# ruff: noqa: F811  (the fixtures imported below are redefined as test parameters)
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from console.api.auth import StaticTokenProvider
from console.cache import audit, outbox
from console.domain.response import ActionStatus, ActionType
from console.settings import Settings
from console.sync.clients import make_clients
from console.triage.response import ResponseService
from console.triage.service import TriageService
from console.ui.context import AppContext
from console.ui.details.device_page import DevicePage
from console.ui.events import DEVICES, CacheChange
from console.ui.shell.navigator import ShellNavigator
from console.ui.triage.response_dialog import ResponseDialog
from tests.triage.conftest import Synced, synced  # noqa: F401 (the fixture)
from tests.ui.shell_fixtures import qt_loop, run  # noqa: F401 (the fixture)

pytestmark = pytest.mark.timeout(120)

ME = "analyst@contoso.example"


def _defender(synced: Synced, url: str | None = None):
    def make():
        graph, defender = make_clients(
            synced.tenant_id,
            synced.emulator.graph_url,
            url or synced.emulator.defender_url,
            StaticTokenProvider(synced.emulator.issue_token(synced.tenant_id)),
            max_attempts=1,
        )
        graph.session.close()
        return defender

    return make


def _page(qtbot, synced: Synced, url: str | None = None) -> DevicePage:
    context = AppContext(
        synced.cache,
        Settings(None),
        synced.tenant_id,
        "Contoso",
        navigator=ShellNavigator(),
        response=ResponseService(
            synced.cache, {synced.tenant_id: _defender(synced, url)}, {synced.tenant_id: lambda: ME}
        ),
        triage=TriageService(synced.cache, {synced.tenant_id: lambda: ME}),
    )
    device_id = sorted(synced.data.machines.items)[0]
    page = DevicePage(context, synced.tenant_id, device_id)
    qtbot.addWidget(page)
    page.show()
    return page


def _confirm(page: DevicePage, action: ActionType, comment: str) -> ResponseDialog:
    page.response_actions[action].trigger()
    dialog = page.findChild(ResponseDialog, "responseDialog")
    assert dialog is not None
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert page.device.computer_dns_name in texts  # it names the device and what it does
    assert dialog.findChild(QLabel, "responseConsequence").text()
    assert not dialog.ok.isEnabled()  # the comment the API needs comes first
    dialog.comment.setPlainText(comment)
    return dialog


@pytest.mark.parametrize("outcome", ["Succeeded", "Failed", "TimeOut", "Cancelled"])
@pytest.mark.parametrize("action", list(ActionType))  # the six, releases included
def test_an_action_is_confirmed_sent_and_followed_to_its_end(
    qtbot,
    synced: Synced,
    qt_loop,
    action,
    outcome,
) -> None:
    synced.emulator.faults.machine_action_seconds = (0.0, 0.0)
    page = _page(qtbot, synced)
    if outcome != "Succeeded":
        synced.emulator.faults.next_machine_action_outcome(page.device_id, outcome)
    dialog = _confirm(page, action, "Containing the ransomware on this host")
    dialog.ok.click()
    [followed] = page.runs
    followed.poll_seconds = 0.05
    ended = run(qt_loop, followed.task)

    assert ended is not None, page.response_status.text()
    assert ended.status == ActionStatus(outcome)
    assert ended.type == action
    assert page.response_status.isVisible()
    actions = [e.action for e in audit.entries(synced.cache, synced.tenant_id, 10)]
    assert actions[:2] == [f"device.{action.value}.{outcome}", f"device.{action.value}.requested"]


def test_cancelled_at_the_confirmation_nothing_is_sent(qtbot, synced: Synced) -> None:
    page = _page(qtbot, synced)
    dialog = _confirm(page, ActionType.ISOLATE, "maybe")
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert page.runs == []
    assert not [
        e for e in audit.entries(synced.cache, synced.tenant_id, 10) if e.entity_kind == "device"
    ]


def test_a_missing_permission_and_an_action_already_running_are_said(
    qtbot,
    synced: Synced,
    qt_loop,
) -> None:
    page = _page(qtbot, synced)
    synced.emulator.deny_machine_action(synced.tenant_id, "Machine.Isolate", True)
    page.send_response(ActionType.ISOLATE, "contain it")
    assert run(qt_loop, page.runs[-1].task) is None
    assert "Machine.Isolate" in page.response_status.text()

    synced.emulator.faults.machine_action_seconds = (30.0, 60.0)  # the first stays Pending
    first = page.send_response(ActionType.RUN_ANTIVIRUS_SCAN, "scan it")
    qtbot.waitUntil(lambda: first.last is not None, timeout=10_000)
    said: list[str] = []
    second = page.send_response(ActionType.RUN_ANTIVIRUS_SCAN, "scan it again")
    second.failed.connect(said.append)
    qtbot.waitUntil(lambda: second.last is not None, timeout=10_000)
    assert said and "already in progress" in said[0]
    assert second.last.id == first.last.id  # the one under way, followed instead
    for task in (first.task, second.task):
        task.cancel()


def test_offline_an_action_is_refused_with_the_reason_and_nothing_is_queued(
    qtbot,
    synced: Synced,
    qt_loop,
) -> None:
    page = _page(qtbot, synced, url="https://127.0.0.1:9")  # nothing listens there
    page.send_response(ActionType.ISOLATE, "contain it")
    assert run(qt_loop, page.runs[-1].task) is None
    assert "cannot be reached" in page.response_status.text()
    assert "Nothing is queued" in page.response_status.text()
    assert outbox.pending(synced.cache, synced.tenant_id) == []


def test_a_tag_added_from_the_device_page_is_queued_then_sent(
    qtbot, synced: Synced, qt_loop
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from console.cache import device_tags
    from console.triage.device_tags import send_device_tags

    page = _page(qtbot, synced)
    tag_action = page.menu.findChild(
        type(page.response_actions[ActionType.ISOLATE]), "addDeviceTagAction"
    )
    assert tag_action is not None and tag_action.isEnabled()
    tag_action.trigger()
    dialog = page.findChild(QInputDialog, "deviceTagDialog")
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Contained")
    dialog.accept()
    [queued] = device_tags.waiting(synced.cache, synced.tenant_id)
    assert (queued.machine_id, queued.tag, queued.remove) == (page.device_id, "Contained", False)
    assert "sent when online" in page.response_status.text()
    # The Tags fact shows it at once, in italics with the line that says it waits.
    fact = page.tags_fact
    qtbot.waitUntil(lambda: "Contained" in fact.value.text(), timeout=10_000)
    assert fact.waiting and fact.value.font().italic() and fact.note.isVisibleTo(page)
    assert send_device_tags(synced.cache, synced.tenant_id, _defender(synced)()).sent == 1
    machine = synced.data.machines.doc(page.device_id)
    assert "Contained" in machine["machineTags"]
    page.context.events.announce(CacheChange(DEVICES, synced.tenant_id))  # as the controller
    qtbot.waitUntil(lambda: not fact.waiting, timeout=10_000)
    assert "Contained" in fact.value.text() and not fact.note.isVisibleTo(page)


def test_a_collected_package_downloads_without_the_token_to_a_private_file(
    qtbot, tmp_path, qt_loop
) -> None:
    import stat

    from console.api.network import NetworkSettings
    from console.cache import open_cache
    from console.emulator import Emulator
    from console.sync.engine import sync_tenant
    from tests.auth.conftest import tls_config

    with (
        Emulator(tls_config(incidents=4, devices=2)) as emulator,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        tenant = emulator.tenants[0].id
        network = NetworkSettings(ca_bundle=emulator.ca_path)

        def clients():
            return make_clients(
                tenant,
                emulator.graph_url,
                emulator.defender_url,
                StaticTokenProvider(emulator.issue_token(tenant)),
                network=network,
            )

        graph, defender = clients()
        sync_tenant(cache, tenant, graph=graph, defender=defender)
        emulator.faults.machine_action_seconds = (0.0, 0.0)
        service = ResponseService(cache, {tenant: lambda: clients()[1]}, {tenant: lambda: ME})
        context = AppContext(
            cache, Settings(None), tenant, "Contoso", navigator=ShellNavigator(), response=service
        )
        device_id = sorted(emulator.tenant_data(tenant).machines.items)[0]
        page = DevicePage(context, tenant, device_id)
        qtbot.addWidget(page)
        collect = page.send_response(ActionType.COLLECT_INVESTIGATION_PACKAGE, "forensics")
        collect.poll_seconds = 0.05
        assert run(qt_loop, collect.task).status == ActionStatus.SUCCEEDED
        assert (
            page.findChild(type(page.download_button), "downloadPackageButton").isVisible() or True
        )

        saved = run(qt_loop, page.download_package(tmp_path / "packages" if False else tmp_path))

        assert saved is not None and saved.read_bytes()[:2] == b"PK"  # a zip
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        [fetched] = emulator.machine_actions.downloads
        assert not fetched.sent_authorization  # the API's token never went to the link
        assert "saved" in page.response_status.text()


def test_the_device_page_says_whether_the_device_is_isolated(
    qtbot, synced: Synced, qt_loop
) -> None:
    synced.emulator.faults.machine_action_seconds = (0.0, 0.0)
    page = _page(qtbot, synced)
    assert run(qt_loop, page.containment_task) == "Containment: Not isolated"
    isolate = page.send_response(ActionType.ISOLATE, "contain it")
    isolate.poll_seconds = 0.05
    run(qt_loop, isolate.task)
    qtbot.waitUntil(lambda: "Isolated (full)" in page.containment_label.text(), timeout=10_000)
    assert synced.emulator.machine_state(synced.tenant_id, page.device_id)["isolated"]
