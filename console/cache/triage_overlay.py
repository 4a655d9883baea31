"""Triage changes not sent yet, laid over what the console shows: the queues' rows (new
values, the columns that show one named in `pending`) and a details page's whole item.
The changes themselves are console.cache.triage's."""

from __future__ import annotations

import dataclasses
from typing import Any, Final, TypeVar

from sqlalchemy.engine import Connection

from console.cache.engine import Cache
from console.cache.rows import AlertRow, IncidentRow
from console.cache.triage import HELD, Pending, open_rows, payload_of, pending
from console.domain.enums import AlertStatus, Classification, Determination, IncidentStatus
from console.domain.models import Alert, Incident
from console.domain.triage import (
    ASSIGNED_TO,
    CLASSIFICATION,
    CUSTOM_TAGS,
    DETERMINATION,
    STATUS,
    EntityKind,
)

RowT = TypeVar("RowT", IncidentRow, AlertRow)


# A field's queue column (the rows' attribute of the same name).
_ROW_FIELDS: Final = {
    STATUS: "status",
    ASSIGNED_TO: "assigned_to",
    CLASSIFICATION: "classification",
    DETERMINATION: "determination",
    CUSTOM_TAGS: "tags",
}
_PARSERS: Final = {
    (EntityKind.INCIDENT, STATUS): IncidentStatus.parse,
    (EntityKind.ALERT, STATUS): AlertStatus.parse,
    (EntityKind.INCIDENT, CLASSIFICATION): Classification.parse,
    (EntityKind.ALERT, CLASSIFICATION): Classification.parse,
    (EntityKind.INCIDENT, DETERMINATION): Determination.parse,
    (EntityKind.ALERT, DETERMINATION): Determination.parse,
}


def overlay(connection: Connection, kind: EntityKind, rows: list[RowT]) -> list[RowT]:
    """`rows` as they will be once their open changes are sent: the new values, with the
    columns that show one named in `pending` (one query, answered from an index)."""
    if not rows:
        return rows
    tenants = sorted({row.tenant_id for row in rows})
    found = open_rows(connection, tenants, kind, [row.id for row in rows])
    if not found:
        return rows
    by_item: dict[tuple[str, str], list[Any]] = {}
    for entry in found:
        by_item.setdefault((entry.tenant_id, entry.entity_id), []).append(entry)
    return [_overlaid_row(kind, row, by_item.get((row.tenant_id, row.id))) for row in rows]


def _overlaid_row(kind: EntityKind, row: RowT, entries: list[Any] | None) -> RowT:
    if not entries:
        return row
    values: dict[str, Any] = {}
    first_tags: Any = None
    state = "pending"
    for entry in entries:
        payload = payload_of(entry)
        if CUSTOM_TAGS in (payload.get("values") or {}) and first_tags is None:
            first_tags = (payload.get("expected") or {}).get(CUSTOM_TAGS, ())
        values.update(payload.get("values") or {})
        if entry.status in HELD:
            state = entry.status
    changes: dict[str, Any] = {}
    for name, value in values.items():
        attribute = _ROW_FIELDS.get(name)
        if attribute is None or not hasattr(row, attribute):
            continue
        if name == CUSTOM_TAGS:
            old = {tag.casefold() for tag in first_tags or ()}
            shown: tuple[str, ...] = getattr(row, "tags", ())
            kept: list[str] = [tag for tag in shown if tag.casefold() not in old]
            new: list[str] = [str(tag) for tag in value or ()]
            changes[attribute] = tuple(dict.fromkeys((*kept, *new)))
        elif name == ASSIGNED_TO:
            changes[attribute] = value
        else:
            changes[attribute] = _PARSERS[(kind, name)](value)
    if not changes:
        return row
    return dataclasses.replace(row, **changes, pending=frozenset(changes), pending_state=state)


_ITEM_FIELDS: Final = {
    STATUS: "status",
    ASSIGNED_TO: "assigned_to",
    CLASSIFICATION: "classification",
    DETERMINATION: "determination",
    CUSTOM_TAGS: "custom_tags",
}
ItemT = TypeVar("ItemT", Incident, Alert)


def overlay_item(cache: Cache, kind: EntityKind, item: ItemT) -> tuple[ItemT, Pending | None]:
    """A whole incident or alert (a details page's) as it will be once its open changes are
    sent, and those changes (None when it has none)."""
    tenant_id, item_id = item.tenant_id, item.id
    found = pending(cache, [tenant_id], kind, [(tenant_id, item_id)]).get((tenant_id, item_id))
    if found is None:
        return item, None
    changes: dict[str, Any] = {}
    for name, value in found.values.items():
        attribute = _ITEM_FIELDS.get(name)
        if attribute is None or not hasattr(item, attribute):
            continue
        if name == CUSTOM_TAGS:
            changes[attribute] = tuple(value or ())
        elif name == ASSIGNED_TO:
            changes[attribute] = value
        else:
            changes[attribute] = _PARSERS[(kind, name)](value)
    return dataclasses.replace(item, **changes), found
