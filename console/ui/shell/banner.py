"""A non-modal message strip above the pages: offline, a failed sync, no tenant set up.

Never a dialog (the analyst keeps working) and never a traceback: one line of
reason in the analyst's words, plain text, and at most one action such as Retry. The
error's technical line (what support asks for) is one click away, behind Details.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.ui.style import severity_color

# kind -> (standard icon, severity whose colour marks the strip)
_KINDS = {
    "info": (QStyle.StandardPixmap.SP_MessageBoxInformation, "informational"),
    "warning": (QStyle.StandardPixmap.SP_MessageBoxWarning, "medium"),
    "error": (QStyle.StandardPixmap.SP_MessageBoxCritical, "high"),
}


class MessageBanner(QFrame):
    action_triggered = Signal()

    def __init__(self, object_name: str, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        icon_kind, severity = _KINDS.get(kind, _KINDS["info"])
        accent = severity_color(severity)
        accent_name = accent.name() if accent is not None else "palette(highlight)"
        # Palette roles, not fixed colours, so the strip follows light and dark schemes.
        self.setStyleSheet(
            f"QFrame#{object_name} {{ background: palette(alternate-base);"
            f" border: 1px solid palette(mid); border-left: 4px solid {accent_name};"
            " border-radius: 3px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(10)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(icon_kind).pixmap(size, size))
        layout.addWidget(icon)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("bannerMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # reasons quote servers
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.message_label)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("bannerDetailsText")
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.hide()
        words.addWidget(self.details_label)
        layout.addLayout(words, 1)
        self.details_button = QPushButton(self.tr("Details"), self)
        self.details_button.setObjectName("bannerDetails")
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("Show the technical line, as the log has it"))
        self.details_button.toggled.connect(self.details_label.setVisible)
        self.details_button.hide()
        layout.addWidget(self.details_button)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("bannerAction")
        self.action_button.clicked.connect(self.action_triggered)
        self.action_button.hide()
        layout.addWidget(self.action_button)
        close = QToolButton(self)
        self._layout = layout
        close.setObjectName("bannerClose")
        close.setAutoRaise(True)
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def add_button(self, object_name: str, text: str) -> QPushButton:
        """A further action beside the first (a strip that offers two ways out)."""
        button = QPushButton(text, self)
        button.setObjectName(object_name)
        self._layout.insertWidget(self._layout.count() - 1, button)  # before Dismiss
        return button

    def show_message(self, text: str, action: str = "", details: str = "") -> None:
        """`details`: the technical line behind Details (closed again for a new message)."""
        self.message_label.setText(text)
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(details))
        self.details_label.setText(
            self.tr("%1\nThe log has more: Help › Open log folder.").replace("%1", details)
            if details
            else ""
        )
        self.show()

    @property
    def text(self) -> str:
        return self.message_label.text()
