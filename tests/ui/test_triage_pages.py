"""Manage and Assign to me where the portal offers them: the incident page's Actions menu,
the alert page's, and the alert and incident flyouts (the queues' side panes)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from console.cache import alerts, incidents
from console.cache.filters import Filters, Sort
from console.ui.details import AlertPage, IncidentPage, alert_pane
from tests.ui.triage_helpers import ME, open_dialogs, waiting_values, with_triage

pytestmark = pytest.mark.timeout(120)


def _action(menu, name):
    found = next((a for a in menu.actions() if a.objectName() == name), None)
    assert found is not None, f"{name} not in {menu.objectName()}"
    return found


def _dialog(qtbot):
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=5000)
    return open_dialogs()[0]


def _incident(context):
    unassigned = Filters(tenant_ids=(context.tenant_id,), assigned_to=[None])
    return incidents.page(context.cache, unassigned, Sort("id"), 0, 1)[0]


def test_the_incident_page_actions_manage_and_assign_to_me(qtbot, context) -> None:
    context = with_triage(context)
    row = _incident(context)
    page = IncidentPage(context, row.tenant_id, row.id)
    qtbot.addWidget(page)
    page.show()
    names = [a.objectName() for a in page.menu.actions() if a.objectName()]
    assert names[0] == "copyIncidentIdAction" and names[-1] == "askDefenderExpertsAction"
    assert _action(page.menu, "manageIncidentAction").text() == "Manage incident…"

    _action(page.menu, "assignToMeAction").trigger()
    assert open_dialogs() == []
    assert waiting_values(context) == {row.id: {"assignedTo": ME}}

    _action(page.menu, "manageIncidentAction").trigger()
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == f"Manage incident {row.id}"
    assert dialog.findChild(QLabel, "manageSubject").text() == row.name
    assert dialog.assigned.text() == ME  # starts from what the console shows: pending too
    dialog.reject()


def test_a_window_that_cannot_change_anything_offers_no_triage(qtbot, context) -> None:
    row = _incident(context)
    page = IncidentPage(context, row.tenant_id, row.id)  # no TriageService
    qtbot.addWidget(page)
    names = {a.objectName() for a in page.menu.actions()}
    assert not names & {"manageIncidentAction", "assignToMeAction"}


def test_the_alert_page_has_actions_to_manage_it(qtbot, context) -> None:
    context = with_triage(context)
    row = alerts.page(context.cache, Filters(tenant_ids=(context.tenant_id,)), Sort("id"), 0, 1)[0]
    page = AlertPage(context, row.tenant_id, row.id)
    qtbot.addWidget(page)
    page.show()
    button = page.findChild(QToolButton, "alertActionsButton")
    assert button is not None and button.menu() is page.menu
    _action(page.menu, "manageAlertAction").trigger()
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == f"Manage alert {row.id}"
    choose_status = next(
        dialog.status.itemData(i)
        for i in range(dialog.status.count())
        if dialog.status.itemData(i) not in (row.status.value, "resolved")
    )
    dialog.status.setCurrentIndex(dialog.status.findData(choose_status))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert waiting_values(context) == {row.id: {"status": choose_status}}


def test_the_alert_flyout_manages_and_assigns(qtbot, context) -> None:
    context = with_triage(context)
    unassigned = Filters(tenant_ids=(context.tenant_id,), assigned_to=[None])
    row = alerts.page(context.cache, unassigned, Sort("id"), 0, 1)[0]
    pane = alert_pane(context, row)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.mouseClick(pane.findChild(QPushButton, "assignToMeButton"), Qt.MouseButton.LeftButton)
    assert waiting_values(context) == {row.id: {"assignedTo": ME}}
    qtbot.mouseClick(pane.findChild(QPushButton, "manageButton"), Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == f"Manage alert {row.id}"
    dialog.reject()
