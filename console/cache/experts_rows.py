"""Rows of the experts tables to domain records and back (no SQL statements here but one read)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from console.cache import convert
from console.cache.schema import expert_replies
from console.domain.experts import (
    Attachment,
    ChannelKind,
    ContextFact,
    ExpertCategory,
    ExpertContext,
    ExpertReply,
    ExpertRequest,
    Priority,
    RequestStatus,
)


def context_to_json(context: ExpertContext) -> dict[str, Any]:
    return {
        "kind": context.kind,
        "entityId": context.entity_id,
        "name": context.name,
        "tenantId": context.tenant_id,
        "webUrl": context.web_url,
        "facts": [{"key": f.key, "value": f.value} for f in context.facts],
    }


def context_from_json(data: Mapping[str, Any]) -> ExpertContext:
    return ExpertContext(
        kind=str(data.get("kind") or ""),
        entity_id=str(data.get("entityId") or ""),
        name=str(data.get("name") or ""),
        tenant_id=str(data.get("tenantId") or ""),
        web_url=data.get("webUrl"),
        facts=tuple(
            ContextFact(str(f.get("key", "")), str(f.get("value", "")))
            for f in data.get("facts") or ()
        ),
    )


def reply_from(row: Any) -> ExpertReply:
    return ExpertReply(
        id=row.id,
        author=row.author,
        text=row.text,
        created=row.created,
        from_experts=bool(row.from_experts),
        pending=bool(row.pending),
    )


def request_from(row: Any, replies: Sequence[ExpertReply]) -> ExpertRequest:
    return ExpertRequest(
        id=row.id,
        tenant_id=row.tenant_id,
        category=ExpertCategory(row.category),
        question=row.question,
        context=context_from_json(convert.loads(row.context) or {}),
        priority=Priority(row.priority),
        contacts=tuple(convert.loads(row.contacts) or ()),
        attachments=tuple(
            Attachment(str(a.get("title", "")), str(a.get("text", "")))
            for a in convert.loads(row.attachments) or ()
        ),
        channel=ChannelKind(row.channel),
        status=RequestStatus(row.status),
        created=row.created,
        updated=row.updated,
        remote_id=row.remote_id,
        replies=tuple(replies),
        unread=bool(row.unread),
        error=row.error,
    )


def load(connection: Connection, rows: Sequence[Any]) -> list[ExpertRequest]:
    ids = [row.id for row in rows]
    replies: dict[str, list[ExpertReply]] = {i: [] for i in ids}
    if ids:
        stmt = (
            select(expert_replies)
            .where(expert_replies.c.request_id.in_(ids))
            .order_by(expert_replies.c.created, expert_replies.c.id)
        )
        for reply in connection.execute(stmt):
            replies[reply.request_id].append(reply_from(reply))
    return [request_from(row, replies[row.id]) for row in rows]
