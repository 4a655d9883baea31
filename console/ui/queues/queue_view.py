"""QueueView: one queue (incidents, alerts or devices) with its toolbar, chips, panels and table."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.cache.filters import Sort
from console.ui import export_folder
from console.ui.context import AppContext
from console.ui.elided_label import ElidedLabel
from console.ui.events import CacheChange, RefreshWhenShown, touches
from console.ui.numbers import number
from console.ui.queues import column_layout, menus
from console.ui.queues.cell_delegate import QueueCellDelegate
from console.ui.queues.chips import FilterChips
from console.ui.queues.columns import CONTEXT as COLUMNS_CONTEXT
from console.ui.queues.details import EmptyDetails, RowSummary
from console.ui.queues.details_pane import MIN_WIDTH as DETAILS_MIN_WIDTH
from console.ui.queues.details_pane import DetailsPane
from console.ui.queues.export_job import ExportJob
from console.ui.queues.filter_panel import FilterPanel
from console.ui.queues.filter_state import (
    TIME_RANGES,
    AnyFilters,
    Chip,
    add_cell_filter,
    chips,
    with_time_range,
)
from console.ui.queues.filter_state import tr as filters_tr
from console.ui.queues.model import ROW_ROLE, VALUE_ROLE, LazyQueueModel, Snapshot
from console.ui.queues.selection import QueueSelection
from console.ui.queues.specs import QueueSpec, with_tenant_column
from console.ui.queues.store import QueueStore
from console.ui.reader import BackgroundRead
from console.ui.triage.queue_device_tags import QueueDeviceTags
from console.ui.triage.queue_triage import QueueTriage

DetailsFactory = Callable[[Any], QWidget | None]
RowMenuExtender = Callable[[Any, Any], None]
SEARCH_DELAY_MS = 250
# Rows read around the selected one, so a sync that moves it is found again in them;
# and how far down new rows above it may push it and it is still followed (10 blocks).
RESELECT_REACH = 50
FOLLOW_REACH = 1500


def _content_width(pane: QWidget) -> int:
    """The width a pane needs; a pane that scrolls itself is measured by its content."""
    inner = pane.widget() if isinstance(pane, QScrollArea) else None
    return (inner if inner is not None else pane).minimumSizeHint().width()


# A tenant id no row has: what a filter whose tenants are all elsewhere matches.
NO_TENANT = "(no tenant shown)"


class QueueView(QWidget):
    open_requested = Signal(object)
    current_row_changed = Signal(object)
    export_finished = Signal(int, str)  # rows written, path
    export_failed = Signal(str)
    # A refresh's rows were swapped in (they are read on a reader thread).
    refreshed = Signal()

    # Each queue subclass names its spec; the view itself is the same for all three.
    SPEC: QueueSpec

    def __init__(
        self,
        context: AppContext,
        details_factory: DetailsFactory | None = None,
        row_menu_extender: RowMenuExtender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        spec = with_tenant_column(self.SPEC, context)
        self.spec = spec
        self.context = context
        # A desk's tenants by id, for the Tenant chip; one tenant's window has no such chip.
        self._tenant_names = context.tenant_names() if context.many_tenants else {}
        # The Tenant column sorts by the names it shows, not by the ids behind them.
        rank = context.tenant_ids_by_name() if context.many_tenants else ()
        self.details_factory = details_factory
        self.row_menu_extender = row_menu_extender
        self.store = QueueStore(context.settings, spec.kind)
        self.setObjectName(f"{spec.kind}Queue")
        self._exports: list[ExportJob] = []  # kept alive until they report
        self._time_range = "any"
        self._filters: AnyFilters = spec.filters_type()
        self._total: int | None = None  # everything in the tenant; None: not counted yet
        # The row the details pane shows: a refresh that finds it unchanged keeps the pane.
        self._pane_row: Any | None = None
        self._pane_built = False
        self._follow = RefreshWhenShown(self, self.refresh)
        self._reads = BackgroundRead(self._show_refresh, self)
        default = self.store.default_filter_set()
        loaded = self.store.load_filter_set(default, spec.filters_type) if default else None
        if loaded is not None:
            self._filters, self._time_range = loaded
        sort = self.store.sort(spec.default_sort)
        if sort.column not in {c.key for c in spec.columns}:
            sort = spec.default_sort
        self.model = LazyQueueModel(
            spec.columns,
            lambda f: spec.count(context.cache, f),
            # The model passes the count it already holds: no COUNT per far window.
            lambda f, s, o, n, total: spec.page(context.cache, f, _ranked(s, rank), o, n, total),
            self._effective(self._filters),
            sort,
            parent=self,
            together=context.cache.read_together,
        )
        self._build()
        # The rows picked (Shift, Ctrl, or all the filters match) and what acts on them.
        self.selection = QueueSelection(self)
        self.selection.changed.connect(self._show_selection)
        self.triage: QueueTriage | None = None
        if spec.triage_kind is not None and context.triage is not None:
            self.triage = QueueTriage(self, spec.triage_kind)
        # The devices queue's rows take tags (added or removed on many at once).
        self.device_tags: QueueDeviceTags | None = None
        if spec.kind == "devices" and context.triage is not None:
            self.device_tags = QueueDeviceTags(self)
        self._restore_layout()
        self._update_chrome()

    # ---- public API ------------------------------------------------------------------------

    def filters(self) -> AnyFilters:
        return self._filters

    def time_range(self) -> str:
        """The time range chosen with the filters ("any", "7d", "custom"...)."""
        return self._time_range

    def set_filters(self, filters: AnyFilters, time_range: str | None = None) -> None:
        """Show the rows matching `filters`; the chips, search box and panel follow."""
        self._filters = filters
        if time_range is None:
            has_bounds = filters.since is not None or filters.until is not None
            time_range = "custom" if has_bounds else "any"
        self._time_range = time_range
        # The analyst's own change is read at once (a COUNT and one window); a refresh
        # still reading the old query is dropped.
        dropped = self._reads.busy
        self._reads.cancel()
        self.model.set_query(self._effective(filters))
        # The tenant's total only changes with a sync, not with filters: the refresh that
        # would have counted it again was dropped, so it is counted here.
        self._update_chrome(recount_total=dropped)
        self._on_current_changed(self.table.currentIndex())

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        """Re-query if the change is this queue's (now if shown, else when next shown)."""
        if any(touches(changes, self.spec.follows, tenant) for tenant in self.context.tenant_ids):
            self._follow.request()

    def refresh(self) -> None:
        """Re-query after a sync on a reader thread; `refreshed` says when it is shown.

        The count and the rows on screen (and around the selection) are read off the
        GUI thread, then swapped in keeping the selected row and the scroll position.
        """
        self._reads.request(self._prepare_refresh)

    def _prepare_refresh(self) -> Callable[[], tuple[Snapshot, int]]:
        table = self.table
        top = max(0, table.rowAt(0))
        height = max(1, table.verticalHeader().defaultSectionSize())
        on_screen = range(top, top + table.viewport().height() // height + 2)
        current = table.currentIndex()
        around = None
        if current.isValid():
            around = range(current.row() - RESELECT_REACH, current.row() + RESELECT_REACH + 1)
        read_rows = self.model.snapshot_reader(on_screen, around, FOLLOW_REACH)
        spec, cache = self.spec, self.context.cache
        shown_filters = self.model.filters
        everything = spec.filters_type(tenant_ids=self.context.tenant_ids)

        def read() -> tuple[Snapshot, int]:
            snapshot = read_rows()
            # Already counted when the queue shows everything: no second COUNT.
            total = snapshot.count if shown_filters == everything else spec.count(cache, everything)
            return snapshot, total

        return read

    def _show_refresh(self, result: tuple[Snapshot, int]) -> None:
        snapshot, total = result
        scroll = self.table.verticalScrollBar().value()
        position = self.table.currentIndex()
        # The row the pane shows is the current one: read from memory, not the model.
        current = self._pane_row
        grown = max(0, snapshot.count - self.model.count())
        selection_after = self.selection.before_refresh()
        applied = self.model.apply(snapshot)
        # Several rows picked and none moved (or all matching): the selection stays.
        kept = selection_after(applied)
        if not applied:
            return  # the analyst changed the query meanwhile; that is newer
        self._total = total
        if current is not None and position.isValid() and not kept:
            self._reselect(current, position, min(grown, FOLLOW_REACH))
        # After reselecting, which may have scrolled to the row: the analyst's view stays.
        self.table.verticalScrollBar().setValue(scroll)
        index = self.table.currentIndex()
        if index.isValid() and self.model.loaded_row(index.row()) != self._pane_row:
            self._on_current_changed(index)  # its data changed: the pane shows the new
        self._update_chrome(recount_total=False)
        self.refreshed.emit()

    def focus_target(self) -> QWidget:
        """What takes the focus when the queue is switched to: the table."""
        return self.table

    def _leave_search(self) -> None:
        """Esc in the search box: the search is cleared and the table has the focus again."""
        if self.search.text() or self._filters.text:
            self.search.clear()
            self._apply_search()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_row(self) -> Any | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def showing_text(self) -> str:
        return self.showing.text()

    # ---- building --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)

        top = QHBoxLayout()
        self.title_label = QLabel(filters_tr(self.spec.title), self)
        self.title_label.setObjectName("queueTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        top.addWidget(self.title_label)
        top.addStretch(1)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(filters_tr(self.spec.search_hint))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textEdited.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        top.addWidget(self.search)
        self.time_combo = QComboBox(self)
        self.time_combo.setObjectName("timeRangeCombo")
        self.time_combo.setToolTip(filters_tr(self.spec.time_title))
        for key, text, _ in TIME_RANGES:
            self.time_combo.addItem(filters_tr(text), key)
        self.time_combo.activated.connect(self._on_time_combo)
        top.addWidget(self.time_combo)
        layout.addLayout(top)

        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.filter_button = self._tool("filterButton", self.tr("Filter"), checkable=True)
        self.filter_button.toggled.connect(self.show_filter_panel)
        self.export_button = self._tool("exportButton", self.tr("Export"))
        self.export_button.clicked.connect(self._popup_export_menu)
        self.columns_button = self._tool("columnsButton", self.tr("Columns"))
        self.columns_button.clicked.connect(self._popup_columns_menu)
        self.saved_button = self._tool("savedFiltersButton", self.tr("Saved filters"))
        self.saved_button.clicked.connect(self._popup_saved_menu)
        self.details_button = self._tool("detailsButton", self.tr("Details"), checkable=True)
        self.details_button.setToolTip(self.tr("Show or hide the selected row's details"))
        for button in (self.filter_button, self.export_button, self.columns_button):
            bar.addWidget(button)
        bar.addWidget(self.saved_button)
        bar.addWidget(self.details_button)
        bar.addStretch(1)
        # What an action just did; a long one ends in "…" rather than widen the window.
        self.status = ElidedLabel(self)
        self.status.setObjectName("queueStatus")
        bar.addWidget(self.status)
        self.open_folder_button = export_folder.OpenFolderButton(self)
        bar.addWidget(self.open_folder_button)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.hide()
        bar.addWidget(self.selection_label)
        self.showing = QLabel(self)
        self.showing.setObjectName("showingLabel")
        bar.addWidget(self.showing)
        # A gap before each figure, so "… pending until sent", "120 selected" and "Showing
        # 120 of 120" read as three things (a hidden label takes no room, nor its gap).
        for figure in (self.selection_label, self.showing):
            figure.setContentsMargins(12, 0, 0, 0)
        layout.addLayout(bar)

        self.chips = FilterChips(self)
        self.chips.chip_removed.connect(self._remove_chip)
        self.chips.clear_all.connect(lambda: self.set_filters(self.spec.filters_type()))
        chip_area = QScrollArea(self)
        chip_area.setObjectName("filterChipsArea")
        chip_area.setWidget(self.chips)
        chip_area.setWidgetResizable(True)
        chip_area.setFrameShape(QFrame.Shape.NoFrame)
        chip_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._chip_area = chip_area
        layout.addWidget(chip_area)

        body = QHBoxLayout()
        body.setSpacing(8)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = self._build_table()
        self.splitter.addWidget(self.table)
        self.details = QScrollArea(self.splitter)
        self.details.setObjectName("detailsPane")
        self.details.setWidgetResizable(True)
        # Wrap long values instead of scrolling sideways.
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wide enough for a DEN card (its widest row) plus the scroll bar, like the
        # portal's flyout; the pane wraps text rather than scroll sideways.
        self.details.setMinimumWidth(DETAILS_MIN_WIDTH)
        self.details.setWidget(EmptyDetails())
        self.splitter.addWidget(self.details)
        # The table takes what the window gains; the pane keeps the width it was given.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        body.addWidget(self.splitter, 1)
        self.details_pane = DetailsPane(
            self.splitter, self.details, self.details_button, self.store
        )
        self.filter_panel = FilterPanel(
            self.spec.groups(),
            filters_tr(self.spec.time_title),
            assigned_field=self.spec.assigned_filter,
            parent=self,
        )
        self.filter_panel.applied.connect(self._apply_panel)
        self.filter_panel.hide()
        body.addWidget(self.filter_panel)
        layout.addLayout(body, 1)

        QShortcut(QKeySequence("/"), self, self.focus_search).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self._leave_search).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )

    def _tool(self, name: str, text: str, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(checkable)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def _build_table(self) -> QTableView:
        table = column_layout.queue_table(self, self.model)
        table.setItemDelegate(QueueCellDelegate(self.model, table))
        table.setObjectName(self.spec.object_name)
        if self.spec.keys is not None:  # rows to act on at once: Shift and Ctrl pick
            table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # PySide 6.12 makes the Python enums of three dozen widget classes the first time
        # viewport() is called from Python (60-80 ms): here, while the queue is built after
        # the first paint, rather than in the first refresh an analyst waits on.
        table.viewport()
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: menus.build_columns_menu(self).exec(header.mapToGlobal(pos))
        )
        sort = self.model.current_sort
        section = self.model.column_index(sort.column) if self._has_column(sort.column) else 0
        order = Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(section, order)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        self._layout_timer = QTimer(self, singleShot=True, interval=400)
        self._layout_timer.timeout.connect(self._save_layout)
        header.sectionMoved.connect(lambda *_: self._layout_timer.start())
        header.sectionResized.connect(lambda *_: self._layout_timer.start())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._cell_menu_requested)
        table.doubleClicked.connect(self._open_index)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for key, action in (
            ("J", lambda: self._move(1)),
            ("K", lambda: self._move(-1)),
            ("Return", lambda: self._open_index(table.currentIndex())),
            ("Enter", lambda: self._open_index(table.currentIndex())),
        ):
            QShortcut(QKeySequence(key), table, action).setContext(
                Qt.ShortcutContext.WidgetShortcut
            )
        return table

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.model.palette_changed()  # light/dark switched: recolour severities
            self.table.viewport().update()
            if self._pane_built:  # the pane's coloured values were chosen for the old scheme
                self._pane_built = False
                self._on_current_changed(self.table.currentIndex())
        super().changeEvent(event)

    def _has_column(self, key: str) -> bool:
        return any(c.key == key for c in self.model.columns)

    # ---- filters ---------------------------------------------------------------------------

    def _effective(self, filters: AnyFilters) -> AnyFilters:
        """The analyst's filters scoped to the window's tenants (no chip for that): its own,
        or on a desk All tenants unless the Tenant filter chose some."""
        shown = self.context.tenant_ids
        if not filters.tenant_ids or not self.context.many_tenants:
            # One tenant's window has no Tenant filter to clear: a saved set that names
            # tenants (saved on a desk) shows the window's own, never an empty queue.
            return dataclasses.replace(filters, tenant_ids=shown)
        # A saved filter may name tenants (a desk's Home opened one): never one not shown
        # here, and none left shows nothing rather than everything.
        kept = tuple(tenant for tenant in filters.tenant_ids if tenant in shown)
        return dataclasses.replace(filters, tenant_ids=kept or (NO_TENANT,))

    def _count_total(self) -> int:
        everything = self.spec.filters_type(tenant_ids=self.context.tenant_ids)
        if self.model.filters == everything:
            return self.model.count()  # already counted: no second COUNT over the tenant
        return self.spec.count(self.context.cache, everything)

    def _update_chrome(self, recount_total: bool = True) -> None:
        if recount_total or self._total is None:
            self._total = self._count_total()
        shown = self.model.count()
        self.showing.setText(
            self.tr("Showing %1 of %2")
            .replace("%1", number(shown))
            .replace("%2", number(self._total))
        )
        titles = {
            c.key: QCoreApplication.translate(COLUMNS_CONTEXT, c.title) for c in self.model.columns
        }
        self.chips.set_chips(chips(self._filters, titles, self._tenant_names))
        self._chip_area.setVisible(bool(self.chips.widgets))
        if self.chips.widgets:
            self._chip_area.setFixedHeight(self.chips.sizeHint().height() + 4)
        if self.search.text() != self._filters.text:
            self.search.setText(self._filters.text)
        self.time_combo.setCurrentIndex(max(0, self.time_combo.findData(self._time_range)))
        if self.filter_panel.isVisible():
            self.filter_panel.show_filters(self._filters, self._time_range)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if text != self._filters.text:
            self.set_filters(dataclasses.replace(self._filters, text=text), self._time_range)

    def _on_time_combo(self, _: int) -> None:
        key = str(self.time_combo.currentData())
        if key == "custom":
            # Custom dates are picked in the panel, next to the other filters.
            self.filter_button.setChecked(True)
            self.filter_panel.time_range.setCurrentIndex(self.filter_panel.time_range.findData(key))
            return
        self.set_filters(with_time_range(self._filters, key), key)

    def _remove_chip(self, chip: Chip) -> None:
        time_range = "any" if chip.key == "time" else self._time_range
        self.set_filters(chip.remove(self._filters), time_range)

    def show_filter_panel(self, visible: bool) -> None:
        if visible:
            self.filter_panel.set_tags(self.spec.tags(self.context.cache, self.context.tenant_ids))
            self.filter_panel.show_filters(self._filters, self._time_range)
        self.filter_panel.setVisible(visible)
        # The panel takes the side pane's place, as in the portal, so the table keeps its width.
        self.details_pane.set_filters_open(visible)
        if self.filter_button.isChecked() != visible:
            self.filter_button.setChecked(visible)

    def _apply_panel(self, filters: AnyFilters, time_range: str) -> None:
        """Apply (or Reset) closes the panel, as the portal's does: the chips say what is
        applied, and Filter opens it again."""
        self.set_filters(filters, time_range)
        self.show_filter_panel(False)

    def filter_on_cell(self, index: QModelIndex, exclude: bool) -> None:
        """Wireshark's Apply as Filter: the cell's value becomes a chip."""
        column = self.model.columns[index.column()]
        if column.filter_field is None or (exclude and not column.excludable):
            return
        if column.filter_value is not None:
            value = column.filter_value(index.data(ROW_ROLE))
        else:
            value = index.data(VALUE_ROLE)
        self.set_filters(
            add_cell_filter(self._filters, column.filter_field, value, exclude), self._time_range
        )

    # ---- saved filter sets -----------------------------------------------------------------

    def save_filter_set(self, name: str, make_default: bool = False) -> None:
        self.store.save_filter_set(name, self._filters, self._time_range)
        if make_default:
            self.store.set_default_filter_set(name)

    def apply_filter_set(self, name: str) -> bool:
        loaded = self.store.load_filter_set(name, self.spec.filters_type)
        if loaded is None:
            return False
        self.set_filters(*loaded)
        return True

    def ask_save_filter_set(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save filters"), self.tr("Name of this filter set:")
        )
        if ok and name.strip():
            self.save_filter_set(name.strip())

    def _popup_saved_menu(self) -> None:
        menu = menus.build_saved_filters_menu(self)
        menu.exec(self.saved_button.mapToGlobal(QPoint(0, self.saved_button.height())))

    # ---- columns, sort and their memory ----------------------------------------------------

    def _popup_export_menu(self) -> None:
        menu = menus.build_export_menu(self)
        menu.exec(self.export_button.mapToGlobal(QPoint(0, self.export_button.height())))

    def _popup_columns_menu(self) -> None:
        menu = menus.build_columns_menu(self)
        menu.exec(self.columns_button.mapToGlobal(QPoint(0, self.columns_button.height())))

    def set_column_visible(self, position: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(position, not visible)
        self._save_layout()

    def reset_columns(self) -> None:
        column_layout.reset(self.table.horizontalHeader(), self.model.columns)
        self._save_layout()

    def _save_layout(self) -> None:
        column_layout.save(self.table.horizontalHeader(), self.model.columns, self.store)

    def _restore_layout(self) -> None:
        column_layout.restore(self.table.horizontalHeader(), self.model.columns, self.store)

    def _on_sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(self.model.columns):
            column = self.model.columns[section].key
            self.store.save_sort(Sort(column, order == Qt.SortOrder.DescendingOrder))

    # ---- selection, keyboard, opening ------------------------------------------------------

    def _move(self, step: int) -> None:
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        row = max(0, min(self.model.rowCount() - 1, row))
        if self.model.rowCount():
            column = current.column() if current.isValid() else 0
            self.table.setCurrentIndex(self.model.index(row, column))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            row = index.data(ROW_ROLE)
            if row is not None:
                self.open_requested.emit(row)

    def _on_current_changed(self, index: QModelIndex, _previous: Any = None) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if self._pane_built and row is not None and row == self._pane_row:
            # Reselected after a re-query with the same data: the pane (and where the
            # analyst scrolled it) stays; rebuilding it is half the cost of a refresh.
            self.current_row_changed.emit(row)
            return
        self._pane_row, self._pane_built = row, True
        pane: QWidget | None = None
        if row is not None and self.details_factory is not None:
            pane = self.details_factory(row)
        if pane is None:
            pane = RowSummary(row, self.model.columns) if row is not None else EmptyDetails()
        old = self.details.takeWidget()
        if old is not None:
            old.deleteLater()
        self.details.setWidget(pane)
        # Never narrower than what the pane needs (longer labels in French, a wide
        # DEN card): its horizontal scroll bar is off, so narrower would clip it.
        scroll_bar = self.details.verticalScrollBar().sizeHint().width()
        needed = _content_width(pane) + scroll_bar + 2 * self.details.frameWidth()
        self.details.setMinimumWidth(max(DETAILS_MIN_WIDTH, needed))
        self._show_pane_if_selected()
        self.current_row_changed.emit(row)

    def _show_pane_if_selected(self) -> None:
        """The pane shows for a selected row, not for the row Qt makes current when the
        table takes the focus (nothing picked yet: the table keeps the width)."""
        index = self.table.currentIndex()
        selected = index.isValid() and self.table.selectionModel().isRowSelected(index.row())
        self.details_pane.set_row_selected(selected)

    def _reselect(self, wanted: Any, position: QModelIndex, grown: int = 0) -> None:
        """Find the row that was selected near where it was (rows move in a sync), or up
        to `grown` rows further down (rows added above pushed it there)."""
        start = max(0, position.row() - RESELECT_REACH)
        stop = min(self.model.rowCount(), position.row() + RESELECT_REACH + grown + 1)
        for row in range(start, stop):
            found = self.model.loaded_row(row)  # the refresh read these: no query here
            if found is not None and (found.tenant_id, found.id) == (wanted.tenant_id, wanted.id):
                self.table.setCurrentIndex(self.model.index(row, max(0, position.column())))
                return

    def _cell_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.cell_menu(index).exec(self.table.viewport().mapToGlobal(pos))

    def cell_menu(self, index: QModelIndex) -> QMenu:
        """The menu a right click on `index` opens, built as the click leaves the selection:
        inside the picked rows it keeps them all (its actions act on them), elsewhere it
        picks that row alone."""
        if self.selection.is_selected(index.row()):
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate
            )
        else:
            self.table.setCurrentIndex(index)
        return menus.build_cell_menu(self, index)

    def _show_selection(self) -> None:
        """ "N selected" beside the counts, once more than one row is picked."""
        self._show_pane_if_selected()
        count = self.selection.count()
        several = count > 1 or (self.selection.all_matching and count > 0)
        # The base class's tr by name: PySide's self.tr() with a count does not look in a
        # base class's context, so an IncidentsQueue would show "3 selected" in French. (And
        # not QCoreApplication.translate: lupdate 6.11 reads no count in it, so loses the plural.)
        self.selection_label.setText(QueueView.tr("%Ln selected", "", count))  # type: ignore[arg-type]
        self.selection_label.setVisible(several)

    # ---- export ----------------------------------------------------------------------------

    def export_view(self, fmt: str) -> ExportJob | None:
        """Ask where to write, then export the rows matching the current filters."""
        suffix = "csv" if fmt == "csv" else "json"
        name_filter = (
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("JSON files (*.json)")
        )
        settings = self.context.settings
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export view"),
            export_folder.suggested_path(settings, f"{self.spec.kind}.{suffix}"),
            name_filter,
        )
        if not path:
            return None
        export_folder.remember(settings, path)
        filters = self._effective(self._filters)
        cache = self.context.cache
        job = ExportJob(self.spec.kind, lambda: self.spec.iter_raw(cache, filters), Path(path), fmt)
        self._exports.append(job)
        job.finished.connect(lambda n, p, j=job: self._export_done(j, n, p))
        job.failed.connect(lambda reason, j=job: self._export_failed(j, reason))
        self.open_folder_button.withdraw()
        self.status.setText(self.tr("Exporting…"))
        job.start()
        return job

    def _export_done(self, job: ExportJob, count: int, path: str) -> None:
        self._exports.remove(job)
        self.status.setText(
            QueueView.tr("Exported %Ln rows to %1", "", count).replace("%1", Path(path).name)  # type: ignore[arg-type]
        )
        self.open_folder_button.offer(path)
        self.export_finished.emit(count, path)

    def _export_failed(self, job: ExportJob, reason: str) -> None:
        self._exports.remove(job)
        self.status.setText(self.tr("Export failed: %1").replace("%1", reason))
        self.export_failed.emit(reason)


def _ranked(sort: Sort, rank: tuple[str, ...]) -> Sort:
    """The Tenant column's sort with the desk's tenants in name order (see Sort.rank)."""
    return dataclasses.replace(sort, rank=rank) if sort.column == "tenant" and rank else sort
