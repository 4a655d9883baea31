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
