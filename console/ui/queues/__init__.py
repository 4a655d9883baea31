"""The queues analysts triage in: incidents, alerts and the device inventory.

    q = IncidentsQueue(context, details_factory=None, row_menu_extender=None)
    q.set_filters(Filters(tags=("Defender Experts",)))
    q.open_requested.connect(...)   # double-click / Enter on a row

Each is a `QueueView` over a lazy, SQL-backed table model (`LazyQueueModel`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from console.ui.context import AppContext
from console.ui.queues.model import LazyQueueModel
from console.ui.queues.queue_view import DetailsFactory, QueueView, RowMenuExtender
from console.ui.queues.specs import ALERTS, DEVICES, INCIDENTS

__all__ = ["AlertsQueue", "DevicesQueue", "IncidentsQueue", "LazyQueueModel", "QueueView"]


class IncidentsQueue(QueueView):
    def __init__(
        self,
        context: AppContext,
        details_factory: DetailsFactory | None = None,
        row_menu_extender: RowMenuExtender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(INCIDENTS, context, details_factory, row_menu_extender, parent)


class AlertsQueue(QueueView):
    def __init__(
        self,
        context: AppContext,
        details_factory: DetailsFactory | None = None,
        row_menu_extender: RowMenuExtender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ALERTS, context, details_factory, row_menu_extender, parent)


class DevicesQueue(QueueView):
    def __init__(
        self,
        context: AppContext,
        details_factory: DetailsFactory | None = None,
        row_menu_extender: RowMenuExtender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(DEVICES, context, details_factory, row_menu_extender, parent)
