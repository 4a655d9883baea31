"""Device tags added or removed from the console: queued in the outbox like triage changes
(one entry per device, kind `device.tag`), sent when the tenant is reachable, many devices
per call, each step in the audit log."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from console.cache import convert
from console.cache.engine import Cache
from console.cache.rows import DeviceRow
from console.cache.schema import audit_log, outbox
from console.cache.sql import chunks
from console.domain.models import Device

KIND: Final = "device.tag"
WAITING: Final = ("pending", "sending", "failed")
PENDING_TAGS: Final = frozenset({"tags"})  # the queue column a waiting change shows in


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


def open_tags(
    connection: Connection, tenant_ids: Sequence[str], machine_ids: Sequence[str]
) -> dict[tuple[str, str], list[tuple[str, bool]]]:
    """The tag changes of these devices not sent yet (waiting, being sent, or to be tried
    again), each device's oldest first: (tag, remove) by (tenant id, machine id)."""
    found: dict[tuple[str, str], list[tuple[str, bool]]] = {}
    base = select(outbox.c.tenant_id, outbox.c.entity_id, outbox.c.payload).where(
        outbox.c.kind == KIND, outbox.c.tenant_id.in_(tenant_ids), outbox.c.status.in_(WAITING)
    )
    # A device's entries are all in its own chunk, so each keeps its order.
    for chunk in chunks(list(dict.fromkeys(machine_ids))):
        stmt = base.where(outbox.c.entity_id.in_(chunk)).order_by(outbox.c.id)
        for row in connection.execute(stmt):
            payload = convert.loads(row.payload) or {}
            change = (str(payload.get("tag", "")), bool(payload.get("remove")))
            found.setdefault((row.tenant_id, row.entity_id), []).append(change)
    return found


def with_changes(tags: Sequence[str], changes: Sequence[tuple[str, bool]]) -> tuple[str, ...]:
    """A device's tags once `changes` are sent: MDE matches tags in any case, so an added
    tag it already has stays as it is, and a removed one goes in whatever case it has."""
    shown = list(tags)
    for tag, remove in changes:
        folded = tag.casefold()
        if remove:
            shown = [kept for kept in shown if kept.casefold() != folded]
        elif all(kept.casefold() != folded for kept in shown):
            shown.append(tag)
    return tuple(shown)


def overlay_rows(connection: Connection, rows: list[DeviceRow]) -> list[DeviceRow]:
    """The devices queue's rows with their tags as they will be once sent; the Tags cells
    of the rows with a change waiting are named in `pending` (shown in italics)."""
    if not rows:
        return rows
    tenants = sorted({row.tenant_id for row in rows})
    found = open_tags(connection, tenants, [row.id for row in rows])
    if not found:
        return rows
    return [
        dataclasses.replace(row, tags=with_changes(row.tags, changes), pending=PENDING_TAGS)
        if (changes := found.get((row.tenant_id, row.id)))
        else row
        for row in rows
    ]


def overlay_device(cache: Cache, device: Device) -> tuple[Device, bool]:
    """A device page's device with its tags as they will be once sent, and whether any
    change is waiting."""
    with cache.connect() as connection:
        found = open_tags(connection, [device.tenant_id], [device.id])
    changes = found.get((device.tenant_id, device.id))
    if not changes:
        return device, False
    return dataclasses.replace(
        device, machine_tags=with_changes(device.machine_tags, changes)
    ), True


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
