"""A lazy table model over a cache queue: a COUNT, and windows of rows on demand.

Like Anki's browser the SQL sorts and filters, but unlike it no list of ids is
kept: at a million alerts loading every matching id costs ~0.3 s per
re-query, so only the blocks of rows the view paints cross into Python, held
in a small LRU.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from console.cache.filters import Sort
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui import style
from console.ui.details.widgets import escaped_tooltip
from console.ui.labels import time_tooltip
from console.ui.queues import pending
from console.ui.queues.columns import (
    CONTEXT,
    NUMBER,
    SEVERITY,
    STATUS,
    TIME,
    Column,
    cell_text,
)

CountFn = Callable[[Any], int]
# (filters, sort, offset, limit, known row count) -> rows
PageFn = Callable[[Any, Sort, int, int, int], Sequence[Any]]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row dataclass
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's raw value (enum, str, datetime...)
ModelIndex = QModelIndex | QPersistentModelIndex

_DEN_TOOLTIP = QT_TRANSLATE_NOOP("QueueColumns", "Defender Experts notification")


@dataclass(frozen=True)
class Snapshot:
    """What a refresh read on a reader thread: the count and the blocks the view shows."""

    generation: int  # the query it answers; a newer filter or sort makes it stale
    count: int
    blocks: dict[int, Sequence[Any]]


def _ranges(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs: one dataChanged per run."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def den_icon() -> QIcon:
    """A small Defender Experts badge, drawn so it follows the light/dark accent."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.den_color())
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
    painter.setPen(QColor("white") if not style.is_dark() else QColor("black"))
    font = QFont()
    font.setPixelSize(9)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "DE")
    painter.end()
    return QIcon(pixmap)


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(1, 1, 8, 8)
    painter.end()
    return QIcon(pixmap)


class LazyQueueModel(QAbstractTableModel):
    """Rows of one queue for the current filters and sort, fetched in blocks."""

    def __init__(
        self,
        columns: Sequence[Column],
        count: CountFn,
        page: PageFn,
        filters: Any,
        sort: Sort,
        block_size: int = 150,
        max_blocks: int = 16,
        parent: Any = None,
        together: Callable[[], AbstractContextManager[None]] = contextlib.nullcontext,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._count_fn = count
        self._page_fn = page
        # Where a refresh's COUNT and its windows read one snapshot (`Cache.read_together`).
        self._together = together
        self._filters = filters
        self._sort = sort
        self._block_size = block_size
        self._max_blocks = max_blocks
        self._blocks: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self._rows = self._count_fn(filters)
        # The view asks each cell for several roles per paint; the text is
        # worked out once per cell until the rows change.
        self._texts: dict[tuple[int, int], str] = {}
        self._den_icon: QIcon | None = None
        self._swatches: dict[str, QIcon] = {}
        # Colours per (kind, value): asking the palette for every painted cell was a
        # third of the cost of painting a screen. Cleared when the palette changes.
        self._colors: dict[tuple[str, str], QColor | None] = {}
        self._last_block: tuple[int, Sequence[Any]] | None = None
        # Bumped by each new filter or sort: a refresh read for an older one is dropped.
        self._generation = 0

    # ---- what the queue asks -------------------------------------------------------

    @property
    def filters(self) -> Any:
        return self._filters

    @property
    def current_sort(self) -> Sort:
        return self._sort

    def count(self) -> int:
        """Rows matching the current filters."""
        return self._rows

    def set_query(self, filters: Any, sort: Sort | None = None) -> None:
        """New filters (and sort): one COUNT, and the cached blocks are dropped."""
        self.beginResetModel()
        self._generation += 1
        self._filters = filters
        if sort is not None:
            self._sort = sort
        self._blocks.clear()
        self._last_block = None
        self._texts.clear()
        self._rows = self._count_fn(filters)
        self.endResetModel()

    def reload(self) -> None:
        """Re-query now, on this thread, keeping filters and sort (see `snapshot_reader`)."""
        self.set_query(self._filters)

    def snapshot_reader(
        self, wanted: Iterable[int], follow: range | None = None, reach: int = 0
    ) -> Callable[[], Snapshot]:
        """A refresh's queries as a function for a reader thread: the COUNT and the blocks
        holding the `wanted` rows (those on screen).

        `follow` (the rows around the selection) is stretched downwards by as many rows
        as the count grew, up to `reach`: rows a sync adds above push the selected one
        down by that much, and it must be among the rows read to be found again.

        It captures the query as it is now and touches nothing of the model, so it may
        run on any thread; `apply` swaps its result in on the GUI thread.
        """
        filters, sort, generation = self._filters, self._sort, self._generation
        count_fn, page_fn, size, known = self._count_fn, self._page_fn, self._block_size, self._rows
        together = self._together
        rows = set(wanted)

        def read() -> Snapshot:
            with together():
                return read_snapshot()

        def read_snapshot() -> Snapshot:
            count = count_fn(filters)
            numbers = {row // size for row in rows if row >= 0}
            if follow is not None:
                grown = min(max(0, count - known), reach)
                numbers.update(
                    range(max(0, follow.start) // size, (follow.stop + grown) // size + 1)
                )
            blocks = {
                number: page_fn(filters, sort, number * size, size, count)
                for number in sorted(numbers)
                if number * size < count
            }
            return Snapshot(generation, count, blocks)

        return read

    def apply(self, snapshot: Snapshot) -> bool:
        """Swap in what a refresh read, without a reset: False when it is stale.

        A row equal to the one shown keeps its memoised texts and gets no dataChanged;
        a changed one gets dataChanged; a new count is rows inserted or removed at the
        end. Rows inserted above shift every row below: they all compare unequal and
        get one dataChanged per run, which keeps the selection and the scroll where a
        reset would lose both. Blocks not read are dropped, to be read when scrolled to.
        """
        if snapshot.generation != self._generation:
            return False
        size, before = self._block_size, self._rows
        kept: set[int] = set()
        changed: list[int] = []
        for number, block in snapshot.blocks.items():
            old = self._blocks.get(number)
            for position, row in enumerate(block):
                row_number = number * size + position
                if row_number >= min(before, snapshot.count):
                    break  # new rows: rowsInserted says so
                if old is not None and position < len(old) and old[position] == row:
                    kept.add(row_number)
                else:
                    changed.append(row_number)
        self._texts = {key: text for key, text in self._texts.items() if key[0] in kept}
        if snapshot.count < before:
            self.beginRemoveRows(QModelIndex(), snapshot.count, before - 1)
        elif snapshot.count > before:
            self.beginInsertRows(QModelIndex(), before, snapshot.count - 1)
        self._rows = snapshot.count
        self._blocks = OrderedDict(sorted(snapshot.blocks.items()))
        self._last_block = None
        if snapshot.count < before:
            self.endRemoveRows()
        elif snapshot.count > before:
            self.endInsertRows()
        last_column = len(self.columns) - 1
        for first, last in _ranges(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        return True

    def loaded_row(self, row: int) -> Any | None:
        """The row if its block is already in memory, else None: never a query."""
        if row < 0 or row >= self._rows:
            return None
        block_number, position = divmod(row, self._block_size)
        block = self._blocks.get(block_number)
        return block[position] if block is not None and position < len(block) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def row_at(self, row: int) -> Any | None:
        if row < 0 or row >= self._rows:
            return None
        block_number, position = divmod(row, self._block_size)
        block = self._block(block_number)
        return block[position] if position < len(block) else None

    def _block(self, number: int) -> Sequence[Any]:
        # A paint asks for every cell of a row in turn: the same block, many times.
        if self._last_block is not None and self._last_block[0] == number:
            return self._last_block[1]
        block = self._blocks.get(number)
        if block is not None:
            self._last_block = (number, block)
            self._blocks.move_to_end(number)
            return block
        block = self._page_fn(
            self._filters, self._sort, number * self._block_size, self._block_size, self._rows
        )
        self._blocks[number] = block
        self._last_block = (number, block)
        while len(self._blocks) > self._max_blocks:
            self._blocks.popitem(last=False)
        return block

    # ---- QAbstractTableModel -------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip names a header the analyst narrowed until it is cut.
            return QCoreApplication.translate(CONTEXT, self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].kind == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # No flags() here: Qt's own (enabled, selectable, no children) is what a queue wants,
    # and the view asks it of every painted cell, each time a call into Python.

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        if role not in _ROLES:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(index.row(), index.column(), column, row)
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, row)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self._color(column, row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(index.column(), column, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_alignment(column))
        if role == Qt.ItemDataRole.FontRole:
            return _italic() if pending.is_pending(column.key, row) else None
        return None

    def cell_look(
        self, row_number: int, column_number: int
    ) -> tuple[str, Qt.AlignmentFlag, QColor | None, QIcon | None, bool] | None:
        """What a painted cell shows (text, alignment, colour, icon, italics), in one call:
        the roles `data` gives one by one (see `QueueCellDelegate`)."""
        if not 0 <= column_number < len(self.columns):
            return None
        row = self.row_at(row_number)
        if row is None:
            return None
        column = self.columns[column_number]
        return (
            self._text(row_number, column_number, column, row),
            _alignment(column),
            self._color(column, row),
            self._decoration(column_number, column, row),
            pending.is_pending(column.key, row),
        )

    def _text(self, row_number: int, column_number: int, column: Column, row: Any) -> str:
        key = (row_number, column_number)
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) > 50_000:  # a long scroll; keep the memo small
                self._texts.clear()
            text = self._texts[key] = cell_text(column, row)
        return text

    def _color(self, column: Column, row: Any) -> QColor | None:
        if column.kind not in (SEVERITY, STATUS):
            return None
        value = column.value(row)
        key = (column.kind, str(value))
        if key not in self._colors:
            pick = style.severity_color if column.kind == SEVERITY else style.status_color
            self._colors[key] = pick(value)
        return self._colors[key]

    def palette_changed(self) -> None:
        """Light/dark switch: colours and swatches are picked again on the next paint."""
        self._colors.clear()
        self._swatches.clear()
        pending.forget_icons()

    def _decoration(self, position: int, column: Column, row: Any) -> QIcon | None:
        if pending.is_pending(column.key, row):
            return pending.icon(row)
        if position == 0 and getattr(row, "is_den", False):
            if self._den_icon is None:
                self._den_icon = den_icon()
            return self._den_icon
        if column.kind in (SEVERITY, STATUS):
            color = self._color(column, row)
            if color is None:
                return None
            icon = self._swatches.get(color.name())
            if icon is None:
                icon = self._swatches[color.name()] = _swatch(color)
            return icon
        return None

    def _tooltip(self, column: Column, row: Any) -> str | None:
        value = column.value(row)
        if column.kind == TIME and isinstance(value, datetime):
            return time_tooltip(value)
        text = cell_text(column, row)
        if column is self.columns[0] and getattr(row, "is_den", False):
            note = QCoreApplication.translate(CONTEXT, _DEN_TOOLTIP)
            text = f"{text}\n{note}" if text else note
        if pending.is_pending(column.key, row):
            text = f"{text}\n{pending.note(row)}" if text else pending.note(row)
        # Qt renders tooltip text that looks like HTML as rich text; API text is untrusted.
        return escaped_tooltip(text) or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        wanted = Sort(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        # A reset, not a layout change: no row keeps its place under a new SQL order.
        self.beginResetModel()
        self._generation += 1
        self._sort = wanted
        self._blocks.clear()
        self._last_block = None
        self._texts.clear()
        self.endResetModel()


_ITALIC: list[QFont] = []


def _italic() -> QFont:
    if not _ITALIC:
        font = QFont()
        font.setItalic(True)
        _ITALIC.append(font)
    return _ITALIC[0]


def _alignment(column: Column) -> Qt.AlignmentFlag:
    if column.kind == NUMBER:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.FontRole,
        ROW_ROLE,
        VALUE_ROLE,
    }
)
