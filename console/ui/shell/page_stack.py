"""The content area: the main pages, plus full pages opened on top of them with Back.

Opening an incident from a queue pushes its page; Back (or Alt+Left) returns to
exactly where the analyst was, with the queue's filters and selection intact
because the queue widget is never rebuilt.

A main page may be added as a factory: it is built the first time it is shown or
asked for (`page(key)`), so start-up pays only for the page the window opens on
(benchmarks/ui_startup.py). Built, it reads the cache then, so it starts fresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# Opened pages beyond this many are dropped from the bottom of the history.
MAX_OPEN_PAGES = 20


class OpenedPage(QWidget):
    """A full page with a header: Back and a title."""

    back_requested = Signal()

    def __init__(
        self, title: str, content: QWidget, parent: QWidget | None = None, section: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openedPage")
        self.content = content
        self.section = section  # the main page it belongs to ("devices"), or ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 6)
        header.setSpacing(12)
        back = QToolButton(self)
        back.setObjectName("backButton")
        back.setText(self.tr("Back"))
        back.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        back.setToolTip(self.tr("Back (Alt+Left)"))
        back.clicked.connect(self.back_requested)
        header.addWidget(back)
        heading = QLabel(title, self)
        heading.setObjectName("openedPageTitle")
        heading.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the API
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        header.addWidget(heading, 1)
        layout.addLayout(header)
        layout.addWidget(content, 1)


class PageStack(QStackedWidget):
    """Main pages by key, and a history of opened pages above them."""

    current_key_changed = Signal(str)
    # The main page the shown page belongs to changed: what the navigation marks.
    section_shown = Signal(str)
    # A page added as a factory was just built (key, page): its owner wires it then, by a
    # Qt connection, so that no factory holds the window (see add_page_factory).
    page_built = Signal(str, QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageStack")
        self._pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[QWidget], QWidget]] = {}
        self._opened: list[OpenedPage] = []
        self._current_key = ""

    def add_page(self, key: str, page: QWidget) -> None:
        self._pages[key] = page
        self.addWidget(page)

    def add_page_factory(self, key: str, factory: Callable[[QWidget], QWidget]) -> None:
        """A main page built by `factory(stack)` when it is first shown or asked for.

        The factory must not hold the window: a window referenced by its own stack's
        factories is freed only by the garbage collector, at some later moment, and Qt
        crashed destroying it then (timers firing on a deleted object).
        """
        self._factories[key] = factory

    def page(self, key: str) -> QWidget | None:
        """The main page of `key`, built now if it has not been yet (None: no such page)."""
        page = self._pages.get(key)
        if page is None and key in self._factories:
            # The factory goes only once it has built: a page whose first read failed (a
            # damaged cache, recovered by the window) is built again when next asked for.
            before = set(self.children())
            try:
                page = self._factories[key](self)
            except BaseException:
                self._destroy_half_built(before)
                raise
            del self._factories[key]
            self.add_page(key, page)
            self.page_built.emit(key, page)
        return page

    def _destroy_half_built(self, before: set[QObject]) -> None:
        # A page that failed half-way is held only by the error's traceback, in a reference
        # cycle: left to the garbage collector, its widgets were destroyed in the middle of
        # a later event and Qt crashed (as console/app.py build_window says of a window).
        # Qt destroys them at the next turn of the event loop instead.
        for child in self.children():
            if child not in before and isinstance(child, QWidget):
                child.deleteLater()

    def built_page(self, key: str) -> QWidget | None:
        """The main page of `key` if it has been built, without building it."""
        return self._pages.get(key)

    @property
    def current_key(self) -> str:
        return self._current_key

    @property
    def opened_pages(self) -> list[OpenedPage]:
        return list(self._opened)

    def show_page(self, key: str) -> None:
        """Switch to a main page; opened pages are closed (the nav is a fresh start)."""
        page = self.page(key)
        if page is None:
            return
        self._close_opened()
        self.setCurrentWidget(page)
        if key != self._current_key:
            self._current_key = key
            self.current_key_changed.emit(key)

    def open_page(self, title: str, content: QWidget, section: str = "") -> OpenedPage:
        """Push a page; `section` is the main page it belongs to, which the navigation
        then marks (a device opened from an alert is under Devices, as its title says)."""
        page = OpenedPage(title, content, self, section)
        page.back_requested.connect(self.back)
        self._opened.append(page)
        self.addWidget(page)
        self.setCurrentWidget(page)
        if len(self._opened) > MAX_OPEN_PAGES:
            self._drop(self._opened.pop(0))
        self.section_shown.emit(section or self._current_key)
        return page

    def back(self) -> None:
        if not self._opened:
            return
        self._drop(self._opened.pop())
        target = self._opened[-1] if self._opened else self._pages.get(self._current_key)
        if target is not None:
            self.setCurrentWidget(target)
        section = self._opened[-1].section if self._opened else ""
        self.section_shown.emit(section or self._current_key)

    def set_aside_opened(self) -> list[OpenedPage]:
        """Take the opened pages out of the history without closing them: the tour visits
        main pages (which closes opened ones) and puts the analyst's back when it ends.
        They stay in the stack, hidden, until `put_back_opened`."""
        aside, self._opened = self._opened, []
        return aside

    def put_back_opened(self, pages: Sequence[OpenedPage]) -> None:
        """On top again, as they were, the pages `set_aside_opened` took; pages opened
        since are closed first."""
        self._close_opened()
        self._opened = list(pages)
        if self._opened:
            self.setCurrentWidget(self._opened[-1])
            self.section_shown.emit(self._opened[-1].section or self._current_key)

    def _close_opened(self) -> None:
        while self._opened:
            self._drop(self._opened.pop())

    def _drop(self, page: OpenedPage) -> None:
        self.removeWidget(page)
        page.deleteLater()
