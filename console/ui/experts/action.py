"""The "Ask Defender Experts" action, offered where the service offers it.

Each place (device page and menus, alert pane and rows, incident page and rows, a
DEN card) makes its action here with a *supplier*: the context is read from the
cache when the analyst picks the action, not when a menu is built, so a menu of
a hundred rows costs nothing. Slots capture the context and ids, never a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from console.domain.experts import ExpertCategory, ExpertContext
from console.ui.context import AppContext

log = logging.getLogger(__name__)

ACTION_NAME = "askDefenderExpertsAction"
Supplier = Callable[[], ExpertContext | None]
# Dialogs opened with no window to own them (a headless caller), held until they close.
_PARENTLESS: set[QWidget] = set()


def dialog_parent(widget: QWidget | None) -> QWidget | None:
    """The window a dialog should belong to: popup menus close, their window stays."""
    while isinstance(widget, QMenu) and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    if widget is None or isinstance(widget, QMenu):
        return QApplication.activeWindow()
    return widget.window()


def make_ask_experts_action(
    context: AppContext,
    supplier: Supplier,
    parent: QWidget | None,
    *,
    text: str | None = None,
    category: ExpertCategory | None = None,
) -> QAction:
    """An action that opens the dialog on what `supplier` returns; disabled (with the
    reason) when the tenant has no experts channel."""
    action = QAction(
        text or QCoreApplication.translate("AskDefenderExperts", "Ask Defender Experts"), parent
    )
    action.setObjectName(ACTION_NAME)
    if context.experts is None:
        action.setEnabled(False)
        action.setToolTip(
            QCoreApplication.translate(
                "AskDefenderExperts", "Ask Defender Experts is not set up for this tenant."
            )
        )

    def open_dialog() -> None:
        from console.ui.experts.dialog import AskDefenderExpertsDialog

        expert_context = supplier()
        if expert_context is None:
            log.warning("Ask Defender Experts: the item is no longer in the cache")
            return
        # The action may have been handed to its owner after it was made (a DEN card).
        owner = action.parent()
        anchor = parent if parent is not None else owner if isinstance(owner, QWidget) else None
        window = dialog_parent(anchor)
        dialog = AskDefenderExpertsDialog(context, expert_context, window, category=category)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if window is None:
            # No window to own it: keep it alive until it closes.
            _PARENTLESS.add(dialog)
            dialog.finished.connect(lambda _result: _PARENTLESS.discard(dialog))
        dialog.open()

    action.triggered.connect(open_dialog)
    return action


def _reader(kind: str) -> Callable[..., ExpertContext]:
    from console.experts import context as expert_contexts

    return {
        "device": expert_contexts.device_context,
        "alert": expert_contexts.alert_context,
        "incident": expert_contexts.incident_context,
    }[kind]


def entity_supplier(context: AppContext, kind: str, tenant_id: str, entity_id: str) -> Supplier:
    """Reads the context of one device, alert or incident when called."""
    cache = context.cache

    def supply() -> ExpertContext | None:
        try:
            return _reader(kind)(cache, tenant_id, entity_id)
        except LookupError:
            return None

    return supply


def ask_action_for(
    context: AppContext,
    kind: str,
    tenant_id: str,
    entity_id: str,
    parent: QWidget | None,
    *,
    text: str | None = None,
    category: ExpertCategory | None = None,
) -> QAction:
    """The action for a device, alert or incident by id, asked of its own tenant's Defender
    Experts (on a desk, the row's tenant: never the window's own)."""
    context = context.for_tenant(tenant_id)
    return make_ask_experts_action(
        context,
        entity_supplier(context, kind, tenant_id, entity_id),
        parent,
        text=text,
        category=category,
    )


def ask_about_notification_action(
    context: AppContext, tenant_id: str, incident_id: str, parent: QWidget | None
) -> QAction:
    """From a DEN card: the incident, with the notification follow-up category preset."""
    return ask_action_for(
        context,
        "incident",
        tenant_id,
        incident_id,
        parent,
        text=QCoreApplication.translate("AskDefenderExperts", "Ask about this notification"),
        category=ExpertCategory.NOTIFICATION_FOLLOW_UP,
    )
