"""The window sends triage changes through its TriageController to the emulator: the queue
shows them pending, then as the service has them; a conflict is counted in the status bar."""

from __future__ import annotations

import asyncio

import pytest

from console.api.auth import StaticTokenProvider
from console.domain.triage import Change, EntityKind
from console.settings import Settings
from console.sync.clients import make_clients
from console.triage.delivery import SendReport
from console.triage.runner import thread_sender
from console.triage.service import TriageService
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from console.ui.shell.navigator import ShellNavigator
from console.ui.shell.sync_controller import SyncController
from console.ui.triage.controller import TriageController
from tests.triage.conftest import Synced, synced  # noqa: F401 (the fixture)
from tests.ui.shell_fixtures import qt_loop, run  # noqa: F401 (the fixture)

pytestmark = pytest.mark.timeout(120)

ME = "analyst@contoso.example"


@pytest.fixture
def triage_window(qtbot, synced: Synced):  # noqa: F811
    context = AppContext(
        synced.cache,
        Settings(None),
        synced.tenant_id,
        "Contoso",
        navigator=ShellNavigator(),
        triage=TriageService(synced.cache, {synced.tenant_id: lambda: ME}),
    )

    def graph():
        client, defender = make_clients(
            synced.tenant_id,
            synced.emulator.graph_url,
            synced.emulator.defender_url,
            StaticTokenProvider(synced.emulator.issue_token(synced.tenant_id)),
            max_attempts=2,
        )
        defender.session.close()
        return client

    window = MainWindow(context, SyncController(context, None))
    sender = thread_sender(synced.cache, synced.tenant_id, graph)
    window.triage = TriageController(context, {synced.tenant_id: sender}, parent=window)
    window.status.triage_status.follow(window.triage)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_a_change_goes_from_pending_to_sent_and_a_conflict_needs_the_analyst(
    qtbot,
    triage_window,
    synced: Synced,  # noqa: F811
    qt_loop,  # noqa: F811
) -> None:
    first, second = synced.incident_ids()[:2]
    service = triage_window.context.triage
    service.queue(Change(EntityKind.INCIDENT, {"assignedTo": ME}), [(synced.tenant_id, first)])
    doc = synced.data.incidents.doc(second)
    ours, theirs = [s for s in ("active", "inProgress", "resolved") if s != doc["status"]]
    service.queue(Change(EntityKind.INCIDENT, {"status": ours}), [(synced.tenant_id, second)])
    doc["status"] = theirs  # the portal moves it meanwhile
    synced.data.replace_incident(doc)

    report = run(qt_loop, triage_window.triage.run_once(synced.tenant_id))

    assert (report.sent, report.conflicts) == (1, 1)
    assert synced.data.incidents.doc(first)["assignedTo"] == ME
    attention = triage_window.status.triage_status.attention_button
    qtbot.waitUntil(attention.isVisible, timeout=10_000)
    assert "1 change needs you" in attention.text()
    assert synced.data.incidents.doc(second)["status"] == theirs  # never overwritten
    # Nothing is waiting to be sent any more: the pending count says so.
    pending = triage_window.status.pending_label
    qtbot.waitUntil(lambda: pending.text() == "Nothing waiting to send", timeout=10_000)


def test_a_recovery_pauses_the_sends_and_waits_for_them(qtbot, synced: Synced, qt_loop) -> None:  # noqa: F811
    context = AppContext(
        synced.cache,
        Settings(None),
        synced.tenant_id,
        "Contoso",
        navigator=ShellNavigator(),
        triage=TriageService(synced.cache, {synced.tenant_id: lambda: ME}),
    )
    runs: list[str] = []

    def sender(cancel, _progress, _per_minute):  # a long send that stops when told
        runs.append("started")
        cancel.wait(20)
        runs.append("stopped" if cancel.is_set() else "timed out")
        return SendReport()

    controller = TriageController(context, {synced.tenant_id: sender})
    controller.kick()
    qtbot.waitUntil(lambda: runs == ["started"], timeout=5000)

    stopped = controller.pause()
    assert stopped is not None
    run(qt_loop, stopped)
    assert runs == ["started", "stopped"] and controller.tasks() == []
    controller.kick()  # paused: nothing starts
    assert runs == ["started", "stopped"]
    controller.resume()
    qtbot.waitUntil(lambda: runs[-1] == "started", timeout=5000)
    controller.stop()
    run(qt_loop, asyncio.gather(*controller.tasks()))


def test_a_send_that_fails_says_so_in_the_status_bar(
    qtbot,
    triage_window,
    synced: Synced,  # noqa: F811
    qt_loop,  # noqa: F811
) -> None:
    from console.app import _triage_controller
    from console.launch import Launch
    from console.sync.target import SyncTarget

    def offline(_on_wait):  # nothing listens there: the tenant cannot be reached
        return make_clients(
            synced.tenant_id,
            "https://127.0.0.1:9",
            "https://127.0.0.1:9",
            StaticTokenProvider("t"),
            max_attempts=1,
        )

    launch = Launch(
        synced.cache, synced.tenant_id, "Contoso", SyncTarget(synced.tenant_id, offline)
    )
    # The window's own wiring, as console.app builds it.
    controller = _triage_controller(triage_window.context, launch, triage_window)
    incident_id = synced.incident_ids()[0]
    triage_window.context.triage.queue(
        Change(EntityKind.INCIDENT, {"assignedTo": ME}), [(synced.tenant_id, incident_id)]
    )

    report = run(qt_loop, controller.run_once(synced.tenant_id))

    assert report.offline and report.remaining == 1
    assert triage_window.status.currentMessage().startswith("Changes not sent: ")
    assert "They stay in the outbox." in triage_window.status.currentMessage()
