"""The device context menu: its actions reach the navigator and the clipboard."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication

from console.cache import devices as device_queries
from console.cache.filters import DeviceFilters, Filters, Sort
from console.ui.details import ASK_EXPERTS_SECTION, build_device_menu, insert_ask_experts_action


def _device_row(context):
    return device_queries.page(context.cache, DeviceFilters(), Sort("name"), 0, 1)[0]


def _action(menu, name) -> QAction:
    found = next((a for a in menu.actions() if a.objectName() == name), None)
    assert found is not None, name
    return found


def test_menu_actions_call_the_navigator(qtbot, context):
    row = _device_row(context)
    menu = build_device_menu(context, row, None)
    assert menu.objectName() == "deviceContextMenu"
    _action(menu, "openDevicePageAction").trigger()
    _action(menu, "showDeviceIncidentsAction").trigger()
    _action(menu, "showDeviceAlertsAction").trigger()
    assert context.navigator.calls == [
        ("open_device", (row.tenant_id, row.id)),
        ("show_incidents", Filters(device_id=row.id)),
        ("show_alerts", Filters(device_id=row.id)),
    ]


def test_copy_device_id(qtbot, context):
    row = _device_row(context)
    menu = build_device_menu(context, row, None)
    QGuiApplication.clipboard().clear()
    _action(menu, "copyDeviceIdAction").trigger()
    assert QGuiApplication.clipboard().text() == row.id


def test_menu_ends_with_ask_defender_experts_after_its_section(qtbot, context):
    menu = build_device_menu(context, _device_row(context), None)
    section = _action(menu, ASK_EXPERTS_SECTION)
    assert section.isSeparator()
    assert menu.actions()[-2] is section
    assert menu.actions()[-1].objectName() == "askDefenderExpertsAction"
    extra = QAction("Another", menu)
    insert_ask_experts_action(menu, extra)
    assert menu.actions()[-1] is extra


def test_the_menu_opens_the_device_in_the_defender_portal(qtbot, context):
    row = _device_row(context)
    menu = build_device_menu(context, row, None)
    _action(menu, "openDeviceInPortalAction").trigger()
    (call, url) = context.navigator.calls[-1]
    assert call == "open_url"
    assert url.startswith("https://security.microsoft.com/machines/v2/")
    assert row.id in url and f"tid={row.tenant_id}" in url


def test_the_device_page_menu_does_not_offer_its_own_page(qtbot, context):
    from console.ui.details import DevicePage

    row = _device_row(context)
    page = DevicePage(context, row.tenant_id, row.id)
    qtbot.addWidget(page)
    names = [a.objectName() for a in page.menu.actions()]
    assert "openDevicePageAction" not in names
    assert "openDeviceInPortalAction" in names
    assert "copyDeviceIdAction" in names


def test_a_device_row_menu_offers_one_copy_id(qtbot, context):
    from console.ui.shell.queue_pages import devices_queue

    queue = devices_queue(context)
    qtbot.addWidget(queue)
    menu = queue.cell_menu(queue.model.index(0, 0))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts.count("Copy ID") == 1
    assert not [t for t in texts if "device id" in t.lower()]
    assert len(texts) == len(set(texts))  # no action offered twice
