"""The left navigation: one entry per main page, keyed, with room for more pages later."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_KEY_ROLE = Qt.ItemDataRole.UserRole
_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry's words, also while compact


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
        self.compact = False
        self.currentItemChanged.connect(self._on_current)
        # The entry marked while a page opened under it shows (Devices, for a device) is
        # already current: a click on it must still go back to its main page.
        # (A click on another entry asks twice, through both signals: show_page is idempotent.)
        self.itemClicked.connect(self._on_clicked)

    def add_entry(self, key: str, text: str, icon: QIcon) -> None:
        item = QListWidgetItem(self._with_selected_look(icon), "")
        item.setData(_KEY_ROLE, key)
        item.setSizeHint(QSize(0, 34))
        self.addItem(item)
        self._set_words(item, text)
        self._fit_width()

    def set_compact(self, compact: bool) -> None:
        """Icons only (each entry's words in its tooltip, a badge's count kept): what a
        narrow window gives the queues instead."""
        if compact == self.compact:
            return
        self.compact = compact
        for index in range(self.count()):
            item = self.item(index)
            self._set_words(item, str(item.data(_TEXT_ROLE)))
        self._fit_width()

    def _set_words(self, item: QListWidgetItem, text: str) -> None:
        item.setData(_TEXT_ROLE, text)
        item.setToolTip(text if self.compact else "")
        item.setText(_badge(text) if self.compact else text)
        # A screen reader names the entry by its words, icons only or not.
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def _with_selected_look(self, icon: QIcon) -> QIcon:
        """The icon on a light tile when its entry is selected: the style's tint and the
        highlight colour would swallow a blue icon (Defender Experts messages' "?")."""
        size = self.iconSize()
        normal = icon.pixmap(size)
        tile = QPixmap(normal.size())
        tile.setDevicePixelRatio(normal.devicePixelRatio())
        tile.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tile)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(0, 0, size.width(), size.height(), 4, 4)
        painter.drawPixmap(0, 0, normal)
        painter.end()
        looks = QIcon(normal)
        looks.addPixmap(tile, QIcon.Mode.Selected)
        return looks

    def _fit_width(self) -> None:
        # Uniform item sizes make sizeHintForColumn measure the first entry only: measure
        # every entry's text, so a long one ("Defender Experts messages (2)") is not elided.
        widest = max(
            (
                self.fontMetrics().horizontalAdvance(self.item(i).text())
                for i in range(self.count())
            ),
            default=0,
        )
        width = widest + self.iconSize().width() + 2 * self.frameWidth() + 40
        self.setFixedWidth(width if self.compact else max(width, 150))

    def set_entry_text(self, key: str, text: str) -> None:
        """Change an entry's words (a badge such as "Defender Experts messages (2)")."""
        for index in range(self.count()):
            item = self.item(index)
            if item.data(_KEY_ROLE) == key:
                self._set_words(item, text)
        self._fit_width()

    def entry_text(self, key: str) -> str:
        """The entry's words (what it says in full, compact or not)."""
        for index in range(self.count()):
            if self.item(index).data(_KEY_ROLE) == key:
                return str(self.item(index).data(_TEXT_ROLE))
        return ""

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

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.page_requested.emit(str(item.data(_KEY_ROLE)))


def _badge(text: str) -> str:
    """ "Defender Experts messages (2)" -> "2": the count a compact entry keeps."""
    if text.endswith(")") and "(" in text:
        count = text[text.rindex("(") + 1 : -1]
        if count.isdigit():
            return count
    return ""
