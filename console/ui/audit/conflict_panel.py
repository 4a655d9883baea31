"""`ConflictPanel`: a held change and the analyst's choices about it.

A conflict names, per field, what the analyst wanted, what it was when they decided and
what the service has now, with Apply mine, Keep theirs and, for tags, Merge tags. A
rejected change shows the service's reason with Retry and Discard. The panel only says
what was chosen (`chosen`); the page acts through the triage service.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console.cache.triage import QueuedChange
from console.domain.triage import CUSTOM_TAGS
from console.ui.audit import texts
from console.ui.details.widgets import heading, plain_label
from console.ui.labels import field_label

MINE: Final = "mine"
THEIRS: Final = "theirs"
MERGE: Final = "merge"
RETRY: Final = "retry"
DISCARD: Final = "discard"


class ConflictPanel(QFrame):
    # (QueuedChange, choice): one of MINE, THEIRS, MERGE, RETRY, DISCARD.
    chosen = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.change: QueuedChange | None = None
        self._item = ""
        layout = QVBoxLayout(self)
        self.title = heading("", size_delta=2)
        self.title.setObjectName("conflictTitle")
        layout.addWidget(self.title)
        self.explanation = plain_label("", name="conflictExplanation")
        layout.addWidget(self.explanation)

        # Per field, three wrapped lines: a table cut the values (an address) in a panel
        # this narrow, or squashed its rows.
        self.fields = QWidget(self)
        self.fields.setObjectName("conflictFields")
        self._fields = QFormLayout(self.fields)
        self._fields.setContentsMargins(0, 4, 0, 4)
        self._fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: list[tuple[str, str, str, str]] = []
        layout.addWidget(self.fields)
        self.reason = plain_label("", name="rejectionReason")
        layout.addWidget(self.reason)
        self.wanted = plain_label("", name="rejectedChange")
        layout.addWidget(self.wanted)
        self.note = plain_label("", name="conflictNote")
        layout.addWidget(self.note)

        buttons = QHBoxLayout()
        self.apply_mine = self._button(
            buttons,
            "applyMineButton",
            self.tr("Apply mine"),
            MINE,
            self.tr("Send your values over theirs"),
        )
        self.keep_theirs = self._button(
            buttons,
            "keepTheirsButton",
            self.tr("Keep theirs"),
            THEIRS,
            self.tr("Drop your change: the item keeps the service's values"),
        )
        self.merge_tags = self._button(
            buttons,
            "mergeTagsButton",
            self.tr("Merge tags"),
            MERGE,
            self.tr("Their tags, with the ones you added and removed applied on top"),
        )
        self.retry = self._button(
            buttons,
            "retryButton",
            self.tr("Retry"),
            RETRY,
            self.tr("Send it again (once the permission or the value is fixed)"),
        )
        self.discard = self._button(
            buttons,
            "discardButton",
            self.tr("Discard"),
            DISCARD,
            self.tr("Drop your change without sending it"),
        )
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_change(None)

    def _button(
        self, row: QHBoxLayout, name: str, text: str, choice: str, tooltip: str
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        button.clicked.connect(lambda _checked=False: self._choose(choice))
        row.addWidget(button)
        return button

    def _choose(self, choice: str) -> None:
        if self.change is not None:
            self.chosen.emit(self.change, choice)

    def set_enabled_actions(self, enabled: bool, why: str = "") -> None:
        """Off in a window that cannot change anything (`why` says so)."""
        for button in (
            self.apply_mine,
            self.keep_theirs,
            self.merge_tags,
            self.retry,
            self.discard,
        ):
            button.setEnabled(enabled)
        self.note.setText(why)
        self.note.setVisible(bool(why))

    def field_rows(self) -> list[tuple[str, str, str, str]]:
        """The conflict's fields as shown: (field, you wanted, when you decided, now)."""
        return list(self._rows)

    def _show_fields(self, rows: list[tuple[str, str, str, str]]) -> None:
        while self._fields.rowCount():
            self._fields.removeRow(0)
        self._rows = rows
        captions = (
            self.tr("You wanted"),
            self.tr("When you decided"),
            self.tr("The service has now"),
        )
        for name, *values in rows:
            title = plain_label(name, name="conflictField")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self._fields.addRow(title)
            for caption, value in zip(captions, values, strict=True):
                shown = plain_label(value)
                shown.setWordWrap(True)
                self._fields.addRow(plain_label(caption), shown)

    def show_change(self, change: QueuedChange | None, item: str = "") -> None:
        """Show a held change (`item`: how the page names its item); None hides the panel."""
        self.change = change
        self._item = item
        held = change is not None and change.status in ("conflict", "rejected")
        self.setVisible(held)
        if change is None or not held:
            return
        conflict = change.status == "conflict"
        self.fields.setVisible(conflict)
        self.reason.setVisible(not conflict)
        self.wanted.setVisible(not conflict)
        for button in (self.apply_mine, self.keep_theirs):
            button.setVisible(conflict)
        self.merge_tags.setVisible(
            conflict and any(c.name == CUSTOM_TAGS for c in change.conflicts)
        )
        self.retry.setVisible(not conflict)
        self.discard.setVisible(not conflict)
        if conflict:
            self.title.setText(self.tr("Conflict: %1").replace("%1", item))
            self.explanation.setText(
                self.tr(
                    "Someone changed this item on the service after you decided. Nothing of "
                    "yours was sent for these fields: choose which values it keeps."
                )
            )
            self._show_fields(
                [
                    (
                        field_label(c.name),
                        texts.value_text(c.name, c.mine),
                        texts.value_text(c.name, c.expected),
                        texts.value_text(c.name, c.theirs),
                    )
                    for c in change.conflicts
                ]
            )
            return
        self.title.setText(self.tr("Rejected: %1").replace("%1", item))
        self.explanation.setText(
            self.tr("The service refused this change; it stays here until you retry or drop it.")
        )
        self.reason.setText(
            self.tr("The service said: %1").replace(
                "%1", change.error or self.tr("no reason given")
            )
        )
        parts = [
            self.tr("%1: %2 → %3")
            .replace("%1", field_label(name))
            .replace("%2", texts.value_text(name, change.expected.get(name)))
            .replace("%3", texts.value_text(name, value))
            for name, value in change.values.items()
        ]
        if change.comment:
            parts.append(self.tr("Comment: “%1”").replace("%1", change.comment))
        separator = QCoreApplication.translate("Audit", "; ")  # joined as the log joins them
        self.wanted.setText(self.tr("Your change: %1").replace("%1", separator.join(parts)))
