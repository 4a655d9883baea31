"""The window as the analyst left it, taken when the tour starts and put back when it ends.

The tour opens pages, filters the incidents, opens the filter panel, selects rows and
opens their side panes. What it takes: the page shown and the pages opened over it
(set aside, not closed, so an incident page the analyst had open comes back with its
tab and scroll), and per queue its filters and time range, whether its filter panel
and side pane were open, its selected rows and scroll position, and where the focus
was. Rows are put back by their (tenant, id) among the rows loaded, where they were
or near: a sync that moved them meanwhile may leave one unselected, never the wrong one.
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

# How far from where it was a selected row is looked for among the loaded rows.
_REACH = 200
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
                (current.row(), current.column(), _key(model.loaded_row(current.row())))
                if current.isValid()
                else None
            ),
            picked=[(index.row(), _key(model.loaded_row(index.row()))) for index in rows],
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
        row, column, key = self.current
        found = _find(queue, row, key)
        if found is None:
            selection_model.clear()
            return
        selection_model.setCurrentIndex(model.index(found, column), _Flag.NoUpdate)
        selection = QItemSelection()
        for picked_row, picked_key in self.picked:
            at = _find(queue, picked_row, picked_key)
            if at is not None:
                selection.select(model.index(at, 0), model.index(at, model.columnCount() - 1))
        selection_model.select(selection, _Flag.ClearAndSelect)


def _find(queue: QueueView, row: int, key: tuple[str, str] | None) -> int | None:
    """The row number of `key` now: where it was, else the nearest loaded row that has it."""
    model = queue.model
    if key is None:
        return None
    count = model.rowCount()
    for distance in range(_REACH + 1):
        for candidate in {row - distance, row + distance}:
            if 0 <= candidate < count and _key(model.loaded_row(candidate)) == key:
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
