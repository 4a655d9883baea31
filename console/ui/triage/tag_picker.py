"""TagPicker: a set of tags to pick, with type-ahead from the tags the tenants already use.

The analyst types a tag (the completer offers the known ones, matching anywhere, in any
case) and presses Enter, or picks a completion: it joins the list as a ticked chip. A
tag not known yet is allowed. Unticking a chip leaves it out. Text typed but not yet
added counts as added, since an analyst who presses OK meant it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

# About two lines of chips: the dialog must fit at 1024x700 with both pickers shown.
LIST_HEIGHT = 58


class TagPicker(QWidget):
    def __init__(
        self,
        name: str,
        known: Sequence[str],
        tags: Sequence[str] = (),
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{name}Edit")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        completer = QCompleter(QStringListModel(list(known), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.edit.setCompleter(completer)
        self.completer = completer
        # After the line edit takes the completion's text (it connected first).
        completer.activated.connect(self._completion_chosen)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setFixedHeight(LIST_HEIGHT)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout.addWidget(self.list)
        self.list.hide()  # shown once it holds a tag: the dialog stays compact
        for tag in tags:
            self.add(tag)

    def add(self, text: str) -> None:
        """Tick `text` in the list, adding it when it is new (case-insensitively)."""
        tag = text.strip()
        if not tag:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.text().casefold() == tag.casefold():
                item.setCheckState(Qt.CheckState.Checked)
                return
        item = QListWidgetItem(tag)  # a list item's text is never rich text
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.addItem(item)
        self.list.show()

    def tags(self) -> list[str]:
        """The ticked tags, and what is typed but not added yet."""
        ticked = [
            self.list.item(row).text()
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]
        typed = self.edit.text().strip()
        if typed and typed.casefold() not in {tag.casefold() for tag in ticked}:
            ticked.append(typed)
        return ticked

    def _completion_chosen(self, text: str) -> None:
        self.add(text)
        QTimer.singleShot(0, self.edit.clear)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter adds the typed tag; it must not press the dialog's OK meanwhile."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.edit.text().strip()
        ):
            self.add(self.edit.text())
            self.edit.clear()
            return True
        return super().eventFilter(watched, event)
