"""What the full incident, alert and device pages share: a header and a tab strip."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.ui.context import AppContext
from console.ui.details.widgets import FactGrid, action_button, heading, plain_label


class DetailsPage(QWidget):
    """Title, a line under it, facts, a button row; subclasses add cards and tabs."""

    def __init__(self, context: AppContext, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName(object_name)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(10)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailsTabs")
        self.tabs.setDocumentMode(True)
        self.buttons = QHBoxLayout()

    def add_header(self, title: str, subtitle: str) -> None:
        self.title_label: QLabel = heading(title, size_delta=4)
        self.title_label.setObjectName("pageTitle")
        self.layout_.addWidget(self.title_label)
        self.layout_.addWidget(plain_label(subtitle))

    def add_facts_row(self, left: FactGrid, right: FactGrid) -> None:
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addWidget(left, 1)
        row.addWidget(right, 1)
        self.layout_.addLayout(row)

    def add_portal_button(self, url: str | None) -> None:
        # The slot captures the navigator, never `self` (see panes.portal_button).
        navigator = self.context.navigator
        button = action_button(
            self.tr("Open in Defender portal"),
            "openInPortalButton",
            lambda: navigator.open_url(url) if navigator and url else None,
            enabled=bool(url) and navigator is not None,
        )
        if not url:
            button.setToolTip(self.tr("The API did not send a portal link for this item."))
        self.buttons.addWidget(button)

    def finish_header(self) -> None:
        self.buttons.addStretch(1)
        self.layout_.addLayout(self.buttons)

    def add_tab(self, widget: QWidget, title: str, object_name: str) -> None:
        widget.setObjectName(widget.objectName() or object_name)
        self.tabs.addTab(widget, title)
        widget.setProperty("tabName", object_name)

    def tab_index(self, object_name: str) -> int:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not None and widget.property("tabName") == object_name:
                return index
        return -1

    def add_body(self, card: QWidget | None) -> None:
        """The tabs, under the DEN card when there is one; a splitter lets the analyst
        give the card or the tabs more room, and the card scrolls on its own."""
        if card is None:
            self.layout_.addWidget(self.tabs, 1)
            return
        area = QScrollArea()
        area.setObjectName("denCardArea")
        area.setWidgetResizable(True)
        area.setWidget(card)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("pageSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(area)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.layout_.addWidget(splitter, 1)


def column(*widgets: QWidget, stretch: bool = False) -> QWidget:
    """Widgets stacked in a tab, with a little margin; `stretch` keeps them at the top."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 8, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return holder


def mark_pending_facts(
    page: DetailsPage, facts: Mapping[str, QWidget], changed: Mapping[str, Any], held: Any
) -> None:
    """The facts a triage change not sent yet alters, in italics, and under the facts a line
    saying what that means (`held`: the item's console.cache.triage.Pending, or None)."""
    if held is None or not changed:
        return
    from console.ui.queues import pending

    for name in changed:
        if name in facts:
            pending.italicize(facts[name])
    page.layout_.addWidget(pending.note_label(held.status))
