"""The `?` dialog: every keyboard shortcut of the console in one place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

_ROWS = [
    (
        QT_TRANSLATE_NOOP("Shortcuts", "↑ ↓  or  j k"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move to the previous or next row"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the selected incident, alert or device"),
    ),
    ("/", QT_TRANSLATE_NOOP("Shortcuts", "Search the current view")),
    ("F5", QT_TRANSLATE_NOOP("Shortcuts", "Sync now")),
    ("Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Home")),
    ("Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Incidents")),
    ("Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "Alerts")),
    ("Ctrl+4", QT_TRANSLATE_NOOP("Shortcuts", "Devices")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+Left"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back from an opened page"),
    ),
    ("?", QT_TRANSLATE_NOOP("Shortcuts", "Show this list")),
]


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), translated."""
    return [
        (
            QCoreApplication.translate("Shortcuts", keys),
            QCoreApplication.translate("Shortcuts", what),
        )
        for keys, what in _ROWS
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
        table.setHorizontalHeaderLabels(
            [
                self.tr("Keys"),
                self.tr("Action"),
            ]
        )
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
