"""The three queue pages, built from `console.ui.queues` and `console.ui.details`.

The shell only wires them: which pane a selected row shows, which page Enter
opens, and the row menus (the device menu; Ask Defender Experts on every row).
The page table (`console.ui.shell.pages`) names these factories.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from console.ui.context import AppContext
from console.ui.details import alert_pane, build_device_menu, device_pane, incident_pane
from console.ui.experts.action import ask_action_for
from console.ui.queues import AlertsQueue, DevicesQueue, IncidentsQueue, QueueView
from console.ui.queues.queue_view import RowMenuExtender
from console.ui.shell.navigator import ShellNavigator


def _ask_experts_extender(context: AppContext, kind: str) -> RowMenuExtender:
    def extend(menu: QMenu, row: Any) -> None:
        menu.addAction(ask_action_for(context, kind, row.tenant_id, row.id, menu))

    return extend


def _open_on_enter(
    queue: QueueView, context: AppContext, open_item: Callable[[ShellNavigator, str, str], None]
) -> None:
    def open_row(row: Any) -> None:
        if row is not None:
            open_item(context.navigator, row.tenant_id, row.id)

    queue.open_requested.connect(open_row)


def incidents_queue(context: AppContext, parent: QWidget | None = None) -> IncidentsQueue:
    queue = IncidentsQueue(
        context,
        details_factory=lambda row: incident_pane(context.for_tenant(row.tenant_id), row),
        row_menu_extender=_ask_experts_extender(context, "incident"),
        parent=parent,
    )
    _open_on_enter(queue, context, lambda nav, tenant, item: nav.open_incident(tenant, item))
    return queue


def alerts_queue(context: AppContext, parent: QWidget | None = None) -> AlertsQueue:
    queue = AlertsQueue(
        context,
        details_factory=lambda row: alert_pane(context.for_tenant(row.tenant_id), row),
        row_menu_extender=_ask_experts_extender(context, "alert"),
        parent=parent,
    )
    _open_on_enter(queue, context, lambda nav, tenant, item: nav.open_alert(tenant, item))
    return queue


def devices_queue(context: AppContext, parent: QWidget | None = None) -> DevicesQueue:
    def extend(menu: QMenu, row: Any) -> None:
        # The device menu's actions, inline under the cell actions; the device
        # menu is a child of `menu`, so its actions live exactly as long.
        device_menu = build_device_menu(context.for_tenant(row.tenant_id), row, menu, copy_id=False)
        for action in device_menu.actions():
            menu.addAction(action)

    queue = DevicesQueue(
        context,
        details_factory=lambda row: device_pane(context.for_tenant(row.tenant_id), row),
        row_menu_extender=extend,
        parent=parent,
    )
    _open_on_enter(queue, context, lambda nav, tenant, item: nav.open_device(tenant, item))
    return queue
