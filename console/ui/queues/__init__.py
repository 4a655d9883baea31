"""The queues analysts triage in: incidents, alerts and the device inventory.

    q = IncidentsQueue(context, details_factory=None, row_menu_extender=None)
    q.set_filters(Filters(tags=("Defender Experts",)))
    q.open_requested.connect(...)   # double-click / Enter on a row

Each is a `QueueView` over a lazy, SQL-backed table model (`LazyQueueModel`).
"""

from __future__ import annotations

from console.ui.queues.model import LazyQueueModel
from console.ui.queues.queue_view import QueueView
from console.ui.queues.specs import ALERTS, DEVICES, INCIDENTS

__all__ = ["AlertsQueue", "DevicesQueue", "IncidentsQueue", "LazyQueueModel", "QueueView"]


class IncidentsQueue(QueueView):
    SPEC = INCIDENTS


class AlertsQueue(QueueView):
    SPEC = ALERTS


class DevicesQueue(QueueView):
    SPEC = DEVICES
