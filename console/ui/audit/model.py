"""`AuditTableModel`: the audit log for the page's filters, a COUNT and windows of entries.

The SQL filters and sorts (console.cache.audit); the model holds the count and the
blocks of rows read so far. A refresh reads the count and the blocks on screen on a
reader thread (`snapshot_reader`), and the page swaps them in (`apply`); a block
scrolled to later is read when first painted, one indexed window.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from console.cache import audit
from console.cache.audit import AuditFilters, AuditRow
from console.cache.engine import Cache
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.audit import texts
from console.ui.details.widgets import escaped_tooltip
from console.ui.labels import local_time, time_tooltip

ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the AuditRow
ModelIndex = QModelIndex | QPersistentModelIndex

WHEN, TENANT, ANALYST, ITEM, CHANGE, STATUS = (
    "when",
    "tenant",
    "analyst",
    "item",
    "change",
    "status",
)
_TITLES: Final = {
    WHEN: QT_TRANSLATE_NOOP("Audit", "When"),
    TENANT: QT_TRANSLATE_NOOP("Audit", "Tenant"),
    ANALYST: QT_TRANSLATE_NOOP("Audit", "Analyst"),
    ITEM: QT_TRANSLATE_NOOP("Audit", "Item"),
    # Before the change, whose words run long: the status stays on screen beside the panel.
    STATUS: QT_TRANSLATE_NOOP("Audit", "Status"),
    CHANGE: QT_TRANSLATE_NOOP("Audit", "Change"),
}


@dataclass(frozen=True)
class Snapshot:
    generation: int  # the filters it answers; newer ones make it stale
    count: int
    blocks: dict[int, list[AuditRow]]


class AuditTableModel(QAbstractTableModel):
    def __init__(
        self,
        cache: Cache,
        filters: AuditFilters,
        tenant_names: dict[str, str] | None = None,
        parent: Any = None,
        *,
        block_size: int = 200,
        max_blocks: int = 16,
    ) -> None:
        """`tenant_names`: on a desk, each tenant's name (a Tenant column); None for one."""
        super().__init__(parent)
        self._cache = cache
        self._filters = filters
        self._names = tenant_names
        self.columns = [key for key in _TITLES if key != TENANT or tenant_names is not None]
        self._block_size = block_size
        self._max_blocks = max_blocks
        self._blocks: OrderedDict[int, list[AuditRow]] = OrderedDict()
        self._rows = 0
        self._generation = 0
        self._texts: dict[tuple[int, int], str] = {}

    # -- the query -------------------------------------------------------------------------

    @property
    def filters(self) -> AuditFilters:
        return self._filters

    def set_filters(self, filters: AuditFilters) -> None:
        """New filters: the rows shown so far no longer answer them (read by a refresh)."""
        self._filters = filters
        self._generation += 1

    def count(self) -> int:
        return self._rows

    def snapshot_reader(self, wanted: Iterable[int] = (0,)) -> Callable[[], Snapshot]:
        """The count and the blocks holding `wanted` rows, as plain queries for a reader
        thread; it touches nothing of the model."""
        cache, filters, generation, size = (
            self._cache,
            self._filters,
            self._generation,
            self._block_size,
        )
        numbers = sorted({max(0, row) // size for row in wanted} | {0})

        def read() -> Snapshot:
            with cache.read_together():
                count = audit.count(cache, filters)
                blocks = {
                    number: audit.page(cache, filters, number * size, size)
                    for number in numbers
                    if number * size < count
                }
            return Snapshot(generation, count, blocks)

        return read

    def apply(self, snapshot: Snapshot) -> bool:
        """Show what a refresh read; False when newer filters made it stale."""
        if snapshot.generation != self._generation:
            return False
        self.beginResetModel()
        self._rows = snapshot.count
        self._blocks = OrderedDict(sorted(snapshot.blocks.items()))
        self._texts.clear()
        self.endResetModel()
        return True

    def row_at(self, row: int) -> AuditRow | None:
        if row < 0 or row >= self._rows:
            return None
        number, position = divmod(row, self._block_size)
        block = self._blocks.get(number)
        if block is None:  # scrolled to: one indexed window
            block = audit.page(
                self._cache, self._filters, number * self._block_size, self._block_size
            )
            self._blocks[number] = block
            while len(self._blocks) > self._max_blocks:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[position] if position < len(block) else None

    def loaded_rows(self) -> list[tuple[int, AuditRow]]:
        """The rows read so far with their row numbers: never a query."""
        return [
            (number * self._block_size + position, row)
            for number, block in self._blocks.items()
            for position, row in enumerate(block)
        ]

    def column_index(self, key: str) -> int:
        return self.columns.index(key)

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return texts.tr(_TITLES[self.columns[section]])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column(), key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == WHEN:
                return time_tooltip(row.entry.at)
            # Qt takes a tooltip that looks like HTML for rich text: these hold API text.
            return escaped_tooltip(self._text(index.row(), index.column(), key, row))
        if role == Qt.ItemDataRole.ForegroundRole and key == STATUS:
            return texts.status_colour(row.status)
        return None

    def _text(self, row_number: int, column: int, key: str, row: AuditRow) -> str:
        cached = self._texts.get((row_number, column))
        if cached is None:
            cached = self._texts[(row_number, column)] = cell_text(key, row, self._names)
        return cached


def cell_text(key: str, row: AuditRow, names: dict[str, str] | None) -> str:
    """What a cell of `key` says for `row` (the export writes the same words)."""
    if key == WHEN:
        return local_time(row.entry.at)
    if key == TENANT:
        return (names or {}).get(row.entry.tenant_id, row.entry.tenant_id)
    if key == ANALYST:
        return row.entry.actor
    if key == ITEM:
        return texts.item_text(row)
    if key == CHANGE:
        return texts.change_text(row)
    if key == STATUS:
        return texts.status_text(row.status)
    raise KeyError(key)
