"""Ask Defender Experts in the window: the action, the dialog, the messages page, the controller.

The action is offered where the service offers it (device page and menus, alert
pane and rows, incident page and rows, a DEN card); the controller sends the
outbox and fetches answers; the messages page lists every question and reply.
"""

from console.ui.experts.action import (
    ask_about_notification_action,
    ask_action_for,
    make_ask_experts_action,
)
from console.ui.experts.controller import ExpertsController
from console.ui.experts.dialog import AskDefenderExpertsDialog
from console.ui.experts.messages_page import ExpertsMessagesPage

__all__ = [
    "AskDefenderExpertsDialog",
    "ExpertsController",
    "ExpertsMessagesPage",
    "ask_about_notification_action",
    "ask_action_for",
    "make_ask_experts_action",
]
