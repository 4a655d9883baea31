"""The left navigation: one entry per main page, keyed, with room for more pages later."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_KEY_ROLE = Qt.ItemDataRole.UserRole


class NavigationList(QListWidget):
    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationList")
        self.setAccessibleName(self.tr("Navigation"))
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self._on_current)

    def add_entry(self, key: str, text: str, icon: QIcon) -> None:
        item = QListWidgetItem(icon, text)
        item.setData(_KEY_ROLE, key)
        item.setSizeHint(QSize(0, 34))
        self.addItem(item)
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 24
        self.setFixedWidth(max(self.minimumWidth(), width, 150))

    def keys(self) -> list[str]:
        return [str(self.item(i).data(_KEY_ROLE)) for i in range(self.count())]

    def select_key(self, key: str) -> None:
        """Mark `key` as current without asking for the page again."""
        for index in range(self.count()):
            if self.item(index).data(_KEY_ROLE) == key:
                self.blockSignals(True)
                self.setCurrentRow(index)
                self.blockSignals(False)
                return

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.page_requested.emit(str(current.data(_KEY_ROLE)))
