"""The device context menu (right-click on a device row, and the device pane's "..." button).

The menu ends with a separator named `askExpertsSection` and, after it, "Ask
Defender Experts" (the device page's actions menu, the inventory row menu and the
device pane's "..." menu all share this menu, as the portal offers it in each).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from console.cache.filters import Filters
from console.cache.rows import DeviceRow
from console.domain.models import Device
from console.ui.context import AppContext
from console.ui.details.widgets import copy_to_clipboard

ASK_EXPERTS_SECTION = "askExpertsSection"


def build_device_menu(
    context: AppContext, row_or_device: DeviceRow | Device, parent: QWidget | None = None
) -> QMenu:
    """The menu for one device; its actions call the navigator or the clipboard."""
    tenant_id = row_or_device.tenant_id
    device_id = row_or_device.id
    navigator = context.navigator
    menu = QMenu(parent)
    menu.setObjectName("deviceContextMenu")

    def add(object_name: str, text: str, slot: object) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(object_name)
        action.triggered.connect(slot)
        return action

    add(
        "openDevicePageAction",
        QCoreApplication.translate("DeviceContextMenu", "Open device page"),
        lambda: navigator.open_device(tenant_id, device_id),
    )
    add(
        "showDeviceIncidentsAction",
        QCoreApplication.translate("DeviceContextMenu", "Show its incidents"),
        lambda: navigator.show_incidents(Filters(device_id=device_id)),
    )
    add(
        "showDeviceAlertsAction",
        QCoreApplication.translate("DeviceContextMenu", "Show its alerts"),
        lambda: navigator.show_alerts(Filters(device_id=device_id)),
    )
    add(
        "copyDeviceIdAction",
        QCoreApplication.translate("DeviceContextMenu", "Copy device id"),
        lambda: copy_to_clipboard(device_id),
    )
    section = menu.addSeparator()
    section.setObjectName(ASK_EXPERTS_SECTION)
    from console.ui.experts.action import ask_action_for  # the experts UI imports details

    insert_ask_experts_action(menu, ask_action_for(context, "device", tenant_id, device_id, menu))
    return menu


def insert_ask_experts_action(menu: QMenu, action: QAction) -> None:
    """Add the "Ask Defender Experts" action in its reserved place (after `askExpertsSection`)."""
    section = next((a for a in menu.actions() if a.objectName() == ASK_EXPERTS_SECTION), None)
    if section is None:
        menu.addSeparator().setObjectName(ASK_EXPERTS_SECTION)
    menu.addAction(action)
