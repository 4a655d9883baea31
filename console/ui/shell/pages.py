"""The console's main pages, in navigation order: one entry per page.

The navigation, the Ctrl+digit shortcuts, the shortcuts sheet (`?`) and the
window's page stack all read this table. Adding a page is one module (a QWidget
built as `factory(context, parent)`) and one `PageSpec` here.

The window builds a page when it is first shown, so each factory imports its
page's module when called: a page the analyst never opens costs start-up
neither its widgets nor its imports (benchmarks/ui_startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.context import AppContext
from console.ui.events import CacheChange

if TYPE_CHECKING:
    from console.cache.filters import DeviceFilters, Filters
    from console.ui.queues import QueueView

# The titles were the window's own words before this table: they keep its translation
# context, so the French catalogue still answers them (lupdate needs the literal below).
TITLE_CONTEXT = "MainWindow"

_Icon = QStyle.StandardPixmap


@runtime_checkable
class FollowsCache(Protocol):
    """A page told what changed in the cache (a sync, an action, a recovery); it decides
    whether it cares, and re-reads now if shown or when it is next shown."""

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None: ...


@runtime_checkable
class TakesFocus(Protocol):
    """A page that names the widget the focus goes to when it is switched to (a queue's
    table); other pages take it themselves."""

    def focus_target(self) -> QWidget: ...


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


def _home(context: AppContext, parent: QWidget | None) -> QWidget:
    from console.ui.shell.home_page import HomePage

    return HomePage(context, parent)


def _incidents(context: AppContext, parent: QWidget | None) -> QWidget:
    from console.ui.shell.queue_pages import incidents_queue

    return incidents_queue(context, parent)


def _alerts(context: AppContext, parent: QWidget | None) -> QWidget:
    from console.ui.shell.queue_pages import alerts_queue

    return alerts_queue(context, parent)


def _devices(context: AppContext, parent: QWidget | None) -> QWidget:
    from console.ui.shell.queue_pages import devices_queue

    return devices_queue(context, parent)


def _experts(context: AppContext, parent: QWidget | None) -> QWidget:
    from console.ui.experts.messages_page import ExpertsMessagesPage

    return ExpertsMessagesPage(context, parent)


def _audit(context: AppContext, parent: QWidget | None) -> QWidget:
    from console.ui.audit.audit_page import AuditPage

    return AuditPage(context, parent)


def _report(context: AppContext, parent: QWidget | None) -> QWidget:
    from console.ui.report.page import DehReportPage

    return DehReportPage(context, parent)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "home",
        QT_TRANSLATE_NOOP("MainWindow", "Home"),
        _Icon.SP_DirHomeIcon,
        _home,
        "Ctrl+1",
    ),
    PageSpec(
        "incidents",
        QT_TRANSLATE_NOOP("MainWindow", "Incidents"),
        _Icon.SP_MessageBoxWarning,
        _incidents,
        "Ctrl+2",
    ),
    PageSpec(
        "alerts",
        QT_TRANSLATE_NOOP("MainWindow", "Alerts"),
        _Icon.SP_FileDialogDetailedView,
        _alerts,
        "Ctrl+3",
    ),
    PageSpec(
        "devices",
        QT_TRANSLATE_NOOP("MainWindow", "Devices"),
        _Icon.SP_ComputerIcon,
        _devices,
        "Ctrl+4",
    ),
    PageSpec(
        "experts",
        QT_TRANSLATE_NOOP("MainWindow", "Defender Experts messages"),
        _Icon.SP_MessageBoxQuestion,
        _experts,
        "Ctrl+5",
    ),
    PageSpec(
        "audit",
        QT_TRANSLATE_NOOP("MainWindow", "Audit"),
        _Icon.SP_FileDialogContentsView,
        _audit,
        "Ctrl+6",
    ),
    # Last, so that the pages before it keep the Ctrl+digit analysts know.
    PageSpec(
        "report",
        QT_TRANSLATE_NOOP("MainWindow", "Defender Experts report"),
        _Icon.SP_FileDialogInfoView,
        _report,
        "Ctrl+7",
    ),
)


def page_spec(key: str) -> PageSpec:
    return next(spec for spec in PAGES if spec.key == key)


QUEUE_KEYS = ("incidents", "alerts", "devices")


class QueuePages:
    """The window's queues by page key: where the Navigator's filters land.

    `lookup` builds a queue that has not been shown yet, so a request for it (filters
    from Home, a test) lands on a real queue.
    """

    def __init__(self, lookup: Callable[[str], QWidget | None]) -> None:
        self._lookup = lookup  # the page stack's: it must not hold the window

    def page(self, key: str) -> QueueView:
        from console.ui.queues import QueueView  # loaded by then: the queue is built

        page = self._lookup(key)
        if not isinstance(page, QueueView):
            raise TypeError(f"page {key!r} is not a queue")
        return page

    def set_filters(self, key: str, filters: Filters | DeviceFilters) -> None:
        self.page(key).set_filters(filters)
