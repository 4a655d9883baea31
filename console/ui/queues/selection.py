"""QueueSelection: which rows of a queue the analyst selected, for acting on them at once.

Rows are picked with Shift and Ctrl, or all at once with "Select all N in this view":
every row the filters match, even past the window the model has loaded. That selection
stays "all matching" (its (tenant id, id) keys are read from the cache when the analyst
acts, `spec.keys`) until the filters change or the analyst picks rows again; a re-sort
or a sync keeps it. The model keeps no ids (console.ui.queues.model), so a picked
selection is row numbers, read back into rows when acted on.

A sync that moves rows while several are picked would leave the highlight on other
items, so the selection then shrinks to the current row, which the view follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QObject, Signal

if TYPE_CHECKING:
    from console.ui.queues.queue_view import QueueView

Item = tuple[str, str]  # (tenant id, item id)


class QueueSelection(QObject):
    changed = Signal()  # the selection, or what "all matching" stands for, changed

    def __init__(self, view: QueueView) -> None:
        super().__init__(view)
        self._view = view
        self._all_of: Any | None = None  # the filters "all matching" was chosen for
        self._quiet = False  # our own re-selecting: not the analyst picking rows
        view.table.selectionModel().selectionChanged.connect(self._picked)
        view.model.modelReset.connect(self._reset)

    # ---- what the analyst has selected -----------------------------------------------------

    @property
    def all_matching(self) -> bool:
        return self._all_of is not None

    def count(self) -> int:
        """How many items an action would take."""
        if self.all_matching:
            return self._view.model.count()
        return sum(last - first + 1 for first, last in self._row_runs())

    def rows(self) -> list[int]:
        """The picked row numbers, in order (every row when all match)."""
        if self.all_matching:
            return list(range(self._view.model.count()))
        return [row for first, last in self._row_runs() for row in range(first, last + 1)]

    def items(self) -> list[Item]:
        """(tenant id, id) of every selected item: each row keeps its own tenant."""
        view = self._view
        if self.all_matching:
            keys = view.spec.keys
            if keys is None:
                return []
            return keys(view.context.cache, view.model.filters)
        found: list[Item] = []
        for first, last in self._row_runs():
            for number in range(first, last + 1):
                row = view.model.row_at(number)  # reads the blocks not loaded yet
                if row is not None:
                    found.append((row.tenant_id, row.id))
        return list(dict.fromkeys(found))

    def first_row(self) -> Any | None:
        """The row an action names when it names one (the current row if selected)."""
        current = self._view.table.currentIndex()
        if current.isValid() and self._view.table.selectionModel().isRowSelected(current.row()):
            return self._view.model.row_at(current.row())
        runs = self._row_runs()
        return self._view.model.row_at(runs[0][0]) if runs else None

    def is_selected(self, row: int) -> bool:
        return self.all_matching or self._view.table.selectionModel().isRowSelected(row)

    # ---- changing it -----------------------------------------------------------------------

    def select_all(self) -> None:
        """Every row the filters match, including those not loaded."""
        view = self._view
        self._all_of = view.model.filters
        self._select_every_row()
        self.changed.emit()

    def clear_all_matching(self) -> None:
        if self._all_of is not None:
            self._all_of = None
            self.changed.emit()

    def before_refresh(self) -> Callable[[bool], bool]:
        """Call before a refresh swaps rows in, and the function it gives after, with
        whether they were swapped in: True when the selection was kept as it was (the view
        need not reselect its current row). Rows removed or moved meanwhile are not the
        analyst picking rows, so "all matching" survives them."""
        view = self._view
        model = view.model
        runs = self._row_runs()
        several = self.all_matching or sum(last - first + 1 for first, last in runs) > 1
        shown: dict[int, Item | None] = {}
        if several and not self.all_matching:
            for first, last in runs:
                for number in range(first, last + 1):
                    if model.loaded_row(number) is not None:
                        shown[number] = _key(model.loaded_row(number))
        self._quiet = True

        def after(applied: bool) -> bool:
            self._quiet = False
            if not applied or not several:
                return False
            if self.all_matching:
                self._select_every_row()  # the count may have grown
                self.changed.emit()
                return True
            # Compared where both reads hold the row (a refresh reads the rows on screen).
            now = {number: _key(model.loaded_row(number)) for number in shown}
            if all(now[n] in (None, key) for n, key in shown.items()):
                self.changed.emit()
                return True
            current = view.table.currentIndex()
            if current.isValid():  # moved under the highlight: only the current row stays
                view.table.selectionModel().select(
                    current,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            return False

        return after

    # ---- inside ----------------------------------------------------------------------------

    def _select_every_row(self) -> None:
        view = self._view
        self._quiet = True
        try:
            current = view.table.currentIndex()
            view.table.selectAll()
            if current.isValid():
                view.table.selectionModel().setCurrentIndex(
                    current, QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._quiet = False

    def _picked(self, *_args: Any) -> None:
        if self._quiet:
            return
        self._all_of = None  # the analyst picked rows: no longer "all matching"
        self.changed.emit()

    def _reset(self) -> None:
        """New filters end "all matching"; a new sort keeps it (the same rows match)."""
        if self._all_of is None:
            self.changed.emit()
            return
        if self._view.model.filters != self._all_of:
            self._all_of = None
        else:
            self._select_every_row()
        self.changed.emit()

    def _row_runs(self) -> list[tuple[int, int]]:
        """The selected rows as sorted, merged (first, last) runs: a selection of 100,000
        rows is a handful of ranges, never a list of indexes."""
        selection = self._view.table.selectionModel().selection()
        ranges = sorted(
            (selection.at(i).top(), selection.at(i).bottom()) for i in range(selection.size())
        )
        runs: list[tuple[int, int]] = []
        for first, last in ranges:
            if runs and first <= runs[-1][1] + 1:
                runs[-1] = (runs[-1][0], max(runs[-1][1], last))
            else:
                runs.append((first, last))
        return runs


def _key(row: Any | None) -> Item | None:
    return None if row is None else (row.tenant_id, row.id)
