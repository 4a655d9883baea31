"""The quick tour's steps, in order: what each one shows, says, and opens to show it.

Each step names its targets by objectName (console.ui.tour.targets) and has a
`prepare(window)` that opens what they live in, on the data the window has: a page,
the filter panel, a row's side pane, a row's menu. What a step opens only for itself
(the panel, the menu, an incident page) is a `Stage` it returns, undone when the tour
leaves the step; what stays (the page shown, the filters, the selection) the tour
puts back when it ends (console.ui.tour.window_state).

Texts are English source, translated in the "Tour" context when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint
from PySide6.QtWidgets import QMenu, QSplitter

from console.cache import incidents as incident_queries
from console.cache.filters import DEN_TAG, DeviceFilters, Filters
from console.domain.enums import Severity
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.queues.model import ROW_ROLE
from console.ui.tour.targets import ActionWidget, CurrentRow, ListEntry, Target, settle_layouts

if TYPE_CHECKING:
    from console.ui.main_window import MainWindow
    from console.ui.queues import QueueView
    from console.ui.shell.page_stack import OpenedPage

CONTEXT = "Tour"
# The Ask Defender Experts action's objectName (console.ui.experts.action.ACTION_NAME),
# spelled here so that the tour's data does not load the experts UI.
ASK_EXPERTS_ACTION = "askDefenderExpertsAction"


class Stage:
    """What a step opened for itself alone (a menu, a panel, a page)."""

    def follow(self) -> None:
        """The window moved or was resized: keep up (a popup menu is a window of its own)."""

    def leave(self) -> None:
        """The tour leaves the step: close what it opened."""


Prepare = Callable[["MainWindow"], Stage | None]


@dataclass(frozen=True)
class TourStep:
    key: str
    title: str  # English source text, translated in CONTEXT
    text: str
    targets: tuple[Target, ...]
    prepare: Prepare

    def display_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def display_text(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)


# -- where the targets live ----------------------------------------------------------------


def _queue(key: str) -> Callable[[MainWindow], QObject | None]:
    def scope(window: MainWindow) -> QObject | None:
        return window.queues.page(key)

    return scope


def _incident_filter_panel(window: MainWindow) -> QObject | None:
    return window.queues.page("incidents").filter_panel


def _shown_page(window: MainWindow) -> QObject | None:
    return window.pages.currentWidget()


def _status_bar(window: MainWindow) -> QObject | None:
    return window.status


# -- what the steps open -------------------------------------------------------------------


def _as_it_is(window: MainWindow) -> Stage | None:
    return None


def _incidents(window: MainWindow) -> Stage | None:
    window.show_page("incidents")
    return None


class _PanelStage(Stage):
    def __init__(self, queue: QueueView, was_open: bool) -> None:
        self._queue = queue
        self._was_open = was_open

    def leave(self) -> None:
        if not self._was_open:
            self._queue.show_filter_panel(False)


def _filter_panel(window: MainWindow) -> Stage | None:
    window.show_page("incidents")
    queue = window.queues.page("incidents")
    was_open = not queue.filter_panel.isHidden()
    queue.show_filter_panel(True)  # on the filters applied, with the cache's tags
    return _PanelStage(queue, was_open)


class _OpenedPageStage(Stage):
    def __init__(self, window: MainWindow, page: OpenedPage) -> None:
        self._window = window
        self._page = page

    def leave(self) -> None:
        opened = self._window.pages.opened_pages
        if opened and opened[-1] is self._page:
            self._window.pages.back()


def _notification(window: MainWindow) -> Stage | None:
    """The incidents filtered on the Defender Experts tag, as the previous step taught, and
    one of them opened on its page, where its notification card shows in full."""
    window.show_page("incidents")
    queue = window.queues.page("incidents")
    den_filters = Filters(tags=(DEN_TAG,))
    if queue.filters() != den_filters:
        queue.set_filters(den_filters)
    row_number = _telling_notification(queue)
    if row_number is None:
        return None  # no DEN in the cache: the card is missing, and said so
    index = queue.model.index(row_number, 0)
    queue.table.setCurrentIndex(index)  # Back from the page lands on it
    queue.table.scrollTo(index)
    row = index.data(ROW_ROLE)
    window.open_incident(row.tenant_id, row.id)
    page = window.pages.opened_pages[-1]
    _room_for_the_card(page)
    return _OpenedPageStage(window, page)


def _room_for_the_card(page: QObject) -> None:
    """Most of the page's height to the card, so that its summary and recommendations
    show on a 700 px screen too (the page is the tour's own, closed when it moves on)."""
    splitter = page.findChild(QSplitter, "pageSplitter")
    if splitter is None:
        return
    settle_layouts()
    total = sum(splitter.sizes())
    if total > 0:
        card = total * 4 // 5
        splitter.setSizes([card, total - card])


def _telling_notification(queue: QueueView) -> int | None:
    """A DEN about an attack (the service's test notification is informational and says
    less), among the first rows; else the first."""
    model = queue.model
    shown = min(model.rowCount(), 50)
    for number in range(shown):
        row = model.row_at(number)
        if row is not None and row.is_den and row.severity != Severity.INFORMATIONAL:
            return number
    return 0 if shown else None


def _with_rows(queue: QueueView, everything: Any) -> None:
    """Rows to show: the analyst's filters, unless they match nothing (then everything)."""
    if queue.model.rowCount() == 0 and queue.filters() != everything:
        queue.set_filters(everything)


def _selected_or_first(queue: QueueView, first: int = 0) -> QModelIndex | None:
    """The row the analyst selected, else row `first`, made current and selected."""
    table = queue.table
    current = table.currentIndex()
    if current.isValid() and table.selectionModel().isRowSelected(current.row()):
        return current
    if queue.model.rowCount() == 0:
        return None
    index = queue.model.index(min(first, queue.model.rowCount() - 1), 0)
    table.setCurrentIndex(index)
    return index


def _alert_flyout(window: MainWindow) -> Stage | None:
    window.show_page("alerts")
    queue = window.queues.page("alerts")
    _with_rows(queue, Filters())
    queue.details_pane.set_wanted(True)  # the analyst may have closed it; put back at the end
    index = _selected_or_first(queue, _short_flyout(window, queue))
    if index is not None:
        queue.table.scrollTo(index)
    return None


def _short_flyout(window: MainWindow, queue: QueueView) -> int:
    """An alert whose flyout shows its facts and its Ask Defender Experts together: one
    outside a DEN (a DEN's flyout carries the notification card too, and scrolls)."""
    cache = window.context.cache
    for number in range(min(queue.model.rowCount(), 30)):
        row = queue.model.row_at(number)
        if row is None or row.is_den:
            continue
        if not row.incident_id:
            return number
        scope = Filters(tenant_ids=(row.tenant_id,), incident_id=row.incident_id, den_only=True)
        if incident_queries.count(cache, scope) == 0:
            return number
    return 0


class _MenuStage(Stage):
    """A row's right-click menu, popped up without blocking (exec() would hold the tour)."""

    def __init__(self, queue: QueueView, index: QModelIndex, menu: QMenu) -> None:
        self._queue = queue
        self._index = index
        self.menu = menu
        ask = next((a for a in menu.actions() if a.objectName() == ASK_EXPERTS_ACTION), None)
        menu.popup(self._where())
        if ask is not None:
            menu.setActiveAction(ask)  # lit in the menu itself: the dim layer is under it

    def _where(self) -> QPoint:
        table = self._queue.table
        cell = table.visualRect(self._index)
        return table.viewport().mapToGlobal(
            QPoint(cell.left() + cell.width() // 3, cell.center().y())
        )

    def follow(self) -> None:
        if self.menu.isVisible():
            self.menu.move(self._where())

    def leave(self) -> None:
        self.menu.hide()
        self.menu.deleteLater()  # a queue's row menus are built for each right-click


def _device_menu(window: MainWindow) -> Stage | None:
    window.show_page("devices")
    queue = window.queues.page("devices")
    _with_rows(queue, DeviceFilters())
    index = _selected_or_first(queue)
    if index is None:
        return None
    queue.table.scrollTo(index)
    settle_layouts()  # the page was just switched to: its rows are placed now
    return _MenuStage(queue, index, queue.cell_menu(index))


def _messages(window: MainWindow) -> Stage | None:
    window.show_page("experts")
    return None


TOUR_STEPS: tuple[TourStep, ...] = (
    TourStep(
        "navigation",
        QT_TRANSLATE_NOOP("Tour", "Where things are"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "The navigation opens each page: Home, the incident, alert and device queues, "
            "the Defender Experts messages, the audit log and the Defender Experts report. "
            "Ctrl+1 to Ctrl+7 open them from anywhere.",
        ),
        (Target("navigationList"),),
        _as_it_is,
    ),
    TourStep(
        "incidents",
        QT_TRANSLATE_NOOP("Tour", "The incidents queue"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Every incident of the tenant, from the cache on this computer, so it reads "
            "offline too. Select one to see its details beside the list; Enter opens its "
            "page. J and K move down and up.",
        ),
        (Target("incidentsView", _queue("incidents")),),
        _incidents,
    ),
    TourStep(
        "filter",
        QT_TRANSLATE_NOOP("Tour", "Filter, and the Defender Experts box"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Filter opens this panel. Under Tags, tick Defender Experts and press Apply to "
            "see only the incidents Defender Experts notified you of; the chip above the "
            "list shows the filter, and removes it.",
        ),
        (
            Target("filterPanel", _queue("incidents")),
            Target("filterButton", _queue("incidents")),
            Target("tagsFilter", _incident_filter_panel, ListEntry(DEN_TAG), reveal=True),
        ),
        _filter_panel,
    ),
    TourStep(
        "notification",
        QT_TRANSLATE_NOOP("Tour", "A Defender Experts notification"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "When Defender Experts find an attack in your tenant, its incident carries their "
            "notification: an executive summary of what they found and their "
            "recommendations, ready to copy, with the hunting queries they send.",
        ),
        (Target("denCard", _shown_page),),
        _notification,
    ),
    TourStep(
        "alert",
        QT_TRANSLATE_NOOP("Tour", "The alert flyout and Ask Defender Experts"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Select an alert and its flyout opens beside the list: severity, status, device "
            "and incident. Ask Defender Experts sends the experts a question about it, with "
            "its context; offline, the question waits in the outbox.",
        ),
        (
            Target("alertPane", _queue("alerts")),
            Target("askExpertsButton", _queue("alerts"), reveal=True),
        ),
        _alert_flyout,
    ),
    TourStep(
        "device",
        QT_TRANSLATE_NOOP("Tour", "A device's menu"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Right-click a device in the inventory for its actions: its page, its incidents "
            "and alerts, and Ask Defender Experts about it.",
        ),
        (
            Target("cellMenu", _queue("devices"), kind=QMenu),
            Target("cellMenu", _queue("devices"), ActionWidget(ASK_EXPERTS_ACTION), kind=QMenu),
            Target("devicesView", _queue("devices"), CurrentRow()),
        ),
        _device_menu,
    ),
    TourStep(
        "messages",
        QT_TRANSLATE_NOOP("Tour", "Defender Experts messages"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Every question asked from this console, its status and the experts' answers, "
            "readable offline. The navigation counts the answers you have not read yet.",
        ),
        (Target("expertsMessagesPage"),),
        _messages,
    ),
    TourStep(
        "status",
        QT_TRANSLATE_NOOP("Tour", "Sync, and how fresh the data is"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Sync now (F5) fetches what changed in the tenant. The status bar says whether "
            "the console is online and when the data shown is from. When the tenant cannot "
            "be reached, a banner above the page says so and the cached data stays on screen.",
        ),
        (
            Target("connectionLabel", _status_bar),
            Target("dataAsOfLabel", _status_bar),
            Target("syncProgress", _status_bar, optional=True),
            Target("offlineBanner", optional=True),
            Target("mainToolBar", part=ActionWidget("syncNowAction")),
        ),
        _as_it_is,
    ),
)
