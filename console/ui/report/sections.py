"""The parts of the report page: a table with its empty state, the impacted devices and
users of a selection, and the four charts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.cache import report
from console.ui.report import texts
from console.ui.report.charts import ChartWidget, draw_bars, draw_columns, draw_spread
from console.ui.report.model import ReportData
from console.ui.style import scaled_font

_VALUE_ROLE = Qt.ItemDataRole.UserRole


def heading(text: str, parent: QWidget, name: str) -> QLabel:
    title = QLabel(text, parent)
    title.setObjectName(name)
    title.setFont(scaled_font(parent, 1.2))
    return title


class ReportTable(QWidget):
    """A read-only table, or in its place a sentence when it has no rows."""

    row_selected = Signal(object)  # the row's value, or None

    def __init__(self, name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.setMinimumHeight(220)
        self.table.currentCellChanged.connect(self._current)
        layout.addWidget(self.table)
        self.empty = QLabel(self)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self._values: list[object] = []

    def set_stretch(self, column: int) -> None:
        self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: Sequence[list[str]], values: Sequence[object], empty: str) -> None:
        self.table.blockSignals(True)
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        self._values = list(values)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if len(text) > 24:  # a long name may be elided: whole on hover
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.setVisible(bool(rows))
        self.empty.setText(empty)
        self.empty.setVisible(not rows)
        self.row_selected.emit(None)

    def rows(self) -> list[list[str]]:
        return [
            [_text(self.table.item(r, c)) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def select(self, row: int, column: int = 0) -> None:
        self.table.setCurrentCell(row, column)

    def _current(self, row: int, _column: int, _previous_row: int, _previous_column: int) -> None:
        self.row_selected.emit(self._values[row] if 0 <= row < len(self._values) else None)


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


class ImpactedPanel(QWidget):
    """The devices and users of the selected activity; each opens its page."""

    device_activated = Signal(str, str)  # tenant id, device id
    user_activated = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(
            QCoreApplication.translate(
                "DehReport", "Select an activity to see its devices and users."
            ),
            self,
        )
        self.caption.setObjectName(f"{name}Caption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption, 0, 0, 1, 2)
        layout.addWidget(
            QLabel(QCoreApplication.translate("DehReport", "Impacted devices"), self), 1, 0
        )
        layout.addWidget(
            QLabel(QCoreApplication.translate("DehReport", "Impacted users"), self), 1, 1
        )
        self.devices = QListWidget(self)
        self.devices.setObjectName(f"{name}Devices")
        self.devices.setAccessibleName(QCoreApplication.translate("DehReport", "Impacted devices"))
        self.devices.setToolTip(QCoreApplication.translate("DehReport", "Open the device's page"))
        self.users = QListWidget(self)
        self.users.setObjectName(f"{name}Users")
        self.users.setAccessibleName(QCoreApplication.translate("DehReport", "Impacted users"))
        self.users.setToolTip(
            QCoreApplication.translate("DehReport", "Open the user's alerts in the period")
        )
        for widget in (self.devices, self.users):
            widget.setMinimumHeight(110)
            widget.setMaximumHeight(160)
        layout.addWidget(self.devices, 2, 0)
        layout.addWidget(self.users, 2, 1)
        self.devices.itemActivated.connect(self._device)
        self.users.itemActivated.connect(self._user)

    def show_impacted(self, activity: str, impacted: report.Impacted | None) -> None:
        self.devices.clear()
        self.users.clear()
        if impacted is None:
            self.caption.setText(
                QCoreApplication.translate(
                    "DehReport", "Select an activity to see its devices and users."
                )
            )
            return
        self.caption.setText(
            QCoreApplication.translate("DehReport", "Devices and users of “%1”").replace(
                "%1", activity
            )
        )
        for tenant, device, name in impacted.devices:
            item = QListWidgetItem(name)
            item.setData(_VALUE_ROLE, (tenant, device))
            self.devices.addItem(item)
        for user in impacted.users:
            item = QListWidgetItem(user)
            item.setData(_VALUE_ROLE, user)
            self.users.addItem(item)
        if not impacted.devices:
            self.devices.addItem(_note(QCoreApplication.translate("DehReport", "No device")))
        if not impacted.users:
            self.users.addItem(_note(QCoreApplication.translate("DehReport", "No user")))

    def _device(self, item: QListWidgetItem) -> None:
        value = item.data(_VALUE_ROLE)
        if isinstance(value, tuple):
            self.device_activated.emit(*value)

    def _user(self, item: QListWidgetItem) -> None:
        value = item.data(_VALUE_ROLE)
        if isinstance(value, str):
            self.user_activated.emit(value)


def _note(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


class ChartsSection(QWidget):
    """DENs over time, by severity and by category, and the time to resolution."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportCharts")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        titles = texts.chart_titles()
        self.charts: dict[str, ChartWidget] = {}
        for index, key in enumerate(("over_time", "by_severity", "by_category", "resolution")):
            cell = QVBoxLayout()
            title = QLabel(titles[key], self)
            title.setWordWrap(True)
            title.setFont(scaled_font(self, 1.0))
            cell.addWidget(title)
            chart = ChartWidget(f"{key.replace('_', '')}Chart", self)
            self.charts[key] = chart
            cell.addWidget(chart, 1)
            if key == "resolution":
                self.note = QLabel(self)
                self.note.setObjectName("resolutionNote")
                self.note.setWordWrap(True)
                cell.addWidget(self.note)
            grid.addLayout(cell, index // 2, index % 2)

    def show_data(self, data: ReportData) -> None:
        over_time = texts.over_time_bars(data)
        severity = texts.severity_bars(data)
        category = texts.category_bars(data)
        self.charts["over_time"].set_paint(
            lambda p, r, c: draw_columns(p, r, over_time, c), texts.bars_summary(over_time)
        )
        self.charts["by_severity"].set_paint(
            lambda p, r, c: draw_bars(p, r, severity, c), texts.bars_summary(severity)
        )
        self.charts["by_category"].set_paint(
            lambda p, r, c: draw_bars(p, r, category, c), texts.bars_summary(category)
        )
        values = data.resolution.spread()
        self.charts["resolution"].set_paint(
            lambda p, r, c: draw_spread(p, r, values, c), texts.resolution_summary(data)
        )
        self.note.setText(texts.resolution_note(data))
