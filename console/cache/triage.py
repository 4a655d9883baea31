"""Triage changes in the cache: queued in the outbox with their audit entries, shown at once
as pending over the synced rows, then marked sent, in conflict or rejected.

Every change is one outbox entry per item (kind `triage.change`): the fields the analyst
wants, the values they expect to replace, and a comment. Expectations are the values the
console showed, that is the cached row with this item's earlier open changes over it, so
two changes queued one after the other judge the second against the first. A change and
its audit entry commit together; so do an outcome and its entry. The audit log is only
ever appended to.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Table, and_, func, insert, select, update
from sqlalchemy.engine import Connection

from console.cache import convert
from console.cache.engine import Cache
from console.cache.errors import CacheError
from console.cache.schema import alerts, audit_log, incidents, outbox
from console.domain.triage import (
    ASSIGNED_TO,
    CLASSIFICATION,
    CUSTOM_TAGS,
    DETERMINATION,
    STATUS,
    Change,
    EntityKind,
    FieldConflict,
    canonical,
    merged_tags,
    same,
    tags_after,
)

KIND: Final = "triage.change"
# Still to send: new, interrupted mid-send, or failed for a reason that may pass.
WAITING: Final = ("pending", "sending", "failed")
# Shown over the synced values until they are settled: waiting, or held for the analyst.
HELD: Final = ("conflict", "rejected")
OPEN: Final = (*WAITING, *HELD)
_CHUNK: Final = 500  # ids per IN (...): under SQLite's 999 variables

_COLUMNS: Final = {
    STATUS: "status",
    ASSIGNED_TO: "assigned_to",
    CLASSIFICATION: "classification",
    DETERMINATION: "determination",
}


@dataclass(frozen=True)
class QueuedChange:
    """One item's change as the outbox holds it."""

    entry_id: int
    key: str  # the outbox idempotency key; the audit entries name it
    tenant_id: str
    kind: EntityKind
    entity_id: str
    values: dict[str, Any]  # field -> the value the analyst wants
    expected: dict[str, Any]  # field -> the value it replaces, as the console showed it
    comment: str | None
    status: str
    error: str | None
    created: datetime
    actor: str
    conflicts: tuple[FieldConflict, ...] = ()
    attempts: int = 0

    @property
    def waiting(self) -> bool:
        return self.status in WAITING


@dataclass(frozen=True)
class Pending:
    """What an item will look like once its open changes are sent, for the queues and panes."""

    values: dict[str, Any] = field(default_factory=dict)
    status: str = "pending"  # "conflict" or "rejected" when one of them is held


def _table(kind: EntityKind) -> Table:
    return incidents if kind == EntityKind.INCIDENT else alerts


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _cached_values(
    connection: Connection, tenant_id: str, kind: EntityKind, ids: Sequence[str]
) -> dict[str, tuple[dict[str, Any], str | None]]:
    """Each cached item's triage fields and its last update (the base of a change)."""
    table = _table(kind)
    columns = [table.c.id, table.c.last_update, *(table.c[c] for c in _COLUMNS.values())]
    if kind == EntityKind.INCIDENT:
        columns.append(incidents.c.custom_tags)
    found: dict[str, tuple[dict[str, Any], str | None]] = {}
    for chunk in _chunks(ids):
        stmt = select(*columns).where(table.c.tenant_id == tenant_id, table.c.id.in_(chunk))
        for row in connection.execute(stmt):
            values = {name: getattr(row, column) for name, column in _COLUMNS.items()}
            if kind == EntityKind.INCIDENT:
                values[CUSTOM_TAGS] = canonical(CUSTOM_TAGS, convert.loads(row.custom_tags) or ())
            base = row.last_update.isoformat() if row.last_update else None
            found[row.id] = (values, base)
    return found


def open_rows(
    connection: Connection,
    tenant_ids: Sequence[str],
    kind: EntityKind,
    ids: Sequence[str] | None,
    statuses: Sequence[str] = OPEN,
) -> list[Any]:
    """Open triage entries of these items (all the tenants' when `ids` is None), in order."""
    base = select(outbox).where(
        outbox.c.kind == KIND,
        outbox.c.entity_kind == kind.value,
        outbox.c.tenant_id.in_(tenant_ids),
        outbox.c.status.in_(statuses),
    )
    if ids is None:
        return list(connection.execute(base.order_by(outbox.c.id)))
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows.extend(connection.execute(base.where(outbox.c.entity_id.in_(chunk))))
    return sorted(rows, key=lambda row: row.id)


def payload_of(row: Any) -> dict[str, Any]:
    return convert.loads(row.payload) or {}


def queue(
    cache: Cache,
    tenant_id: str,
    actor: str,
    change: Change,
    ids: Sequence[str],
    seen: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[int]:
    """Queue `change` for each of the tenant's items in `ids` (one transaction, whatever
    their number): returns the outbox entries made. Items not in the cache, and items
    already as the change wants them (with no comment to add), get none.

    `seen`: per item, the values the analyst decided from (a Manage dialog's, read when it
    opened): a sync that brought a colleague's edit while it was open then makes a conflict
    instead of being overwritten. Otherwise what the console shows now."""
    now = datetime.now(UTC)
    unique = list(dict.fromkeys(ids))
    comment = (change.comment or "").strip() or None  # blank is no comment
    with cache.write() as connection:
        cached = _cached_values(connection, tenant_id, change.kind, unique)
        shown = _overlaid(connection, tenant_id, change.kind, unique, cached)
        entries, notes = [], []
        for item_id in unique:
            if item_id not in cached:
                continue
            before = {**shown[item_id], **(seen or {}).get(item_id, {})}
            mine = dict(change.values)
            if change.add_tags or change.remove_tags:
                mine[CUSTOM_TAGS] = tags_after(
                    before.get(CUSTOM_TAGS, ()), change.add_tags, change.remove_tags
                )
            mine = {
                name: canonical(name, value)
                for name, value in mine.items()
                if not same(name, before.get(name), value)
            }
            if not mine and not comment:
                continue
            expected = {name: before.get(name) for name in mine}
            key = str(uuid.uuid4())
            payload = {"values": mine, "expected": expected, "comment": comment}
            entries.append(
                {
                    "tenant_id": tenant_id,
                    "idempotency_key": key,
                    "kind": KIND,
                    "entity_kind": change.kind.value,
                    "entity_id": item_id,
                    "payload": convert.dumps({**payload, "actor": actor}),
                    "status": "pending",
                    "attempts": 0,
                    "base_version": cached[item_id][1],
                    "created": now,
                    "updated": now,
                }
            )
            notes.append(_note(tenant_id, actor, change.kind, item_id, "queued", key, now, payload))
        if not entries:
            return []
        connection.execute(insert(outbox), entries)
        connection.execute(insert(audit_log), notes)
        keys = [str(entry["idempotency_key"]) for entry in entries]
        made: list[int] = []
        for chunk in _chunks(keys):
            made.extend(
                connection.execute(
                    select(outbox.c.id).where(outbox.c.idempotency_key.in_(chunk))
                ).scalars()
            )
        return sorted(made)


def _note(
    tenant_id: str,
    actor: str,
    kind: EntityKind,
    item_id: str,
    state: str,
    key: str,
    at: datetime,
    detail: Mapping[str, Any],
) -> dict[str, Any]:
    """An audit row of a triage change: `state` is queued, sent, conflict, rejected..."""
    return {
        "tenant_id": tenant_id,
        "at": at,
        "actor": actor,
        "action": f"{kind.value}.{state}",
        "entity_kind": kind.value,
        "entity_id": item_id,
        "detail": convert.dumps({"change": key, "state": state, **detail}),
    }


def _overlaid(
    connection: Connection,
    tenant_id: str,
    kind: EntityKind,
    ids: Sequence[str],
    cached: Mapping[str, tuple[dict[str, Any], str | None]],
) -> dict[str, dict[str, Any]]:
    """Each item's fields as the console shows them: cached, with its open changes over."""
    shown = {item_id: dict(values) for item_id, (values, _base) in cached.items()}
    for row in open_rows(connection, [tenant_id], kind, ids):
        if row.entity_id in shown:
            shown[row.entity_id].update(payload_of(row).get("values") or {})
    return shown


def shown(
    cache: Cache, tenant_id: str, kind: EntityKind, ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Each cached item's triage fields as the console shows them (its open changes over the
    synced values): what a Manage dialog starts from. Items not cached are left out."""
    unique = list(dict.fromkeys(ids))
    with cache.engine.connect() as connection:
        cached = _cached_values(connection, tenant_id, kind, unique)
        return _overlaid(connection, tenant_id, kind, unique, cached)


def pending(
    cache: Cache, tenant_ids: Sequence[str], kind: EntityKind, ids: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], Pending]:
    """The open changes of these (tenant, id) items, merged per item in the order queued."""
    if not ids:
        return {}
    wanted = set(ids)
    found: dict[tuple[str, str], Pending] = {}
    with cache.engine.connect() as connection:
        rows = open_rows(connection, tenant_ids, kind, sorted({item for _t, item in ids}))
    for row in rows:
        item = (row.tenant_id, row.entity_id)
        if item not in wanted:
            continue
        old = found.get(item, Pending())
        values = {**old.values, **(payload_of(row).get("values") or {})}
        status = row.status if row.status in HELD else old.status
        found[item] = Pending(values, status)
    return found


def _queued(row: Any) -> QueuedChange:
    payload = payload_of(row)
    conflicts = tuple(
        FieldConflict(c["name"], c.get("expected"), c.get("mine"), c.get("theirs"))
        for c in payload.get("conflicts") or ()
    )
    return QueuedChange(
        entry_id=row.id,
        key=row.idempotency_key,
        tenant_id=row.tenant_id,
        kind=EntityKind(row.entity_kind),
        entity_id=row.entity_id,
        values=dict(payload.get("values") or {}),
        expected=dict(payload.get("expected") or {}),
        comment=payload.get("comment"),
        status=row.status,
        error=row.last_error,
        created=row.created,
        actor=str(payload.get("actor") or ""),
        conflicts=conflicts,
        attempts=row.attempts,
    )


def waiting(cache: Cache, tenant_id: str) -> list[QueuedChange]:
    """The tenant's changes still to send, oldest first (the order they go in)."""
    stmt = (
        select(outbox)
        .where(outbox.c.kind == KIND, outbox.c.tenant_id == tenant_id, outbox.c.status.in_(WAITING))
        .order_by(outbox.c.id)
    )
    with cache.engine.connect() as connection:
        return [_queued(row) for row in connection.execute(stmt)]


def waiting_count(cache: Cache, tenant_id: str) -> int:
    """How many of the tenant's changes wait to be sent (one indexed count)."""
    stmt = select(func.count()).where(
        outbox.c.kind == KIND, outbox.c.tenant_id == tenant_id, outbox.c.status.in_(WAITING)
    )
    with cache.engine.connect() as connection:
        return int(connection.execute(stmt).scalar_one())


def held(cache: Cache, tenant_ids: Sequence[str]) -> list[QueuedChange]:
    """Changes waiting for the analyst (conflicts, rejected), oldest first."""
    stmt = (
        select(outbox)
        .where(
            outbox.c.kind == KIND,
            outbox.c.tenant_id.in_(tenant_ids),
            outbox.c.status.in_(HELD),
        )
        .order_by(outbox.c.id)
    )
    with cache.engine.connect() as connection:
        return [_queued(row) for row in connection.execute(stmt)]


def get(cache: Cache, entry_id: int) -> QueuedChange | None:
    with cache.engine.connect() as connection:
        row = connection.execute(
            select(outbox).where(outbox.c.id == entry_id, outbox.c.kind == KIND)
        ).first()
    return None if row is None else _queued(row)


def counts(cache: Cache, tenant_ids: Sequence[str]) -> dict[str, int]:
    """Open changes by status, over these tenants (the status bar's figures)."""
    stmt = (
        select(outbox.c.status, func.count())
        .where(outbox.c.kind == KIND, outbox.c.tenant_id.in_(tenant_ids), outbox.c.status.in_(OPEN))
        .group_by(outbox.c.status)
    )
    with cache.engine.connect() as connection:
        return {str(row[0]): int(row[1]) for row in connection.execute(stmt)}


# -- outcomes ------------------------------------------------------------------------------


def _settle(
    cache: Cache,
    change: QueuedChange,
    status: str,
    detail: Mapping[str, Any],
    *,
    error: str | None = None,
    payload: Mapping[str, Any] | None = None,
    actor: str | None = None,
    state: str | None = None,
    attempt: bool = False,
) -> None:
    now = datetime.now(UTC)
    values: dict[str, Any] = {"status": status, "last_error": error, "updated": now}
    if payload is not None:
        values["payload"] = convert.dumps(dict(payload))
    if attempt:
        values["attempts"] = outbox.c.attempts + 1
    with cache.write() as connection:
        result = connection.execute(
            update(outbox)
            .where(and_(outbox.c.id == change.entry_id, outbox.c.kind == KIND))
            .values(values)
        )
        if result.rowcount != 1:
            raise CacheError(f"no triage change {change.entry_id}")
        note = _note(
            change.tenant_id,
            actor or change.actor,
            change.kind,
            change.entity_id,
            state or status,
            change.key,
            now,
            detail,
        )
        if state != "":  # sending is not worth an entry of its own
            connection.execute(insert(audit_log).values(note))


def mark_sending(cache: Cache, change: QueuedChange) -> None:
    _settle(cache, change, "sending", {}, state="", attempt=True)


def mark_sent(cache: Cache, change: QueuedChange, sent: Mapping[str, Any], commented: bool) -> None:
    detail = {"sent": dict(sent), "comment": change.comment if commented else None}
    _settle(cache, change, "sent", detail)


def mark_retry(cache: Cache, change: QueuedChange, error: str) -> None:
    """Not sent this time (offline, throttled, the service failing): goes again later."""
    _settle(cache, change, "failed", {}, error=error, state="")


def mark_conflict(
    cache: Cache, change: QueuedChange, conflicts: Sequence[FieldConflict], sent: Mapping[str, Any]
) -> None:
    """Someone else changed a field we change: hold the change for the analyst. What did
    not conflict was sent already (`sent`); what is left to send is the conflicting part."""
    rows = [
        {"name": c.name, "expected": c.expected, "mine": c.mine, "theirs": c.theirs}
        for c in conflicts
    ]
    left = {c.name: change.values[c.name] for c in conflicts}
    payload = {
        "values": left,
        "expected": {c.name: change.expected.get(c.name) for c in conflicts},
        "comment": None,  # sent with the rest
        "actor": change.actor,
        "conflicts": rows,
    }
    _settle(cache, change, "conflict", {"conflicts": rows, "sent": dict(sent)}, payload=payload)


def mark_rejected(
    cache: Cache, change: QueuedChange, reason: str, *, sent: Mapping[str, Any] | None = None
) -> None:
    """The service refused it (400, 403, 404): held with its reason until the analyst acts.
    `sent`: the fields that did go before the refusal (a comment refused after the update):
    what is held, and shown as pending, is only the rest."""
    payload = None
    if sent:
        left = {k: v for k, v in change.values.items() if k not in sent}
        payload = {
            "values": left,
            "expected": {k: change.expected.get(k) for k in left},
            "comment": change.comment,
            "actor": change.actor,
        }
    detail = {"reason": reason, **({"sent": dict(sent)} if sent else {})}
    _settle(cache, change, "rejected", detail, error=reason, payload=payload)


def resolve(cache: Cache, change: QueuedChange, choice: str, actor: str) -> None:
    """The analyst's answer to a conflict: "mine" sends our values over theirs, "theirs"
    drops ours, "merge" sends their tags with ours applied on top."""
    if change.status != "conflict":
        raise CacheError(f"triage change {change.entry_id} is not in conflict")
    if choice == "theirs":
        _settle(cache, change, "discarded", {"choice": choice}, actor=actor, state="kept-theirs")
        return
    values = dict(change.values)
    for conflict in change.conflicts:
        if choice == "merge" and conflict.name == CUSTOM_TAGS:
            values[CUSTOM_TAGS] = merged_tags(conflict)
        elif choice not in ("mine", "merge"):
            raise ValueError(f"unknown choice {choice!r}")
    # Judged against what they have now, so the next send goes through unless it moves again.
    expected = {c.name: c.theirs for c in change.conflicts}
    payload = {"values": values, "expected": expected, "comment": None, "actor": change.actor}
    detail = {"choice": choice, "values": values}
    _settle(cache, change, "pending", detail, payload=payload, actor=actor, state="resolved")


def retry(cache: Cache, change: QueuedChange, actor: str) -> None:
    """Send a rejected change again (the analyst fixed the permission, say)."""
    _settle(cache, change, "pending", {}, actor=actor, state="retried")


def discard(cache: Cache, change: QueuedChange, actor: str) -> None:
    """Drop a change that has not been sent: the item keeps the service's values."""
    _settle(cache, change, "discarded", {}, actor=actor, state="discarded")
