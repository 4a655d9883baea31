"""The Audit page's export records: each entry as the page shows it, in words, and as the
cache holds it (its detail as recorded), for a spreadsheet or a SIEM."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC
from typing import Any

from console.cache import audit
from console.cache.audit import AuditFilters
from console.cache.engine import Cache
from console.ui.audit import texts


def audit_records(
    cache: Cache, filters: AuditFilters, names: dict[str, str]
) -> Callable[[], Iterator[dict[str, Any]]]:
    """The entries `filters` shows, in the page's order, as export records (read when the
    export's thread calls it: twice for CSV, its columns first)."""

    def records() -> Iterator[dict[str, Any]]:
        for row in audit.iter_rows(cache, filters):
            entry = row.entry
            yield {
                "id": entry.id,
                "tenantId": entry.tenant_id,
                "tenant": names.get(entry.tenant_id, entry.tenant_id),
                "at": entry.at.astimezone(UTC).isoformat(),
                "analyst": entry.actor,
                "itemKind": entry.entity_kind,
                "itemId": entry.entity_id,
                "item": texts.item_text(row),
                "action": entry.action,
                "change": texts.change_text(row),
                "status": row.status,
                "statusText": texts.status_text(row.status),
                "detail": entry.detail,
            }

    return records
