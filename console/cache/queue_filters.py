"""Filter conditions the incident and alert queues share."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, exists, or_, select, true, tuple_
from sqlalchemy.engine import Connection

from console.cache import query
from console.cache.filters import Filters
from console.cache.query import Entity, one_of, plain
from console.cache.schema import tags
from console.domain.den import DEN_TAG

TIME_COLUMNS = ("last_update", "created", "first_activity", "last_activity")


def _as_is(column: Any) -> Any:
    return column


def is_den_tag(tag: str) -> bool:
    return tag.strip().casefold() == DEN_TAG.casefold()


def tag_condition(entity: Entity, wanted: Any, per_row: bool = False) -> ColumnElement[bool] | None:
    """Any of the tags; "Defender Experts" means "is a DEN" (derived, not stored).

    As `(tenant_id, id) IN (the tagged items)` the planner may start from the tags,
    which serves a rare tag; but it did so with a text search too, looking up each
    of 13,333 "Tier1" devices to keep the 6 the text matched (150 ms at 20,000
    devices). `per_row` asks instead, of each row the other terms keep, whether
    it has one of the tags (an EXISTS on the tags' primary key): 0.1 ms there.
    """
    values = [str(plain(tag)) for tag in wanted]
    if not values:
        return None
    table = entity.table
    parts: list[ColumnElement[bool]] = []
    if any(is_den_tag(tag) for tag in values) and "is_den" in table.c:
        parts.append(table.c.is_den == true())
    others = [tag for tag in values if not is_den_tag(tag) or "is_den" not in table.c]
    if others:
        if per_row:
            parts.append(
                exists().where(
                    tags.c.tenant_id == table.c.tenant_id,
                    tags.c.entity_kind == entity.kind,
                    tags.c.entity_id == table.c.id,
                    tags.c.tag.in_(others),
                )
            )
        else:
            tagged = select(tags.c.tenant_id, tags.c.entity_id).where(
                tags.c.entity_kind == entity.kind, tags.c.tag.in_(others)
            )
            parts.append(tuple_(table.c.tenant_id, table.c.id).in_(tagged))
    return or_(*parts)


def dens_only(entity: Entity, filters: Filters) -> bool:
    """Whether the filters keep DENs alone (the DEN filter, or the Defender Experts tag alone)."""
    if "is_den" not in entity.table.c:
        return False
    wanted = [str(plain(tag)) for tag in filters.tags]
    return filters.den_only or (bool(wanted) and all(is_den_tag(tag) for tag in wanted))


def common(connection: Connection, entity: Entity, filters: Filters) -> list[ColumnElement[bool]]:
    """Every shared condition but text, which each queue searches its own way.

    DENs are a few hundredths of the rows, fewer than any other filter keeps, but
    SQLite's planner prefers an equality (status = ?) over the DENs' partial index:
    counting the open DENs walked 666,000 open alerts (0.9 s). With the DEN filter
    on, the other terms are hidden from the planner (`query.unindexed`), so it
    starts from the DENs.
    """
    table = entity.table
    where: list[ColumnElement[bool]] = []
    dens = dens_only(entity, filters)
    hide = query.unindexed if dens else _as_is
    # A time range is read through its time index: the planner preferred the status
    # index and read 333,000 resolved alerts to count the 8,655 of the last 30 days
    # (0.5 s). The few-valued columns then hide, as they do for the DENs: a wide range
    # costs about what the status index would.
    ranged = filters.since is not None or filters.until is not None
    levels = query.unindexed if dens or ranged else _as_is
    shown = query.shown_condition(connection, table)
    if shown is not None:
        where.append(shown)
    if filters.tenant_ids:
        tenant = query.tenant_condition(connection, table, filters.tenant_ids)
        if tenant is not None:
            where.append(tenant)
    if filters.severities:
        where.append(query.severity_condition(table, filters.severities, levels))
    for column, values in (
        ("status", filters.statuses),
        ("classification", filters.classifications),
        ("determination", filters.determinations),
        ("assigned_to", filters.assigned_to),
    ):
        if values:
            where.append(one_of(levels(table.c[column]), values))
    if filters.since is not None or filters.until is not None:
        if filters.time_column not in TIME_COLUMNS:
            raise ValueError(f"time_column must be one of {TIME_COLUMNS}")
        moment = hide(table.c[filters.time_column])
        if filters.since is not None:
            where.append(moment >= filters.since)
        if filters.until is not None:
            where.append(moment < filters.until)
    if filters.den_only:
        where.append(table.c.is_den == true())
    tagged = tag_condition(entity, filters.tags)
    if tagged is not None:
        where.append(tagged)
    where.extend(query.cell_conditions(entity, filters.include, filters.exclude, hide, levels))
    return where
