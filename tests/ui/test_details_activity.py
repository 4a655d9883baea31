"""The Activity tabs of the incident, alert and device pages: what this console did to the
item, in the Audit page's words with each change's status now, following the cache."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from console.cache import alerts as alert_queries
from console.cache import devices as device_queries
from console.cache import incidents as incident_queries
from console.cache import triage
from console.cache.filters import DeviceFilters, Filters, Sort
from console.domain.experts import ExpertCategory, ExpertContext, RequestDraft
from console.domain.triage import Change, EntityKind
from console.experts import ExpertsService
from console.ui.details import AlertPage, DevicePage, IncidentPage
from console.ui.details.activity import ActivityTab
from tests.ui.queues_helpers import READ_TIMEOUT_MS, wait_for_reads

pytestmark = pytest.mark.timeout(120)

ME = "me@contoso.example"
HOSTILE = "<img src=x onerror=alert(1)>"


def _activity(page) -> ActivityTab:
    index = page.tab_index("activity")
    assert index >= 0, "no Activity tab"
    tab = page.tabs.widget(index)
    assert isinstance(tab, ActivityTab)
    return tab


def _rows(tab: ActivityTab) -> list[tuple[str, str, str]]:
    table = tab.table
    return [tuple(table.item(r, c).text() for c in (1, 2, 3)) for r in range(table.rowCount())]


def _queue(context, kind, values, tenant_id, item_id):
    [entry_id] = triage.queue(context.cache, tenant_id, ME, Change(kind, values), [item_id])
    return triage.get(context.cache, entry_id)


def test_an_alert_page_lists_its_changes_and_follows_new_ones(qtbot, context) -> None:
    alert = alert_queries.page(context.cache, Filters(), Sort("id"), 0, 1)[0]
    other = alert_queries.page(context.cache, Filters(), Sort("id"), 1, 1)[0]
    change = _queue(context, EntityKind.ALERT, {"assignedTo": HOSTILE}, alert.tenant_id, alert.id)
    triage.mark_sent(context.cache, change, {"assignedTo": HOSTILE}, False)
    _queue(context, EntityKind.ALERT, {"assignedTo": ME}, other.tenant_id, other.id)

    page = AlertPage(context, alert.tenant_id, alert.id)
    qtbot.addWidget(page)
    tab = _activity(page)
    before = change.expected["assignedTo"] or "(none)"
    assert _rows(tab) == [
        (f"Sent: Assigned to: {HOSTILE}", ME, "Sent"),
        (f"Assigned to: {before} → {HOSTILE}", ME, "Sent"),
    ]  # its own entries only, in words, never the raw action or JSON
    assert not tab.empty_label.isVisible()
    assert "&lt;img" in tab.table.item(0, 1).toolTip()  # a tooltip is escaped

    page.resize(1200, 800)
    page.show()
    page.tabs.setCurrentIndex(page.tab_index("activity"))
    qtbot.waitExposed(page)
    status = "inProgress" if alert.status is None or alert.status.value != "inProgress" else "new"
    _queue(context, EntityKind.ALERT, {"status": status}, alert.tenant_id, alert.id)
    context.events.triage_acted([alert.tenant_id])
    qtbot.waitUntil(lambda: len(_rows(tab)) == 3, timeout=READ_TIMEOUT_MS)
    assert _rows(tab)[0][0].startswith("Status: ") and _rows(tab)[0][2] == "Pending"


def test_a_device_page_says_when_it_has_no_activity_then_lists_its_questions(
    qtbot, context
) -> None:
    device = device_queries.page(context.cache, DeviceFilters(), Sort("name"), 0, 1)[0]
    page = DevicePage(context, device.tenant_id, device.id)
    qtbot.addWidget(page)
    tab = _activity(page)
    assert tab.table.rowCount() == 0
    empty = tab.findChild(QLabel, "activityEmptyLabel")
    assert not empty.isHidden()
    assert empty.text().startswith("No activity from this console on this device yet")

    experts = ExpertsService(context.cache, device.tenant_id, None, actor=ME)
    subject = ExpertContext("device", device.id, device.name, device.tenant_id, None)
    experts.ask(
        RequestDraft(ExpertCategory.POSSIBLE_DEVICE_COMPROMISE, f"Is {HOSTILE} bad?", subject)
    )
    page.show()
    page.tabs.setCurrentIndex(page.tab_index("activity"))
    qtbot.waitExposed(page)
    context.events.experts_acted(device.tenant_id)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=READ_TIMEOUT_MS)
    wait_for_reads(qtbot)
    assert _rows(tab) == [(f"Asked Defender Experts: “Is {HOSTILE} bad?”", ME, "")]
    assert empty.isHidden()


def test_the_incident_page_shows_its_changes_in_words_with_their_status(qtbot, context) -> None:
    row = incident_queries.page(context.cache, Filters(), Sort("id"), 0, 1)[0]
    change = _queue(
        context, EntityKind.INCIDENT, {"customTags": ("urgent",)}, row.tenant_id, row.id
    )
    triage.mark_rejected(context.cache, change, "403 Forbidden")

    page = IncidentPage(context, row.tenant_id, row.id)
    qtbot.addWidget(page)
    tab = _activity(page)
    events = _rows(tab)
    texts = [text for text, _who, _status in events]
    assert "Incident created" in texts  # its own dated events stay
    assert ("Refused by the service: 403 Forbidden", ME, "Rejected") in events
    queued = next(e for e in events if e[0].startswith("Tags: "))
    assert queued[0].endswith("→ urgent") and queued[2] == "Rejected"
    assert not any("incident." in text or "{" in text for text in texts)
    assert tab.table.item(0, 1).data(Qt.ItemDataRole.DisplayRole) == texts[0]
