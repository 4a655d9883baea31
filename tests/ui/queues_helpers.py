"""Helpers shared by the queue tests (not a test module)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from console.ui import reader
from console.ui.queues import QueueView
from console.ui.queues.model import ROW_ROLE

READ_TIMEOUT_MS = 10_000


def shown_rows(queue: QueueView) -> list:
    model = queue.model
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def wait_for_reads(qtbot) -> None:
    """Until every background read (a queue's refresh, Home's and the status bar's
    numbers) has been shown: refreshes run on a reader thread."""
    qtbot.waitUntil(reader.idle, timeout=READ_TIMEOUT_MS)


def refresh_and_wait(qtbot, queue: QueueView) -> None:
    """`queue.refresh()`, then wait until its rows are swapped in."""
    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        queue.refresh()


def tick(list_widget, text: str) -> None:
    items = list_widget.findItems(text, Qt.MatchFlag.MatchExactly)
    assert items, f"{text!r} not offered in {list_widget.objectName()}"
    items[0].setCheckState(Qt.CheckState.Checked)


def showing_counts(queue: QueueView) -> tuple[int, int]:
    """The "Showing N of M" label as the analyst reads it: (shown, everything in the tenant)."""
    match = re.fullmatch(r"Showing ([\d,]+) of ([\d,]+)", queue.showing_text())
    assert match, f"unexpected label {queue.showing_text()!r}"
    shown, total = (int(n.replace(",", "")) for n in match.groups())
    return shown, total
