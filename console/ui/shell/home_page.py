"""Home: what changed in the tenant, led by the Defender Experts for Hunting card."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.cache import incidents, summary
from console.cache.filters import DEN_TAG, DeviceFilters, Filters, Sort
from console.cache.rows import IncidentRow
from console.settings import HOME_PERIOD
from console.ui.context import AppContext
from console.ui.events import ALERTS, DEVICES, INCIDENTS, CacheChange, RefreshWhenShown, touches
from console.ui.labels import label, local_time, time_tooltip
from console.ui.numbers import number
from console.ui.reader import BackgroundRead
from console.ui.shell.desk_card import DeskCard
from console.ui.shell.periods import PERIODS, period_start
from console.ui.style import den_color, scaled_font

NEWEST_DENS = 6
_ROW_ROLE = Qt.ItemDataRole.UserRole


class DenSummaryCard(QFrame):
    """Defender Experts notifications: how many in the period, the newest, a way to all of them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("denSummaryCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._context = context
        accent = den_color().name()
        self.setStyleSheet(
            "QFrame#denSummaryCard { border: 1px solid palette(mid);"
            f" border-top: 4px solid {accent}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(10)

        header = QHBoxLayout()
        title = QLabel(self.tr("Defender Experts for Hunting"), self)
        title.setObjectName("denCardTitle")
        title.setFont(scaled_font(self, 1.25))
        header.addWidget(title, 1)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("denPeriodCombo")
        self.period_combo.setAccessibleName(self.tr("Period"))
        period_names = {
            "month": self.tr("This month"),
            "1m": self.tr("Last month"),
            "3m": self.tr("Last 3 months"),
            "6m": self.tr("Last 6 months"),
        }
        for period in PERIODS:
            self.period_combo.addItem(period_names[period], period)
        saved = context.settings.get(HOME_PERIOD)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(saved)))
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        header.addWidget(self.period_combo)
        layout.addLayout(header)

        figure = QHBoxLayout()
        self.count_label = QLabel("0", self)
        self.count_label.setObjectName("denCountLabel")
        self.count_label.setFont(scaled_font(self, 2.6))
        figure.addWidget(self.count_label)
        caption = QLabel(self.tr("Defender Experts notifications\nin this period"), self)
        caption.setObjectName("denCountCaption")
        figure.addWidget(caption, 1)
        layout.addLayout(figure)

        newest = QLabel(self.tr("Newest notifications"), self)
        newest.setFont(scaled_font(self, 1.0))
        layout.addWidget(newest)
        self.newest_list = QListWidget(self)
        self.newest_list.setObjectName("newestDensList")
        self.newest_list.setAccessibleName(self.tr("Newest Defender Experts notifications"))
        self.newest_list.setAlternatingRowColors(True)
        self.newest_list.setMinimumHeight(150)
        # Two-line entries need air between them to read as separate notifications.
        self.newest_list.setSpacing(3)
        self.newest_list.itemActivated.connect(self._open_item)
        self.newest_list.itemClicked.connect(self._open_item)
        layout.addWidget(self.newest_list)
        self.empty_label = QLabel(self.tr("No Defender Experts notifications in the cache yet."))
        self.empty_label.setObjectName("denEmptyLabel")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.view_button = QPushButton(self.tr("View Defender Experts notifications"), self)
        self.view_button.setObjectName("viewDensButton")
        self.view_button.clicked.connect(self.view_all)
        buttons.addWidget(self.view_button)
        layout.addLayout(buttons)
        self._reads = BackgroundRead(self._show, self)
        self._show(self._reader()())  # the first numbers are there when Home first shows

    @property
    def period(self) -> str:
        return str(self.period_combo.currentData())

    def period_count(self, now: datetime | None = None) -> int:
        return self._period_counter(now)()

    def _period_counter(self, now: datetime | None = None) -> Callable[[], int]:
        """The period's COUNT as a function any thread may run (it reads no widget)."""
        start = period_start(self.period, now or datetime.now().astimezone())
        filters = Filters(
            tenant_ids=(self._context.tenant_id,), den_only=True, since=start, time_column="created"
        )
        cache = self._context.cache
        return lambda: incidents.count(cache, filters)

    def refresh(self) -> None:
        """Re-read the count and the newest notifications on a reader thread."""
        self._reads.request(self._reader)

    def _reader(self) -> Callable[[], tuple[int, Sequence[IncidentRow]]]:
        count = self._period_counter()
        cache, tenant = self._context.cache, self._context.tenant_id

        def read() -> tuple[int, Sequence[IncidentRow]]:
            newest = incidents.page(
                cache,
                Filters(tenant_ids=(tenant,), den_only=True),
                Sort("created", descending=True),
                0,
                NEWEST_DENS,
            )
            return count(), newest

        return read

    def _show(self, numbers: tuple[int, Sequence[IncidentRow]]) -> None:
        count, rows = numbers
        self.count_label.setText(number(count))
        self.newest_list.clear()
        for row in rows:
            self.newest_list.addItem(self._item(row))
        self.newest_list.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)

    def _item(self, row: IncidentRow) -> QListWidgetItem:
        # Item text is plain text; only the tooltip could turn into rich text, so escape it.
        when = local_time(row.created)
        severity = label(row.severity)
        item = QListWidgetItem(f"{row.name}\n{severity} · {row.id} · {when}")
        item.setData(_ROW_ROLE, row)
        item.setToolTip(
            f"{html.escape(row.name)}<br>{html.escape(severity)} · {html.escape(row.id)}"
            f"<br>{html.escape(time_tooltip(row.created))}"
        )
        return item

    def _open_item(self, item: QListWidgetItem) -> None:
        row = item.data(_ROW_ROLE)
        if isinstance(row, IncidentRow):
            self._context.navigator.open_incident(row.tenant_id, row.id)

    def _period_changed(self) -> None:
        # The analyst's own choice: one indexed COUNT, answered at once.
        self._context.settings.set(HOME_PERIOD, self.period)
        self._reads.cancel()  # a refresh still reading the old period is dropped
        self.count_label.setText(number(self.period_count()))

    def view_all(self) -> None:
        self._context.navigator.show_incidents(Filters(tags=(DEN_TAG,)))


class TotalsCard(QFrame):
    """What the cache holds: incidents, alerts, devices; each opens its queue."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._context = context
        layout = QGridLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setHorizontalSpacing(24)
        title = QLabel(self.tr("In the local cache"), self)
        title.setFont(scaled_font(self, 1.25))
        layout.addWidget(title, 0, 0, 1, 3)
        self.buttons: dict[str, QPushButton] = {}
        names = {
            "incidents": self.tr("Incidents"),
            "alerts": self.tr("Alerts"),
            "devices": self.tr("Devices"),
        }
        for column, key in enumerate(names):
            number = QLabel("0", self)
            number.setObjectName(f"{key}TotalLabel")
            number.setFont(scaled_font(self, 1.8))
            layout.addWidget(number, 1, column)
            button = QPushButton(names[key], self)
            button.setObjectName(f"{key}TotalButton")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Open the queue"))
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            layout.addWidget(button, 2, column, Qt.AlignmentFlag.AlignLeft)
            self.buttons[key] = button
            setattr(self, f"{key}_label", number)
        self.buttons["incidents"].clicked.connect(lambda: self._go("incidents"))
        self.buttons["alerts"].clicked.connect(lambda: self._go("alerts"))
        self.buttons["devices"].clicked.connect(lambda: self._go("devices"))
        self._reads = BackgroundRead(self._show, self)
        self._show(self._reader()())

    def refresh(self) -> None:
        """Re-read the totals on a reader thread."""
        self._reads.request(self._reader)

    def _reader(self) -> Callable[[], tuple[int, int, int, int]]:
        cache, tenant = self._context.cache, self._context.tenant_id
        return lambda: summary.counts(cache, tenant)

    def _show(self, counts: tuple[int, int, int, int]) -> None:
        total_incidents, total_alerts, total_devices, _dens = counts
        self.incidents_label.setText(number(total_incidents))  # type: ignore[attr-defined]
        self.alerts_label.setText(number(total_alerts))  # type: ignore[attr-defined]
        self.devices_label.setText(number(total_devices))  # type: ignore[attr-defined]

    def _go(self, key: str) -> None:
        navigator = self._context.navigator
        if key == "incidents":
            navigator.show_incidents(Filters())
        elif key == "alerts":
            navigator.show_alerts(Filters())
        else:
            navigator.show_devices(DeviceFilters())


class HomePage(QScrollArea):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        heading = QLabel(self.tr("Home"), body)
        heading.setObjectName("homeHeading")
        heading.setFont(scaled_font(body, 1.6))
        layout.addWidget(heading)
        tenant = QLabel(context.tenant_name, body)
        tenant.setObjectName("homeTenantLabel")
        tenant.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(tenant)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.den_card = DenSummaryCard(context, body)
        columns.addWidget(self.den_card, 3)
        self.totals_card = TotalsCard(context, body)
        side = QVBoxLayout()
        side.addWidget(self.totals_card)
        side.addStretch(1)
        columns.addLayout(side, 2)
        layout.addLayout(columns)
        self.desk_card: DeskCard | None = None
        if context.many_tenants:  # a desk: every tenant's figures beside this one's
            self.desk_card = DeskCard(context, body)
            layout.addWidget(self.desk_card)
        layout.addStretch(1)
        self.setWidget(body)
        self._tenant_id = context.tenant_id
        self._tenant_ids = context.tenant_ids
        # Each card re-reads its own numbers, and only while Home is on screen.
        self._den_follow = RefreshWhenShown(self, self.den_card.refresh)
        self._totals_follow = RefreshWhenShown(self, self.totals_card.refresh)
        self._desk_follow = (
            RefreshWhenShown(self, self.desk_card.refresh) if self.desk_card else None
        )

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        if touches(changes, (INCIDENTS,), self._tenant_id):  # DENs are tagged incidents
            self._den_follow.request()
        if touches(changes, (INCIDENTS, ALERTS, DEVICES), self._tenant_id):
            self._totals_follow.request()
        if self._desk_follow is not None and any(
            touches(changes, (INCIDENTS, ALERTS, DEVICES), tenant) for tenant in self._tenant_ids
        ):
            self._desk_follow.request()

    def refresh(self) -> None:
        self.den_card.refresh()
        self.totals_card.refresh()
        if self.desk_card is not None:
            self.desk_card.refresh()
