"""Ask Defender Experts in the window: the action, the dialog, the messages page, the controller.

The action is offered where the service offers it (device page and menus, alert
pane and rows, incident page and rows, a DEN card); the controller sends the
outbox and fetches answers; the messages page lists every question and reply.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.ui.experts.action import (
        ask_about_notification_action,
        ask_action_for,
        make_ask_experts_action,
    )
    from console.ui.experts.controller import ExpertsController
    from console.ui.experts.dialog import AskDefenderExpertsDialog
    from console.ui.experts.messages_page import ExpertsMessagesPage

# Loaded on first use: the window starts with the controller only; the dialog and the
# messages page (and the details widgets they pull in) load when first opened
# (benchmarks/ui_startup.py).
_WHERE = {
    "AskDefenderExpertsDialog": "console.ui.experts.dialog",
    "ExpertsController": "console.ui.experts.controller",
    "ExpertsMessagesPage": "console.ui.experts.messages_page",
    "ask_about_notification_action": "console.ui.experts.action",
    "ask_action_for": "console.ui.experts.action",
    "make_ask_experts_action": "console.ui.experts.action",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'console.ui.experts' has no attribute {name!r}")


__all__ = [
    "AskDefenderExpertsDialog",
    "ExpertsController",
    "ExpertsMessagesPage",
    "ask_about_notification_action",
    "ask_action_for",
    "make_ask_experts_action",
]
