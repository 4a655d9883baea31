"""Complete listings: which cached items the server no longer returns.

A run with no `since` filter lists a whole collection. Each of its pages records
the ids it saw (`sync_seen`), in the page's own transaction, so a run killed and
resumed still counts the pages written before the kill.

One listing is not evidence that an item is gone. Graph and Defender page by
`$skip` over items sorted by last update: an item updated while the run reads
later pages moves onto a page already read, and a deletion on a page already read
shifts the rest forward so that one item per later page boundary is skipped. The
items a listing misses that way are the most active ones -- live incidents. So
the last page of a listing remembers what it missed (`sync_missed`) and marks
`gone` only the rows the previous complete listing of the resource missed too: an
item really gone is missed every time, a moving one seldom twice in a row (and
one updated during both listings comes back with the next incremental run, which
reads by change). Gone rows are hidden from queues, counts and exports, but kept,
and never an item that an outbox entry, an audit entry or an expert request
refers to. A listing that saw nothing at all counts as none: it marks nothing and
keeps what the previous one missed, since an answer that only looks empty
(Defender's 404-as-empty) must not hide a tenant. Every page, listing or not,
shows again the items it carries and clears their misses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Exists, Table, and_, delete, exists, false, literal, select, true, update
from sqlalchemy.engine import Connection

from console.cache.schema import (
    audit_log,
    expert_requests,
    outbox,
    sync_listing,
    sync_missed,
    sync_seen,
)
from console.cache.sql import chunks, execute_many, upsert


@dataclass(frozen=True, slots=True)
class ListingPage:
    """This page belongs to a complete listing, the run that `run` (its start) names."""

    run: datetime
    first: bool  # the run's first page: forget whatever an abandoned listing saw
    last: bool  # the run's last page: mark gone what this and the previous listing missed


def record(
    connection: Connection,
    table: Table,
    entity_kind: str,
    tenant_id: str,
    resource: str,
    ids: Sequence[str],
    listing: ListingPage | None,
) -> list[str]:
    """Show the page's items again and, for a listing, note them; its last page reconciles.

    Returns the ids that were gone and are shown again.
    """
    shown = _show(connection, table, tenant_id, ids)
    _forget_missed(connection, tenant_id, resource, ids)
    if listing is None:
        return shown
    run = listing.run.isoformat()
    key = and_(sync_listing.c.tenant_id == tenant_id, sync_listing.c.resource == resource)
    seen_key = and_(sync_seen.c.tenant_id == tenant_id, sync_seen.c.resource == resource)
    if listing.first:
        connection.execute(delete(sync_seen).where(seen_key))
        row = {"tenant_id": tenant_id, "resource": resource, "run": run}
        upsert(connection, sync_listing, [row], ["tenant_id", "resource"])
    elif connection.execute(select(sync_listing.c.run).where(key)).scalar() != run:
        return shown  # its first pages were not recorded (written before this cache knew how)
    rows = [{"tenant_id": tenant_id, "resource": resource, "id": i} for i in ids]
    execute_many(connection, sync_seen.insert().prefix_with("OR IGNORE"), rows)
    if not listing.last:
        return shown
    saw_any = connection.execute(select(sync_seen.c.id).where(seen_key).limit(1)).first()
    if saw_any is not None:
        _mark_missed_twice_gone(connection, table, entity_kind, tenant_id, resource)
    connection.execute(delete(sync_seen).where(seen_key))
    connection.execute(delete(sync_listing).where(key))
    return shown


def _show(connection: Connection, table: Table, tenant_id: str, ids: Sequence[str]) -> list[str]:
    shown: list[str] = []
    for chunk in chunks(list(ids)):
        hidden = and_(table.c.tenant_id == tenant_id, table.c.id.in_(chunk), table.c.gone == true())
        found: list[str] = list(connection.execute(select(table.c.id).where(hidden)).scalars())
        if found:
            connection.execute(update(table).where(hidden).values(gone=False))
            shown.extend(found)
    return shown


def _forget_missed(
    connection: Connection, tenant_id: str, resource: str, ids: Sequence[str]
) -> None:
    for chunk in chunks(list(ids)):
        connection.execute(
            delete(sync_missed).where(
                sync_missed.c.tenant_id == tenant_id,
                sync_missed.c.resource == resource,
                sync_missed.c.id.in_(chunk),
            )
        )


def _mark_missed_twice_gone(
    connection: Connection, table: Table, entity_kind: str, tenant_id: str, resource: str
) -> None:
    """Hide what this listing and the previous one missed; remember what this one missed."""

    def named_by(other: Table) -> Exists:
        return exists().where(
            other.c.tenant_id == tenant_id,
            other.c.entity_kind == entity_kind,
            other.c.entity_id == table.c.id,
        )

    seen = exists().where(
        sync_seen.c.tenant_id == tenant_id,
        sync_seen.c.resource == resource,
        sync_seen.c.id == table.c.id,
    )
    missed_before = exists().where(
        sync_missed.c.tenant_id == tenant_id,
        sync_missed.c.resource == resource,
        sync_missed.c.id == table.c.id,
    )
    missed_now = and_(table.c.tenant_id == tenant_id, table.c.gone == false(), ~seen)
    connection.execute(
        update(table)
        .where(
            missed_now,
            missed_before,
            ~named_by(outbox),
            ~named_by(audit_log),
            ~named_by(expert_requests),
        )
        .values(gone=True)
    )
    key = and_(sync_missed.c.tenant_id == tenant_id, sync_missed.c.resource == resource)
    connection.execute(delete(sync_missed).where(key))
    # Still shown and missed: the protected rows and those missed for the first time.
    connection.execute(
        sync_missed.insert().from_select(
            ["tenant_id", "resource", "id"],
            select(literal(tenant_id), literal(resource), table.c.id).where(missed_now),
        )
    )
