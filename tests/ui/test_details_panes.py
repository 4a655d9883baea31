"""Side panes and the DEN card, driven offscreen over a real synced cache."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from console.cache import alerts as alert_queries
from console.cache import devices as device_queries
from console.cache import incidents as incident_queries
from console.cache.filters import DeviceFilters, Filters, Sort
from console.ui.details import DenCard, alert_pane, device_pane, incident_pane

HOSTILE = "<img src=x>"


def _den_row(context):
    rows = incident_queries.page(context.cache, Filters(den_only=True), Sort("id"), 0, 50)
    # A DEN with recommendations and queries, as Defender Experts sends them.
    for row in rows:
        incident = incident_queries.get(context.cache, row.tenant_id, row.id)
        content = incident.den_content()
        if content and content.recommendations and content.hunting_queries:
            return row, content
    pytest.fail("the synthetic tenant has no DEN with recommendations and queries")


def _plain_row(context):
    rows = incident_queries.page(context.cache, Filters(), Sort("id"), 0, 200)
    return next(row for row in rows if not row.is_den)


def _label_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_den_pane_shows_card_with_summary_recommendations_and_queries(qtbot, context):
    row, content = _den_row(context)
    pane = incident_pane(context, row)
    qtbot.addWidget(pane)
    card = pane.findChild(DenCard, "denCard")
    assert card is not None
    assert card.findChild(QLabel, "denSummary").text() == content.executive_summary
    bullets = [label.text() for label in card.findChildren(QLabel, "denRecommendation")]
    assert bullets == ["\u2022  " + item for item in content.recommendations]
    assert card.findChild(object, "denQuery0").toPlainText() == content.hunting_queries[0]


def test_copy_query_and_recommendations_to_clipboard(qtbot, context):
    _row, content = _den_row(context)
    card = DenCard(content)
    qtbot.addWidget(card)
    QGuiApplication.clipboard().clear()
    card.findChild(QPushButton, "copyQueryButton1").click()
    assert QGuiApplication.clipboard().text() == content.hunting_queries[1]
    card.findChild(QPushButton, "copyRecommendationsButton").click()
    copied = QGuiApplication.clipboard().text()
    assert all(item in copied for item in content.recommendations)


def test_non_den_pane_has_no_card(qtbot, context):
    pane = incident_pane(context, _plain_row(context))
    qtbot.addWidget(pane)
    assert pane.findChild(DenCard) is None


def test_incident_pane_buttons_navigate_and_open_portal(qtbot, context):
    row = _plain_row(context)
    pane = incident_pane(context, row)
    qtbot.addWidget(pane)
    pane.findChild(QPushButton, "openIncidentPageButton").click()
    pane.findChild(QPushButton, "openInPortalButton").click()
    incident = incident_queries.get(context.cache, row.tenant_id, row.id)
    assert context.navigator.calls == [
        ("open_incident", (row.tenant_id, row.id)),
        ("open_url", incident.incident_web_url),
    ]
    assert incident.incident_web_url.startswith("https://")


def test_pane_shows_severity_and_status_in_words(qtbot, context):
    row = _plain_row(context)
    pane = incident_pane(context, row)
    qtbot.addWidget(pane)
    assert pane.findChild(QLabel, "severityValue").text() in {
        "High",
        "Medium",
        "Low",
        "Informational",
        "Unknown",
    }
    assert pane.findChild(QLabel, "statusValue").text() in {"Active", "In progress", "Resolved"}


def test_hostile_title_shows_as_characters_in_pane(qtbot, context):
    row = dataclasses.replace(_plain_row(context), name=HOSTILE)
    pane = incident_pane(context, row)
    qtbot.addWidget(pane)
    title = pane.findChild(QLabel, "paneTitle")
    assert title.text() == HOSTILE
    assert title.textFormat().name == "PlainText"


def test_hostile_den_title_shows_as_characters_in_card(qtbot, context):
    _row, content = _den_row(context)
    card = DenCard(dataclasses.replace(content, title=HOSTILE, executive_summary=HOSTILE))
    qtbot.addWidget(card)
    for name in ("denTitle", "denSummary"):
        label = card.findChild(QLabel, name)
        assert label.text() == HOSTILE
        assert label.textFormat().name == "PlainText"


def test_alert_pane_of_den_alert_shows_its_incident_card_and_portal_link(qtbot, context):
    row, content = _den_row(context)
    alert_row = alert_queries.page(context.cache, Filters(incident_id=row.id), Sort("id"), 0, 1)[0]
    pane = alert_pane(context, alert_row)
    qtbot.addWidget(pane)
    card = pane.findChild(DenCard, "denCard")
    assert card is not None and card.content == content
    pane.findChild(QPushButton, "openInPortalButton").click()
    pane.findChild(QPushButton, "alertIncidentLink").click()
    alert = alert_queries.get(context.cache, alert_row.tenant_id, alert_row.id)
    assert context.navigator.calls == [
        ("open_url", alert.alert_web_url),
        ("open_incident", (row.tenant_id, row.id)),
    ]


def test_alert_pane_of_plain_alert_has_no_card(qtbot, context):
    rows = alert_queries.page(context.cache, Filters(), Sort("id"), 0, 300)
    row = next(r for r in rows if r.incident_id and not _incident_is_den(context, r.incident_id))
    pane = alert_pane(context, row)
    qtbot.addWidget(pane)
    assert pane.findChild(DenCard) is None
    pane.findChild(QPushButton, "openAlertPageButton").click()
    assert context.navigator.calls == [("open_alert", (row.tenant_id, row.id))]


def _incident_is_den(context, incident_id):
    rows = incident_queries.page(context.cache, Filters(incident_id=incident_id), Sort("id"), 0, 1)
    return bool(rows) and rows[0].is_den


def test_device_pane_counts_its_incidents_and_alerts(qtbot, context):
    row = device_queries.page(context.cache, DeviceFilters(), Sort("name"), 0, 1)[0]
    pane = device_pane(context, row)
    qtbot.addWidget(pane)
    device_filter = Filters(device_id=row.id)
    assert pane.findChild(QLabel, "incidentCountValue").text() == str(
        incident_queries.count(context.cache, device_filter)
    )
    assert int(pane.findChild(QLabel, "alertCountValue").text()) > 0
    assert row.name in _label_texts(pane)
    # The "..." button carries the same menu as a right-click on the row.
    assert pane.findChild(object, "deviceMoreButton").menu().objectName() == "deviceContextMenu"


def _wheel_down(widget) -> None:
    """A wheel notch over `widget`, delivered as the window system does (so it propagates)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    window = widget.window()
    where = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), where, QPoint(0, -120))


def test_wheel_over_a_den_query_scrolls_the_pane_not_the_query(qtbot):
    from PySide6.QtWidgets import QScrollArea

    from console.domain.den import DenContent

    long_query = "\n".join(f"DeviceProcessEvents | where step == {n}" for n in range(40))
    content = DenContent("A DEN", "Summary. " * 40, ("Isolate it.",) * 6, (long_query,) * 3)
    pane = QScrollArea()
    pane.setWidgetResizable(True)
    card = DenCard(content)
    pane.setWidget(card)
    pane.resize(380, 300)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    box = card.findChild(object, "denQuery0")
    pane.verticalScrollBar().setValue(box.mapTo(card, box.rect().topLeft()).y())
    before = pane.verticalScrollBar().value()
    assert 0 < before < pane.verticalScrollBar().maximum()
    _wheel_down(box.viewport())
    assert box.verticalScrollBar().value() == 0  # the query stays at its first line
    assert pane.verticalScrollBar().value() > before  # the pane moved on
    # Once the analyst clicks into the query, the wheel reads through it.
    box.setFocus()
    _wheel_down(box.viewport())
    assert box.verticalScrollBar().value() > 0
