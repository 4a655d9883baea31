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
from console.domain import portal
from console.domain.models import Device
from console.ui.context import AppContext
from console.ui.details.widgets import copy_to_clipboard

ASK_EXPERTS_SECTION = "askExpertsSection"


def build_device_menu(
    context: AppContext,
    row_or_device: DeviceRow | Device,
    parent: QWidget | None = None,
    *,
    open_page: bool = True,
    copy_id: bool = True,
) -> QMenu:
    """The menu for one device; its actions call the navigator or the clipboard. The
    device's own page leaves out `open_page`; a queue row's menu leaves out `copy_id`
    (the row menu has its own "Copy ID" for every queue)."""
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

    if open_page:
        add(
            "openDevicePageAction",
            QCoreApplication.translate("DeviceContextMenu", "Open device page"),
            lambda: navigator.open_device(tenant_id, device_id),
        )
    add(
        "openDeviceInPortalAction",
        QCoreApplication.translate("DeviceContextMenu", "Open in Defender portal"),
        lambda: navigator.open_url(portal.device_url(tenant_id, device_id)),
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
    if copy_id:
        add(
            "copyDeviceIdAction",
            QCoreApplication.translate("DeviceContextMenu", "Copy ID"),
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
