"""The local audit log: what each analyst did, when, to what."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from console.cache import convert
from console.cache.engine import Cache
from console.cache.schema import audit_log


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    tenant_id: str
    at: datetime
    actor: str
    action: str
    entity_kind: str
    entity_id: str
    detail: dict[str, Any]


def record(
    cache: Cache,
    tenant_id: str,
    actor: str,
    action: str,
    entity_kind: str,
    entity_id: str,
    detail: Mapping[str, Any],
) -> int:
    """Append an entry. `detail` must hold no secrets: it is stored as is."""
    with cache.write() as connection:
        return record_in(connection, tenant_id, actor, action, entity_kind, entity_id, detail)


def record_in(
    connection: Connection,
    tenant_id: str,
    actor: str,
    action: str,
    entity_kind: str,
    entity_id: str,
    detail: Mapping[str, Any],
) -> int:
    """`record` inside the caller's transaction, so an action and its entry commit together."""
    row = {
        "tenant_id": tenant_id,
        "at": datetime.now(UTC),
        "actor": actor,
        "action": action,
        "entity_kind": entity_kind,
        "entity_id": entity_id,
        "detail": convert.dumps(dict(detail)),
    }
    result = connection.execute(insert(audit_log).values(row))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def entries(cache: Cache, tenant_id: str, limit: int) -> list[AuditEntry]:
    """The tenant's latest entries, newest first."""
    stmt = (
        select(audit_log)
        .where(audit_log.c.tenant_id == tenant_id)
        .order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
        .limit(limit)
    )
    with cache.engine.connect() as connection:
        return [
            AuditEntry(
                id=row.id,
                tenant_id=row.tenant_id,
                at=row.at,
                actor=row.actor,
                action=row.action,
                entity_kind=row.entity_kind,
                entity_id=row.entity_id,
                detail=convert.loads(row.detail) or {},
            )
            for row in connection.execute(stmt)
        ]
