"""The Defender Experts for Hunting report page (`dehReportPage`), computed from the cache.

The period and the tenant are chosen at the top; every figure is read on a reader thread
(console.ui.reader), so a report over a million alerts never freezes the window. The
page says when it has shown a read through its signals (`loaded`, `categories_loaded`,
`impacted_loaded`): what tests wait on, each wait with a timeout.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.cache import report
from console.cache.filters import DEN_TAG, Filters
from console.ui import export_folder
from console.ui.context import AppContext
from console.ui.events import ALERTS, INCIDENTS, CacheChange, RefreshWhenShown, touches
from console.ui.numbers import number
from console.ui.reader import BackgroundRead
from console.ui.report import exports, texts
from console.ui.report.model import (
    Period,
    ReportData,
    TrendingRow,
    custom_period,
    preset_period,
    read_categories,
    read_report,
)
from console.ui.report.sections import ChartsSection, ImpactedPanel, ReportTable, heading
from console.ui.style import den_color, scaled_font

ALL_TENANTS = ""


class DehReportPage(QScrollArea):
    loaded = Signal()
    categories_loaded = Signal()
    impacted_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dehReportPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.context = context
        # The moment "now" is, in the analyst's zone (tests set a fixed one).
        self.clock: Callable[[], datetime] = lambda: datetime.now().astimezone()
        self.data: ReportData | None = None
        self._reads = BackgroundRead(self._show, self)
        self._category_reads = BackgroundRead(self._show_categories, self)
        self._impacted_reads = BackgroundRead(self._show_impacted, self)
        body = QWidget(self)
        self._body = body
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        title = QLabel(self.tr("Defender Experts for Hunting report"), body)
        title.setObjectName("reportHeading")
        title.setFont(scaled_font(body, 1.6))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addLayout(self._build_controls(body))
        self.period_label = QLabel(body)
        self.period_label.setObjectName("reportPeriodLabel")
        self.period_label.setWordWrap(True)
        layout.addWidget(self.period_label)
        self.status = QLabel(body)
        self.status.setObjectName("reportStatusLabel")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        layout.addWidget(self._build_threats(body))
        self.empty_label = QLabel(body)
        self.empty_label.setObjectName("reportEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setFont(scaled_font(body, 1.1, bold=False))
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.charts = ChartsSection(body)
        self.charts_heading = heading(self.tr("Charts"), body, "reportChartsHeading")
        layout.addWidget(self.charts_heading)
        layout.addWidget(self.charts)
        self._build_categories(body, layout)
        self._build_trending(body, layout)
        layout.addStretch(1)
        self.setWidget(body)
        self._follow = RefreshWhenShown(self, self.refresh)
        self._follow.stale = True  # read when first shown
        self._follow_cache = RefreshWhenShown(self, self._reread)

    # ---- building --------------------------------------------------------------------------

    def _build_controls(self, body: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(QLabel(self.tr("Period"), body))
        self.period_combo = QComboBox(body)
        self.period_combo.setObjectName("reportPeriodCombo")
        self.period_combo.setAccessibleName(self.tr("Period"))
        for key in ("month", "1m", "3m", "6m", "custom"):
            self.period_combo.addItem(texts.period_name(key), key)
        self.period_combo.setCurrentIndex(self.period_combo.findData("1m"))
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        row.addWidget(self.period_combo)
        self.since_edit = QDateEdit(body)
        self.since_edit.setObjectName("reportSinceEdit")
        self.until_edit = QDateEdit(body)
        self.until_edit.setObjectName("reportUntilEdit")
        self.since_edit.setAccessibleName(self.tr("From"))
        self.until_edit.setAccessibleName(self.tr("To"))
        today = QDate.currentDate()
        self.since_edit.setDate(today.addMonths(-1))
        self.until_edit.setDate(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._custom_changed)
            edit.hide()
        self.to_label = QLabel(self.tr("to"), body)
        self.to_label.hide()
        row.addWidget(self.since_edit)
        row.addWidget(self.to_label)
        row.addWidget(self.until_edit)
        self.tenant_combo: QComboBox | None = None
        if self.context.many_tenants:
            row.addSpacing(12)
            row.addWidget(QLabel(self.tr("Tenant"), body))
            combo = QComboBox(body)
            combo.setObjectName("reportTenantCombo")
            combo.setAccessibleName(self.tr("Tenant"))
            combo.addItem(self.tr("All tenants"), ALL_TENANTS)
            names = self.context.tenant_names()
            for tenant in self.context.tenant_ids_by_name():
                combo.addItem(names[tenant], tenant)
            combo.currentIndexChanged.connect(lambda _i: self._follow.request())
            row.addWidget(combo)
            self.tenant_combo = combo
        row.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), body)
        self.pdf_button.setObjectName("reportPdfButton")
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        row.addWidget(self.pdf_button)
        self.csv_button = QPushButton(self.tr("Export CSV"), body)
        self.csv_button.setObjectName("reportCsvButton")
        self.csv_menu = QMenu(self.csv_button)
        self.csv_menu.setObjectName("reportCsvMenu")
        self.categories_csv_action = self.csv_menu.addAction(self.tr("Threat categories…"))
        self.categories_csv_action.setObjectName("reportCategoriesCsvAction")
        self.categories_csv_action.triggered.connect(lambda: self.export_csv("categories"))
        self.trending_csv_action = self.csv_menu.addAction(self.tr("Top trending activities…"))
        self.trending_csv_action.setObjectName("reportTrendingCsvAction")
        self.trending_csv_action.triggered.connect(lambda: self.export_csv("trending"))
        self.csv_button.setMenu(self.csv_menu)
        row.addWidget(self.csv_button)
        self.open_folder_button = export_folder.OpenFolderButton(body)
        row.addWidget(self.open_folder_button)
        return row

    def _build_threats(self, body: QWidget) -> QFrame:
        card = QFrame(body)
        card.setObjectName("reportThreatsCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        self.threats_card = card
        self._style_card()
        row = QHBoxLayout(card)
        row.setContentsMargins(16, 10, 16, 10)
        column = QVBoxLayout()
        column.addWidget(heading(self.tr("Threats identified"), card, "reportThreatsHeading"))
        figure = QHBoxLayout()
        self.den_count_label = QLabel("0", card)
        self.den_count_label.setObjectName("reportDenCount")
        self.den_count_label.setFont(scaled_font(card, 2.4))
        figure.addWidget(self.den_count_label)
        self.den_caption = QLabel(card)
        self.den_caption.setObjectName("reportDenCaption")
        self.den_caption.setWordWrap(True)
        figure.addWidget(self.den_caption, 1)
        column.addLayout(figure)
        row.addLayout(column, 1)
        # The Home card's button says the same, already translated.
        self.view_dens_button = QPushButton(
            QCoreApplication.translate("DenSummaryCard", "View Defender Experts notifications"),
            card,
        )
        self.view_dens_button.setObjectName("reportViewDensButton")
        self.view_dens_button.clicked.connect(self.view_dens)
        row.addWidget(self.view_dens_button, 0, Qt.AlignmentFlag.AlignBottom)
        return card

    def _style_card(self) -> None:
        self.threats_card.setStyleSheet(
            "QFrame#reportThreatsCard { border: 1px solid palette(mid);"
            f" border-left: 4px solid {den_color().name()}; border-radius: 4px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        # Light or dark chosen while the page is open: the accent follows (the charts read
        # the palette each time they paint).
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "threats_card"):
            self._style_card()
        super().changeEvent(event)

    def _build_categories(self, body: QWidget, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Threat categories"), body, "reportCategoriesHeading"), 1)
        top.addWidget(QLabel(self.tr("Show"), body))
        self.view_combo = QComboBox(body)
        self.view_combo.setObjectName("reportViewCombo")
        self.view_combo.setAccessibleName(self.tr("Activities shown"))
        for view in report.View:
            self.view_combo.addItem(texts.view_name(view), view.value)
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        top.addWidget(self.view_combo)
        layout.addLayout(top)
        self.view_hint = QLabel(texts.view_hint(report.View.SUSPICIOUS), body)
        self.view_hint.setObjectName("reportViewHint")
        self.view_hint.setWordWrap(True)
        layout.addWidget(self.view_hint)
        self.categories = ReportTable("reportCategoriesTable", texts.category_headers(), body)
        self.categories.set_stretch(1)
        self.categories.row_selected.connect(self._category_selected)
        layout.addWidget(self.categories)
        self.category_impacted = ImpactedPanel("reportCategoryImpacted", body)
        self.category_impacted.device_activated.connect(self.open_device)
        self.category_impacted.user_activated.connect(self.open_user)
        layout.addWidget(self.category_impacted)

    def _build_trending(self, body: QWidget, layout: QVBoxLayout) -> None:
        self.trending_heading = heading(
            self.tr("Top trending suspicious activities"), body, "reportTrendingHeading"
        )
        layout.addWidget(self.trending_heading)
        hint = QLabel(
            self.tr(
                "Seen at least 3 times in at least 2 different weeks over the three months "
                "before the period's end; by severity, then frequency."
            ),
            body,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.trending = ReportTable("reportTrendingTable", texts.trending_headers(), body)
        self.trending.set_stretch(0)
        self.trending.row_selected.connect(self._trending_selected)
        layout.addWidget(self.trending)
        self.trending_impacted = ImpactedPanel("reportTrendingImpacted", body)
        self.trending_impacted.device_activated.connect(self.open_device)
        self.trending_impacted.user_activated.connect(
            lambda user: self.open_user(user, trending=True)
        )
        layout.addWidget(self.trending_impacted)

    # ---- what is chosen --------------------------------------------------------------------

    @property
    def view(self) -> report.View:
        return report.View(str(self.view_combo.currentData()))

    def tenant_ids(self) -> tuple[str, ...]:
        if self.tenant_combo is not None and self.tenant_combo.currentData():
            return (str(self.tenant_combo.currentData()),)
        return self.context.tenant_ids if self.context.many_tenants else (self.context.tenant_id,)

    def tenant_names(self) -> list[str]:
        """The names of the tenants the report shown was read for (the choice may have
        changed since, its read not yet landed: a PDF never names other tenants)."""
        names = self.context.tenant_names()
        shown = self.data.tenant_ids if self.data is not None else self.tenant_ids()
        return [names.get(tenant, tenant) for tenant in shown]

    def _shown_tenants(self) -> tuple[str, ...]:
        """The tenants of the report shown, as a queue's filter names them (none: the
        window's one tenant)."""
        if not self.context.many_tenants:
            return ()
        return self.data.tenant_ids if self.data is not None else self.tenant_ids()

    def period(self) -> Period:
        key = str(self.period_combo.currentData())
        if key == "custom":
            since, until = self.since_edit.date(), self.until_edit.date()
            return custom_period(
                datetime(since.year(), since.month(), since.day()),
                datetime(until.year(), until.month(), until.day()),
            )
        return preset_period(key, self.clock())

    def set_period(self, key: str) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(key))

    def set_custom_period(self, since: QDate, until: QDate) -> None:
        for edit, date in ((self.since_edit, since), (self.until_edit, until)):
            edit.blockSignals(True)
            edit.setDate(date)
            edit.blockSignals(False)
        if self.period_combo.currentData() == "custom":
            self._follow.request()
        else:
            self.set_period("custom")

    def set_view(self, view: report.View) -> None:
        self.view_combo.setCurrentIndex(self.view_combo.findData(view.value))

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        for widget in (self.since_edit, self.to_label, self.until_edit):
            widget.setVisible(custom)
        self._follow.request()

    def _custom_changed(self) -> None:
        if self.period_combo.currentData() == "custom":
            self._follow.request()

    # ---- reading ---------------------------------------------------------------------------

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        if any(touches(changes, (INCIDENTS, ALERTS), t) for t in self.context.tenant_ids):
            self._follow_cache.request()

    def _reread(self) -> None:
        """A sync wrote: read the report again after the read under way, which is kept. (A
        sync's changes come faster than a read over a million alerts; cancelling on each,
        as a change of period does, would show no figures until the sync ended.)"""
        self._reads.request(self._reader)

    def refresh(self) -> None:
        """Re-read the whole report (now if shown, else when next shown)."""
        self._reads.cancel()  # a read of the period or tenant before is dropped
        self._category_reads.cancel()
        self._impacted_reads.cancel()
        self.say(self.tr("Reading the report from the cache…"))
        self._reads.request(self._reader)

    def _reader(self) -> Callable[[], ReportData]:
        cache, tenants, period, view = (
            self.context.cache,
            self.tenant_ids(),
            self.period(),
            self.view,
        )
        return lambda: read_report(cache, tenants, period, view)

    def _show(self, data: ReportData) -> None:
        self.data = data
        self.say("")
        names = texts.tenants_text(self.tenant_names())
        shown = texts.period_text(data.period)
        self.period_label.setText(
            shown
            if not self.context.many_tenants
            else self.tr("%1 · %2").replace("%1", names).replace("%2", shown)
        )
        self.den_count_label.setText(number(data.dens))
        self.den_caption.setText(texts.dens_caption())
        self.view_dens_button.setEnabled(data.dens > 0)
        self.empty_label.setText(texts.empty_text(data.period))
        self.empty_label.setVisible(data.dens == 0)
        self.charts.setVisible(data.dens > 0)  # the empty state says why, in words
        self.charts_heading.setVisible(data.dens > 0)
        self.charts.show_data(data)
        self._fill_categories(data.categories)
        if data.view is not self.view:  # switched while the report was read
            self._view_changed()
        self.trending.set_rows(
            [texts.trending_row(row, names=False) for row in data.trending],
            list(data.trending),
            self.tr("No activity was seen repeatedly in the three months before the period's end."),
        )
        self.trending_impacted.setVisible(bool(data.trending))
        self.loaded.emit()

    def _fill_categories(self, cells: tuple[report.CategoryCell, ...]) -> None:
        self.categories.set_rows(
            [texts.category_row(cell) for cell in cells],
            list(cells),
            self.tr("No activities in this view for this period."),
        )
        self.category_impacted.setVisible(bool(cells))

    def _view_changed(self) -> None:
        self.view_hint.setText(texts.view_hint(self.view))
        if self.data is None:
            return
        data, view, cache = self.data, self.view, self.context.cache
        self._impacted_reads.cancel()
        self._category_reads.request(lambda: lambda: (view, read_categories(cache, data, view)))

    def _show_categories(self, result: tuple[report.View, tuple[report.CategoryCell, ...]]) -> None:
        view, cells = result
        if self.data is not None:
            self.data = dataclasses.replace(self.data, view=view, categories=cells)
        self._fill_categories(cells)
        self.categories_loaded.emit()

    def _category_selected(self, cell: object) -> None:
        if not isinstance(cell, report.CategoryCell) or self.data is None:
            self._impacted_reads.cancel()
            self.category_impacted.show_impacted("", None)
            return
        cache, scope, view = self.context.cache, self.data.scope, self.data.view
        self._impacted_reads.request(
            lambda: lambda: (cell, report.impacted(cache, scope, view, cell.tactic, cell.activity))
        )

    def _show_impacted(self, result: tuple[report.CategoryCell, report.Impacted]) -> None:
        cell, impacted = result
        self.category_impacted.show_impacted(cell.activity, impacted)
        self.impacted_loaded.emit()

    def _trending_selected(self, row: object) -> None:
        if isinstance(row, TrendingRow):
            self.trending_impacted.show_impacted(row.trend.activity, row.impacted)
        else:
            self.trending_impacted.show_impacted("", None)

    # ---- where it leads --------------------------------------------------------------------

    def den_filters(self) -> Filters:
        """The Incidents queue's filters for the period's DENs of the chosen tenants."""
        period = self.data.period if self.data is not None else self.period()
        return Filters(
            tenant_ids=self._shown_tenants(),
            tags=(DEN_TAG,),
            time_column="created",
            since=period.since,
            until=period.until,
        )

    def view_dens(self) -> None:
        self.context.navigator.show_incidents(self.den_filters())

    def open_device(self, tenant_id: str, device_id: str) -> None:
        self.context.navigator.open_device(tenant_id, device_id)

    def open_user(self, user: str, *, trending: bool = False) -> None:
        """A user has no page of their own: the alerts queue, searched for the user, over
        what the panel counted (the period; a trending activity's three months before its
        end). The search index holds the users named by each alert's evidence."""
        period = self.data.period if self.data is not None else self.period()
        since = period.until - report.TRENDING_LOOKBACK if trending else period.since
        self.context.navigator.show_alerts(
            Filters(
                tenant_ids=self._shown_tenants(),
                text=user,
                time_column="created",
                since=since,
                until=period.until,
            )
        )

    # ---- exports ---------------------------------------------------------------------------

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Write the report shown to a PDF (asking where, unless `path` is given)."""
        return exports.export_pdf(self, path)

    def export_csv(self, table: str, path: Path | None = None) -> Path | None:
        """Write one table ("categories" or "trending") as shown to CSV."""
        return exports.export_csv(self, table, path)

    def say(self, said: str) -> None:
        self.status.setText(said)
        self.status.setVisible(bool(said))

    def exported(self, said: str, path: Path) -> None:
        self.say(said)
        self.open_folder_button.offer(path)
