"""The built-in side pane: every column of the selected row, until a richer pane is supplied."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from console.ui.details.widgets import escaped_tooltip
from console.ui.queues.columns import CONTEXT, Column, cell_text
from console.ui.queues.model import den_icon


class RowSummary(QFrame):
    """Title, a Defender Experts badge for DENs, and the row's fields as label/value pairs."""

    def __init__(self, row: Any, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rowSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        title = QLabel(cell_text(columns[0], row), self)
        title.setObjectName("rowSummaryTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the API
        title.setWordWrap(True)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        if getattr(row, "is_den", False):
            badge = QLabel(self)
            badge.setObjectName("denBadge")
            badge.setPixmap(den_icon().pixmap(16, 16))
            text = QLabel(self.tr("Defender Experts notification"), self)
            line = QFormLayout()
            line.addRow(badge, text)
            layout.addLayout(line)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for column in columns[1:]:
            value = QLabel(cell_text(column, row), self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # Long unbroken values (ids, source names) must not widen the pane past the view.
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setToolTip(escaped_tooltip(value.text()))
            form.addRow(QCoreApplication.translate(CONTEXT, column.title), value)
        layout.addLayout(form)
        layout.addStretch(1)


class EmptyDetails(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyDetails")
        self.setText(self.tr("Select a row to see its details."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setEnabled(False)
