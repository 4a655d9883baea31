"""RequestsTableModel: the analyst's questions to Defender Experts, newest first.

A tenant asks a few questions a quarter, so the whole list is held (no lazy
windows as the queues need). Unread answers are bold and marked in words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from console.domain.experts import ExpertRequest
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.details.widgets import escaped_tooltip
from console.ui.experts import texts
from console.ui.labels import local_time, time_tooltip
from console.ui.style import severity_color, status_color

_CONTEXT = "ExpertsMessages"
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1

TENANT_COLUMN = ("tenant", QT_TRANSLATE_NOOP("ExpertsMessages", "Tenant"))
COLUMNS: tuple[tuple[str, str], ...] = (
    ("unread", QT_TRANSLATE_NOOP("ExpertsMessages", "New")),
    ("status", QT_TRANSLATE_NOOP("ExpertsMessages", "Status")),
    ("category", QT_TRANSLATE_NOOP("ExpertsMessages", "Category")),
    ("entity", QT_TRANSLATE_NOOP("ExpertsMessages", "About")),
    ("question", QT_TRANSLATE_NOOP("ExpertsMessages", "Question")),
    ("created", QT_TRANSLATE_NOOP("ExpertsMessages", "Asked")),
    ("updated", QT_TRANSLATE_NOOP("ExpertsMessages", "Updated")),
    ("replies", QT_TRANSLATE_NOOP("ExpertsMessages", "Replies")),
)

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def category_title(request: ExpertRequest) -> str:
    from console.experts import catalogue

    for info in catalogue.CATEGORIES:
        if info.category == request.category:
            return QCoreApplication.translate("ExpertsCatalogue", info.title)
    return texts.value_text(request.category)


def entity_text(request: ExpertRequest) -> str:
    """ "Incident Multi-stage incident..." (the kind is translated, the name is data)."""
    return f"{texts.kind_name(request.context.kind)} {request.context.name or request.context.entity_id}"


def status_colour(request: ExpertRequest) -> Any:
    key = texts.STATUS_COLOR_KEYS.get(request.status.value)
    if key is None:
        return None
    return status_color(key) or severity_color(key)


class RequestsTableModel(QAbstractTableModel):
    """`tenant_names` (a desk's tenants by id) adds a Tenant column after New."""

    def __init__(self, parent: Any = None, tenant_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._requests: list[ExpertRequest] = []
        self._tenant_names = tenant_names or {}
        self.columns = (COLUMNS[0], TENANT_COLUMN, *COLUMNS[1:]) if tenant_names else COLUMNS

    def set_requests(self, requests: list[ExpertRequest]) -> None:
        self.beginResetModel()
        self._requests = list(requests)
        self.endResetModel()

    def requests(self) -> list[ExpertRequest]:
        return list(self._requests)

    def replace(self, row: int, request: ExpertRequest) -> None:
        self._requests[row] = request
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def request_at(self, row: int) -> ExpertRequest | None:
        return self._requests[row] if 0 <= row < len(self._requests) else None

    def row_of(self, request_id: str) -> int:
        for row, request in enumerate(self._requests):
            if request.id == request_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._requests)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        request = self.request_at(index.row())
        if request is None or not 0 <= index.column() < len(self.columns):
            return None
        key = self.columns[index.column()][0]
        if role == REQUEST_ROLE:
            return request
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(request, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(request, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return status_colour(request)
        if role == Qt.ItemDataRole.FontRole and request.unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and key == "unread":
            return (
                QCoreApplication.translate("ExpertsMessages", "New answer")
                if request.unread
                else QCoreApplication.translate("ExpertsMessages", "Read")
            )
        return None

    def _display(self, request: ExpertRequest, key: str) -> str:
        if key == "unread":
            return "\u25cf" if request.unread else ""
        if key == "status":
            return texts.value_text(request.status)
        if key == "tenant":
            return self._tenant_names.get(request.tenant_id, request.tenant_id)
        if key == "category":
            return category_title(request)
        if key == "entity":
            return entity_text(request)
        if key == "question":
            return " ".join(request.question.split())[:160]
        if key == "created":
            return local_time(request.created)
        if key == "updated":
            return local_time(request.updated)
        if key == "replies":
            return str(len(request.replies))
        return ""

    def _tooltip(self, request: ExpertRequest, key: str) -> str:
        if key == "unread":
            return (
                QCoreApplication.translate("ExpertsMessages", "New answer")
                if request.unread
                else ""
            )
        if key == "created":
            return time_tooltip(request.created)
        if key == "updated":
            return time_tooltip(request.updated)
        if key == "status" and request.error:
            return escaped_tooltip(request.error)
        # Questions and names are untrusted: escaped, or Qt may render them as HTML.
        return escaped_tooltip(self._display(request, key))
