"""How a queue table looks and how its column layout (order, hidden, widths) is remembered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.ui.queues.columns import Column
from console.ui.queues.store import QueueStore

# The header's margins on both sides and its sort indicator (Fusion draws it at the right).
HEADER_PADDING = 30


def queue_table(parent: QWidget, model: QAbstractItemModel) -> QTableView:
    """A row-selecting, read-only table with fixed row heights over `model`."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = table.verticalHeader()
    rows.setVisible(False)
    # Fixed heights: the view never asks every row for its size.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def save(header: QHeaderView, columns: Sequence[Column], store: QueueStore) -> None:
    keys = [c.key for c in columns]
    order = [keys[header.logicalIndex(v)] for v in range(header.count())]
    hidden = [k for i, k in enumerate(keys) if header.isSectionHidden(i)]
    widths = {k: header.sectionSize(i) for i, k in enumerate(keys) if not header.isSectionHidden(i)}
    store.save_layout(order, hidden, widths)


def restore(header: QHeaderView, columns: Sequence[Column], store: QueueStore) -> None:
    """Apply the saved layout; columns added since it was saved keep their defaults."""
    saved = store.layout()
    widths = saved.get("widths", {})
    hidden = saved.get("hidden", [])
    keys = [c.key for c in columns]
    for position, column in enumerate(columns):
        saved_width = widths.get(column.key)
        width = int(saved_width) if saved_width else default_width(header, position, column)
        header.resizeSection(position, width)
        # The first column (the name) always stays visible.
        header.setSectionHidden(position, position != 0 and column.key in hidden)
    for visual, key in enumerate(k for k in saved.get("order", []) if k in keys):
        header.moveSection(header.visualIndex(keys.index(key)), visual)


def reset(header: QHeaderView, columns: Sequence[Column]) -> None:
    for position, column in enumerate(columns):
        header.moveSection(header.visualIndex(position), position)
        header.setSectionHidden(position, False)
        header.resizeSection(position, default_width(header, position, column))


def default_width(header: QHeaderView, position: int, column: Column) -> int:
    """The column's width until the analyst sets one: never narrower than its header in
    the language shown ("ID de l'incident"), with room for the sort arrow."""
    title = header.model().headerData(position, Qt.Orientation.Horizontal)
    text = header.fontMetrics().horizontalAdvance(str(title or ""))
    return max(column.width, text + HEADER_PADDING)
