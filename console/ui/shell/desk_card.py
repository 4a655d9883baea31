"""Home on a desk: each tenant's Defender Experts notifications and cached totals, and
the desk's total, in one table; a tenant's row opens its Defender Experts incidents."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.cache import summary
from console.cache.filters import DEN_TAG, Filters
from console.ui.context import AppContext
from console.ui.numbers import number
from console.ui.reader import BackgroundRead
from console.ui.style import scaled_font

Counts = tuple[int, int, int, int]  # incidents, alerts, devices, DEN incidents


class DeskCard(QFrame):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Defender Experts by tenant"), self)
        title.setFont(scaled_font(self, 1.25))
        layout.addWidget(title)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("deskTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tenant"),
                self.tr("Defender Experts notifications"),
                self.tr("Incidents"),
                self.tr("Alerts"),
                self.tr("Devices"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellActivated.connect(self._open)
        self.table.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.table)
        self._reads = BackgroundRead(self._show, self)
        self._show(self._reader()())

    def refresh(self) -> None:
        self._reads.request(self._reader)

    def _reader(self) -> Callable[[], dict[str, Counts]]:
        cache, tenants = self._context.cache, self._context.tenant_ids
        return lambda: {tenant: summary.counts(cache, tenant) for tenant in tenants}

    def _show(self, counts: dict[str, Counts]) -> None:
        names = self._context.tenant_names()
        rows = [(tenant, names.get(tenant, tenant), figures) for tenant, figures in counts.items()]
        total: Counts = tuple(sum(f[i] for _t, _n, f in rows) for i in range(4))  # type: ignore[assignment]
        self.table.setRowCount(len(rows) + 1)
        for row, (tenant, name, figures) in enumerate([*rows, ("", self.tr("All tenants"), total)]):
            incidents, alerts, devices, dens = figures
            cells = (name, *(number(n) for n in (dens, incidents, alerts, devices)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, tenant)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not tenant:  # the total's row stands out
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(min(height, 420))  # fifty tenants scroll inside the card

    def _open(self, row: int, _column: int) -> None:
        """A tenant's (or All tenants') Defender Experts incidents."""
        item = self.table.item(row, 0)
        tenant = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        tenants = (tenant,) if tenant else ()
        self._context.navigator.show_incidents(Filters(tenant_ids=tenants, tags=(DEN_TAG,)))
