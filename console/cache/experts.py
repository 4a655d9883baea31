"""Ask Defender Experts in the cache: requests, replies, per-tenant settings.

Each analyst action is one transaction that writes the request (or reply), its
outbox entry (keyed by the request's id, the idempotency key on the wire) and
its audit entry together, so a crash never leaves a question asked but not
queued, or sent but not audited.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from console.cache import alerts as alert_queries
from console.cache import audit, convert, experts_rows
from console.cache import outbox as outbox_queries
from console.cache.engine import Cache
from console.cache.errors import CacheError
from console.cache.schema import (
    alert_devices,
    alerts,
    expert_replies,
    expert_requests,
    outbox,
    tenants,
)
from console.domain.experts import (
    ExpertReply,
    ExpertRequest,
    RemoteReply,
    RequestStatus,
)
from console.domain.models import Alert

REQUEST_KIND: Final = "expertRequest"
REPLY_KIND: Final = "expertReply"


@dataclass(frozen=True, slots=True)
class AuditNote:
    """Who did what, for the audit entry written in the same transaction."""

    actor: str
    action: str
    detail: Mapping[str, Any]


# -- shared write steps (inside the caller's transaction) ---------------------------------


def _audit(connection: Connection, tenant_id: str, entity_id: str, note: AuditNote) -> None:
    audit.record_in(
        connection, tenant_id, note.actor, note.action, REQUEST_KIND, entity_id, note.detail
    )


def _enqueue(
    connection: Connection, tenant_id: str, kind: str, request_id: str, key: str, payload: Any
) -> None:
    outbox_queries.enqueue_in(connection, tenant_id, kind, REQUEST_KIND, request_id, payload, key)


def _close_outbox(connection: Connection, outbox_id: int, status: str, error: str | None) -> None:
    values = {"status": status, "last_error": error, "updated": datetime.now(UTC)}
    connection.execute(update(outbox).where(outbox.c.id == outbox_id).values(values))


def _touch(connection: Connection, request_id: str, **values: Any) -> None:
    values.setdefault("updated", datetime.now(UTC))
    result = connection.execute(
        update(expert_requests).where(expert_requests.c.id == request_id).values(values)
    )
    if result.rowcount != 1:
        raise CacheError(f"no experts request {request_id}")


# -- analyst actions ---------------------------------------------------------------------


def create(cache: Cache, request: ExpertRequest, payload: Any, note: AuditNote) -> None:
    """Store a new request, queue it in the outbox (key = its id) and audit it: one commit."""
    row = {
        "id": request.id,
        "tenant_id": request.tenant_id,
        "category": request.category.value,
        "question": request.question,
        "entity_kind": request.context.kind,
        "entity_id": request.context.entity_id,
        "context": convert.dumps(experts_rows.context_to_json(request.context)),
        "priority": request.priority.value,
        "contacts": convert.dumps(list(request.contacts)),
        "attachments": convert.dumps(
            [{"title": a.title, "text": a.text} for a in request.attachments]
        ),
        "channel": request.channel.value,
        "status": request.status.value,
        "created": request.created,
        "updated": request.updated,
        "remote_id": request.remote_id,
        "unread": request.unread,
        "error": request.error,
    }
    with cache.write() as connection:
        connection.execute(insert(expert_requests).values(row))
        _enqueue(connection, request.tenant_id, REQUEST_KIND, request.id, request.id, payload)
        _audit(connection, request.tenant_id, request.id, note)


def add_reply(
    cache: Cache, tenant_id: str, request_id: str, reply: ExpertReply, payload: Any, note: AuditNote
) -> None:
    """Store the analyst's follow-up as pending, queue it (key = its id) and audit it."""
    with cache.write() as connection:
        connection.execute(
            insert(expert_replies).values(
                id=reply.id,
                tenant_id=tenant_id,
                request_id=request_id,
                author=reply.author,
                text=reply.text,
                created=reply.created,
                from_experts=False,
                pending=True,
            )
        )
        _touch(connection, request_id, updated=reply.created)
        _enqueue(connection, tenant_id, REPLY_KIND, request_id, reply.id, payload)
        _audit(connection, tenant_id, request_id, note)


def mark_read(cache: Cache, tenant_id: str, request_id: str) -> None:
    with cache.write() as connection:
        connection.execute(
            update(expert_requests)
            .where(expert_requests.c.tenant_id == tenant_id, expert_requests.c.id == request_id)
            .values(unread=False)
        )


# -- channel outcomes --------------------------------------------------------------------


def record_accepted(
    cache: Cache,
    request_id: str,
    outbox_id: int,
    status: RequestStatus,
    remote_id: str | None,
    note: AuditNote,
) -> None:
    """The channel took the request: its new status and remote id, the outbox entry sent."""
    with cache.write() as connection:
        _touch(connection, request_id, status=status.value, remote_id=remote_id, error=None)
        _close_outbox(connection, outbox_id, "sent", None)
        tenant_id = _tenant_of(connection, request_id)
        _audit(connection, tenant_id, request_id, note)


def record_reply_accepted(
    cache: Cache, reply_id: str, outbox_id: int, remote_id: str | None, note: AuditNote
) -> None:
    with cache.write() as connection:
        connection.execute(
            update(expert_replies)
            .where(expert_replies.c.id == reply_id)
            .values(pending=False, remote_id=remote_id)
        )
        request_id: str = connection.execute(
            select(expert_replies.c.request_id).where(expert_replies.c.id == reply_id)
        ).scalar_one()
        _close_outbox(connection, outbox_id, "sent", None)
        _audit(connection, _tenant_of(connection, request_id), request_id, note)


def record_refused(
    cache: Cache, request_id: str, outbox_id: int, error: str, note: AuditNote
) -> None:
    """The channel refused for good: the request FAILED with the reason.

    The outbox entry becomes `conflict` (waiting for the analyst), not `failed`,
    which the outbox keeps retrying.
    """
    with cache.write() as connection:
        _touch(connection, request_id, status=RequestStatus.FAILED.value, error=error)
        _close_outbox(connection, outbox_id, "conflict", error)
        _audit(connection, _tenant_of(connection, request_id), request_id, note)


def _tenant_of(connection: Connection, request_id: str) -> str:
    return str(
        connection.execute(
            select(expert_requests.c.tenant_id).where(expert_requests.c.id == request_id)
        ).scalar_one()
    )


@dataclass(frozen=True)
class RemoteApplied:
    new_answers: int  # experts' replies not seen before (the request is now unread)
    changed: bool  # anything stored moved: status, replies, the remote id


def apply_remote(
    cache: Cache,
    request_id: str,
    remote_id: str,
    status: RequestStatus,
    updated: datetime | None,
    replies: Sequence[RemoteReply],
    actor: str,
) -> RemoteApplied:
    """Store what the service reports; says how many experts' replies are new and
    whether the stored request changed at all (so views re-read only then).

    Replies already stored (by remote id, or an analyst reply by its key) are
    skipped, so polling the same state twice changes nothing. A new experts'
    reply makes the request unread and is audited.
    """
    with cache.write() as connection:
        row = connection.execute(
            select(expert_requests).where(expert_requests.c.id == request_id)
        ).one_or_none()
        if row is None:
            raise CacheError(f"no experts request {request_id}")
        known = connection.execute(
            select(expert_replies.c.id, expert_replies.c.remote_id).where(
                expert_replies.c.request_id == request_id
            )
        ).all()
        local_ids = {r.id for r in known}
        remote_ids = {r.remote_id for r in known if r.remote_id}
        new_answers = 0
        replies_changed = False
        for reply in replies:
            if reply.remote_id in remote_ids:
                continue
            replies_changed = True
            if reply.client_id and reply.client_id in local_ids:
                connection.execute(
                    update(expert_replies)
                    .where(expert_replies.c.id == reply.client_id)
                    .values(remote_id=reply.remote_id)
                )
                continue
            connection.execute(
                insert(expert_replies).values(
                    id=f"{request_id}:{reply.remote_id}",
                    tenant_id=row.tenant_id,
                    request_id=request_id,
                    remote_id=reply.remote_id,
                    author=reply.author,
                    text=reply.text,
                    created=reply.created,
                    from_experts=reply.from_experts,
                    pending=False,
                )
            )
            if reply.from_experts:
                new_answers += 1
                note = AuditNote(
                    actor,
                    "experts.reply.received",
                    {"replyId": reply.remote_id, "author": reply.author, "text": reply.text},
                )
                _audit(connection, row.tenant_id, request_id, note)
        values: dict[str, Any] = {}
        if row.remote_id is None:  # accepted, but the answer to our POST was lost
            values["remote_id"] = remote_id
        if status.value != row.status and row.status != RequestStatus.FAILED.value:
            values["status"] = status.value
        if new_answers:
            values["unread"] = True
        if values:
            values["updated"] = updated or datetime.now(UTC)
            _touch(connection, request_id, **values)
        return RemoteApplied(new_answers, changed=replies_changed or bool(values))


# -- reads -------------------------------------------------------------------------------


def get(cache: Cache, tenant_id: str, request_id: str) -> ExpertRequest | None:
    with cache.engine.connect() as connection:
        rows = connection.execute(
            select(expert_requests).where(
                expert_requests.c.tenant_id == tenant_id, expert_requests.c.id == request_id
            )
        ).all()
        found = experts_rows.load(connection, rows)
    return found[0] if found else None


def all_requests(cache: Cache, tenant_id: str) -> list[ExpertRequest]:
    """The tenant's requests, newest first, each with its replies in order."""
    with cache.engine.connect() as connection:
        rows = connection.execute(
            select(expert_requests)
            .where(expert_requests.c.tenant_id == tenant_id)
            .order_by(expert_requests.c.created.desc(), expert_requests.c.id)
        ).all()
        return experts_rows.load(connection, rows)


def count_created(cache: Cache, tenant_id: str, start: datetime, end: datetime) -> int:
    """Requests asked in [start, end), queued ones included; refused ones used no credit."""
    stmt = (
        select(func.count())
        .select_from(expert_requests)
        .where(
            expert_requests.c.tenant_id == tenant_id,
            expert_requests.c.created >= start,
            expert_requests.c.created < end,
            expert_requests.c.status != RequestStatus.FAILED.value,
        )
    )
    with cache.engine.connect() as connection:
        return int(connection.execute(stmt).scalar_one())


def unread_count(cache: Cache, tenant_id: str) -> int:
    stmt = (
        select(func.count())
        .select_from(expert_requests)
        .where(expert_requests.c.tenant_id == tenant_id, expert_requests.c.unread.is_(True))
    )
    with cache.engine.connect() as connection:
        return int(connection.execute(stmt).scalar_one())


# -- context for a question --------------------------------------------------------------


def tenant_name(cache: Cache, tenant_id: str) -> str | None:
    with cache.engine.connect() as connection:
        name = connection.execute(
            select(tenants.c.name).where(tenants.c.tenant_id == tenant_id)
        ).scalar_one_or_none()
    return str(name) if name else None


def device_alerts(cache: Cache, tenant_id: str, device_id: str, limit: int) -> list[Alert]:
    """The latest alerts whose evidence names the device, most recent activity first."""
    stmt = (
        select(alerts.c.id)
        .join(
            alert_devices,
            (alert_devices.c.tenant_id == alerts.c.tenant_id)
            & (alert_devices.c.alert_id == alerts.c.id),
        )
        .where(alert_devices.c.tenant_id == tenant_id, alert_devices.c.device_id == device_id)
        .order_by(alerts.c.last_activity.desc(), alerts.c.id.desc())
        .limit(limit)
    )
    with cache.engine.connect() as connection:
        ids: list[str] = list(connection.execute(stmt).scalars())
        return alert_queries.load(connection, tenant_id, ids)
