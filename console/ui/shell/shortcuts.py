"""The `?` dialog: every keyboard shortcut of the console in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
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
from console.ui.triage.keys import TRIAGE_KEYS

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
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the search and go back to the list"),
    ),
    ("F5", QT_TRANSLATE_NOOP("Shortcuts", "Sync now")),
]
_AFTER_PAGES = [
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+Left"),
        QT_TRANSLATE_NOOP("Shortcuts", "Back from an opened page"),
    ),
    ("?", QT_TRANSLATE_NOOP("Shortcuts", "Show this list")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Documentation")),
]


def _translated(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (
            QCoreApplication.translate("Shortcuts", keys),
            QCoreApplication.translate("Shortcuts", what),
        )
        for keys, what in rows
    ]


GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "General")
# The single keys of the incident and alert queues, while their table has the focus
# (console.ui.triage.keys; console.ui.triage.queue_triage binds them).
TRIAGE = QT_TRANSLATE_NOOP("Shortcuts", "Triage")


def shortcut_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, its (keys, what they do)), translated; each page's row reads as the
    page's title."""
    pages = [(spec.shortcut, spec.display_title()) for spec in PAGES if spec.shortcut]
    general = [*_translated(_BEFORE_PAGES), *pages, *_translated(_AFTER_PAGES)]
    triage = _translated([(key.shown, key.does) for key in TRIAGE_KEYS])
    return [
        (QCoreApplication.translate("Shortcuts", GENERAL), general),
        (QCoreApplication.translate("Shortcuts", TRIAGE), triage),
    ]


def shortcut_rows() -> list[tuple[str, str]]:
    """Every (keys, what they do) of every group, translated."""
    return [row for _title, rows in shortcut_groups() for row in rows]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        groups = shortcut_groups()
        table = QTableWidget(sum(len(rows) + 1 for _title, rows in groups), 2, self)
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
        row = 0
        bold = QFont(table.font())
        bold.setBold(True)
        for title, rows in groups:
            heading = QTableWidgetItem(title)  # a group's title across both columns
            heading.setFont(bold)
            table.setItem(row, 0, heading)
            table.setItem(row, 1, QTableWidgetItem(""))
            table.setSpan(row, 0, 1, 2)
            row += 1
            for keys, action in rows:
                table.setItem(row, 0, QTableWidgetItem(keys))
                table.setItem(row, 1, QTableWidgetItem(action))
                row += 1
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 520)
