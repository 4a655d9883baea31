"""The console's main pages, in navigation order: one entry per page.

The navigation, the Ctrl+digit shortcuts, the shortcuts sheet (`?`) and the
window's page stack all read this table. Adding a page is one module (a QWidget
built as `factory(context, parent)`) and one `PageSpec` here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.context import AppContext
from console.ui.events import CacheChange
from console.ui.experts import ExpertsMessagesPage
from console.ui.shell.home_page import HomePage
from console.ui.shell.queue_pages import alerts_queue, devices_queue, incidents_queue

# The titles were the window's own words before this table: they keep its translation
# context, so the French catalogue still answers them (lupdate needs the literal below).
TITLE_CONTEXT = "MainWindow"

_Icon = QStyle.StandardPixmap


@runtime_checkable
class FollowsCache(Protocol):
    """A page told what changed in the cache (a sync, an action, a recovery); it decides
    whether it cares, and re-reads now if shown or when it is next shown."""

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in TITLE_CONTEXT by display_title()
    icon: QStyle.StandardPixmap
    factory: Callable[[AppContext, QWidget | None], QWidget]
    shortcut: str | None = None  # a QKeySequence string, listed in the shortcuts sheet
    # True: the window passes the page each batch of cache changes (its cache_changed()).
    follows_cache: bool = True

    def display_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "home",
        QT_TRANSLATE_NOOP("MainWindow", "Home"),
        _Icon.SP_DirHomeIcon,
        HomePage,
        "Ctrl+1",
    ),
    PageSpec(
        "incidents",
        QT_TRANSLATE_NOOP("MainWindow", "Incidents"),
        _Icon.SP_MessageBoxWarning,
        incidents_queue,
        "Ctrl+2",
    ),
    PageSpec(
        "alerts",
        QT_TRANSLATE_NOOP("MainWindow", "Alerts"),
        _Icon.SP_FileDialogDetailedView,
        alerts_queue,
        "Ctrl+3",
    ),
    PageSpec(
        "devices",
        QT_TRANSLATE_NOOP("MainWindow", "Devices"),
        _Icon.SP_ComputerIcon,
        devices_queue,
        "Ctrl+4",
    ),
    PageSpec(
        "experts",
        QT_TRANSLATE_NOOP("MainWindow", "Defender Experts messages"),
        _Icon.SP_MessageBoxQuestion,
        ExpertsMessagesPage,
        "Ctrl+5",
    ),
)


def page_spec(key: str) -> PageSpec:
    return next(spec for spec in PAGES if spec.key == key)
