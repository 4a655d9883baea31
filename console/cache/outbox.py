"""The outbox: analyst actions waiting to be pushed, each once (idempotency key)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from console.cache import convert
from console.cache.engine import Cache
from console.cache.errors import CacheError
from console.cache.schema import outbox
from console.cache.sql import upsert

STATUSES: Final = ("pending", "sending", "sent", "failed", "conflict", "rejected", "discarded")
# Waiting for a push: new, interrupted mid-send, or failed and to be retried.
WAITING: Final = ("pending", "sending", "failed")


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    tenant_id: str
    idempotency_key: str
    kind: str
    entity_kind: str
    entity_id: str
    payload: dict[str, Any]
    status: str
    attempts: int
    last_error: str | None
    base_version: str | None
    created: datetime
    updated: datetime


def enqueue(
    cache: Cache,
    tenant_id: str,
    kind: str,
    entity_kind: str,
    entity_id: str,
    payload: Mapping[str, Any],
    idempotency_key: str,
    base_version: str | None = None,
) -> int:
    """Queue an action; the same idempotency key returns the existing entry's id."""
    with cache.write() as connection:
        return enqueue_in(
            connection,
            tenant_id,
            kind,
            entity_kind,
            entity_id,
            payload,
            idempotency_key,
            base_version,
        )


def enqueue_in(
    connection: Connection,
    tenant_id: str,
    kind: str,
    entity_kind: str,
    entity_id: str,
    payload: Mapping[str, Any],
    idempotency_key: str,
    base_version: str | None = None,
) -> int:
    """`enqueue` inside the caller's transaction (an action and its record, one commit)."""
    now = datetime.now(UTC)
    row = {
        "tenant_id": tenant_id,
        "idempotency_key": idempotency_key,
        "kind": kind,
        "entity_kind": entity_kind,
        "entity_id": entity_id,
        "payload": convert.dumps(dict(payload)),
        "status": "pending",
        "attempts": 0,
        "base_version": base_version,
        "created": now,
        "updated": now,
    }
    upsert(connection, outbox, [row], ["idempotency_key"], keep=tuple(row))
    return int(
        connection.execute(
            select(outbox.c.id).where(outbox.c.idempotency_key == idempotency_key)
        ).scalar_one()
    )


def _entry(row: Any) -> OutboxEntry:
    return OutboxEntry(
        id=row.id,
        tenant_id=row.tenant_id,
        idempotency_key=row.idempotency_key,
        kind=row.kind,
        entity_kind=row.entity_kind,
        entity_id=row.entity_id,
        payload=convert.loads(row.payload) or {},
        status=row.status,
        attempts=row.attempts,
        last_error=row.last_error,
        base_version=row.base_version,
        created=row.created,
        updated=row.updated,
    )


def pending(
    cache: Cache, tenant_id: str | None = None, kinds: Sequence[str] | None = None
) -> list[OutboxEntry]:
    """Entries still to push (pending, interrupted while sending, or failed), oldest first;
    of these `kinds` only when given (the experts' questions need not read a bulk triage
    change's thousands of entries)."""
    stmt = select(outbox).where(outbox.c.status.in_(WAITING)).order_by(outbox.c.id)
    if tenant_id is not None:
        stmt = stmt.where(outbox.c.tenant_id == tenant_id)
    if kinds is not None:
        stmt = stmt.where(outbox.c.kind.in_(kinds))
    with cache.engine.connect() as connection:
        return [_entry(row) for row in connection.execute(stmt)]


def pending_count(cache: Cache, tenant_ids: str | Sequence[str] | None = None) -> int:
    """Entries waiting to be sent: of one tenant, of several (a desk's), or of all."""
    stmt = select(func.count()).select_from(outbox).where(outbox.c.status.in_(WAITING))
    if isinstance(tenant_ids, str):
        stmt = stmt.where(outbox.c.tenant_id == tenant_ids)
    elif tenant_ids is not None:
        stmt = stmt.where(outbox.c.tenant_id.in_(tenant_ids))
    with cache.engine.connect() as connection:
        return int(connection.execute(stmt).scalar_one())


def mark(cache: Cache, entry_id: int, status: str, error: str | None = None) -> None:
    """Move an entry to `status`; "sending" counts an attempt."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    values: dict[str, Any] = {"status": status, "last_error": error, "updated": datetime.now(UTC)}
    if status == "sending":
        values["attempts"] = outbox.c.attempts + 1
    with cache.write() as connection:
        result = connection.execute(update(outbox).where(outbox.c.id == entry_id).values(values))
        if result.rowcount != 1:
            raise CacheError(f"no outbox entry {entry_id}")
