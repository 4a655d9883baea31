# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""Defender Experts messages against the real service and the in-process emulator: pending while
offline, sent exactly once when online, answered, replied to, badged, and kept over a restart."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from console.api.auth import StaticTokenProvider
from console.api.session import ApiSession
from console.cache.engine import open_cache
from console.domain.experts import RequestStatus
from console.emulator import Emulator, EmulatorConfig
from console.experts import ExpertsService
from console.settings import Settings
from console.ui.context import AppContext
from console.ui.details import IncidentPage
from console.ui.experts import ExpertsController, ExpertsMessagesPage
from console.ui.experts.requests_model import REQUEST_ROLE
from console.ui.main_window import MainWindow
from console.ui.shell.navigator import ShellNavigator
from tests.ui.conftest import UI_SEED
from tests.ui.experts_helpers import close_dialogs, incident_row, the_dialog
from tests.ui.queues_helpers import wait_for_reads
from tests.ui.shell_fixtures import qt_loop, run  # noqa: F401 (fixture)

# A closed port on loopback: "offline" without touching any real network.
UNREACHABLE = "http://127.0.0.1:9/experts/v1"


@pytest.fixture
def emulator(synced_tenant):
    # Timers off: the test moves requests along (advance/answer), nothing races it.
    config = EmulatorConfig(
        seed=UI_SEED,
        tenants=1,
        incidents=150,
        devices=40,
        experts_progress_after=0,
        experts_answer_after=0,
    )
    with Emulator(config) as emu:
        assert emu.tenants[0].id == synced_tenant.tenant_id
        yield emu


@pytest.fixture
def context(context, emulator):
    """The tenant's experts service, pointed at a closed port until a test says otherwise."""
    session = ApiSession(
        StaticTokenProvider(emulator.issue_token(context.tenant_id)),
        max_attempts=1,
        timeout=(2, 5),
    )
    service = ExpertsService(context.cache, context.tenant_id, session)
    service.save_settings(dataclasses.replace(service.settings(), service_url=UNREACHABLE))
    return dataclasses.replace(context, experts=service)


@pytest.fixture
def window(qtbot, context, emulator, qt_loop):
    service = context.experts
    controller = ExpertsController(context, use_tray=False)
    main = MainWindow(context, None, experts=controller)
    qtbot.addWidget(main)
    main.show()
    yield main, service, controller
    close_dialogs()
    if controller.running:  # a send the last ask started: let it end before the loop closes
        run(qt_loop, controller.task, timeout=20)


def _ask_from_incident_page(qtbot, context, question: str):
    row = incident_row(context)
    page = IncidentPage(context, row.tenant_id, row.id)
    qtbot.addWidget(page)
    next(a for a in page.menu.actions() if a.objectName() == "askDefenderExpertsAction").trigger()
    dialog = the_dialog(qtbot)
    dialog.question_edit.setPlainText(question)
    with qtbot.waitSignal(dialog.sent, timeout=3000) as sent:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    dialog.close()
    return sent.args[0]


def _status_texts(page: ExpertsMessagesPage) -> list[str]:
    return [page.model.index(r, 1).data() for r in range(page.model.rowCount())]


def test_offline_pending_then_sent_once_answered_replied_and_kept(
    qtbot, context, emulator, window, qt_loop, cache_copy
):
    main, service, controller = window
    page = main.experts_page
    main.show_page("experts")  # the analyst watches the page as it moves along

    # Offline: the question is kept and shown as Pending.
    request = _ask_from_incident_page(qtbot, context, "Is this incident <b>related</b> to X?")
    run(qt_loop, controller.kick(), timeout=20)
    assert controller.online is False
    assert _status_texts(page) == ["Pending"]
    assert page.pending_label.text() == "1 waiting to be sent"
    wait_for_reads(qtbot)
    assert main.status.pending_label.text() == "1 waiting to send"
    assert emulator.experts.received == []

    # Online: sent exactly once, with the request id as the idempotency key.
    service.save_settings(
        dataclasses.replace(service.settings(), service_url=f"{emulator.base_url}/experts/v1")
    )
    run(qt_loop, controller.kick(), timeout=20)
    run(qt_loop, controller.kick(), timeout=20)
    assert controller.online is True
    assert [key for _tenant, key, _id in emulator.experts.received] == [request.id]
    assert _status_texts(page) == ["Submitted"]
    assert page.pending_label.text() == ""
    wait_for_reads(qtbot)
    assert main.status.pending_label.text() == "Nothing waiting to send"

    # The experts answer: the page shows it, the nav is badged, the analyst is told.
    emulator.experts.advance(request.id)
    emulator.experts.answer(request.id, "It is benign: <script>x</script> a scheduled backup.")
    answered = run(qt_loop, controller.kick(), timeout=20)
    assert [r.id for r in answered] == [request.id]
    assert _status_texts(page) == ["Answered"]
    assert main.navigation.entry_text("experts") == "Defender Experts messages (1)"
    assert controller.notifications and "answered" in controller.notifications[0]
    assert main.info_banner.isVisible()  # no system tray offscreen: told in the window

    page.select_row(0)
    conversation = page.details.conversation_text()
    assert "It is benign: <script>x</script> a scheduled backup." in conversation
    assert "Is this incident <b>related</b> to X?" in conversation  # plain text, as typed
    assert main.navigation.entry_text("experts") == "Defender Experts messages"  # read

    # Reply to the reply: sent through the outbox; the request is In progress again.
    assert page.details.reply_button.isEnabled() is False  # nothing written yet
    page.details.reply_edit.setPlainText("Thanks. Which backup tool?")
    qtbot.mouseClick(page.details.reply_button, Qt.MouseButton.LeftButton)
    run(qt_loop, controller.kick(), timeout=20)
    remote = emulator.experts.request(request.id)
    assert [r["text"] for r in remote["replies"]][-1] == "Thanks. Which backup tool?"
    assert remote["status"] == "inProgress"
    assert _status_texts(page) == ["In progress"]
    assert len(emulator.experts.received) == 1  # still one request

    # A restart: a new context over the same cache file keeps everything.
    main.close()
    with open_cache(cache_copy) as cache:
        service = ExpertsService(cache, context.tenant_id, None)
        again = AppContext(
            cache,
            Settings(None),
            context.tenant_id,
            context.tenant_name,
            navigator=ShellNavigator(),
            experts=service,
        )
        fresh = ExpertsMessagesPage(again)
        qtbot.addWidget(fresh)
        assert fresh.model.rowCount() == 1
        kept = fresh.model.index(0, 0).data(REQUEST_ROLE)
        assert kept.id == request.id
        assert kept.status == RequestStatus.IN_PROGRESS
        texts = [reply.text for reply in kept.replies]
        assert "It is benign: <script>x</script> a scheduled backup." in texts
        assert "Thanks. Which backup tool?" in texts
        fresh.close()


def test_a_hidden_page_re_reads_only_what_moved_and_only_when_shown(
    qtbot, context, emulator, window, qt_loop
):
    main, service, controller = window
    page = main.experts_page
    main.show_page("experts")
    request = _ask_from_incident_page(qtbot, context, "Is this host compromised?")
    service.save_settings(
        dataclasses.replace(service.settings(), service_url=f"{emulator.base_url}/experts/v1")
    )
    run(qt_loop, controller.kick(), timeout=20)
    assert _status_texts(page) == ["Submitted"]

    # A quiet poll every minute stores nothing: nothing is re-read, shown or not.
    with qtbot.assertNotEmitted(page.model.modelReset):
        run(qt_loop, controller.kick(), timeout=20)

    # Answered while the analyst is on Home: the hidden page waits, the badge moves.
    main.show_page("home")
    emulator.experts.advance(request.id)
    emulator.experts.answer(request.id, "Yes: isolate it.")
    with qtbot.assertNotEmitted(page.model.modelReset):
        run(qt_loop, controller.kick(), timeout=20)
    assert main.navigation.entry_text("experts") == "Defender Experts messages (1)"
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        main.show_page("experts")
    assert _status_texts(page) == ["Answered"]


def test_send_now_and_the_allowance_on_the_page(qtbot, context, emulator, window, qt_loop):
    main, service, controller = window
    page = main.experts_page
    main.show_page("experts")
    assert page.allowance_label.text() == "0 of 10 questions used this quarter"
    _ask_from_incident_page(qtbot, context, "First question")
    assert page.allowance_label.text() == "1 of 10 questions used this quarter"
    service.save_settings(
        dataclasses.replace(service.settings(), service_url=f"{emulator.base_url}/experts/v1")
    )
    # "Send now" asks the controller (through the context); it sends at once.
    qtbot.mouseClick(page.findChild(QPushButton, "expertsSendNowButton"), Qt.MouseButton.LeftButton)
    assert controller.running
    run(qt_loop, controller.task, timeout=20)
    assert len(emulator.experts.received) == 1
    assert _status_texts(page) == ["Submitted"]


def test_requests_model_is_a_valid_qt_model(qtmodeltester, qtbot, context, emulator, window):
    main, _service, _controller = window
    main.show_page("experts")
    _ask_from_incident_page(qtbot, context, "One")
    _ask_from_incident_page(qtbot, context, "Two")
    model = main.experts_page.model
    assert model.rowCount() == 2
    assert model.index(0, 4).data() == "Two"  # newest first
    qtmodeltester.check(model)


def test_settings_dialog_switches_channel_and_period(qtbot, context, emulator, window):
    main, service, _controller = window
    dialog = main.experts_page.open_settings()
    qtbot.addWidget(dialog)
    dialog.period_combo.setCurrentIndex(1)  # monthly
    dialog.size_spin.setValue(3)
    dialog.channel_combo.setCurrentIndex(2)  # e-mail: needs the contact's address
    assert "e-mail channel" in dialog.error_label.text()
    dialog.email_edit.setText("experts@contoso.com")
    assert dialog.error_label.text() == ""
    dialog.buttons.accepted.emit()
    saved = service.settings()
    assert saved.channel.value == "email"
    assert saved.contact_email == "experts@contoso.com"
    assert (saved.allowance.period.value, saved.allowance.size) == ("month", 3)
    assert main.experts_page.allowance_label.text() == "0 of 3 questions used this month"
