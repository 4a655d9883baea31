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

from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.shell.pages import PAGES

# Rows before and after the pages' own shortcuts, which come from the page table.
_BEFORE_PAGES = [
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
]
_AFTER_PAGES = [
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+Left"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back from an opened page"),
    ),
    ("?", QT_TRANSLATE_NOOP("Shortcuts", "Show this list")),
]


def _translated(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (
            QCoreApplication.translate("Shortcuts", keys),
            QCoreApplication.translate("Shortcuts", what),
        )
        for keys, what in rows
    ]


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), translated; each page's row reads as the page's title."""
    pages = [(spec.shortcut, spec.display_title()) for spec in PAGES if spec.shortcut]
    return [*_translated(_BEFORE_PAGES), *pages, *_translated(_AFTER_PAGES)]


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
