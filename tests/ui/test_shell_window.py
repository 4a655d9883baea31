# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""The main window: pages, navigation, keyboard, status bar, banners."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QTableWidget

from console.cache import incidents, outbox
from console.cache.filters import DEN_TAG, Filters, Sort
from console.sync.engine import sync_state_summary
from console.ui.events import OUTBOX, CacheChange
from console.ui.labels import local_time
from tests.ui.shell_fixtures import window  # noqa: F401 (fixture)

# What the analyst sees down the left, in order: (key, title, the page it opens).
# Written out, not read from the page table, so that dropping, renaming or reordering
# a page fails here.
PAGES = [
    ("home", "Home", "homePage"),
    ("incidents", "Incidents", "incidentsQueue"),
    ("alerts", "Alerts", "alertsQueue"),
    ("devices", "Devices", "devicesQueue"),
    ("experts", "Defender Experts messages", "expertsMessagesPage"),
    ("audit", "Audit", "auditPage"),
    ("report", "Defender Experts report", "dehReportPage"),
]


def _shown_page(window) -> str:
    shown = window.pages.currentWidget()
    return shown.objectName() if shown is not None and shown.isVisible() else ""


def test_window_opens_on_home_with_every_page_in_the_navigation(window):
    assert window.objectName() == "mainWindow"
    navigation = window.navigation
    titles = [navigation.item(row).text() for row in range(navigation.count())]
    assert titles == [title for _, title, _ in PAGES]
    assert _shown_page(window) == "homePage"
    assert navigation.currentItem().text() == "Home"
    sync = window.findChild(type(window.sync_action), "syncNowAction")
    assert sync is window.sync_action
    assert "F5" in [s.toString() for s in sync.shortcuts()]


@pytest.mark.parametrize(("row", "key", "title", "page"), [(r, *p) for r, p in enumerate(PAGES)])
def test_clicking_a_navigation_entry_opens_its_page(window, qtbot, row, key, title, page):
    window.show_page("devices" if key != "devices" else "home")
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(row))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _shown_page(window) == page
    assert window.current_page() == key
    assert navigation.currentItem().text() == title


@pytest.mark.parametrize(
    ("digit", "key", "page"), [(str(n), k, p) for n, (k, _, p) in enumerate(PAGES, 1)]
)
def test_ctrl_digit_switches_to_its_page(window, qtbot, digit, key, page):
    window.show_page("alerts" if key != "alerts" else "home")
    window.activateWindow()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)
    assert _shown_page(window) == page
    assert window.current_page() == key
    # The navigation follows the keyboard, so it always says where the analyst is.
    assert window.navigation.currentItem().text() == PAGES[int(digit) - 1][1]


def _shortcuts_dialog() -> QDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog"]
    visible = [w for w in found if w.isVisible()]
    return visible[-1] if visible else None


def test_question_mark_lists_the_shortcuts(window, qtbot):
    window.show_page("home")
    window.navigation.setFocus()
    qtbot.keyClicks(window.navigation, "?")
    qtbot.waitUntil(lambda: _shortcuts_dialog() is not None, timeout=3000)
    dialog = _shortcuts_dialog()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    keys = [k for k, _ in rows]
    for general in ("↑ ↓  or  j k", "Enter", "/", "F5", "Alt+Left", "?"):
        assert general in keys
    pages = [(k, what) for k, what in rows if k.startswith("Ctrl+")]
    assert pages == [(f"Ctrl+{n}", title) for n, (_, title, _) in enumerate(PAGES, 1)]
    dialog.close()


def test_open_incident_pushes_a_page_and_back_returns(window, context):
    window.show_page("incidents")
    den = incidents.page(context.cache, Filters(den_only=True), Sort("created"), 0, 1)[0]
    window.open_incident(den.tenant_id, den.id)
    assert len(window.pages.opened_pages) == 1
    assert window.pages.currentWidget() is window.pages.opened_pages[0]
    assert window.pages.opened_pages[0].content.objectName() == "incidentPage"
    window.pages.back()
    assert window.pages.opened_pages == []
    assert window.pages.currentWidget() is window.pages.page("incidents")


def test_status_bar_shows_tenant_data_as_of_and_pending_changes(qtbot, window, context):
    status = window.status
    assert context.tenant_name in status.tenant_label.text()
    cursors = sync_state_summary(context.cache, context.tenant_id).values()
    newest_complete = min(c.last_completed for c in cursors)
    assert status.data_as_of_label.text() == f"Data as of {local_time(newest_complete)}"
    assert status.pending_label.text() == "Nothing waiting to send"
    outbox.enqueue(context.cache, context.tenant_id, "status", "incident", "1", {}, "key-1")
    context.events.announce(CacheChange(OUTBOX, context.tenant_id))
    qtbot.waitUntil(lambda: status.pending_label.text() == "1 waiting to send", timeout=10_000)


def test_offline_banner_shows_the_reason_as_plain_text(window):
    window.show_offline("could not reach <img src=x> (connection refused)")
    banner = window.offline_banner
    assert banner.isVisible()
    message = banner.findChild(QLabel, "bannerMessage")
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>" in message.text()
    assert window.status.connection_label.text().endswith("Offline")


def test_view_dens_from_home_opens_incidents_filtered_to_dens(window, context):
    from PySide6.QtWidgets import QAbstractItemView

    window.findChild(QAbstractButton, "viewDensButton").click()
    assert _shown_page(window) == "incidentsQueue"
    view = window.findChild(QAbstractItemView, "incidentsView")
    dens = incidents.count(context.cache, Filters(tenant_ids=(context.tenant_id,), den_only=True))
    everything = incidents.count(context.cache, Filters(tenant_ids=(context.tenant_id,)))
    assert dens < everything  # so an unfiltered queue would fail the next line
    assert view.model().rowCount() == dens


def test_open_url_sends_only_web_links_to_the_browser(window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "console.ui.main_window.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    window.open_url("file:///etc/passwd")
    window.open_url("https://security.microsoft.com/incidents/1")
    assert [u.toString() for u in opened] == ["https://security.microsoft.com/incidents/1"]


def test_den_filter_reaches_the_incidents_queue(window, context):
    from PySide6.QtWidgets import QAbstractItemView

    window.show_incidents(Filters(tags=(DEN_TAG,)))
    view = window.findChild(QAbstractItemView, "incidentsView")
    dens = incidents.count(context.cache, Filters(tenant_ids=(context.tenant_id,), den_only=True))
    assert view.model().rowCount() == dens


def test_waiting_for_the_api_reads_as_plain_words(window):
    status = window.status
    status.sync_waiting("throttled (429) by graph.microsoft.com, Retry-After 7 s", 7.0)
    assert status.currentMessage() == (
        "Microsoft Graph asked the console to slow down (retrying in 7 s)"
    )
    status.sync_waiting("HTTP 503 from api.securitycenter.microsoft.com, retrying in 2 s", 2.0)
    assert status.currentMessage() == (
        "Microsoft Defender for Endpoint had a temporary error, HTTP 503 (retrying in 2 s)"
    )
    status.sync_waiting(
        "connection to graph.microsoft.com failed (NewConnectionError), retrying in 8 s", 8.0
    )
    assert status.currentMessage() == "Cannot reach Microsoft Graph (retrying in 8 s)"
    status.sync_waiting("connection to 127.0.0.1 dropped (ChunkedEncodingError), retrying", 1.0)
    assert status.currentMessage() == "Cannot reach 127.0.0.1 (retrying in 1 s)"


def test_the_title_names_the_tenant_once(window, context, qapp):
    # The platform appends the application's display name: the window names the tenant.
    assert window.windowTitle() == context.tenant_name
    assert qapp.applicationDisplayName() not in window.windowTitle()


def test_a_passing_message_leaves_tenant_connection_and_data_as_of_in_view(window):
    status = window.status
    status.showMessage("Sync finished.", 5000)
    for name in ("tenantLabel", "connectionLabel", "dataAsOfLabel"):
        label = status.findChild(QLabel, name)
        assert label.isVisible(), name
        assert label.text()


def test_a_selected_navigation_entry_keeps_a_visible_icon(window):
    from PySide6.QtGui import QColor, QIcon, QPalette

    navigation = window.navigation
    highlight = navigation.palette().color(QPalette.ColorRole.Highlight)
    for row in range(navigation.count()):
        item = navigation.item(row)
        pixmap = item.icon().pixmap(navigation.iconSize(), QIcon.Mode.Selected)
        image = pixmap.toImage()
        apart = 0
        for y in range(image.height()):
            for x in range(image.width()):
                pixel = QColor(image.pixelColor(x, y))
                if pixel.alpha() < 128:
                    continue  # the highlight shows through
                distance = max(
                    abs(pixel.red() - highlight.red()),
                    abs(pixel.green() - highlight.green()),
                    abs(pixel.blue() - highlight.blue()),
                )
                apart += distance > 80
        # Most of the icon's square stands out from the selection's colour.
        assert apart > image.width() * image.height() // 2, item.text()


def test_the_navigation_marks_the_section_of_the_page_opened(window, context):
    from console.cache import devices

    window.show_page("alerts")
    device = devices.page(context.cache, devices.DeviceFilters(), Sort("name"), 0, 1)[0]
    window.open_device(device.tenant_id, device.id)  # from an alert's page, say
    assert window.navigation.currentItem().text() == "Devices"
    den = incidents.page(context.cache, Filters(den_only=True), Sort("created"), 0, 1)[0]
    window.open_incident(den.tenant_id, den.id)
    assert window.navigation.currentItem().text() == "Incidents"
    window.pages.back()
    assert window.navigation.currentItem().text() == "Devices"
    window.pages.back()
    assert window.navigation.currentItem().text() == "Alerts"
    # Devices marked while a device page shows: a click on it opens the Devices queue.
    window.open_device(device.tenant_id, device.id)
    item = window.navigation.currentItem()
    window.navigation.itemClicked.emit(item)
    assert _shown_page(window) == "devicesQueue"


def test_a_compact_navigation_keeps_the_unread_count(window):
    navigation = window.navigation
    navigation.set_entry_text("experts", "Defender Experts messages (2)")
    navigation.set_compact(True)
    row = window.navigation.keys().index("experts")
    assert navigation.item(row).text() == "2"
    assert navigation.item(row).toolTip() == "Defender Experts messages (2)"
    assert navigation.entry_text("experts") == "Defender Experts messages (2)"
    navigation.set_compact(False)
    assert navigation.item(row).text() == "Defender Experts messages (2)"
