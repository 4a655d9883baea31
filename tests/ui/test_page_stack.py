"""The heading of a page opened on top of a queue shows an API title as characters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from console.ui.shell.page_stack import PageStack

HOSTILE = "Defender Experts: <img src=x><b>urgent</b>"


def test_an_opened_pages_heading_is_plain_text(qtbot):
    stack = PageStack()
    qtbot.addWidget(stack)
    stack.add_page("incidents", QWidget())
    stack.show_page("incidents")
    opened = stack.open_page(HOSTILE, QWidget())
    heading = opened.findChild(QLabel, "openedPageTitle")
    assert heading is not None
    assert heading.text() == HOSTILE
    # Rich text would render the markup (an image fetch, bold) instead of showing it.
    assert heading.textFormat() == Qt.TextFormat.PlainText
    stack.back()
    assert stack.currentWidget() is stack.page("incidents")
