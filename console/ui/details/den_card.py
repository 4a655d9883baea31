"""The Defender Experts notification card: title, executive summary, recommendations, queries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontDatabase, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.den import DenContent
from console.ui.details.widgets import colored_value, copy_to_clipboard, heading, plain_label
from console.ui.style import den_color

# A query box grows with its text up to this many lines, then scrolls.
_MAX_QUERY_LINES = 8


class QueryBox(QPlainTextEdit):
    """A hunting query, read-only. The wheel scrolls the pane it sits in, not the query,
    until the analyst clicks into it: scrolling past a DEN must not leave its queries
    scrolled mid-text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab and a click, never the wheel

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()  # on to the parents: the pane's scroll area
            return
        super().wheelEvent(event)


class DenCard(QFrame):
    """A clearly marked block with what Defender Experts told the customer; everything copyable."""

    def __init__(
        self,
        content: DenContent,
        parent: QWidget | None = None,
        *,
        ask_action: QAction | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("denCard")
        self._content = content
        # "Ask about this notification": the incident, follow-up category preset.
        self.ask_action = ask_action
        if ask_action is not None:
            ask_action.setParent(self)
        accent = den_color().name()
        # A border in the Defender Experts colour marks the card; the background stays
        # the palette's.
        self.setStyleSheet(
            f"QFrame#denCard {{ border: 1px solid {accent}; border-left: 4px solid {accent};"
            " border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)

        badge = colored_value(self.tr("\u2691 Defender Experts notification"), den_color())
        badge.setObjectName("denBadge")
        layout.addWidget(badge)
        title = heading(content.title)
        title.setObjectName("denTitle")
        layout.addWidget(title)

        layout.addWidget(self._section(self.tr("Executive summary")))
        summary = plain_label(content.executive_summary or self.tr("No summary was provided."))
        summary.setObjectName("denSummary")
        layout.addWidget(summary)

        layout.addLayout(self._recommendations_header())
        self._recommendation_labels: list[QLabel] = []
        if content.recommendations:
            for item in content.recommendations:
                bullet = plain_label("\u2022  " + item)
                bullet.setObjectName("denRecommendation")
                self._recommendation_labels.append(bullet)
                layout.addWidget(bullet)
        else:
            layout.addWidget(plain_label(self.tr("No recommendations were provided.")))

        if content.hunting_queries:
            layout.addWidget(self._section(self.tr("Hunting queries")))
            for index, query in enumerate(content.hunting_queries):
                layout.addLayout(self._query_row(index, query))

        if ask_action is not None:
            ask_row = QHBoxLayout()
            ask = QPushButton(ask_action.text())
            ask.setObjectName("askAboutNotificationButton")
            ask.setEnabled(ask_action.isEnabled())
            ask.setToolTip(ask_action.toolTip())
            ask.clicked.connect(ask_action.trigger)
            ask_row.addWidget(ask)
            ask_row.addStretch(1)
            layout.addLayout(ask_row)

    @property
    def content(self) -> DenContent:
        return self._content

    def recommendation_texts(self) -> list[str]:
        return list(self._content.recommendations)

    def _section(self, text: str) -> QLabel:
        return heading(text, size_delta=0)

    def _recommendations_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self._section(self.tr("Recommendations")))
        row.addStretch(1)
        button = QPushButton(self.tr("Copy recommendations"))
        button.setObjectName("copyRecommendationsButton")
        button.setEnabled(bool(self._content.recommendations))
        button.clicked.connect(self._copy_recommendations)
        row.addWidget(button)
        return row

    def _copy_recommendations(self) -> None:
        copy_to_clipboard("\n".join(f"- {item}" for item in self._content.recommendations))

    def _query_row(self, index: int, query: str) -> QHBoxLayout:
        row = QHBoxLayout()
        box = QueryBox()
        box.setObjectName(f"denQuery{index}")
        box.setPlainText(query)
        box.setReadOnly(True)
        box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Long one-line KQL wraps in a side pane: estimate wrapped lines so it fits unscrolled.
        wrapped = sum(len(line) // 48 + 1 for line in query.splitlines() or [""])
        lines = min(max(wrapped, 2), _MAX_QUERY_LINES)
        line_height = box.fontMetrics().lineSpacing()
        box.setFixedHeight(line_height * (lines + 1) + 12)
        row.addWidget(box, 1)
        button = QPushButton(self.tr("Copy"))
        button.setObjectName(f"copyQueryButton{index}")
        button.setToolTip(self.tr("Copy this query to the clipboard"))
        button.clicked.connect(lambda _checked=False, text=query: copy_to_clipboard(text))
        row.addWidget(button)
        return row
