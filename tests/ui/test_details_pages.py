"""The full incident, alert and device pages over a real synced cache."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTreeWidget, QWidget

from console.cache import alerts as alert_queries
from console.cache import devices as device_queries
from console.cache import incidents as incident_queries
from console.cache import writer
from console.cache.filters import DeviceFilters, Filters, Sort
from console.domain.models import Comment
from console.ui.details import AlertPage, DenCard, DevicePage, IncidentPage

HOSTILE = "<img src=x>"


def _den_incident(context):
    for row in incident_queries.page(context.cache, Filters(den_only=True), Sort("id"), 0, 50):
        incident = incident_queries.get(context.cache, row.tenant_id, row.id)
        content = incident.den_content()
        if content and content.recommendations and content.hunting_queries:
            return incident
    pytest.fail("no DEN with recommendations and queries")


def _plain_incident(context):
    rows = incident_queries.page(context.cache, Filters(), Sort("id"), 0, 200)
    row = next(r for r in rows if not r.is_den and r.alert_count > 0)
    return incident_queries.get(context.cache, row.tenant_id, row.id)


def _tab_table(page, tab_name) -> QTableWidget:
    index = page.tab_index(tab_name)
    assert index >= 0, tab_name
    table = page.tabs.widget(index).findChild(QTableWidget)
    assert table is not None
    return table


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_den_page_shows_card_and_its_alerts_open_alert_pages(qtbot, context):
    incident = _den_incident(context)
    page = IncidentPage(context, incident.tenant_id, incident.id)
    qtbot.addWidget(page)
    card = page.findChild(DenCard, "denCard")
    assert card is not None
    content = incident.den_content()
    assert card.findChild(QLabel, "denSummary").text() == content.executive_summary
    assert card.recommendation_texts() == list(content.recommendations)
    assert card.findChild(object, "denQuery0").toPlainText() == content.hunting_queries[0]

    alerts = _tab_table(page, "alerts")
    assert alerts.rowCount() == len(incident.alerts)
    alerts.activated.emit(alerts.model().index(0, 0))
    assert context.navigator.calls[-1][0] == "open_alert"
    assert context.navigator.calls[-1][1][1] in {a.id for a in incident.alerts}


def test_incident_page_lists_devices_evidence_and_portal_link(qtbot, context):
    incident = _plain_incident(context)
    page = IncidentPage(context, incident.tenant_id, incident.id)
    qtbot.addWidget(page)
    assert page.findChild(DenCard) is None
    evidence = _tab_table(page, "evidence")
    assert evidence.rowCount() == sum(len(a.evidence) for a in incident.alerts)
    devices = _tab_table(page, "devices")
    expected = {d for a in incident.alerts for d in a.device_ids}
    assert devices.rowCount() == len(expected)
    if expected:
        devices.activated.emit(devices.model().index(0, 0))
        assert context.navigator.calls[-1][0] == "open_device"
        assert context.navigator.calls[-1][1][1] in expected
    page.findChild(QPushButton, "openInPortalButton").click()
    assert context.navigator.calls[-1] == ("open_url", incident.incident_web_url)
    activity = _tab_table(page, "activity")
    assert "Incident created" in _column(activity, 1)


def test_hostile_titles_and_comments_show_as_characters(qtbot, context):
    incident = _den_incident(context)
    hostile = dataclasses.replace(
        incident,
        display_name=f"Defender Experts: {HOSTILE}",
        comments=[Comment(text=HOSTILE, author="<b>mallory</b>")],
    )
    writer.write_incidents(context.cache, incident.tenant_id, [hostile], resource="t", state={})
    page = IncidentPage(context, incident.tenant_id, incident.id)
    qtbot.addWidget(page)
    title = page.findChild(QLabel, "pageTitle")
    assert title.text() == f"Defender Experts: {HOSTILE}"
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert page.findChild(QLabel, "denTitle").text() == f"Defender Experts: {HOSTILE}"
    comments = _tab_table(page, "comments")
    assert _column(comments, 2) == [HOSTILE]
    assert "&lt;b&gt;" in comments.item(0, 1).toolTip()

    alert = incident.alerts[0]
    writer.write_alerts(
        context.cache,
        alert.tenant_id,
        # The cache rewrites an alert only when its wire JSON changed, as a new title does.
        [dataclasses.replace(alert, title=HOSTILE, raw={**alert.raw, "title": HOSTILE})],
        resource="t",
        state={},
    )
    alert_page = AlertPage(context, alert.tenant_id, alert.id)
    qtbot.addWidget(alert_page)
    assert alert_page.findChild(QLabel, "pageTitle").text() == HOSTILE


def _alert_with_process(context):
    for row in alert_queries.page(context.cache, Filters(), Sort("id"), 0, 700):
        alert = alert_queries.get(context.cache, row.tenant_id, row.id)
        processes = [e for e in alert.evidence if e.kind == "process"]
        if processes:
            return alert, processes[0]
    pytest.fail("no alert with process evidence")


def test_alert_page_builds_the_process_chain_with_what_an_analyst_pivots_on(qtbot, context):
    alert, _ = _alert_with_process(context)
    page = AlertPage(context, alert.tenant_id, alert.id)
    qtbot.addWidget(page)
    tree = page.findChild(QTreeWidget, "processTree")
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert headers == [
        "Process",
        "Process id",
        "Started",
        "Command line",
        "Path",
        "User",
        "SHA-1",
        "SHA-256",
    ]
    # Every process evidence is in the tree, each under the process that started it.
    processes = [e.raw for e in alert.evidence if e.kind == "process"]
    items = {}

    def walk(item, depth):
        items[item.text(1)] = (item, depth)
        for n in range(item.childCount()):
            walk(item.child(n), depth + 1)

    for n in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(n), 0)
    for raw in processes:
        item, _depth = items[str(raw["processId"])]
        assert item.text(0) == raw["imageFile"]["fileName"]
        assert item.text(3) == raw["processCommandLine"]
        assert item.text(4) == raw["imageFile"]["filePath"]
        assert (item.text(6), item.text(7)) == (
            raw["imageFile"]["sha1"],
            raw["imageFile"]["sha256"],
        )
        assert item.text(2)  # its start time
        assert item.parent() is not None
        assert item.parent().text(1) == str(raw["parentProcessId"])
    assert max(depth for _, depth in items.values()) >= 2  # a chain, not a parent and a child
    # A cell, and the row's hashes, go to the clipboard.
    child = items[str(processes[-1]["processId"])][0]
    tree.setCurrentItem(child, 3)
    QGuiApplication.clipboard().clear()
    tree.copy_current()
    assert QGuiApplication.clipboard().text() == processes[-1]["processCommandLine"]
    hashes = next(a for a in tree.context_menu().actions() if a.text() == "Copy SHA-1 and SHA-256")
    hashes.trigger()
    assert QGuiApplication.clipboard().text().splitlines() == [child.text(6), child.text(7)]

    page.findChild(QPushButton, "openInPortalButton").click()
    assert context.navigator.calls[-1] == ("open_url", alert.alert_web_url)


def test_alert_page_puts_the_description_first_and_names_its_techniques(qtbot, context):
    alert, _ = _alert_with_process(context)
    page = AlertPage(context, alert.tenant_id, alert.id)
    qtbot.addWidget(page)
    description = page.findChild(QLabel, "alertDescription")
    assert description is not None and description.text() == alert.description
    assert not page.tabs.isAncestorOf(description)  # above the tabs, not in one of them
    box = page.findChild(QWidget, "alertDescriptionBox")
    lines = description.fontMetrics().lineSpacing()
    assert box.sizeHint().height() <= 4 * lines + 2  # a long one never takes the tabs' room
    box.label.setText("One line.")
    assert box.sizeHint().height() < 2 * lines  # a short one takes its line, no more
    techniques = page.findChild(QLabel, "mitreTechniques").text().splitlines()
    assert alert.mitre_techniques
    for technique, line in zip(alert.mitre_techniques, techniques, strict=True):
        assert line.startswith(technique + " ")  # the id, then its name
        assert len(line) > len(technique) + 3


def test_alert_page_actions_offer_ask_defender_experts(qtbot, context):
    alert, _ = _alert_with_process(context)
    page = AlertPage(context, alert.tenant_id, alert.id)
    qtbot.addWidget(page)
    names = [a.objectName() for a in page.menu.actions()]
    assert "askDefenderExpertsAction" in names
    assert "copyAlertIdAction" in names


def test_alert_page_lists_recommended_actions(qtbot, context):
    alert, _ = _alert_with_process(context)
    page = AlertPage(context, alert.tenant_id, alert.id)
    qtbot.addWidget(page)
    items = [label.text() for label in page.findChildren(QLabel, "recommendedAction")]
    assert alert.recommended_actions
    assert len(items) >= 1
    assert all(item.startswith("\u2022  ") for item in items)


def test_device_page_shows_its_alerts_users_and_chart(qtbot, context):
    row = device_queries.page(context.cache, DeviceFilters(), Sort("name"), 0, 1)[0]
    page = DevicePage(context, row.tenant_id, row.id)
    qtbot.addWidget(page)
    expected_alerts = alert_queries.count(context.cache, Filters(device_id=row.id))
    alerts = _tab_table(page, "alerts")
    assert alerts.rowCount() == expected_alerts > 0
    users = _tab_table(page, "users")
    assert users.rowCount() >= 1
    assert all("\\" in name or "@" in name for name in _column(users, 0))
    assert sum(count for _, count in page.chart.buckets) == expected_alerts
    alerts.activated.emit(alerts.model().index(0, 0))
    assert context.navigator.calls[-1][0] == "open_alert"
    incidents = _tab_table(page, "incidents")
    incidents.activated.emit(incidents.model().index(0, 0))
    assert context.navigator.calls[-1][0] == "open_incident"


def test_missing_items_say_so_instead_of_crashing(qtbot, context):
    for page in (
        IncidentPage(context, context.tenant_id, "nope"),
        AlertPage(context, context.tenant_id, "nope"),
        DevicePage(context, context.tenant_id, "nope"),
    ):
        qtbot.addWidget(page)
        assert any("not in the local cache" in label.text() for label in page.findChildren(QLabel))


def test_enter_on_an_alert_row_opens_its_page(qtbot, context):
    incident = _den_incident(context)
    page = IncidentPage(context, incident.tenant_id, incident.id)
    qtbot.addWidget(page)
    page.show()
    alerts = _tab_table(page, "alerts")
    alerts.setFocus()
    alerts.setCurrentCell(1 if alerts.rowCount() > 1 else 0, 0)
    qtbot.keyClick(alerts, Qt.Key.Key_Return)
    opened = [call for call in context.navigator.calls if call[0] == "open_alert"]
    assert len(opened) == 1
    assert opened[0][1][1] in {a.id for a in incident.alerts}
