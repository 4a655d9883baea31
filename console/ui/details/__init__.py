"""Details of one item: the queues' side panes, the DEN card, the full pages, the device menu."""

from console.ui.details.alert_page import AlertPage
from console.ui.details.den_card import DenCard
from console.ui.details.device_menu import (
    ASK_EXPERTS_SECTION,
    build_device_menu,
    insert_ask_experts_action,
)
from console.ui.details.device_page import DevicePage
from console.ui.details.incident_page import IncidentPage
from console.ui.details.panes import (
    AlertPane,
    DevicePane,
    IncidentPane,
    alert_pane,
    device_pane,
    incident_pane,
)

__all__ = [
    "ASK_EXPERTS_SECTION",
    "AlertPage",
    "AlertPane",
    "DenCard",
    "DevicePage",
    "DevicePane",
    "IncidentPage",
    "IncidentPane",
    "alert_pane",
    "build_device_menu",
    "device_pane",
    "incident_pane",
    "insert_ask_experts_action",
]
