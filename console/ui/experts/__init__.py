"""Ask Defender Experts in the window: the action, the dialog, the messages page, the controller.

The action is offered where the service offers it (device page and menus, alert
pane and rows, incident page and rows, a DEN card); the controller sends the
outbox and fetches answers; the messages page lists every question and reply.
"""

from typing import TYPE_CHECKING

import lazy_loader

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
__getattr__, __dir__, _ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "action": ["ask_about_notification_action", "ask_action_for", "make_ask_experts_action"],
        "controller": ["ExpertsController"],
        "dialog": ["AskDefenderExpertsDialog"],
        "messages_page": ["ExpertsMessagesPage"],
    },
)


__all__ = [
    "AskDefenderExpertsDialog",
    "ExpertsController",
    "ExpertsMessagesPage",
    "ask_about_notification_action",
    "ask_action_for",
    "make_ask_experts_action",
]
