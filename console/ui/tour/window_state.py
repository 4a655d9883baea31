"""The window as the analyst left it, taken when the tour starts and put back when it ends.

The tour opens pages, filters the incidents, opens the filter panel, selects rows and
opens their side panes. What it takes: the page shown and the pages opened over it
(set aside, not closed, so an incident page the analyst had open comes back with its
tab and scroll), and per queue its filters and time range, whether its filter panel
and side pane were open, its selected rows and scroll position, and where the focus
was. Rows are put back by their (tenant, id): the current row where it was or near,
the other selected rows where they were (a sync that moved them shrinks the selection
to the current row, as the queue itself does); never the wrong row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QWidget

from console.ui.shell.pages import QUEUE_KEYS

if TYPE_CHECKING:
    from console.ui.main_window import MainWindow
    from console.ui.queues import QueueView
    from console.ui.shell.page_stack import OpenedPage

# How far from where it was the current row is looked for; and how many selected rows
# are put back (more, "Select all" among them, leave the current row alone selected).
_REACH = 200
_MOST_PICKED = 200
_Flag = QItemSelectionModel.SelectionFlag


def _key(row: Any) -> tuple[str, str] | None:
    return None if row is None else (row.tenant_id, row.id)


@dataclass
class QueueState:
    filters: Any
    time_range: str
    panel_open: bool
    pane_wanted: bool
    current: tuple[int, int, tuple[str, str] | None] | None  # row, column, its key
    current_selected: bool
    picked: list[tuple[int, tuple[str, str] | None]]  # selected rows and their keys
    scroll: int

    @classmethod
    def take(cls, queue: QueueView) -> QueueState:
        table, model = queue.table, queue.model
        current = table.currentIndex()
        rows = table.selectionModel().selectedRows()
        return cls(
            filters=queue.filters(),
            time_range=queue.time_range(),
            panel_open=not queue.filter_panel.isHidden(),
            pane_wanted=queue.details_pane.wanted,
            current=(
                (current.row(), current.column(), _key(model.row_at(current.row())))
                if current.isValid()
                else None
            ),
            current_selected=current.isValid()
            and table.selectionModel().isRowSelected(current.row()),
            picked=(
                [(index.row(), _key(model.row_at(index.row()))) for index in rows]
                if len(rows) <= _MOST_PICKED
                else []
            ),
            scroll=table.verticalScrollBar().value(),
        )

    def put_back(self, queue: QueueView) -> None:
        if queue.filters() != self.filters or queue.time_range() != self.time_range:
            queue.set_filters(self.filters, self.time_range)
        if queue.filter_panel.isHidden() == self.panel_open:
            queue.show_filter_panel(self.panel_open)
        queue.details_pane.set_wanted(self.pane_wanted)
        self._put_back_selection(queue)
        queue.table.verticalScrollBar().setValue(self.scroll)

    def _put_back_selection(self, queue: QueueView) -> None:
        table, model = queue.table, queue.model
        selection_model = table.selectionModel()
        if self.current is None:
            selection_model.clear()  # nothing current, nothing selected: the pane hides
            return
        at, column, key = self.current
        found = _find(queue, at, key)
        if found is None:
            selection_model.clear()
            return
        selection_model.setCurrentIndex(model.index(found, column), _Flag.NoUpdate)
        kept = [row for row, row_key in self.picked if _key(model.row_at(row)) == row_key]
        if found != at or len(kept) != len(self.picked) or not self.picked:
            # Rows moved meanwhile (or too many were picked): the current row alone.
            kept = [found] if self.current_selected else []
        selection = QItemSelection()
        for row in kept:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        selection_model.select(selection, _Flag.ClearAndSelect)


def _find(queue: QueueView, row: int, key: tuple[str, str] | None) -> int | None:
    """The row number of `key` now: where it was, else the nearest row that has it."""
    model = queue.model
    if key is None:
        return None
    count = model.rowCount()
    for distance in range(_REACH + 1):
        for candidate in {row - distance, row + distance}:
            if 0 <= candidate < count and _key(model.row_at(candidate)) == key:
                return candidate
    return None


@dataclass
class WindowState:
    page: str
    opened: list[OpenedPage]
    queues: dict[str, QueueState]
    focus: QWidget | None

    @classmethod
    def take(cls, window: MainWindow) -> WindowState:
        """What the window shows now. The queues are built if they were not yet: the tour
        visits them, and the app builds them after the first paint anyway."""
        focus = QApplication.focusWidget()
        queues = {key: QueueState.take(window.queues.page(key)) for key in QUEUE_KEYS}
        page = window.current_page()
        opened = window.pages.set_aside_opened()
        ours = focus is not None and window.isAncestorOf(focus)
        return cls(page, opened, queues, focus if ours else None)

    def put_back(self, window: MainWindow) -> None:
        window.show_page(self.page)  # closes the pages the tour opened
        for key, state in self.queues.items():
            state.put_back(window.queues.page(key))
        window.pages.put_back_opened(self.opened)
        focus = self.focus
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
