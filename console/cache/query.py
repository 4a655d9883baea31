"""Shared machinery of the queue queries: column maps, conditions, stable paging.

Paging walks an index: the window's primary keys are picked by a narrow
subquery (ORDER BY <sort>, <id>, pk LIMIT/OFFSET) and only those rows are
read in full. A window past the middle is fetched by walking the index from
the other end and reversing, so the last page costs what the first does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, false, func, not_, or_, select, true
from sqlalchemy.engine import Connection, Row
from sqlalchemy.sql.elements import UnaryExpression

from console.cache import fts
from console.cache.filters import Sort
from console.cache.schema import tenants

# Below this offset the plain walk is cheap enough not to need a COUNT first.
FLIP_AFTER = 5_000


@dataclass(frozen=True)
class Entity:
    """How one queue maps its public column names onto a table."""

    table: Table
    kind: str  # "incident", "alert" or "device": tags.entity_kind and the FTS table
    sort_columns: Mapping[str, str]  # public name -> column sorted on (ranks for severity)
    value_columns: Mapping[str, str]  # public name -> column compared for include/exclude
    id_column: str  # tie-breaker before pk
    like_columns: Sequence[str]  # text search columns where FTS5 is not available

    def column(self, name: str) -> Any:
        return self.table.c[name]

    def order_by(self, sort: Sort, reverse: bool = False) -> list[UnaryExpression[Any]]:
        try:
            name = self.sort_columns[sort.column]
        except KeyError:
            known = ", ".join(sorted(self.sort_columns))
            raise ValueError(
                f"cannot sort {self.kind}s by {sort.column!r}; known: {known}"
            ) from None
        descending = sort.descending != reverse
        columns = [self.column(name), self.column(self.id_column), self.table.c.pk]
        return [c.desc() if descending else c.asc() for c in columns]


def plain(value: Any) -> Any:
    """Enum members as their wire value, so SQL compares text with text."""
    return value.value if isinstance(value, Enum) else value


def one_of(column: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    """column IN values, where None in the values means IS NULL."""
    wanted = [plain(v) for v in values]
    present = [v for v in wanted if v is not None]
    parts: list[ColumnElement[bool]] = []
    if present:
        parts.append(column.in_(present))
    if len(present) != len(wanted):
        parts.append(column.is_(None))
    return or_(*parts) if parts else false()


def tenant_condition(
    connection: Connection, table: Table, tenant_ids: Iterable[str]
) -> ColumnElement[bool] | None:
    """The condition for "these tenants", or None when they are all the cache holds.

    Most desks cache one tenant, so the condition matches every row; yet as an
    indexed equality (the tenant leads the unique (tenant_id, id) index) SQLite
    prefers it to the sort and Defender Experts indexes: it sorted all 1,000,000
    alerts for each window (1 s) and walked them all to count 4,000 DENs (0.8 s).
    When it is needed (an MSSP desk showing some of its tenants), `tenant_id || ''`
    compares the same but is not an index term, so the sort indexes still serve.
    """
    wanted = {str(t) for t in tenant_ids}
    cached = {row[0] for row in connection.execute(select(tenants.c.tenant_id))}
    if cached <= wanted:
        return None
    return one_of(table.c.tenant_id.concat(""), wanted)


def shown_condition(connection: Connection, table: Table) -> ColumnElement[bool] | None:
    """The condition that hides items the server no longer returns (see `reconcile`), or None.

    Most caches hold no such item, and a plain `gone = 0` term cannot be answered
    from an index: COUNT over 1,000,000 alerts went from a covering index walk to a
    scan of the table itself. So the term is left out while nothing is gone (a
    look-up in the tiny partial index of gone rows), and is otherwise `pk NOT IN
    (the gone rows)`: every index carries the pk, so the sort indexes still serve.
    """
    gone = select(table.c.pk).where(table.c.gone == true())
    if connection.execute(gone.limit(1)).first() is None:
        return None
    return table.c.pk.not_in(gone.scalar_subquery())


def cell_conditions(
    entity: Entity,
    include: Mapping[str, Sequence[Any]],
    exclude: Mapping[str, Sequence[Any]],
) -> list[ColumnElement[bool]]:
    """'Filter on this value' / 'Exclude this value' from a table cell."""
    conditions: list[ColumnElement[bool]] = []
    for mapping, negate in ((include, False), (exclude, True)):
        for name, values in mapping.items():
            if name not in entity.value_columns:
                known = ", ".join(sorted(entity.value_columns))
                raise ValueError(f"cannot filter {entity.kind}s on {name!r}; known: {known}")
            if not values:
                continue
            condition = one_of(entity.column(entity.value_columns[name]), values)
            if negate:
                # NULL cells survive an exclusion of other values.
                column = entity.column(entity.value_columns[name])
                excluded_null = any(v is None for v in values)
                condition = not_(condition)
                if not excluded_null:
                    condition = or_(condition, column.is_(None))
            conditions.append(condition)
    return conditions


def text_condition(connection: Connection, entity: Entity, text: str) -> ColumnElement[bool]:
    condition = fts.condition(
        connection.dialect.name, entity.kind, entity.table, text, entity.like_columns
    )
    return true() if condition is None else condition


def count(connection: Connection, entity: Entity, where: Sequence[ColumnElement[bool]]) -> int:
    stmt = select(func.count()).select_from(entity.table).where(*where)
    return int(connection.execute(stmt).scalar_one())


def page(
    connection: Connection,
    entity: Entity,
    where: Sequence[ColumnElement[bool]],
    columns: Sequence[Any],
    sort: Sort,
    offset: int,
    limit: int,
    total: int | None = None,
) -> list[Row[Any]]:
    """One window of rows in `sort` order (ties broken on id, then pk).

    `total`, the row count for `where` when the caller knows it already (a table
    model does), saves the COUNT that a window past the middle needs.
    """
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit must not be negative")
    if limit == 0:
        return []
    reverse = False
    if offset > FLIP_AFTER:
        if total is None:
            total = count(connection, entity, where)
        if offset >= total:
            return []
        if offset > total // 2:
            reverse = True
            end = min(total, offset + limit)
            offset, limit = total - end, end - offset
    order = entity.order_by(sort, reverse)
    window: Select[Any] = (
        select(entity.table.c.pk).where(*where).order_by(*order).offset(offset).limit(limit)
    )
    stmt = select(*columns).where(entity.table.c.pk.in_(window)).order_by(*order)
    rows = list(connection.execute(stmt))
    if reverse:
        rows.reverse()
    return rows


def all_of(conditions: Sequence[ColumnElement[bool]]) -> ColumnElement[bool]:
    return and_(true(), *conditions)
