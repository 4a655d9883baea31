"""An item's Activity tab: what this console did to it (its audit entries, in the Audit
page's words, each with where its change stands now), beside the item's own dated events.

The tab follows the cache: a change queued, sent, held or settled while the page is open
shows there (now if the tab is on screen, else when it is next shown), read on a reader
thread. Every text is plain: a tag or a server's reason holding HTML shows as characters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from console.cache import audit
from console.cache.audit import AuditRow
from console.ui.audit import texts
from console.ui.context import AppContext
from console.ui.details.widgets import fill_table, plain_label, read_only_table, table_item
from console.ui.events import EXPERTS, OUTBOX, TRIAGE, CacheChange, RefreshWhenShown, touches
from console.ui.labels import local_time, time_tooltip
from console.ui.reader import BackgroundRead

# The newest entries an item's tab lists (the Audit page has them all).
ACTIVITY_LIMIT: Final = 500


@dataclass(frozen=True)
class ItemEvent:
    """Something the item's own data dates (created, an alert added, a comment)."""

    when: datetime | None
    text: str
    who: str = ""


class ActivityTab(QWidget):
    """The audit entries of one item (kind, id) of one tenant, with `events` among them."""

    def __init__(
        self,
        context: AppContext,
        tenant_id: str,
        kind: str,
        item_id: str,
        events: Sequence[ItemEvent] = (),
        *,
        note: str = "",
        empty_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityTab")
        self._cache = context.cache
        self._item = (tenant_id, kind, item_id)
        self._events = list(events)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        if note:
            layout.addWidget(plain_label(note, name="activityNote"))
        self.empty_label: QLabel = plain_label(
            empty_text or self.tr("Nothing was changed on this item from this console yet."),
            name="activityEmptyLabel",
        )
        layout.addWidget(self.empty_label)
        self.table: QTableWidget = read_only_table(
            [self.tr("When"), self.tr("What happened"), self.tr("Analyst"), self.tr("Status")],
            "activityTable",
        )
        layout.addWidget(self.table, 1)
        self.rows: list[AuditRow] = []
        self._reads = BackgroundRead(self._show, self)
        self._follow = RefreshWhenShown(self, self.refresh)
        # A bound slot: Qt drops the connection with the tab.
        context.events.changed.connect(self.cache_changed)
        self._show(self._reader()())  # built with its page, as the page's other tabs are

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        if touches(changes, (TRIAGE, OUTBOX, EXPERTS), self._item[0]):
            self._follow.request()

    def refresh(self) -> None:
        self._reads.request(self._reader)

    def _reader(self) -> Callable[[], list[AuditRow]]:
        cache, (tenant_id, kind, item_id) = self._cache, self._item
        return lambda: audit.of_item(cache, tenant_id, kind, item_id, ACTIVITY_LIMIT)

    def _show(self, rows: list[AuditRow]) -> None:
        self.rows = rows
        lines: list[tuple[datetime | None, list[str], str | None]] = [
            (event.when, [event.text, event.who, ""], None) for event in self._events
        ]
        for row in rows:
            cells = [texts.change_text(row), row.entry.actor, texts.status_text(row.status)]
            lines.append((row.entry.at, cells, row.status))
        lines.sort(key=lambda line: line[0].timestamp() if line[0] else 0.0, reverse=True)
        table_rows = []
        for when, (text, who, status_words), status in lines:
            cell = table_item(local_time(when))
            cell.setToolTip(time_tooltip(when))
            table_rows.append(
                [
                    cell,
                    table_item(text),
                    table_item(who),
                    table_item(status_words, color=texts.status_colour(status)),
                ]
            )
        fill_table(self.table, table_rows)
        self.empty_label.setVisible(not table_rows)
        self.table.setVisible(bool(table_rows))

    def shown_texts(self) -> list[str]:
        """The "What happened" column, top to bottom (what the analyst reads)."""
        cells = (self.table.item(r, 1) for r in range(self.table.rowCount()))
        return [cell.text() if cell is not None else "" for cell in cells]
