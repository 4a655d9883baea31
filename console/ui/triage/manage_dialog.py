"""ManageDialog: change one incident or alert, or many of one kind, as the portal's Manage
pane does: status, assignee, classification and determination, tags (incidents) and a
comment.

Only what the analyst changes goes into the change: a field left as it was (or at "No
change" when several items are managed) is not touched on any item. The change is
queued (`TriageService.queue`, grouped per tenant, each row under its own tenant), and
`CacheEvents.triage_acted` shows it as pending and asks the controller to send it.
Resolving needs a note: OK waits, with a hint, until one is typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.enums import Classification, Determination
from console.domain.triage import (
    ASSIGNED_TO,
    CLASSIFICATION,
    CLASSIFICATIONS,
    CUSTOM_TAGS,
    DETERMINATION,
    DETERMINATIONS,
    RESOLVED,
    STATUS,
    STATUSES,
    Change,
    EntityKind,
    TriageError,
    canonical,
    pair_allowed,
)
from console.triage.service import NotSignedIn
from console.ui.context import AppContext
from console.ui.labels import label
from console.ui.numbers import number
from console.ui.triage.keys import COMMENT
from console.ui.triage.tag_picker import TagPicker

Item = tuple[str, str]  # (tenant id, item id)
UNKNOWN = "unknown"  # a classification or determination not set (the wire's own word)
# Room for the form at 1024x700 with French labels, which wrap rather than widen it.
MAX_WIDTH, MAX_HEIGHT = 1000, 660


class ManageDialog(QDialog):
    """Manage `items` (one kind). `current`: a single item's values as the console shows
    them (console.cache.triage.shown), to start from; `subject`: its name, shown as is."""

    queued = Signal(object)  # {tenant id: changes queued}

    def __init__(
        self,
        context: AppContext,
        kind: EntityKind,
        items: Sequence[Item],
        current: Mapping[str, Any] | None = None,
        subject: str | None = None,
        focus: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not items:
            raise ValueError("nothing to manage")
        if context.triage is None:
            raise ValueError("this window cannot change anything")
        self.service = context.triage
        self.setObjectName("manageDialog")
        self.setModal(True)
        self.context = context
        self.kind = kind
        self.items = list(dict.fromkeys(items))
        self.many = len(self.items) > 1
        self._current = {} if self.many else dict(current or {})
        self._me_chosen = False  # "Assign to me": each tenant names its own "me"
        self.setWindowTitle(self._title())
        layout = QVBoxLayout(self)
        if subject and not self.many:
            heading = QLabel(subject, self)
            heading.setObjectName("manageSubject")
            heading.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the API
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
        if self.many:
            note = self._label(
                self.tr("What you set applies to each of them; what you leave at No change stays.")
            )
            note.setObjectName("manageManyNote")
            layout.addWidget(note)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self._build_status(form)
        self._build_assigned(form)
        self._build_classification(form)
        self.tags: TagPicker | None = None
        self.add_tags: TagPicker | None = None
        self.remove_tags: TagPicker | None = None
        if kind == EntityKind.INCIDENT:
            self._build_tags(form)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("commentEdit")
        self.comment.setPlaceholderText(self.tr("A note, added to the comments"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().lineSpacing() * 4 + 12)
        self.comment.textChanged.connect(self._update_ok)
        form.addRow(self._label(self.tr("Comment")), self.comment)
        layout.addLayout(form)
        self.hint = self._label(
            self.tr("Resolving needs a note: type one in Comment (it is sent as a comment).")
        )
        self.hint.setObjectName("resolveHint")
        layout.addWidget(self.hint)
        self.error = self._label("")
        self.error.setObjectName("manageError")
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("manageOkButton")
        self.ok_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()
        self._fit()
        self._focus(focus)

    # ---- building ----------------------------------------------------------------------

    def _title(self) -> str:
        incident = self.kind == EntityKind.INCIDENT
        if not self.many:
            text = self.tr("Manage incident %1") if incident else self.tr("Manage alert %1")
            return text.replace("%1", self.items[0][1])
        text = self.tr("Manage %1 incidents") if incident else self.tr("Manage %1 alerts")
        return text.replace("%1", number(len(self.items)))

    def _label(self, text: str) -> QLabel:
        """A form label that wraps (French ones are long) rather than widen the dialog."""
        widget = QLabel(text, self)
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        return widget

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        return combo

    def _build_status(self, form: QFormLayout) -> None:
        self.status = self._combo("statusCombo")
        if self.many:
            self.status.addItem(self.tr("No change"), None)
        now = self._current.get(STATUS)
        statuses = STATUSES[self.kind]
        if now and now not in statuses:  # redirected, or a value this version does not know
            self.status.addItem(label(now), now)
        for status in statuses:
            self.status.addItem(label(status), status)
        if not self.many and now:
            self.status.setCurrentIndex(max(0, self.status.findData(now)))
        self._initial_status = self.status.currentData()
        self.status.currentIndexChanged.connect(self._update_ok)
        form.addRow(self._label(self.tr("Status")), self.status)

    def _build_assigned(self, form: QFormLayout) -> None:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.assigned = QLineEdit(self)
        self.assigned.setObjectName("assignedToEdit")
        self._initial_assigned = str(self._current.get(ASSIGNED_TO) or "")
        self.assigned.setText(self._initial_assigned)
        self.assigned.setPlaceholderText(
            self.tr("No change") if self.many else self.tr("Unassigned")
        )
        self.assigned.textEdited.connect(self._assignee_typed)
        line.addWidget(self.assigned, 1)
        self.me_button = QPushButton(self.tr("Assign to me"), self)
        self.me_button.setObjectName("assignToMeButton")
        self.me_button.setAutoDefault(False)
        self.me_button.clicked.connect(self.assign_to_me)
        line.addWidget(self.me_button)
        self.unassign = QCheckBox(self.tr("Unassign"), self)
        self.unassign.setObjectName("unassignCheck")
        self.unassign.toggled.connect(self._unassign_toggled)
        line.addWidget(self.unassign)
        form.addRow(self._label(self.tr("Assigned to")), row)

    def _build_classification(self, form: QFormLayout) -> None:
        self.classification = self._combo("classificationCombo")
        if self.many:
            self.classification.addItem(self.tr("No change"), None)
        self.classification.addItem(self.tr("Not set"), UNKNOWN)
        for klass in CLASSIFICATIONS:
            self.classification.addItem(label(klass), klass)
        now = _classification(self._current.get(CLASSIFICATION))
        if not self.many:
            self.classification.setCurrentIndex(max(0, self.classification.findData(now)))
        self._initial_classification = self.classification.currentData()
        self.determination = self._combo("determinationCombo")
        self._initial_determination = (
            None if self.many else _determination(self._current.get(DETERMINATION))
        )
        self._fill_determinations(self._initial_determination)
        self.classification.currentIndexChanged.connect(self._classification_chosen)
        self.determination.currentIndexChanged.connect(self._update_ok)
        form.addRow(self._label(self.tr("Classification")), self.classification)
        form.addRow(self._label(self.tr("Determination")), self.determination)

    def determination_choices(self) -> list[Any]:
        """The determinations offered now (their wire values), in the portal's order."""
        return [self.determination.itemData(i) for i in range(self.determination.count())]

    def _fill_determinations(self, wanted: str | None) -> None:
        """The determinations the chosen classification allows, as the portal offers them."""
        klass = self.classification.currentData()
        self.determination.blockSignals(True)
        self.determination.clear()
        if klass is None:  # several items, classification left alone: so is this
            self.determination.addItem(self.tr("No change"), None)
        else:
            self.determination.addItem(self.tr("Not set"), UNKNOWN)
            allowed = list(DETERMINATIONS.get(klass, ()))
            # A retired determination the item still has (apt...) stays on offer with it.
            retired = wanted and wanted not in allowed and wanted != UNKNOWN
            if retired and pair_allowed(klass, wanted):
                allowed.insert(0, str(wanted))
            for determination in allowed:
                self.determination.addItem(label(determination), determination)
            found = self.determination.findData(wanted) if wanted else -1
            self.determination.setCurrentIndex(max(0, found))
        self.determination.setEnabled(klass not in (None, UNKNOWN))
        self.determination.blockSignals(False)

    def _classification_chosen(self) -> None:
        keep = self.determination.currentData()
        if self.classification.currentData() == self._initial_classification and keep in (
            None,
            UNKNOWN,
        ):
            keep = self._initial_determination  # back to where it was: as it was
        self._fill_determinations(keep)
        self._update_ok()

    def _build_tags(self, form: QFormLayout) -> None:
        known = self.service.known_tags(sorted({tenant for tenant, _ in self.items}))
        if not self.many:
            self._initial_tags = list(canonical(CUSTOM_TAGS, self._current.get(CUSTOM_TAGS)))
            self.tags = TagPicker(
                "tagsPicker", known, self._initial_tags, self.tr("Add a tag, then Enter"), self
            )
            form.addRow(self._label(self.tr("Tags")), self.tags)
            return
        self.add_tags = TagPicker(
            "addTagsPicker", known, (), self.tr("A tag to add to each, then Enter"), self
        )
        self.remove_tags = TagPicker(
            "removeTagsPicker", known, (), self.tr("A tag to remove from each, then Enter"), self
        )
        form.addRow(self._label(self.tr("Add tags")), self.add_tags)
        form.addRow(self._label(self.tr("Remove tags")), self.remove_tags)

    def _fit(self) -> None:
        hint = self.sizeHint()
        self.resize(min(max(hint.width(), 560), MAX_WIDTH), min(hint.height(), MAX_HEIGHT))

    def _focus(self, focus: str | None) -> None:
        widgets: dict[str, QWidget | None] = {
            STATUS: self.status,
            ASSIGNED_TO: self.assigned,
            CLASSIFICATION: self.classification,
            CUSTOM_TAGS: (self.tags or self.add_tags),
            COMMENT: self.comment,
        }
        target = widgets.get(focus or STATUS) or self.status
        if isinstance(target, TagPicker):
            target = target.edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- what the analyst does ---------------------------------------------------------

    def me(self) -> str:
        """Who "Assign to me" names in the first item's tenant (each tenant its own on save)."""
        return self.service.me(self.items[0][0])

    def assign_to_me(self) -> None:
        try:
            me = self.me()
        except NotSignedIn:  # no account to name: say so where the analyst looked
            self.me_button.setEnabled(False)
            self.me_button.setToolTip(
                self.tr("Sign in to this tenant to assign items to yourself.")
            )
            return
        self.unassign.setChecked(False)
        self.assigned.setText(me)
        self._me_chosen = True
        self._update_ok()

    def _assignee_typed(self, _text: str) -> None:
        self._me_chosen = False
        self._update_ok()

    def _unassign_toggled(self, on: bool) -> None:
        self.assigned.setEnabled(not on)
        if on:
            self.assigned.clear()
            self._me_chosen = False
        self._update_ok()

    def _update_ok(self) -> None:
        resolving = self.status.currentData() == RESOLVED and self.status.currentData() != (
            self._initial_status
        )
        needs_note = resolving and not self.comment.toPlainText().strip()
        self.hint.setVisible(needs_note)
        self.ok_button.setEnabled(not needs_note)
        self.error.hide()

    def change(self) -> Change:
        """The change as the form stands: only the fields the analyst changed."""
        values: dict[str, Any] = {}
        status = self.status.currentData()
        if status is not None and status != self._initial_status:
            values[STATUS] = status
        if self.unassign.isChecked():
            values[ASSIGNED_TO] = ""
        else:
            assignee = self.assigned.text().strip()
            # Several items: an empty field is no change. One: what differs from before.
            moved_assignee = assignee.casefold() != self._initial_assigned.casefold()
            if assignee if self.many else moved_assignee:
                values[ASSIGNED_TO] = assignee
        klass = self.classification.currentData()
        determination = self.determination.currentData()
        moved = klass != self._initial_classification
        moved_determination = determination != self._initial_determination and not (
            determination == UNKNOWN and self._initial_determination is None
        )
        if klass is not None and (moved or moved_determination):
            # The service judges the pair: a determination goes with its classification.
            values[CLASSIFICATION] = klass
            if self.many or moved_determination:
                values[DETERMINATION] = determination
        add: list[str] = []
        remove: list[str] = []
        if self.tags is not None:
            chosen = self.tags.tags()
            had = {tag.casefold() for tag in self._initial_tags}
            kept = {tag.casefold() for tag in chosen}
            add = [tag for tag in chosen if tag.casefold() not in had]
            remove = [tag for tag in self._initial_tags if tag.casefold() not in kept]
        if self.add_tags is not None and self.remove_tags is not None:
            add, remove = self.add_tags.tags(), self.remove_tags.tags()
        comment = self.comment.toPlainText().strip() or None
        return Change(self.kind, values, comment, tuple(add), tuple(remove))

    def save(self) -> None:
        """Queue the change for every item (each under its own tenant) and close; a change
        the service would refuse is said here, and the dialog stays open."""
        change = self.change()
        service = self.service
        try:
            if change.empty:
                raise TriageError("nothing to change")
            queued: dict[str, int] = {}
            for tenant_change, items in self._per_tenant(change):
                # Judged against what the dialog showed when it opened, not what a sync
                # may have brought since: a colleague's edit meanwhile is a conflict.
                seen = {items[0]: self._current} if self._current and len(items) == 1 else None
                for tenant, count in service.queue(tenant_change, items, seen).items():
                    queued[tenant] = queued.get(tenant, 0) + count
        except TriageError as error:
            self._show_error(change, error)
            return
        self.context.events.triage_acted(sorted({tenant for tenant, _ in self.items}))
        self.queued.emit(queued)
        self.accept()

    def _per_tenant(self, change: Change) -> list[tuple[Change, list[Item]]]:
        """One change for all, or, after "Assign to me", each tenant's with its own "me"."""
        if not self._me_chosen or ASSIGNED_TO not in change.values:
            return [(change, self.items)]
        service = self.service
        by_tenant: dict[str, list[Item]] = {}
        for item in self.items:
            by_tenant.setdefault(item[0], []).append(item)
        return [
            (
                Change(
                    change.kind,
                    {**change.values, ASSIGNED_TO: service.me(tenant)},
                    change.comment,
                    change.add_tags,
                    change.remove_tags,
                ),
                items,
            )
            for tenant, items in by_tenant.items()
        ]

    def _show_error(self, change: Change, error: TriageError) -> None:
        if change.empty:
            text = self.tr("Nothing to change: choose a new value, or type a comment.")
        else:
            text = self.tr("This change cannot be saved: %1").replace("%1", str(error))
        self.error.setText(text)
        self.error.show()


def _classification(value: Any) -> str:
    """A classification as the combo offers it: benignPositive is the older name of
    informational, expected activity; unset and unknown read as Not set."""
    found = canonical(CLASSIFICATION, value)
    if found == Classification.BENIGN_POSITIVE.value:
        return Classification.INFORMATIONAL_EXPECTED_ACTIVITY.value
    if found in (None, Classification.UNKNOWN_FUTURE_VALUE.value):
        return UNKNOWN
    return str(found)


def _determination(value: Any) -> str | None:
    found = canonical(DETERMINATION, value)
    if found in (None, Determination.UNKNOWN.value, Determination.UNKNOWN_FUTURE_VALUE.value):
        return None
    return str(found)
