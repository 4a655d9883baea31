"""The heading of a page opened on top of a queue shows an API title as characters."""

from __future__ import annotations

import pytest
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


def test_a_page_whose_first_build_failed_is_built_when_next_shown(qtbot):
    from console.cache.errors import CacheError

    stack = PageStack()
    qtbot.addWidget(stack)
    stack.add_page("home", QWidget())
    stack.show_page("home")
    attempts: list[int] = []

    def build(parent: QWidget) -> QWidget:
        attempts.append(1)
        if len(attempts) == 1:  # the first read met a damaged cache (recovered meanwhile)
            raise CacheError("database disk image is malformed")
        page = QWidget(parent)
        page.setObjectName("alertsQueue")
        return page

    stack.add_page_factory("alerts", build)
    with pytest.raises(CacheError):
        stack.show_page("alerts")
    assert stack.current_key == "home" and stack.built_page("alerts") is None

    stack.show_page("alerts")

    assert stack.current_key == "alerts"
    assert stack.currentWidget().objectName() == "alertsQueue"
    assert len(attempts) == 2


def test_opened_pages_set_aside_survive_other_pages_and_come_back_on_top(qtbot):
    """What the tour does: it visits main pages (which closes opened ones), then puts the
    analyst's opened pages back as they were, and closes those it opened itself."""
    stack = PageStack()
    qtbot.addWidget(stack)
    stack.add_page("incidents", QWidget())
    stack.add_page("alerts", QWidget())
    stack.show_page("incidents")
    first = stack.open_page("Incident 1", QWidget(), "incidents")
    second = stack.open_page("Incident 2", QWidget(), "incidents")
    sections: list[str] = []
    stack.section_shown.connect(sections.append)

    aside = stack.set_aside_opened()
    stack.show_page("alerts")
    stack.open_page("Alert 9", QWidget(), "alerts")
    stack.show_page("incidents")
    stack.put_back_opened(aside)

    assert stack.opened_pages == [first, second]
    assert stack.currentWidget() is second
    assert sections[-1] == "incidents"
    stack.back()
    assert stack.currentWidget() is first
