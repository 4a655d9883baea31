"""The local audit log: what each analyst did, when, to what."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import and_, case, func, insert, or_, select, union_all
from sqlalchemy.engine import Connection

from console.cache import convert, triage
from console.cache.engine import Cache
from console.cache.schema import audit_log, expert_requests, outbox


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
        return [_entry(row) for row in connection.execute(stmt)]


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        tenant_id=row.tenant_id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        entity_kind=row.entity_kind,
        entity_id=row.entity_id,
        detail=convert.loads(row.detail) or {},
    )


# -- the Audit page and the Activity tabs ----------------------------------------------------

# console.cache.experts.REQUEST_KIND (that module writes through this one): a question to
# Defender Experts is audited under its own id, and asked about a device, alert or incident.
QUESTION_KIND: Final = "expertRequest"


@dataclass(frozen=True)
class AuditFilters:
    """What the Audit page (or an item's Activity tab) shows of the audit log."""

    tenant_ids: tuple[str, ...]
    kinds: tuple[str, ...] = ()  # entity kinds: incident, alert, device, expertRequest
    states: tuple[str, ...] = ()  # the entry's own step: queued, sent, conflict, resolved...
    statuses: tuple[str, ...] = ()  # its triage change's status now: pending, sent, conflict...
    text: str = ""  # in the item's id, the analyst or the action
    # (kind, id): that item's own entries and those of the questions asked about it.
    item: tuple[str, str] | None = None
    # Changes held for the analyst (the entry that held them) before everything else.
    attention_first: bool = False


@dataclass(frozen=True)
class AuditRow:
    """An entry as the Audit page lists it, with where its triage change stands now."""

    entry: AuditEntry
    # The outbox status of the entry's triage change now (pending, sending, failed, sent,
    # conflict, rejected, discarded); None for an entry of no triage change.
    status: str | None = None
    change_id: int | None = None  # that change's outbox entry (console.cache.triage.get)
    # For a question to Defender Experts: the (kind, id) of the item it asks about.
    subject: tuple[str, str] | None = None

    @property
    def state(self) -> str:
        """The step this entry records: queued, sent, conflict... (else its action)."""
        return str(self.entry.detail.get("state") or self.entry.action)

    @property
    def needs_attention(self) -> bool:
        """The entry that holds its change for the analyst, while it is still held."""
        return self.status in triage.HELD and self.state == self.status


def _change_join() -> Any:
    change_key = func.json_extract(audit_log.c.detail, "$.change")
    return and_(outbox.c.idempotency_key == change_key, outbox.c.kind == triage.KIND)


def _question_join() -> Any:
    return and_(
        audit_log.c.entity_kind == QUESTION_KIND, expert_requests.c.id == audit_log.c.entity_id
    )


def _joined() -> Any:
    """The log with each entry's triage change (by its key) and question (by its id)."""
    return audit_log.outerjoin(outbox, _change_join()).outerjoin(expert_requests, _question_join())


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(filters: AuditFilters) -> list[Any]:
    tenants = audit_log.c.tenant_id.in_(filters.tenant_ids)
    if filters.item is not None:
        conditions: list[Any] = []  # the tenant is asked inside the item's reads, below
    elif len(filters.tenant_ids) == 1:
        conditions = [tenants]  # ix_audit_tenant_at gives its entries newest first
    else:
        # Not an index term, so a desk's log is walked newest first through ix_audit_at
        # (the same rows; one tenant's index would need every entry of each sorted).
        conditions = [audit_log.c.tenant_id.concat("").in_(filters.tenant_ids)]
    if filters.kinds:
        conditions.append(audit_log.c.entity_kind.in_(filters.kinds))
    if filters.states:
        conditions.append(func.json_extract(audit_log.c.detail, "$.state").in_(filters.states))
    if filters.statuses:
        conditions.append(outbox.c.status.in_(filters.statuses))
    text = filters.text.strip()
    if text:
        pattern = _like(text)
        conditions.append(
            or_(
                *(
                    column.like(pattern, escape="\\")
                    for column in (
                        audit_log.c.entity_id,
                        audit_log.c.actor,
                        audit_log.c.action,
                        expert_requests.c.entity_id,
                    )
                )
            )
        )
    if filters.item is not None:
        # Two indexed reads (ix_audit_tenant_entity), the tenant inside them, rather than
        # an OR the planner may answer by walking the tenant's whole log.
        kind, item_id = filters.item
        questions = select(expert_requests.c.id).where(
            expert_requests.c.tenant_id.in_(filters.tenant_ids),
            expert_requests.c.entity_kind == kind,
            expert_requests.c.entity_id == item_id,
        )
        own = select(audit_log.c.id).where(
            tenants, audit_log.c.entity_kind == kind, audit_log.c.entity_id == item_id
        )
        asked = select(audit_log.c.id).where(
            tenants,
            audit_log.c.entity_kind == QUESTION_KIND,
            audit_log.c.entity_id.in_(questions),
        )
        conditions.append(audit_log.c.id.in_(union_all(own, asked)))
    return conditions


def _select(filters: AuditFilters) -> Any:
    order: list[Any] = []
    if filters.attention_first:
        held = and_(
            outbox.c.status.in_(triage.HELD),
            func.json_extract(audit_log.c.detail, "$.state") == outbox.c.status,
        )
        order.append(case((held, 0), else_=1))
    order += [audit_log.c.at.desc(), audit_log.c.id.desc()]
    return (
        select(
            audit_log,
            outbox.c.status.label("change_status"),
            outbox.c.id.label("change_id"),
            expert_requests.c.entity_kind.label("subject_kind"),
            expert_requests.c.entity_id.label("subject_id"),
        )
        .select_from(_joined())
        .where(*_conditions(filters))
        .order_by(*order)
    )


def _row(row: Any) -> AuditRow:
    subject = (row.subject_kind, row.subject_id) if row.subject_kind is not None else None
    return AuditRow(
        entry=_entry(row), status=row.change_status, change_id=row.change_id, subject=subject
    )


def count(cache: Cache, filters: AuditFilters) -> int:
    """How many entries match `filters`."""
    if not filters.tenant_ids:
        return 0
    # The joins only when a condition reads them (SQLite keeps a LEFT JOIN in a count).
    source: Any = audit_log
    if filters.statuses:
        source = source.outerjoin(outbox, _change_join())
    if filters.text.strip():
        source = source.outerjoin(expert_requests, _question_join())
    stmt = select(func.count()).select_from(source).where(*_conditions(filters))
    with cache.engine.connect() as connection:
        return int(connection.execute(stmt).scalar_one())


def page(cache: Cache, filters: AuditFilters, offset: int, limit: int) -> list[AuditRow]:
    """Entries matching `filters`, newest first (held ones first if asked): one window."""
    if not filters.tenant_ids or limit <= 0:
        return []
    stmt = _select(filters).offset(offset).limit(limit)
    with cache.engine.connect() as connection:
        return [_row(row) for row in connection.execute(stmt)]


def iter_rows(cache: Cache, filters: AuditFilters) -> Iterator[AuditRow]:
    """Every entry matching `filters` in the page's order, streamed (an export)."""
    if not filters.tenant_ids:
        return
    with cache.engine.connect() as connection:
        for row in connection.execute(_select(filters)):
            yield _row(row)


def of_item(cache: Cache, tenant_id: str, kind: str, item_id: str, limit: int) -> list[AuditRow]:
    """An item's entries (and its questions' to Defender Experts), newest first."""
    return page(cache, AuditFilters(tenant_ids=(tenant_id,), item=(kind, item_id)), 0, limit)
