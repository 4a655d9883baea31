"""`AuditPage`: every change made from this console, who made it, to what, and where it
stands; the held ones (conflicts, refusals) decided here.

The log is filtered and paged in SQL (console.cache.audit); the count and the rows on
screen are read on a reader thread. Selecting an entry whose change is held opens the
`ConflictPanel` beside the table; its choice goes through the triage service, and the
triage controller sends what is pending again. Export writes what the filters show,
through the queues' export (CSV formula guard, a file complete or not there at all).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.cache import triage
from console.cache.audit import AuditFilters, AuditRow
from console.cache.errors import CacheError
from console.cache.triage import QueuedChange
from console.ui import export_folder
from console.ui.audit import texts
from console.ui.audit.conflict_panel import DISCARD, MERGE, MINE, RETRY, THEIRS, ConflictPanel
from console.ui.audit.export import audit_records
from console.ui.audit.model import ROW_ROLE, AuditTableModel, Snapshot
from console.ui.context import AppContext
from console.ui.details.widgets import heading, plain_label, record_table
from console.ui.events import EXPERTS, OUTBOX, TRIAGE, CacheChange, RefreshWhenShown, touches
from console.ui.queues.export_job import BackgroundExport, records_export
from console.ui.reader import BackgroundRead

_SEARCH_DELAY_MS: Final = 250  # typing pauses this long before the log is asked
_WIDTHS: Final = {"when": 130, "tenant": 130, "analyst": 190, "item": 170, "status": 120}


class AuditPage(QWidget):
    # After each refresh is shown (tests wait on it).
    refreshed = Signal()
    # After an export (count, path) or its failure (reason).
    export_finished = Signal(int, str)
    export_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.context = context
        self._names = context.tenant_names()
        self._exports: list[BackgroundExport] = []  # kept alive until they report
        self.held_count = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)

        top = QHBoxLayout()
        title = heading(self.tr("Audit"), size_delta=4)
        title.setWordWrap(False)
        top.addWidget(title)
        top.addStretch(1)
        self.held_button = QPushButton()
        self.held_button.setObjectName("heldCountButton")
        self.held_button.setToolTip(
            self.tr("Changes held for you: conflicts and refusals. Show them first.")
        )
        self.held_button.clicked.connect(self.show_attention)
        top.addWidget(self.held_button)
        layout.addLayout(top)

        layout.addLayout(self._filter_row())
        self.count_label = plain_label("", wrap=False, name="auditCountLabel")
        self.message_label = plain_label("", name="auditMessage")
        self.message_label.hide()
        layout.addWidget(self.count_label)
        said = QHBoxLayout()
        said.addWidget(self.message_label, 1)
        self.open_folder_button = export_folder.OpenFolderButton(self)
        said.addWidget(self.open_folder_button)
        layout.addLayout(said)

        self.model = AuditTableModel(
            context.cache,
            self.filters(),
            self._names if context.many_tenants else None,
            self,
        )
        self.table = record_table(self.model, "auditTable", stretch_last=True)
        for column, key in enumerate(self.model.columns):
            if key in _WIDTHS:
                self.table.setColumnWidth(column, _WIDTHS[key])
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.activated.connect(self.open_entry)
        self.empty_label = plain_label("", name="auditEmptyLabel")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.table, 1)
        self.panel = ConflictPanel()
        self.panel.chosen.connect(self.decide)
        if context.triage is None:
            self.panel.set_enabled_actions(
                False, self.tr("This window cannot change anything: open the tenant to decide.")
            )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("auditSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 500])  # the list first; the panel shows only when needed
        layout.addWidget(splitter, 1)

        self._selected: int | None = None  # the audit entry id selected, kept across reads
        self._reads = BackgroundRead(self._show, self)
        self._follow = RefreshWhenShown(self, self.refresh)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.refresh()

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Search item id, analyst or action…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        row.addWidget(self.search, 2)

        self.tenant_filter = QComboBox()
        self.tenant_filter.setObjectName("auditTenantFilter")
        self.tenant_filter.addItem(self.tr("All tenants"), None)
        for tenant_id in self.context.tenant_ids_by_name():
            self.tenant_filter.addItem(self._names[tenant_id], tenant_id)
        self.tenant_filter.setVisible(self.context.many_tenants)
        row.addWidget(self.tenant_filter)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("auditStatusFilter")
        self.status_filter.addItem(self.tr("Any status"), ())
        for text, statuses in texts.STATUS_CHOICES:
            self.status_filter.addItem(texts.tr(text), statuses)
        row.addWidget(self.status_filter)

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("auditKindFilter")
        self.kind_filter.addItem(self.tr("All items"), ())
        for kind, text in texts.KINDS.items():
            self.kind_filter.addItem(texts.tr(text), (kind,))
        row.addWidget(self.kind_filter)
        for combo in (self.tenant_filter, self.status_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _index: self._filters_changed())

        self.attention_check = QCheckBox(self.tr("Needs attention first"))
        self.attention_check.setObjectName("needsAttentionCheck")
        self.attention_check.setToolTip(
            self.tr("Conflicts and refused changes still waiting for you, before the rest")
        )
        self.attention_check.toggled.connect(lambda _on: self._filters_changed())
        row.addWidget(self.attention_check)

        self.export_button = QToolButton()
        self.export_button.setObjectName("auditExportButton")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.setObjectName("auditExportMenu")
        self.export_csv_action = self._export_action(menu, "exportCsvAction", "csv")
        self.export_json_action = self._export_action(menu, "exportJsonAction", "json")
        self.export_button.setMenu(menu)
        row.addWidget(self.export_button)
        return row

    def _export_action(self, menu: QMenu, name: str, fmt: str) -> QAction:
        text = self.tr("Export as CSV…") if fmt == "csv" else self.tr("Export as JSON…")
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self.export_view(fmt))
        return action

    # -- the query -------------------------------------------------------------------------

    def filters(self) -> AuditFilters:
        tenant = self.tenant_filter.currentData()
        return AuditFilters(
            tenant_ids=(tenant,) if tenant else self.context.tenant_ids,
            kinds=tuple(self.kind_filter.currentData() or ()),
            statuses=tuple(self.status_filter.currentData() or ()),
            text=self.search.text().strip(),
            attention_first=self.attention_check.isChecked(),
        )

    def _filters_changed(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(self.filters())
        self._reads.cancel()  # a read of the old filters is stale
        self.refresh()

    def show_attention(self) -> None:
        """The held changes first (the held count's button, the status bar's)."""
        if not self.attention_check.isChecked():
            self.attention_check.setChecked(True)  # re-reads
        else:
            self.refresh()

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        if any(touches(changes, (TRIAGE, OUTBOX, EXPERTS), t) for t in self.context.tenant_ids):
            self._follow.request()

    def refresh(self) -> None:
        """Re-read the count and the rows on screen (on a reader thread)."""
        self._reads.request(self._reader)

    def _reader(self) -> Callable[[], tuple[Snapshot, int]]:
        first = max(0, self.table.rowAt(0))
        last = self.table.rowAt(max(0, self.table.viewport().height() - 1))
        wanted = {first, last if last >= 0 else first}
        current = self.table.currentIndex()
        if current.isValid():
            wanted.add(current.row())
        snapshot = self.model.snapshot_reader(wanted)
        cache, tenants = self.context.cache, self.context.tenant_ids

        def read() -> tuple[Snapshot, int]:
            counts = triage.counts(cache, tenants)
            return snapshot(), sum(counts.get(status, 0) for status in triage.HELD)

        return read

    def _show(self, result: tuple[Snapshot, int]) -> None:
        snapshot, held = result
        self._show_held(held)
        if not self.model.apply(snapshot):
            return
        count = self.model.count()
        self.count_label.setText(self.tr("%Ln entries", "", count))
        unfiltered = AuditFilters(tenant_ids=self.context.tenant_ids)
        filtered = dataclasses.replace(self.filters(), attention_first=False) != unfiltered
        self.empty_label.setText(
            self.tr("No entries match these filters.")
            if filtered
            else self.tr(
                "Nothing was changed from this console yet. Status, assignment, "
                "classification, tags and comments set here, and questions to Defender "
                "Experts, are listed here with where they stand."
            )
        )
        self.empty_label.setVisible(count == 0)
        self._reselect()
        self.refreshed.emit()

    def _show_held(self, held: int) -> None:
        self.held_count = held
        self.held_button.setEnabled(held > 0)
        if held == 0:
            self.held_button.setText(self.tr("No change needs you"))
        else:
            self.held_button.setText(self.tr("⚠ %Ln changes need you", "", held))

    def _reselect(self) -> None:
        """The entry selected before the read, if it is still among the rows read."""
        selection = self.table.selectionModel()
        for number, row in self.model.loaded_rows():
            if row.entry.id == self._selected:
                selection.setCurrentIndex(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._show_panel(row)
                return
        self._show_panel(None)

    # -- the selected entry ----------------------------------------------------------------

    def select_row(self, number: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(number, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.data(current, ROW_ROLE) if current.isValid() else None
        self._selected = row.entry.id if row is not None else None
        self._show_panel(row)

    def _show_panel(self, row: AuditRow | None) -> None:
        change = None
        if row is not None and row.change_id is not None and row.status in triage.HELD:
            change = triage.get(self.context.cache, row.change_id)  # one row, by its key
        self.panel.show_change(change, self._item_name(row) if row is not None else "")

    def _item_name(self, row: AuditRow) -> str:
        item = texts.item_text(row)
        if not self.context.many_tenants:
            return item
        tenant = self._names.get(row.entry.tenant_id, row.entry.tenant_id)
        return self.tr("%1 in %2").replace("%1", item).replace("%2", tenant)

    def open_entry(self, index: QModelIndex) -> None:
        """Open the page of the entry's item (a question's: the item it asks about)."""
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        target = texts.opened_item(row) if row is not None else None
        if row is None or target is None:
            return
        kind, item_id = target
        navigator, tenant = self.context.navigator, row.entry.tenant_id
        if kind == "incident":
            navigator.open_incident(tenant, item_id)
        elif kind == "alert":
            navigator.open_alert(tenant, item_id)
        elif kind == "device":
            navigator.open_device(tenant, item_id)

    # -- deciding a held change ------------------------------------------------------------

    def decide(self, change: QueuedChange, choice: str) -> None:
        """The analyst's choice about a held change, through the triage service; then the
        controller sends what is pending again and every view re-reads."""
        service = self.context.triage
        if service is None:
            return
        fresh = triage.get(self.context.cache, change.entry_id)
        if fresh is None or fresh.status != change.status:
            self._say(self.tr("This change moved on meanwhile: the list shows where it is now."))
            self.refresh()
            return
        actions: dict[str, Callable[[], None]] = {
            MINE: lambda: service.resolve(fresh, "mine"),
            THEIRS: lambda: service.resolve(fresh, "theirs"),
            MERGE: lambda: service.resolve(fresh, "merge"),
            RETRY: lambda: service.retry(fresh),
            DISCARD: lambda: service.discard(fresh),
        }
        try:
            actions[choice]()
        except (CacheError, ValueError) as error:  # settled by another window meanwhile
            self._say(self.tr("Could not do that: %1").replace("%1", str(error)))
            self.refresh()
            return
        said = {
            MINE: self.tr("Your values go again: they are sent when the tenant is reachable."),
            THEIRS: self.tr("Kept the service's values: your change was dropped."),
            MERGE: self.tr("Merged tags go again: they are sent when the tenant is reachable."),
            RETRY: self.tr("Sent again when the tenant is reachable."),
            DISCARD: self.tr("Discarded: the item keeps the service's values."),
        }
        self._say(said[choice])
        # The controller sends; every view of the tenant, this page too, re-reads.
        self.context.events.triage_acted([change.tenant_id])

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- export ----------------------------------------------------------------------------

    def export_view(self, fmt: str) -> BackgroundExport | None:
        """Ask where to write, then export the entries the filters show, as shown."""
        suffix = "csv" if fmt == "csv" else "json"
        name_filter = (
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("JSON files (*.json)")
        )
        settings = self.context.settings
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            export_folder.suggested_path(settings, f"audit.{suffix}"),
            name_filter,
        )
        if not path:
            return None
        export_folder.remember(settings, path)
        records = audit_records(self.context.cache, self.model.filters, self._names)
        job = records_export(records, Path(path), fmt)
        self._exports.append(job)
        job.finished.connect(lambda n, p, j=job: self._export_done(j, n, p))
        job.failed.connect(lambda reason, j=job: self._export_failed(j, reason))
        self.open_folder_button.withdraw()
        self._say(self.tr("Exporting…"))
        job.start()
        return job

    def _export_done(self, job: BackgroundExport, count: int, path: str) -> None:
        self._exports.remove(job)
        self._say(self.tr("Exported %Ln entries to %1", "", count).replace("%1", Path(path).name))
        self.open_folder_button.offer(path)
        self.export_finished.emit(count, path)

    def _export_failed(self, job: BackgroundExport, reason: str) -> None:
        self._exports.remove(job)
        self._say(self.tr("Export failed: %1").replace("%1", reason))
        self.export_failed.emit(reason)
