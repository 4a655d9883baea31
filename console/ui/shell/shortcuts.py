"""The `?` dialog: every keyboard shortcut of the console in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), translated."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Shortcuts", text)

    return [
        (tr("↑ ↓  or  j k"), tr("Move to the previous or next row")),
        (tr("Enter"), tr("Open the selected incident, alert or device")),
        (tr("/"), tr("Search the current view")),
        (tr("F5"), tr("Sync now")),
        (tr("Ctrl+1"), tr("Home")),
        (tr("Ctrl+2"), tr("Incidents")),
        (tr("Ctrl+3"), tr("Alerts")),
        (tr("Ctrl+4"), tr("Devices")),
        (tr("Alt+Left"), tr("Back from an opened page")),
        (tr("?"), tr("Show this list")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        for row, (keys, action) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 400)
