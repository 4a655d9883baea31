"""Details of one item: the queues' side panes, the DEN card, the full pages, the device menu."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Loaded on first use: a module that needs one shared widget (details.widgets) does not
# pull in every page and pane at start-up (benchmarks/ui_startup.py).
_WHERE = {
    "ASK_EXPERTS_SECTION": "console.ui.details.device_menu",
    "AlertPage": "console.ui.details.alert_page",
    "AlertPane": "console.ui.details.panes",
    "DenCard": "console.ui.details.den_card",
    "DevicePage": "console.ui.details.device_page",
    "DevicePane": "console.ui.details.panes",
    "IncidentPage": "console.ui.details.incident_page",
    "IncidentPane": "console.ui.details.panes",
    "alert_pane": "console.ui.details.panes",
    "build_device_menu": "console.ui.details.device_menu",
    "device_pane": "console.ui.details.panes",
    "incident_pane": "console.ui.details.panes",
    "insert_ask_experts_action": "console.ui.details.device_menu",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'console.ui.details' has no attribute {name!r}")


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
