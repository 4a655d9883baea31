"""FilterPanel: the side panel that edits a queue's filters, grouped by field like the portal's."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.domain.enums import WireEnum
from console.ui.labels import UNASSIGNED, label
from console.ui.labels import tr as label_tr
from console.ui.queues.filter_state import TIME_RANGES, AnyFilters, with_time_range
from console.ui.queues.filter_state import tr as filters_tr

VALUE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
MAX_ROWS = 10


@dataclass(frozen=True)
class Group:
    """One section of the panel: a Filters list field and the values offered for it."""

    field: str
    title: str  # translated
    options: Sequence[tuple[Any, str]]  # (wire value, shown text)
    object_name: str = ""


def enum_options(enum: type[WireEnum], skip: Iterable[str] = ()) -> list[tuple[Any, str]]:
    skipped = {"unknownFutureValue", *skip}
    return [(m.value, label(m)) for m in enum if m.value not in skipped]


class CheckList(QListWidget):
    """A list of checkable values, sized to show them all (up to a cap, then it scrolls)."""

    def __init__(self, options: Sequence[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for value, text in options:
            item = QListWidgetItem(text, self)
            item.setData(VALUE_ROLE, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.fit_height()

    def fit_height(self) -> None:
        """Show every value up to MAX_ROWS; longer lists (sources) scroll."""
        row = self.sizeHintForRow(0) if self.count() else 0
        row = row + self.spacing() * 2 if row > 0 else self.fontMetrics().height() + 6
        rows = max(1, min(self.count(), MAX_ROWS))
        self.setFixedHeight(rows * row + 2 * self.frameWidth() + 2)

    def item_by_text(self, text: str) -> QListWidgetItem | None:
        found = self.findItems(text, Qt.MatchFlag.MatchExactly)
        return found[0] if found else None

    def checked_values(self) -> list[Any]:
        return [
            self.item(i).data(VALUE_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values: Iterable[Any]) -> None:
        wanted = set(values)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(VALUE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class FilterPanel(QFrame):
    """Emits `applied(filters, time_range)` when the analyst applies or resets."""

    applied = Signal(object, str)

    def __init__(
        self,
        groups: Sequence[Group],
        time_title: str,
        assigned_field: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(300)
        self._base: AnyFilters | None = None
        self.lists: dict[str, CheckList] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        heading = QLabel(self.tr("Filters"), self)
        heading.setObjectName("filterPanelHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(12, 10, 12, 6)
        outer.addWidget(heading)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(12, 0, 12, 8)
        self._body.setSpacing(4)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self._add_time_range(time_title)
        for group in groups:
            self._add_group(group)
        self._assigned_names: QLineEdit | None = None
        if assigned_field:
            self._add_assigned()
        self._body.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 8, 12, 10)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setObjectName("applyFiltersButton")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.setObjectName("resetFiltersButton")
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    # ---- building --------------------------------------------------------------------------

    def _section_title(self, text: str) -> QLabel:
        title = QLabel(text, self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setContentsMargins(0, 10, 0, 2)
        return title

    def _add_group(self, group: Group) -> None:
        self._body.addWidget(self._section_title(group.title))
        check_list = CheckList(group.options, self)
        check_list.setObjectName(group.object_name or f"{group.field}Filter")
        self.lists[group.field] = check_list
        self._body.addWidget(check_list)

    def _add_assigned(self) -> None:
        self._body.addWidget(self._section_title(self.tr("Assigned to")))
        unassigned = CheckList([(None, label_tr(UNASSIGNED))], self)
        unassigned.setObjectName("assignedFilter")
        self.lists["assigned_to"] = unassigned
        self._body.addWidget(unassigned)
        self._assigned_names = QLineEdit(self)
        self._assigned_names.setObjectName("assignedNamesFilter")
        self._assigned_names.setPlaceholderText(self.tr("Names or emails, comma-separated"))
        self._body.addWidget(self._assigned_names)

    def _add_time_range(self, title: str) -> None:
        self._body.addWidget(self._section_title(title))
        self.time_range = QComboBox(self)
        self.time_range.setObjectName("panelTimeRange")
        for key, text, _ in TIME_RANGES:
            self.time_range.addItem(filters_tr(text), key)
        self._body.addWidget(self.time_range)
        self._custom = QWidget(self)
        form = QFormLayout(self._custom)
        form.setContentsMargins(0, 4, 0, 0)
        now = QDateTime.currentDateTime()
        self.custom_since = QDateTimeEdit(now.addDays(-7), self._custom)
        self.custom_until = QDateTimeEdit(now, self._custom)
        for edit in (self.custom_since, self.custom_until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(self.tr("From"), self.custom_since)
        form.addRow(self.tr("To"), self.custom_until)
        self._body.addWidget(self._custom)
        self._custom.setVisible(False)
        self.time_range.currentIndexChanged.connect(
            lambda _: self._custom.setVisible(self.time_range.currentData() == "custom")
        )

    # ---- state -----------------------------------------------------------------------------

    def show_filters(self, filters: AnyFilters, time_range: str) -> None:
        """Reflect the queue's current filters (the panel always opens on what is applied)."""
        self._base = filters
        for field, check_list in self.lists.items():
            check_list.set_checked(getattr(filters, field, ()))
        if self._assigned_names is not None:
            names = [n for n in getattr(filters, "assigned_to", ()) if n is not None]
            self._assigned_names.setText(", ".join(names))
        index = self.time_range.findData(time_range)
        self.time_range.setCurrentIndex(max(0, index))
        if time_range == "custom":
            for edit, value in (
                (self.custom_since, filters.since),
                (self.custom_until, filters.until),
            ):
                if value is not None:
                    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))

    def set_tags(self, tags: Sequence[str]) -> None:
        """Offer the tags in the cache, keeping those ticked that still exist."""
        check_list = self.lists.get("tags")
        if check_list is None:
            return
        ticked = set(check_list.checked_values())
        check_list.clear()
        for tag in tags:
            item = QListWidgetItem(tag, check_list)
            item.setData(VALUE_ROLE, tag)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag in ticked else Qt.CheckState.Unchecked)
        check_list.fit_height()

    def selected_time_range(self) -> str:
        return str(self.time_range.currentData())

    def filters(self, base: AnyFilters) -> AnyFilters:
        """`base` with the panel's fields replaced by what is ticked."""
        values: dict[str, Any] = {f: tuple(c.checked_values()) for f, c in self.lists.items()}
        if self._assigned_names is not None:
            names = [n.strip() for n in self._assigned_names.text().split(",") if n.strip()]
            values["assigned_to"] = (*values.get("assigned_to", ()), *names)
        filters = dataclasses.replace(base, **values)
        key = self.selected_time_range()
        if key == "custom":
            since = _utc(self.custom_since.dateTime())
            until = _utc(self.custom_until.dateTime())
            return with_time_range(filters, key, custom=(since, until))
        # A relative range ("7 days") counts back from the moment it is applied.
        return with_time_range(filters, key)

    def apply(self) -> None:
        if self._base is not None:
            self.applied.emit(self.filters(self._base), self.selected_time_range())

    def reset(self) -> None:
        for check_list in self.lists.values():
            check_list.set_checked(())
        if self._assigned_names is not None:
            self._assigned_names.clear()
        self.time_range.setCurrentIndex(0)
        self.apply()


def _utc(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)
