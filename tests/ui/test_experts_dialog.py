"""Ask Defender Experts: offered in each place the portal offers it, the dialog's context,
categories and samples, the allowance, contacts, untrusted text and the portal handoff."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from console.cache import incidents
from console.domain.experts import (
    AllowancePeriod,
    AllowancePolicy,
    ChannelKind,
    ContextFact,
    ExpertCategory,
    ExpertContext,
    RequestStatus,
)
from console.experts import catalogue
from console.ui.details import AlertPage, DevicePage, IncidentPage
from console.ui.details.panes import AlertPane, DevicePane, IncidentPane
from console.ui.experts import AskDefenderExpertsDialog
from console.ui.queues.menus import build_cell_menu
from console.ui.queues.model import ROW_ROLE
from console.ui.shell.queue_pages import alerts_queue, devices_queue, incidents_queue
from tests.ui.experts_helpers import (
    alert_row,
    close_dialogs,
    device_row,
    incident_row,
    open_dialogs,
    the_dialog,
    with_offline_experts,
)

ASK = "askDefenderExpertsAction"


@pytest.fixture
def context(context):
    """Every test here but one asks Defender Experts: the tenant has a (offline) service."""
    return with_offline_experts(context)


@pytest.fixture
def experts(context):
    yield context.experts
    close_dialogs()


def _ask(menu):
    actions = [a for a in menu.actions() if a.objectName() == ASK]
    assert len(actions) == 1, [a.objectName() for a in menu.actions()]
    assert actions[0].isEnabled()
    return actions[0]


def _assert_context(dialog, kind: str, entity_id: str):
    assert dialog.objectName() == "askDefenderExpertsDialog"
    assert dialog.expert_context.kind == kind
    assert dialog.expert_context.entity_id == entity_id
    assert dialog.facts.value_text("contextId") == entity_id


# -- the four places (and the DEN card) ----------------------------------------------------


def test_device_page_actions_menu(qtbot, context, experts):
    row = device_row(context)
    page = DevicePage(context, row.tenant_id, row.id)
    qtbot.addWidget(page)
    _ask(page.menu).trigger()
    dialog = the_dialog(qtbot)
    _assert_context(dialog, "device", row.id)
    assert dialog.category() == ExpertCategory.POSSIBLE_DEVICE_COMPROMISE
    assert dialog.facts.value_text("fact_risk")  # what an expert needs at a glance
    assert dialog.facts.value_text("fact_os")


def test_device_inventory_row_menu_and_side_pane_menu(qtbot, context, experts):
    queue = devices_queue(context)
    qtbot.addWidget(queue)
    index = queue.model.index(0, 1)
    row = index.data(ROW_ROLE)
    _ask(build_cell_menu(queue, index)).trigger()
    _assert_context(the_dialog(qtbot), "device", row.id)
    close_dialogs()

    pane = DevicePane(context, row)
    qtbot.addWidget(pane)
    _ask(pane.menu).trigger()
    _assert_context(the_dialog(qtbot), "device", row.id)


def test_alert_flyout_and_row_menu(qtbot, context, experts):
    row = alert_row(context)
    pane = AlertPane(context, row)
    qtbot.addWidget(pane)
    button = pane.findChild(QPushButton, "askExpertsButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot)
    _assert_context(dialog, "alert", row.id)
    assert dialog.facts.value_text("fact_title") == row.title
    assert dialog.facts.value_text("fact_severity")
    assert dialog.facts.value_text("fact_detectionSource")
    close_dialogs()

    queue = alerts_queue(context)
    qtbot.addWidget(queue)
    index = queue.model.index(0, 1)
    _ask(build_cell_menu(queue, index)).trigger()
    _assert_context(the_dialog(qtbot), "alert", index.data(ROW_ROLE).id)


def test_incident_page_actions_menu_and_row_menu(qtbot, context, experts):
    row = incident_row(context)
    page = IncidentPage(context, row.tenant_id, row.id)
    qtbot.addWidget(page)
    assert page.findChild(QToolButton, "incidentActionsButton").menu() is page.menu
    _ask(page.menu).trigger()
    dialog = the_dialog(qtbot)
    _assert_context(dialog, "incident", row.id)
    assert dialog.facts.value_text("fact_alertCount") == str(row.alert_count)
    assert dialog.facts.value_text("fact_isDen") == ("Yes" if row.is_den else "No")
    close_dialogs()

    queue = incidents_queue(context)
    qtbot.addWidget(queue)
    index = queue.model.index(0, 1)
    _ask(build_cell_menu(queue, index)).trigger()
    _assert_context(the_dialog(qtbot), "incident", index.data(ROW_ROLE).id)


def test_den_card_asks_about_the_notification(qtbot, context, experts):
    row = incident_row(context, den=True)
    pane = IncidentPane(context, row)
    qtbot.addWidget(pane)
    button = pane.findChild(QPushButton, "askAboutNotificationButton")
    assert button.text() == "Ask about this notification"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot)
    _assert_context(dialog, "incident", row.id)
    assert dialog.category() == ExpertCategory.NOTIFICATION_FOLLOW_UP
    assert dialog.facts.value_text("fact_isDen") == "Yes"


def test_without_an_experts_channel_the_action_says_why(qtbot, context):
    context = dataclasses.replace(context, experts=None)
    page = IncidentPage(context, incident_row(context).tenant_id, incident_row(context).id)
    qtbot.addWidget(page)
    action = next(a for a in page.menu.actions() if a.objectName() == ASK)
    assert not action.isEnabled()
    assert "not set up" in action.toolTip()


# -- the dialog ----------------------------------------------------------------------------


def _dialog(qtbot, context, kind="alert", **kwargs) -> AskDefenderExpertsDialog:
    from console.experts import context as expert_contexts

    row = alert_row(context) if kind == "alert" else device_row(context)
    reader = expert_contexts.alert_context if kind == "alert" else expert_contexts.device_context
    dialog = AskDefenderExpertsDialog(
        context, reader(context.cache, row.tenant_id, row.id), **kwargs
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_each_category_offers_its_samples_and_a_click_fills_the_question(qtbot, context, experts):
    dialog = _dialog(qtbot, context)
    seen = {}
    for info in catalogue.CATEGORIES:
        dialog.select_category(info.category)
        samples = dialog.samples.samples()
        assert samples == list(info.samples)  # English: the source strings
        assert dialog.category_description.text() == info.description
        seen[info.category] = samples
    assert len(seen) == 4
    assert any("living-off-the-land" in s for s in seen[ExpertCategory.ALERT_INFORMATION])
    assert any(
        "Unknown process observed" in s for s in seen[ExpertCategory.POSSIBLE_DEVICE_COMPROMISE]
    )

    dialog.select_category(ExpertCategory.THREAT_INTELLIGENCE)
    assert not dialog.send_button.isEnabled()  # nothing written yet
    qtbot.keyClicks(dialog.question_edit, "My draft")
    item = dialog.samples.item(1)
    rect = dialog.samples.visualItemRect(item)
    qtbot.mouseClick(dialog.samples.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.question() == item.text()
    assert dialog.send_button.isEnabled()
    dialog.question_edit.undo()  # the sample replaced the draft through the cursor: undoable
    assert dialog.question() == "My draft"
    dialog.use_sample(item.text())
    dialog.question_edit.insertPlainText(" Our sector is retail.")  # editable
    assert dialog.question() == item.text() + " Our sector is retail."


def test_the_notice_stays_visible(qtbot, context, experts):
    dialog = _dialog(qtbot, context)
    notice = dialog.findChild(QLabel, "noticeText")
    assert notice.isVisible()
    assert "not a security incident response service" in notice.text()
    dialog.select_category(ExpertCategory.NOTIFICATION_FOLLOW_UP)
    assert notice.isVisible()


def test_contacts_are_validated(qtbot, context, experts):
    dialog = _dialog(qtbot, context)
    dialog.question_edit.setPlainText("Is this device compromised?")
    dialog.contacts_edit.setText("soc@contoso.com, not-an-address")
    assert not dialog.send_button.isEnabled()
    assert "not-an-address" in dialog.contacts_error.text()
    dialog.contacts_edit.setText("soc@contoso.com; lead@contoso.com")
    assert dialog.send_button.isEnabled()
    assert dialog.draft().contacts == ("soc@contoso.com", "lead@contoso.com")


def test_send_stores_a_pending_request_with_what_was_chosen(qtbot, context, experts):
    dialog = _dialog(qtbot, context)
    dialog.select_category(ExpertCategory.ALERT_INFORMATION)
    dialog.use_sample(dialog.samples.item(0).text())
    dialog.priority_combo.setCurrentIndex(1)
    assert dialog.attachments_list.count() > 0
    dialog.set_attachment_checked(0, True)
    with qtbot.waitSignal(dialog.sent, timeout=3000) as sent:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    request = sent.args[0]
    assert request.status == RequestStatus.QUEUED
    assert request.priority.value == "high"
    assert len(request.attachments) == 1
    assert request.attachments[0].title == dialog.attachments_list.item(0).text()
    assert "Saved in the outbox" in dialog.result_label.text()
    assert not dialog.send_button.isVisible()
    assert experts.requests()[0].id == request.id


def test_allowance_counts_down_and_closes_the_form_at_zero(qtbot, context, experts):
    experts.save_settings(
        dataclasses.replace(
            experts.settings(), allowance=AllowancePolicy(AllowancePeriod.MONTH, size=2)
        )
    )
    for used in (0, 1):
        dialog = _dialog(qtbot, context)
        assert dialog.allowance_label.text() == f"{used} of 2 questions used this month"
        dialog.question_edit.setPlainText(f"Question {used}")
        dialog.send()
        assert dialog.request is not None
        dialog.close()
    dialog = _dialog(qtbot, context)
    # Told before writing: the form is closed and says why and until when.
    assert dialog.allowance_label.text() == "2 of 2 questions used this month"
    assert dialog.exhausted_label.isVisible()
    assert "No questions left this month" in dialog.exhausted_label.text()
    assert not dialog.form.isEnabled()
    assert not dialog.question_edit.isEnabled()
    assert not dialog.send_button.isEnabled()


def test_quarterly_allowance_is_worded_per_quarter(qtbot, context, experts):
    dialog = _dialog(qtbot, context)
    assert dialog.allowance_label.text() == "0 of 10 questions used this quarter"


def test_untrusted_text_is_shown_as_typed(qtbot, context, experts):
    hostile = "<img src=x onerror=alert(1)><b>bold</b>"
    expert_context = ExpertContext(
        "alert", "da1", hostile, context.tenant_id, None, (ContextFact("title", hostile),)
    )
    dialog = AskDefenderExpertsDialog(context, expert_context)
    qtbot.addWidget(dialog)
    name = dialog.facts.findChild(QLabel, "contextName")
    assert name.textFormat() == Qt.TextFormat.PlainText
    assert name.text() == hostile
    assert dialog.facts.value_text("fact_title") == hostile


def test_portal_channel_opens_the_portal_and_puts_the_question_on_the_clipboard(
    qtbot, context, experts
):
    experts.save_settings(dataclasses.replace(experts.settings(), channel=ChannelKind.PORTAL))
    dialog = _dialog(qtbot, context)
    dialog.question_edit.setPlainText("Why did this alert fire?")
    QGuiApplication.clipboard().clear()
    dialog.send()
    opened = [url for name, url in context.navigator.calls if name == "open_url"]
    assert opened and opened[0].startswith("https://")
    assert "Why did this alert fire?" in QGuiApplication.clipboard().text()
    assert dialog.request.status == RequestStatus.SUBMITTED  # recorded as sent via the portal
    assert "clipboard" in dialog.result_label.text()


def test_den_card_on_an_alert_page_asks_about_its_notification(qtbot, context, experts):
    den = incidents.get(context.cache, context.tenant_id, incident_row(context, den=True).id)
    page = AlertPage(context, den.tenant_id, den.alerts[0].id)
    qtbot.addWidget(page)
    button = page.findChild(QPushButton, "askAboutNotificationButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot)
    _assert_context(dialog, "incident", den.id)
    assert dialog.category() == ExpertCategory.NOTIFICATION_FOLLOW_UP


def test_a_question_that_cannot_be_saved_says_so_and_keeps_the_draft(
    qtbot, context, experts, monkeypatch
):
    from console.cache import CacheError
    from console.experts import context as expert_contexts

    row = incident_row(context)
    dialog = AskDefenderExpertsDialog(
        context, expert_contexts.incident_context(context.cache, row.tenant_id, row.id)
    )
    qtbot.addWidget(dialog)

    def busy(_draft):
        raise CacheError("database is locked")

    monkeypatch.setattr(experts, "ask", busy)
    dialog.question_edit.setPlainText("Is this related to last week's phishing?")
    dialog.send()
    assert "could not be saved" in dialog.result_label.text()
    assert "database is locked" in dialog.result_label.text()
    assert dialog.question_edit.toPlainText() == "Is this related to last week's phishing?"
    assert dialog.send_button.isEnabled() and dialog.form.isEnabled()  # can try again
    assert experts.requests() == []


def _device_dialog(qtbot, context):
    page = DevicePage(context, context.tenant_id, device_row(context).id)
    qtbot.addWidget(page)
    _ask(page.menu).trigger()
    return the_dialog(qtbot)


def test_esc_keeps_the_question_for_that_item_until_it_is_sent(qtbot, context, experts):
    dialog = _device_dialog(qtbot, context)
    assert not dialog.draft_notice.isVisible()
    dialog.select_category(ExpertCategory.POSSIBLE_DEVICE_COMPROMISE)
    dialog.question_edit.setPlainText("Is this host talking to the C2 we saw yesterday?")
    dialog.contacts_edit.setText("soc@contoso.com")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_dialogs(), timeout=3000)
    again = _device_dialog(qtbot, context)  # the same device: the draft is back
    assert again.question_edit.toPlainText() == "Is this host talking to the C2 we saw yesterday?"
    assert again.contacts_edit.text() == "soc@contoso.com"
    assert again.category() == ExpertCategory.POSSIBLE_DEVICE_COMPROMISE
    assert again.draft_notice.isVisible()
    with qtbot.waitSignal(again.sent, timeout=3000):
        qtbot.mouseClick(again.send_button, Qt.MouseButton.LeftButton)
    again.close()
    qtbot.waitUntil(lambda: not open_dialogs(), timeout=3000)
    fresh = _device_dialog(qtbot, context)  # sent: nothing comes back
    assert fresh.question_edit.toPlainText() == ""
    assert not fresh.draft_notice.isVisible()


def test_a_draft_belongs_to_its_item(qtbot, context, experts):
    dialog = _device_dialog(qtbot, context)
    dialog.question_edit.setPlainText("About this device only")
    dialog.reject()
    page = AlertPage(context, context.tenant_id, alert_row(context).id)
    qtbot.addWidget(page)
    _ask(page.menu).trigger()
    other = the_dialog(qtbot)
    assert other.question_edit.toPlainText() == ""


def test_after_send_the_dialog_says_whether_the_question_went_out(qtbot, context, experts):
    from console.ui.experts.dialog import sent_outcome_text

    dialog = _device_dialog(qtbot, context)
    dialog.question_edit.setPlainText("Anything on this device?")
    with qtbot.waitSignal(dialog.sent, timeout=3000) as sent:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "Sending it to Defender Experts" in dialog.result_label.text()
    saved = dialog._saved_at
    # A run that was already under way when Send was pressed says nothing of it.
    context.events.experts_run_finished.emit(context.tenant_id, False, saved - 1)
    assert "Sending it to Defender Experts" in dialog.result_label.text()
    # The run after it ends with the service unreachable: the question waits, said so.
    context.events.experts_run_finished.emit(context.tenant_id, False, saved + 1)
    assert "Not sent yet: Defender Experts cannot be reached" in dialog.result_label.text()
    # Another tenant's run says nothing about this question.
    dialog.result_label.setText("")
    context.events.experts_run_finished.emit("another-tenant", True, saved + 1)
    assert dialog.result_label.text() == ""
    request = sent.args[0]
    submitted = dataclasses.replace(request, status=RequestStatus.SUBMITTED)
    assert sent_outcome_text(submitted, True).startswith("Sent to Defender Experts.")
    failed = dataclasses.replace(request, status=RequestStatus.FAILED, error="400 bad <b>")
    assert sent_outcome_text(failed, True) == "Defender Experts refused it: 400 bad <b>"


def test_when_no_send_follows_the_dialog_stops_saying_sending(qtbot, context, experts):
    dialog = _device_dialog(qtbot, context)
    dialog.question_edit.setPlainText("Anything on this device?")
    with qtbot.waitSignal(dialog.sent, timeout=3000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog._no_run.isActive()  # no controller here: nothing will send it now
    dialog._no_run.timeout.emit()  # as its 20 s run out
    assert "next exchange with them" in dialog.result_label.text()
