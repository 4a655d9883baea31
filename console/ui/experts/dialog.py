"""AskDefenderExpertsDialog: compose a question about a device, alert or incident.

The context is attached read-only, the category offers the onboarding page's
sample questions, the allowance is shown before writing (and the form is closed
at zero, with the reason), and sending goes to the outbox first: offline, the
request is simply Pending until the experts controller sends it.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.api.errors import one_line
from console.domain.experts import (
    Attachment,
    ChannelKind,
    ExpertCategory,
    ExpertContext,
    ExpertRequest,
    Priority,
    RequestDraft,
    RequestStatus,
)
from console.experts import AllowanceExhausted, catalogue
from console.experts import context as expert_contexts
from console.ui.context import AppContext
from console.ui.details.widgets import escaped_tooltip, heading, plain_label
from console.ui.experts import drafts, texts
from console.ui.experts.dialog_parts import (
    ContactsField,
    SampleQuestions,
    allowance_text,
    context_facts,
    exhausted_text,
    hint_label,
    notice_frame,
)

log = logging.getLogger(__name__)
_CATALOGUE = "ExpertsCatalogue"
# After Send, no experts run this long (paused for a cache recovery, no event loop):
# the dialog stops saying "Sending…" and says when it will go.
NO_RUN_AFTER_MS = 20_000


def catalogue_text(source: str) -> str:
    return QCoreApplication.translate(_CATALOGUE, source)


class AskDefenderExpertsDialog(QDialog):
    """One question to Defender Experts; `sent` carries the stored request."""

    sent = Signal(object)  # ExpertRequest

    def __init__(
        self,
        context: AppContext,
        expert_context: ExpertContext,
        parent: QWidget | None = None,
        *,
        category: ExpertCategory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("askDefenderExpertsDialog")
        self.setWindowTitle(self.tr("Ask Defender Experts"))
        self.context = context
        self.expert_context = expert_context
        self.service = context.experts
        self.request: ExpertRequest | None = None

        self._outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        outer.setSpacing(10)
        outer.addWidget(
            heading(
                self.tr("Ask Defender Experts about %1").replace("%1", expert_context.name),
                size_delta=3,
            )
        )
        outer.addWidget(notice_frame(catalogue_text(catalogue.NOT_INCIDENT_RESPONSE)))

        self.allowance_label = plain_label("", name="allowanceLabel")
        self.exhausted_label = plain_label("", name="allowanceExhaustedLabel")
        self.exhausted_label.setStyleSheet("QLabel { font-weight: 600; }")
        self.exhausted_label.hide()
        outer.addWidget(self.allowance_label)
        outer.addWidget(self.exhausted_label)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._context_column(), 2)
        self.form = self._form_column(category)
        columns.addWidget(self.form, 3)
        outer.addLayout(columns, 1)

        self.result_label = plain_label("", name="sentNotice")
        self.result_label.setStyleSheet("QLabel { font-weight: 600; }")
        self.result_label.hide()
        outer.addWidget(self.result_label)

        self.channel_label = hint_label("", name="channelLabel")
        buttons = QDialogButtonBox()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendQuestionButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("cancelQuestionButton")
        self.close_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.channel_label, 1)
        footer.addWidget(buttons)
        outer.addLayout(footer)

        self.resize(980, 720)
        self._refresh_allowance()
        self._restore_draft()
        self._update_send()
        self._saved_at = float("inf")  # when Send stored the question (time.monotonic())
        self._no_run = QTimer(self, singleShot=True, interval=NO_RUN_AFTER_MS)
        self._no_run.timeout.connect(self._say_waiting)
        context.events.experts_run_finished.connect(self._run_finished)

    # -- building ------------------------------------------------------------------------

    def _context_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        about = QGroupBox(self.tr("Attached context (read-only)"))
        about.setObjectName("contextGroup")
        about_layout = QVBoxLayout(about)
        self.facts = context_facts(self.expert_context, self.context.tenant_name)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.facts)
        about_layout.addWidget(scroll)
        layout.addWidget(about, 3)

        evidence = QGroupBox(self.tr("Attach evidence as text"))
        evidence.setObjectName("attachmentsGroup")
        evidence_layout = QVBoxLayout(evidence)
        self.attachments_list = QListWidget()
        self.attachments_list.setObjectName("attachmentsList")
        self._attachments: list[Attachment] = self._load_attachments()
        for attachment in self._attachments:
            item = QListWidgetItem(attachment.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(escaped_tooltip(attachment.text))
            self.attachments_list.addItem(item)
        if self._attachments:
            evidence_layout.addWidget(self.attachments_list)
        else:
            self.attachments_list.hide()
            evidence_layout.addWidget(plain_label(self.tr("No evidence to attach for this item.")))
        layout.addWidget(evidence, 2)
        return column

    def _form_column(self, preset: ExpertCategory | None) -> QWidget:
        column = QWidget()
        column.setObjectName("questionForm")
        form = QFormLayout(column)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.category_combo = QComboBox()
        self.category_combo.setObjectName("categoryCombo")
        for info in catalogue.CATEGORIES:
            # Qt keeps a str enum as a plain str: the raw value goes in, parse() comes out.
            self.category_combo.addItem(catalogue_text(info.title), info.category.value)
        self.category_description = hint_label("", name="categoryDescription")
        category_box = QWidget()
        category_layout = QVBoxLayout(category_box)
        category_layout.setContentsMargins(0, 0, 0, 0)
        category_layout.setSpacing(4)
        category_layout.addWidget(self.category_combo)
        category_layout.addWidget(self.category_description)
        form.addRow(self.tr("Category"), category_box)

        self.samples = SampleQuestions()
        self.samples.setMinimumHeight(150)
        self.samples.chosen.connect(self.use_sample)
        form.addRow(self.tr("Sample questions"), self.samples)

        self.question_edit = QPlainTextEdit()
        self.question_edit.setObjectName("questionEdit")
        self.question_edit.setPlaceholderText(
            self.tr("Write your question, or pick a sample question above and edit it.")
        )
        self.question_edit.setMinimumHeight(110)
        self.question_edit.textChanged.connect(self._update_send)
        form.addRow(self.tr("Question"), self.question_edit)

        self.contacts_edit = ContactsField()
        self.contacts_edit.textChanged.connect(self._update_send)
        form.addRow(self.tr("Contacts to notify"), self.contacts_edit)
        self.contacts_error = plain_label("", name="contactsError")
        self.contacts_error.hide()
        form.addRow("", self.contacts_error)

        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("priorityCombo")
        for priority in (Priority.NORMAL, Priority.HIGH):
            self.priority_combo.addItem(texts.value_text(priority), priority.value)
        form.addRow(self.tr("Priority"), self.priority_combo)

        self.category_combo.currentIndexChanged.connect(self._on_category)
        chosen = preset or catalogue.suggested_category(self.expert_context)
        self.select_category(chosen)
        self._on_category()
        return column

    def _load_attachments(self) -> list[Attachment]:
        try:
            return list(
                expert_contexts.evidence_attachments(
                    self.context.cache,
                    self.expert_context.tenant_id,
                    self.expert_context.kind,
                    self.expert_context.entity_id,
                )
            )
        except Exception:  # evidence is a help, never a reason the dialog fails to open
            log.exception("could not list evidence to attach")
            return []

    # -- behaviour -----------------------------------------------------------------------

    def select_category(self, category: ExpertCategory) -> None:
        for index in range(self.category_combo.count()):
            if self.category_combo.itemData(index) == category.value:
                self.category_combo.setCurrentIndex(index)
                return

    def category(self) -> ExpertCategory:
        return ExpertCategory.parse(self.category_combo.currentData()) or (
            ExpertCategory.ALERT_INFORMATION
        )

    def _on_category(self) -> None:
        category = self.category()
        info = next(i for i in catalogue.CATEGORIES if i.category == category)
        self.category_description.setText(catalogue_text(info.description))
        self.samples.set_samples([catalogue_text(s) for s in info.samples])

    def use_sample(self, text: str) -> None:
        """Replace the question with a sample, through the cursor so Undo brings back
        what the analyst had written."""
        cursor = self.question_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.question_edit.setTextCursor(cursor)
        self.question_edit.setFocus()

    def question(self) -> str:
        return self.question_edit.toPlainText().strip()

    def selected_attachments(self) -> tuple[Attachment, ...]:
        chosen = []
        for index, attachment in enumerate(self._attachments):
            if self.attachments_list.item(index).checkState() == Qt.CheckState.Checked:
                chosen.append(attachment)
        return tuple(chosen)

    def set_attachment_checked(self, index: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.attachments_list.item(index).setCheckState(state)

    def _refresh_allowance(self) -> None:
        if self.service is None:
            self.allowance_label.setText(
                self.tr("Ask Defender Experts is not set up for this tenant.")
            )
            self.form.setEnabled(False)
            return
        allowance = self.service.allowance()
        self.allowance_label.setText(allowance_text(allowance))
        self.exhausted = allowance.exhausted
        # At zero the analyst learns it now, before writing a question that cannot be sent.
        self.exhausted_label.setText(exhausted_text(allowance) if allowance.exhausted else "")
        self.exhausted_label.setVisible(allowance.exhausted)
        self.form.setEnabled(not allowance.exhausted and self.request is None)
        settings = self.service.settings()
        self.channel_label.setText(
            self.tr("Sent through: %1").replace("%1", texts.value_text(settings.channel))
        )

    def _update_send(self) -> None:
        invalid = self.contacts_edit.invalid()
        self.contacts_error.setText(
            self.tr("Not an e-mail address: %1").replace("%1", ", ".join(invalid))
        )
        self.contacts_error.setVisible(bool(invalid))
        ready = (
            self.service is not None
            and self.request is None
            and not getattr(self, "exhausted", False)
            and bool(self.question())
            and not invalid
        )
        self.send_button.setEnabled(ready)
        if self.service is not None and not self.question():
            self.send_button.setToolTip(self.tr("Write a question first"))
        else:
            self.send_button.setToolTip("")

    # -- the draft kept when the dialog closes unsent ------------------------------------

    def _restore_draft(self) -> None:
        kept = drafts.kept(self.expert_context)
        self.draft_notice = hint_label(
            self.tr("Your unsent question is back, as you left it."), name="draftNotice"
        )
        self.draft_notice.setVisible(kept is not None)
        self._outer.insertWidget(4, self.draft_notice)  # above the two columns
        if kept is None:
            return
        self.select_category(kept.category)
        self.question_edit.setPlainText(kept.question)
        self.contacts_edit.setText(kept.contacts)
        index = self.priority_combo.findData(kept.priority.value)
        self.priority_combo.setCurrentIndex(max(0, index))

    def done(self, result: int) -> None:
        # Esc, Cancel or the window's close: a question not sent is kept for this item.
        if self.request is None:
            priority = Priority.parse(self.priority_combo.currentData()) or Priority.NORMAL
            drafts.keep(
                self.expert_context,
                drafts.Draft(
                    self.category(),
                    self.question_edit.toPlainText(),
                    self.contacts_edit.text(),
                    priority,
                ),
            )
        super().done(result)

    # -- after Send: what actually happened ---------------------------------------------

    def _run_finished(self, tenant_id: str, online: bool, started: float) -> None:
        """The experts controller's send ended: say whether this question went out."""
        request = self.request
        if request is None or request.channel != ChannelKind.SERVICE or self.service is None:
            return
        if tenant_id != self.expert_context.tenant_id or started < self._saved_at:
            return  # another tenant's run, or one already under way when it was saved
        self._no_run.stop()
        current = self.service.get(request.id)
        if current is None:
            return
        self.request = current
        self.result_label.setText(sent_outcome_text(current, online))

    def _say_waiting(self) -> None:
        if self.request is not None and self.request.channel == ChannelKind.SERVICE:
            self.result_label.setText(
                self.tr(
                    "Saved in the outbox. It goes to Defender Experts at the console's next "
                    "exchange with them; follow it on the Defender Experts messages page."
                )
            )

    def draft(self) -> RequestDraft:
        priority = Priority.parse(self.priority_combo.currentData()) or Priority.NORMAL
        return RequestDraft(
            category=self.category(),
            question=self.question(),
            context=self.expert_context,
            priority=priority,
            contacts=self.contacts_edit.addresses(),
            attachments=self.selected_attachments(),
        )

    def send(self) -> None:
        """Store the request (outbox first), hand it over for portal/e-mail, then say so."""
        if self.service is None or not self.send_button.isEnabled():
            return
        try:
            request = self.service.ask(self.draft())
        except AllowanceExhausted:
            self._refresh_allowance()
            self._update_send()
            return
        except Exception as error:  # e.g. the cache busy past its timeout: say so, keep the draft
            log.warning("could not save the question", exc_info=error)
            self.result_label.setText(
                self.tr(
                    "The question could not be saved (%1). Your text is kept; try Send again."
                ).replace("%1", one_line(str(error)))
            )
            self.result_label.show()
            return
        self.request = request
        self._saved_at = time.monotonic()
        drafts.forget(self.expert_context)
        # The experts controller sends it now (experts_acted below); _run_finished says
        # how that went, and if no run comes (paused for a recovery) _no_run says so.
        message = self.tr("Saved in the outbox. Sending it to Defender Experts…")
        self._no_run.start()
        if request.channel in (ChannelKind.PORTAL, ChannelKind.EMAIL):
            message = self._hand_off(request) or message
        self.result_label.setText(message)
        self.result_label.show()
        self.send_button.hide()
        self.close_button.setText(self.tr("Close"))
        self._refresh_allowance()
        self.form.setEnabled(False)
        self.sent.emit(request)
        self.context.events.experts_acted(self.context.tenant_id)

    def _hand_off(self, request: ExpertRequest) -> str | None:
        """Portal: open the entity's page and put the question on the clipboard. E-mail:
        open a prepared message. Either way it is recorded as sent by that channel."""
        assert self.service is not None
        handoff = self.service.handoff(request.id)
        if handoff is None:
            return None
        if handoff.clipboard_text:
            QGuiApplication.clipboard().setText(handoff.clipboard_text)
        if handoff.url:
            self.context.navigator.open_url(handoff.url)
        self.service.confirm_handoff(request.id)
        refreshed = self.service.get(request.id)
        if refreshed is not None:
            self.request = refreshed
        if request.channel == ChannelKind.PORTAL:
            return self.tr(
                "The Defender portal is opening on this item and your question is on the "
                "clipboard: choose Ask Defender Experts there and paste it."
            )
        return self.tr(
            "Your mail client is opening with the question to your Defender Experts contact; "
            "send the message from there."
        )


def sent_outcome_text(request: ExpertRequest, online: bool) -> str:
    """What became of a question once the controller tried to send it."""
    if request.status == RequestStatus.FAILED:
        return QCoreApplication.translate(
            "AskDefenderExpertsDialog", "Defender Experts refused it: %1"
        ).replace("%1", one_line(request.error or ""))
    if request.status != RequestStatus.QUEUED:
        return QCoreApplication.translate(
            "AskDefenderExpertsDialog",
            "Sent to Defender Experts. Follow it on the Defender Experts messages page.",
        )
    if not online:
        return QCoreApplication.translate(
            "AskDefenderExpertsDialog",
            "Not sent yet: Defender Experts cannot be reached. It waits in the outbox and "
            "goes out by itself once they can be; there is nothing more to do.",
        )
    return QCoreApplication.translate(
        "AskDefenderExpertsDialog",
        "Not sent yet: Defender Experts did not take it this time. It waits in the outbox "
        "and is tried again at the next poll.",
    )


def attachments_text(dialog: AskDefenderExpertsDialog) -> list[str]:
    """The titles the analyst can attach (for tests and automation)."""
    return [dialog.attachments_list.item(i).text() for i in range(dialog.attachments_list.count())]
