"""Helpers shared by the queue tests (not a test module)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.ui.queues import QueueView
from console.ui.queues.model import ROW_ROLE


def shown_rows(queue: QueueView) -> list:
    model = queue.model
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def tick(list_widget, text: str) -> None:
    items = list_widget.findItems(text, Qt.MatchFlag.MatchExactly)
    assert items, f"{text!r} not offered in {list_widget.objectName()}"
    items[0].setCheckState(Qt.CheckState.Checked)
