"""Device tags added or removed from the console: queued in the outbox like triage changes
(one entry per device, kind `device.tag`), sent when the tenant is reachable, many devices
per call, each step in the audit log."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import insert, select, update

from console.cache import convert
from console.cache.engine import Cache
from console.cache.schema import audit_log, outbox

KIND: Final = "device.tag"
WAITING: Final = ("pending", "sending", "failed")


@dataclass(frozen=True)
class TagChange:
    entry_id: int
    tenant_id: str
    machine_id: str
    tag: str
    remove: bool
    actor: str
    attempts: int = 0


def _audit_row(
    tenant_id: str, actor: str, machine_id: str, state: str, detail: dict[str, Any], at: datetime
) -> dict[str, Any]:
    return {
        "tenant_id": tenant_id,
        "at": at,
        "actor": actor,
        "action": f"device.tag.{state}",
        "entity_kind": "device",
        "entity_id": machine_id,
        "detail": convert.dumps({"state": state, **detail}),
    }


def queue(
    cache: Cache, tenant_id: str, actor: str, tag: str, machine_ids: Sequence[str], *, remove: bool
) -> int:
    """Queue adding (or removing) `tag` on each device; one transaction. Returns how many."""
    tag = tag.strip()
    if not tag:
        raise ValueError("a device tag cannot be empty")
    now = datetime.now(UTC)
    ids = list(dict.fromkeys(machine_ids))
    detail = {"tag": tag, "remove": remove}
    entries = [
        {
            "tenant_id": tenant_id,
            "idempotency_key": str(uuid.uuid4()),
            "kind": KIND,
            "entity_kind": "device",
            "entity_id": machine_id,
            "payload": convert.dumps({**detail, "actor": actor}),
            "status": "pending",
            "attempts": 0,
            "base_version": None,
            "created": now,
            "updated": now,
        }
        for machine_id in ids
    ]
    if not entries:
        return 0
    with cache.write() as connection:
        connection.execute(insert(outbox), entries)
        connection.execute(
            insert(audit_log),
            [_audit_row(tenant_id, actor, machine_id, "queued", detail, now) for machine_id in ids],
        )
    return len(entries)


def waiting(cache: Cache, tenant_id: str) -> list[TagChange]:
    stmt = (
        select(outbox)
        .where(outbox.c.kind == KIND, outbox.c.tenant_id == tenant_id, outbox.c.status.in_(WAITING))
        .order_by(outbox.c.id)
    )
    with cache.engine.connect() as connection:
        rows = list(connection.execute(stmt))
    changes = []
    for row in rows:
        payload = convert.loads(row.payload) or {}
        changes.append(
            TagChange(
                row.id,
                row.tenant_id,
                row.entity_id,
                str(payload.get("tag", "")),
                bool(payload.get("remove")),
                str(payload.get("actor") or ""),
                row.attempts,
            )
        )
    return changes


def settle(
    cache: Cache, changes: Sequence[TagChange], status: str, error: str | None = None
) -> None:
    """Move these entries to `status` (sent, failed, rejected), each with its audit row
    (none for a retry: it is noted when it finally goes or is refused)."""
    if not changes:
        return
    now = datetime.now(UTC)
    values: dict[str, Any] = {"status": status, "last_error": error, "updated": now}
    if status != "failed":
        values["attempts"] = outbox.c.attempts + 1
    with cache.write() as connection:
        ids = [c.entry_id for c in changes]
        for start in range(0, len(ids), 500):
            connection.execute(
                update(outbox).where(outbox.c.id.in_(ids[start : start + 500])).values(values)
            )
        if status == "failed":
            return
        state = "sent" if status == "sent" else "rejected"
        rows = [
            _audit_row(
                c.tenant_id,
                c.actor,
                c.machine_id,
                state,
                {"tag": c.tag, "remove": c.remove, **({"reason": error} if error else {})},
                now,
            )
            for c in changes
        ]
        connection.execute(insert(audit_log), rows)
