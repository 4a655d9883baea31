"""ElidedLabel: a one-line label that never widens its window. A text longer than the room
it is given ends in "…", and the whole text is then its tooltip (never cut silently)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._own_tooltip = ""  # a tooltip of its own, shown with the whole text if elided
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # texts may quote the API: never HTML
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def setToolTip(self, text: str) -> None:
        self._own_tooltip = text
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        # The layout may shrink it to nothing; its size hint still asks for the whole text.
        return QSize(0, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def shown_text(self) -> str:
        """The text as drawn: whole, or elided to the width it has."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())

    def _update_tooltip(self) -> None:
        whole = self.text() if self.shown_text() != self.text() else ""
        parts = [part for part in (whole, self._own_tooltip) if part]
        super().setToolTip("\n".join(parts))
