"""ExpertsMessagesPage: every question asked from this console, its status and the replies.

The portal keeps these under Reports > Defender Experts messages; here they are
also available offline, with questions still waiting in the outbox shown as
Pending. Sending and polling belong to the ExpertsController: "Send now" only
asks for it through the context.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.domain.experts import ExpertRequest, RequestStatus
from console.experts import ExpertsService
from console.ui.context import AppContext
from console.ui.details.widgets import heading, plain_label, record_table
from console.ui.events import EXPERTS, OUTBOX, CacheChange, RefreshWhenShown, touches
from console.ui.experts.dialog_parts import allowance_text, hint_label
from console.ui.experts.request_details import RequestDetails
from console.ui.experts.requests_model import REQUEST_ROLE, RequestsTableModel
from console.ui.experts.settings_dialog import ExpertsSettingsDialog


class ExpertsMessagesPage(QWidget):
    """One tenant's questions, or on a desk every shown tenant's that has the service, each
    read, answered and replied to through its own tenant's service."""

    # A tenant's number of unread answers (tenant id, count): the nav badge follows it.
    unread_changed = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expertsMessagesPage")
        self.context = context
        self.services = context.experts_services()
        self._names = context.tenant_names()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(8)

        top = QHBoxLayout()
        title = heading(self.tr("Defender Experts messages"), size_delta=4)
        title.setWordWrap(False)
        top.addWidget(title)
        top.addStretch(1)
        self.allowance_label = plain_label("", wrap=False, name="messagesAllowanceLabel")
        top.addWidget(self.allowance_label)
        self.pending_label = hint_label("", name="pendingLabel")
        self.pending_label.setWordWrap(False)
        top.addWidget(self.pending_label)
        self.send_now_button = QPushButton(self.tr("Send now"))
        self.send_now_button.setObjectName("expertsSendNowButton")
        self.send_now_button.setToolTip(
            self.tr("Send waiting questions and replies, and fetch new answers")
        )
        self.send_now_button.clicked.connect(self._send_now)
        top.addWidget(self.send_now_button)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setObjectName("expertsSettingsButton")
        self.settings_button.clicked.connect(self.open_settings)
        top.addWidget(self.settings_button)
        layout.addLayout(top)

        self.not_set_up_label = plain_label(
            self.tr("Ask Defender Experts is not set up for this tenant."), name="notSetUpLabel"
        )
        layout.addWidget(self.not_set_up_label)

        self.model = RequestsTableModel(self, self._names if context.many_tenants else None)
        self.table = record_table(self.model, "expertRequestsView", stretch_last=False)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.empty_label = hint_label(
            self.tr(
                "No questions yet. Ask Defender Experts from a device, an alert or an incident "
                "(its actions menu, its side pane or a row's right-click menu)."
            ),
            name="noRequestsLabel",
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.table, 1)

        self.details = RequestDetails(self._names)
        self.details.reply_requested.connect(self.send_reply)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("messagesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout.addWidget(splitter, 1)

        # Re-read when the outbox or the service's answers moved (an ask, a reply, a
        # send, a poll that stored something), now if shown, else when next shown.
        # The window passes each batch of changes to cache_changed().
        self._follow = RefreshWhenShown(self, self.refresh)
        self._sized = False
        self.refresh()

    @property
    def service(self) -> ExpertsService | None:
        """The service of the tenant the page is on: the selected question's, else the
        window's own (or, on a desk whose own tenant has none, the first that has one)."""
        request = self.details.request
        if request is not None and request.tenant_id in self.services:
            return self.services[request.tenant_id]
        return next(iter(self.services.values()), None)

    # -- data ----------------------------------------------------------------------------

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        if any(touches(changes, (EXPERTS, OUTBOX), tenant) for tenant in self.services):
            self._follow.request()

    def requests(self) -> list[ExpertRequest]:
        return self.model.requests()

    def refresh(self) -> None:
        """Re-read the requests, keeping the selected one selected."""
        available = bool(self.services)
        self.not_set_up_label.setVisible(not available)
        self.splitter.setVisible(available)
        self.send_now_button.setEnabled(available)
        self.settings_button.setEnabled(available)
        if not available:
            return
        selected = self.details.request.id if self.details.request is not None else None
        asked = [request for service in self.services.values() for request in service.requests()]
        self.model.set_requests(sorted(asked, key=lambda r: r.created, reverse=True))
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount() and not self._sized:
            self._sized = True  # once: later the analyst's column widths are kept
            for column in range(self.model.columnCount()):
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        pending = sum(1 for r in self.model.requests() if r.status == RequestStatus.QUEUED)
        self.pending_label.setText(
            self.tr("%1 waiting to be sent").replace("%1", str(pending)) if pending else ""
        )
        row = self.model.row_of(selected) if selected else -1
        if row >= 0:
            self.select_row(row, mark_read=False)
            current = self.model.request_at(row)
            self.details.show_request(current)
            if current is not None and current.unread and self.isVisible():
                self._mark_read(current)
        else:
            self.details.show_request(None)
        self._show_allowance()
        for tenant, service in self.services.items():
            self.unread_changed.emit(tenant, service.unread_count())

    def _show_allowance(self) -> None:
        """The allowance of the tenant the page is on; on a desk, saying which tenant."""
        service = self.service
        if service is None:
            return
        text = allowance_text(service.allowance())
        if self.context.many_tenants:
            name = self._names.get(service.tenant_id, service.tenant_id)
            text = self.tr("%1: %2").replace("%1", name).replace("%2", text)
        self.allowance_label.setText(text)

    def select_row(self, row: int, *, mark_read: bool = True) -> None:
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection = self.table.selectionModel()
        if not mark_read:
            selection.blockSignals(True)
        selection.setCurrentIndex(index, flags)
        if not mark_read:
            selection.blockSignals(False)

    def select_request(self, request_id: str) -> bool:
        row = self.model.row_of(request_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def _on_current(self, current: object, _previous: object) -> None:
        request = self.model.data(current, REQUEST_ROLE) if current is not None else None  # type: ignore[arg-type]
        self.details.show_request(request)
        self._show_allowance()
        if request is not None and request.unread:
            self._mark_read(request)

    def _mark_read(self, request: ExpertRequest) -> None:
        service = self.services.get(request.tenant_id)
        if service is None:
            return
        service.mark_read(request.id)
        updated = service.get(request.id)
        row = self.model.row_of(request.id)
        if updated is not None and row >= 0:
            self.model.replace(row, updated)
        self.unread_changed.emit(request.tenant_id, service.unread_count())

    # -- actions -------------------------------------------------------------------------

    def send_reply(self, request_id: str, text: str) -> None:
        request = self.model.request_at(self.model.row_of(request_id))
        service = self.services.get(request.tenant_id) if request is not None else None
        if request is None or service is None:
            return
        service.reply(request_id, text)
        # Its tenant's controller sends it, this page and the pending count re-read.
        self.context.events.experts_acted(request.tenant_id)

    def _send_now(self) -> None:
        # Every tenant's controller sends and polls: on a desk, Send now is every tenant's.
        self.context.events.experts_acted(
            None if self.context.many_tenants else self.context.tenant_id
        )

    def open_settings(self) -> ExpertsSettingsDialog | None:
        """The settings of the tenant the page is on (on a desk, its name in the title)."""
        service = self.service
        if service is None:
            return None
        dialog = ExpertsSettingsDialog(service.settings(), self)
        if self.context.many_tenants:
            name = self._names.get(service.tenant_id, service.tenant_id)
            dialog.setWindowTitle(f"{dialog.windowTitle()} — {name}")

        def save() -> None:
            service.save_settings(dialog.result_settings())
            self.refresh()

        dialog.accepted.connect(save)
        dialog.open()
        return dialog
