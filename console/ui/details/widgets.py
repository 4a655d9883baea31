"""Small building blocks shared by the panes and pages: plain-text labels, fact grids, buttons.

Everything that shows text from the API goes through `plain_label` or `escaped_tooltip`, so an
alert titled `<img src=x>` shows those characters instead of being rendered as HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from console.domain.enums import WireEnum
from console.ui.labels import label, local_time, time_tooltip
from console.ui.style import severity_color, status_color


def escaped_tooltip(text: str | None) -> str:
    """Untrusted text as a tooltip that shows it exactly. Qt renders a tooltip that looks like
    HTML as rich text, so the text is escaped; and the escaped text is marked as rich text
    itself, else a plain "R&D" showed as "R&amp;D" (Qt.convertFromPlainText does both)."""
    if not text:
        return ""
    # WhiteSpaceNormal: long lines still wrap (the default turns every space into a no-break one).
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(
    text: str | None, parent: QWidget | None = None, *, wrap: bool = True, name: str = ""
) -> QLabel:
    """A selectable label that never interprets its text as HTML."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text or "")
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        widget.setObjectName(name)
    return widget


def heading(text: str, parent: QWidget | None = None, *, size_delta: int = 1) -> QLabel:
    widget = plain_label(text, parent)
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 8.0) + size_delta)
    widget.setFont(font)
    return widget


def colored_value(text: str, color: QColor | None, parent: QWidget | None = None) -> QLabel:
    """A value in words with its meaning colour (colour is never the only signal)."""
    widget = plain_label(text, parent, wrap=False)
    if color is not None:
        # Foreground only: the background stays the system palette's, light or dark.
        widget.setStyleSheet(f"QLabel {{ color: {color.name()}; font-weight: 600; }}")
    return widget


def severity_label(value: WireEnum | None, parent: QWidget | None = None) -> QLabel:
    return colored_value(
        label(value) or QCoreApplication.translate("Details", "Unknown"),
        severity_color(value),
        parent,
    )


def status_label(value: WireEnum | None, parent: QWidget | None = None) -> QLabel:
    return colored_value(
        label(value) or QCoreApplication.translate("Details", "Unknown"),
        status_color(value),
        parent,
    )


def time_label(value: datetime | None, parent: QWidget | None = None) -> QLabel:
    widget = plain_label(
        local_time(value) or QCoreApplication.translate("Details", "Not known"), parent, wrap=False
    )
    widget.setToolTip(time_tooltip(value))
    return widget


def joined(values: Iterable[WireEnum | str]) -> str:
    return ", ".join(label(v) if isinstance(v, WireEnum) else str(v) for v in values)


class FactGrid(QWidget):
    """Two columns of "name: value" facts, as the portal's side panes show them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setHorizontalSpacing(12)
        self._form.setVerticalSpacing(4)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def add(self, name: str, value: QWidget | str | None, *, object_name: str = "") -> QWidget:
        """Add a fact; a string value is shown as plain text (it may come from the API)."""
        widget = value if isinstance(value, QWidget) else plain_label(value or "\u2014")
        if object_name:
            widget.setObjectName(object_name)
        caption = QLabel(name)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        # The palette's muted text colour, right in light and dark schemes alike.
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._form.addRow(caption, widget)
        return widget

    def value_text(self, object_name: str) -> str:
        found = self.findChild(QLabel, object_name)
        return found.text() if found is not None else ""


def action_button(
    text: str, object_name: str, on_click: Callable[[], object], *, enabled: bool = True
) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setEnabled(enabled)
    button.clicked.connect(lambda _checked=False: on_click())
    return button


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def record_table(model: QAbstractItemModel, object_name: str, *, stretch_last: bool) -> QTableView:
    """A page's list of records over `model`: whole rows picked one at a time, never edited,
    columns the analyst can widen (the Audit page's, the Defender Experts messages')."""
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    return table


def read_only_table(headers: list[str], object_name: str) -> QTableWidget:
    """A small, read-only, row-selecting table for lists of a few hundred items at most."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def table_item(
    text: str | None, *, color: QColor | None = None, tooltip: str | None = None
) -> QTableWidgetItem:
    """A cell; item text is never rendered as HTML, the tooltip is escaped because it might be."""
    item = QTableWidgetItem(text or "")
    item.setToolTip(escaped_tooltip(tooltip if tooltip is not None else text))
    if color is not None:
        item.setForeground(color)
    return item


def fill_table(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if header.sectionSize(column) > 360:
            header.resizeSection(column, 360)
