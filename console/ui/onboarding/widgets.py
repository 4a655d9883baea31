"""The wizard pages' building blocks: wrapped plain text, headings and the service's cards.

Every size is relative to the system font (no pixel font sizes), so the pages follow
the analyst's text size; a page's text wraps instead of widening the wizard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from console.ui.style import den_color, scaled_font


def text_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A paragraph: plain text, wrapped, selectable by nobody (keyboard focus skips it)."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def heading_label(text: str, parent: QWidget, name: str = "", factor: float = 1.1) -> QLabel:
    label = text_label(text, parent, name)
    label.setFont(scaled_font(label, factor))
    return label


class InfoCard(QFrame):
    """One thing the service provides: a title and a sentence, marked with the Defender
    Experts accent (also in words: the title says what it is)."""

    def __init__(
        self,
        name: str,
        title: str,
        text: str,
        parent: QWidget | None = None,
        accent: QColor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Palette roles, not fixed colours: the card follows light and dark schemes.
        self.setStyleSheet(
            f"QFrame#{name} {{ background: palette(alternate-base); border: 1px solid palette(mid);"
            f" border-left: 4px solid {(accent or den_color()).name()}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        self.title_label = heading_label(title, self, f"{name}Title", 1.0)
        self.text_label = text_label(text, self, f"{name}Text")
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addStretch(1)  # a shorter card beside a longer one keeps its title on top
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
