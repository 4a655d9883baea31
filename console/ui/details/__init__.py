"""Details of one item: the queues' side panes, the DEN card, the full pages, the device menu."""

from typing import TYPE_CHECKING

import lazy_loader

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
__getattr__, __dir__, _ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "alert_page": ["AlertPage"],
        "den_card": ["DenCard"],
        "device_menu": ["ASK_EXPERTS_SECTION", "build_device_menu", "insert_ask_experts_action"],
        "device_page": ["DevicePage"],
        "incident_page": ["IncidentPage"],
        "panes": [
            "AlertPane",
            "DevicePane",
            "IncidentPane",
            "alert_pane",
            "device_pane",
            "incident_pane",
        ],
    },
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
