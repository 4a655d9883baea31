"""The selected request on the messages page: question, context, conversation, reply box.

The conversation is built with QTextCursor.insertText, which never parses HTML:
an expert's or analyst's text shows exactly the characters that were written.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.experts import ExpertRequest, RequestStatus
from console.ui.details.widgets import colored_value, heading, plain_label
from console.ui.experts import texts
from console.ui.experts.dialog_parts import context_facts, hint_label
from console.ui.experts.requests_model import category_title, entity_text, status_colour
from console.ui.labels import local_time
from console.ui.style import den_color

# A reply answers the experts' answer ("reply to a reply"); the service moves the request
# back to In progress until they answer again.
_REPLYABLE = (RequestStatus.ANSWERED,)


class RequestDetails(QWidget):
    reply_requested = Signal(str, str)  # request id, text

    def __init__(self, tenant_names: dict[str, str], parent: QWidget | None = None) -> None:
        """`tenant_names`: the shown tenants' names by id (a request names its own)."""
        super().__init__(parent)
        self.setObjectName("expertRequestDetails")
        self._tenant_names = tenant_names
        self.request: ExpertRequest | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        self.title = heading(self.tr("Select a question to read it"), size_delta=2)
        self.title.setObjectName("requestTitle")
        layout.addWidget(self.title)
        self.status_row = QHBoxLayout()
        layout.addLayout(self.status_row)
        self.status_value = colored_value("", None)
        self.status_value.setObjectName("requestStatus")
        self.status_row.addWidget(self.status_value)
        self.meta = hint_label("", name="requestMeta")
        self.status_row.addWidget(self.meta, 1)
        self.error_label = plain_label("", name="requestError")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        # What the question is about, folded: the conversation is what the analyst reads.
        self.context_toggle = QToolButton()
        self.context_toggle.setObjectName("contextToggle")
        self.context_toggle.setText(self.tr("What was asked about"))
        self.context_toggle.setCheckable(True)
        self.context_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.context_toggle.setAutoRaise(True)
        self.context_toggle.toggled.connect(self._fold_context)
        layout.addWidget(self.context_toggle)
        self.facts_box = QWidget()
        self.facts_box.setObjectName("contextFacts")
        self.facts_holder = QVBoxLayout(self.facts_box)
        self.facts_holder.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.facts_box)
        self._fold_context(False)

        self.conversation = QTextBrowser()
        self.conversation.setObjectName("conversationView")
        self.conversation.setOpenLinks(False)
        layout.addWidget(self.conversation, 1)

        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setObjectName("replyEdit")
        self.reply_edit.setPlaceholderText(self.tr("Reply to the experts…"))
        self.reply_edit.setFixedHeight(80)
        self.reply_edit.textChanged.connect(self._update_reply)
        layout.addWidget(self.reply_edit)
        row = QHBoxLayout()
        self.reply_hint = hint_label("", name="replyHint")
        row.addWidget(self.reply_hint, 1)
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setObjectName("replyButton")
        self.reply_button.clicked.connect(self._reply)
        row.addWidget(self.reply_button)
        layout.addLayout(row)
        self.show_request(None)

    def show_request(self, request: ExpertRequest | None) -> None:
        same = request is not None and self.request is not None and request.id == self.request.id
        self.request = request
        while self.facts_holder.count():
            item = self.facts_holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if request is None:
            self.title.setText(self.tr("Select a question to read it"))
            self.status_value.setText("")
            self.meta.setText("")
            self.error_label.hide()
            self.conversation.clear()
        else:
            self.title.setText(category_title(request) + " \u2014 " + entity_text(request))
            self.status_value.setText(texts.value_text(request.status))
            colour = status_colour(request)
            self.status_value.setStyleSheet(
                f"QLabel {{ color: {colour.name()}; font-weight: 600; }}" if colour else ""
            )
            self.meta.setText(
                self.tr("Asked %1 · priority %2 · via %3")
                .replace("%1", local_time(request.created))
                .replace("%2", texts.value_text(request.priority))
                .replace("%3", texts.value_text(request.channel))
            )
            self.error_label.setText(self.tr("Not sent: %1").replace("%1", request.error or ""))
            self.error_label.setVisible(bool(request.error))
            self.facts_holder.addWidget(
                context_facts(
                    request.context, self._tenant_names.get(request.tenant_id, request.tenant_id)
                )
            )
            self._fill_conversation(request)
        if not same:
            self.reply_edit.clear()
        self._update_reply()

    def changeEvent(self, event: QEvent) -> None:
        # Light/dark switched: the experts' colour was picked for the old scheme.
        if event.type() == QEvent.Type.PaletteChange and self.request is not None:
            self._fill_conversation(self.request)
        super().changeEvent(event)

    def _fold_context(self, unfolded: bool) -> None:
        self.facts_box.setVisible(unfolded)
        arrow = Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        self.context_toggle.setArrowType(arrow)

    def _fill_conversation(self, request: ExpertRequest) -> None:
        self.conversation.clear()
        cursor = QTextCursor(self.conversation.document())
        header = QTextCharFormat()
        header.setFontWeight(QFont.Weight.Bold)
        body = QTextCharFormat()
        question = request.question
        if request.attachments:
            # Titles only: the full evidence text went to the experts, it would bury the talk.
            titles = "; ".join(a.title for a in request.attachments)
            question += "\n" + self.tr("Attached: %1").replace("%1", titles)
        entries = [(self.tr("You asked"), request.created, question, False)]
        for reply in request.replies:
            who = reply.author or (
                self.tr("Defender Experts") if reply.from_experts else self.tr("You")
            )
            entries.append((who, reply.created, reply.text, reply.from_experts))
        experts_header = QTextCharFormat(header)
        experts_header.setForeground(den_color())
        for index, (who, when, text, from_experts) in enumerate(entries):
            if index:
                cursor.insertBlock()
                cursor.insertBlock()
            # The experts' side stands out by colour and by an indent, as a thread reads.
            block = QTextBlockFormat()
            block.setLeftMargin(24 if from_experts else 0)
            cursor.setBlockFormat(block)
            cursor.insertText(
                f"{who} \u2014 {local_time(when)}", experts_header if from_experts else header
            )
            cursor.insertBlock(block)
            cursor.insertText(text, body)
        self.conversation.moveCursor(QTextCursor.MoveOperation.End)

    def conversation_text(self) -> str:
        return self.conversation.toPlainText()

    def _update_reply(self) -> None:
        request = self.request
        replyable = request is not None and request.status in _REPLYABLE
        self.reply_edit.setEnabled(replyable)
        self.reply_button.setEnabled(replyable and bool(self.reply_edit.toPlainText().strip()))
        if request is None:
            self.reply_hint.setText("")
        elif request.status in (RequestStatus.CLOSED, RequestStatus.FAILED):
            self.reply_hint.setText(self.tr("This conversation is closed."))
        elif not replyable:
            self.reply_hint.setText(self.tr("You can reply once the experts have answered."))
        else:
            self.reply_hint.setText(self.tr("Replies are sent like questions: outbox first."))

    def _reply(self) -> None:
        text = self.reply_edit.toPlainText().strip()
        if self.request is None or not text:
            return
        self.reply_requested.emit(self.request.id, text)
        self.reply_edit.clear()
