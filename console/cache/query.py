"""Shared machinery of the queue queries: column maps, conditions, stable paging.

Paging walks an index: the window's primary keys are picked by a narrow
subquery (ORDER BY <sort>, <id>, pk LIMIT/OFFSET) and only those rows are
read in full. A window past the middle is fetched by walking the index from
the other end and reversing, so the last page costs what the first does.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import ColumnElement, Select, Table, and_, false, func, not_, or_, select, true
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from console.cache import fts
from console.cache.filters import Sort
from console.cache.schema import tenants
from console.domain.enums import Severity

# The severities that have a rank of their own (the others all rank 0).
SEVERITY_RANKS = {s.value: s.rank for s in Severity if s.rank > 0}
ALL_RANKS = (0, *sorted(set(SEVERITY_RANKS.values())))

# Below this offset the plain walk is cheap enough not to need a COUNT first.
FLIP_AFTER = 5_000
# Reading and sorting one matching row costs about this many steps of an index walk.
SORT_COST = 4
# ... and about this many SQLite VM steps; a filtered walk that has run more than the
# sort would (and at least MIN_WALK_STEPS) gives up and sorts (`_bounded`).
SORT_STEPS = 200
MIN_WALK_STEPS = 200_000
PROGRESS_EVERY = 1_000
# Tenants holding at most this share of a table's rows are asked with an indexable
# term (`tenant_condition`). Measured over 50 even tenants at 1,000,000 alerts,
# every filter with four sorts, top and bottom: at 5 tenants (10%) the plain term
# had 25 alert steps over 100 ms where the hidden one had 48; at 10 tenants (20%),
# 65 against 47, and at 25, 84 against 44 (sorting the matches grows with them,
# walking the sort index does not).
NARROW_SHARE = 0.1


class _PerEngine:
    """Answers kept per engine (a few queries each, so wholly dropped past `kept`); the
    readers run on several threads."""

    def __init__(self, kept: int = 64) -> None:
        self._answers: WeakKeyDictionary[Engine, dict[Any, Any]] = WeakKeyDictionary()
        self._lock = threading.Lock()
        self._kept = kept

    def get(self, engine: Engine, key: Any) -> Any:
        with self._lock:
            return self._answers.get(engine, {}).get(key)

    def put(self, engine: Engine, key: Any, value: Any) -> None:
        with self._lock:
            answers = self._answers.setdefault(engine, {})
            if len(answers) >= self._kept:
                answers.clear()
            answers[key] = value


# `narrow_tenants`' answers (bool) and the Tenant column's counts (`_grouped_counts`).
_NARROW = _PerEngine()
_GROUPED = _PerEngine()


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


def severity_condition(
    table: Table, values: Iterable[Any], column_as: Any = None
) -> ColumnElement[bool]:
    """severity IN values, asked of `severity_rank` when every value has a rank.

    The rank is derived from the severity (informational..high are 1..4, and
    only they), so the two conditions keep the same rows; but the rank has an
    index, (severity_rank, id), that counts "high" without reading the table
    (0.4 s at 1,000,000 alerts) and serves the severity sort and this filter
    together. `column_as` wraps the column (e.g. `unindexed`).
    """
    wrap = column_as or (lambda column: column)
    ranks = severity_ranks(values)
    if ranks is not None:
        return one_of(wrap(table.c.severity_rank), ranks)
    return one_of(wrap(table.c.severity), [plain(v) for v in values])


def severity_ranks(values: Iterable[Any]) -> list[int] | None:
    """The ranks of `values`, or None unless each one is a ranked severity."""
    wanted = [plain(v) for v in values]
    if wanted and all(isinstance(v, str) and v in SEVERITY_RANKS for v in wanted):
        return [SEVERITY_RANKS[v] for v in wanted]
    return None


def severity_excluded(
    table: Table, values: Iterable[Any], column_as: Any = None
) -> ColumnElement[bool]:
    """'Exclude these severities' (all ranked) as the ranks that remain.

    Every row's rank is 0 (unknown or no severity, kept by an exclusion of ranked
    values) to 4, so `rank IN (the others)` keeps the same rows as `NOT IN`; unlike
    NOT IN, it walks the severity index in order: sorting resolved alerts without
    informational and low by severity skipped 500,000 rows first (0.8 s).
    """
    wrap = column_as or (lambda column: column)
    excluded = set(severity_ranks(values) or ())
    rank: ColumnElement[int] = wrap(table.c.severity_rank)
    return rank.in_([r for r in ALL_RANKS if r not in excluded])


def unindexed(column: Any) -> UnaryExpression[Any]:
    """`column` behind SQLite's no-op unary +: the same value, but no index serves it."""
    return UnaryExpression(column, operator=custom_op("+"))


def tenant_condition(
    connection: Connection, table: Table, tenant_ids: Iterable[str]
) -> ColumnElement[bool] | None:
    """The condition for "these tenants", or None when they are all the cache holds.

    Most desks cache one tenant, so the condition matches every row; yet as an
    indexed equality (the tenant leads the unique (tenant_id, id) index) SQLite
    prefers it to the sort and Defender Experts indexes: it sorted all 1,000,000
    alerts for each window (1 s) and walked them all to count 4,000 DENs (0.8 s).

    When it is needed (a desk showing some of its tenants), its form depends on
    how many of the table's rows those tenants hold (`narrow_tenants`):
    - at most NARROW_SHARE (one tenant of 50): a plain `tenant_id IN (...)`,
      which the tenant-led indexes serve, so counts and windows read only those
      tenants' rows (and sort them). Hidden from the planner, one tenant's 20,000
      alerts of 1,000,000 were found by walking all of them: up to 1.1 s a step,
      60 ms with the plain term;
    - more: `tenant_id || ''`, which compares the same but is not an index term,
      so the sort indexes still serve: with the plain term SQLite read and sorted
      every matching row for each window (0.8 s for half the alerts).
    Both forms keep the same rows; only the plan differs.
    """
    wanted = tuple(sorted({str(t) for t in tenant_ids}))
    cached = _cached_tenants(connection)
    if cached.issubset(wanted):
        return None
    if narrow_tenants(connection, table, wanted, cached):
        return table.c.tenant_id.in_(wanted)
    return table.c.tenant_id.concat("").in_(wanted)


def narrow_scope(connection: Connection, table: Table, tenant_ids: Iterable[str]) -> bool:
    """Whether `tenant_condition` asks these tenants with the plain, indexable term."""
    wanted = tuple(sorted({str(t) for t in tenant_ids}))
    cached = _cached_tenants(connection)
    return not cached.issubset(wanted) and narrow_tenants(connection, table, wanted, cached)


def _cached_tenants(connection: Connection) -> frozenset[str]:
    return frozenset(row[0] for row in connection.execute(select(tenants.c.tenant_id)))


def narrow_tenants(
    connection: Connection, table: Table, wanted: Sequence[str], cached: frozenset[str]
) -> bool:
    """Whether the `wanted` tenants hold at most NARROW_SHARE of `table`'s rows.

    Counted through a tenant-led index (each queue table has its unique
    (tenant_id, id)) and stopped past the threshold. Each row counted costs about
    0.1 us: 3 ms for one tenant's 20,000 alerts, 13 ms at the threshold (100,000
    of 1,000,000), as much as the queue's whole opening, and a count and a window
    each build the condition. So the answer is kept per engine for as long as the
    table's size (its largest pk) and the cached tenants stay the same (a sync's
    next page asks again). A stale answer costs speed, never rows.
    """
    rows = table_rows_of(connection, table)
    key = (table.name, tuple(wanted), cached, rows)
    known = _NARROW.get(connection.engine, key)
    if known is not None:
        return bool(known)
    limit = int(rows * NARROW_SHARE)
    probe = select(table.c.tenant_id).where(table.c.tenant_id.in_(wanted)).limit(limit + 1)
    held = int(connection.execute(select(func.count()).select_from(probe.subquery())).scalar_one())
    narrow = held <= limit
    _NARROW.put(connection.engine, key, narrow)
    return narrow


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
    column_as: Any = None,
    rank_as: Any = None,
) -> list[ColumnElement[bool]]:
    """'Filter on this value' / 'Exclude this value' from a table cell.

    `column_as` wraps each compared column (`unindexed` when the DEN filter leads),
    `rank_as` the severity rank (by default as `column_as`).
    """
    wrap = column_as or (lambda column: column)
    wrap_rank = rank_as or wrap
    conditions: list[ColumnElement[bool]] = []
    for mapping, negate in ((include, False), (exclude, True)):
        for name, values in mapping.items():
            if name not in entity.value_columns:
                known = ", ".join(sorted(entity.value_columns))
                raise ValueError(f"cannot filter {entity.kind}s on {name!r}; known: {known}")
            if not values:
                continue
            ranked = name == "severity" and "severity_rank" in entity.table.c
            if ranked and negate and severity_ranks(values) is not None:
                conditions.append(severity_excluded(entity.table, values, wrap_rank))
                continue
            column = wrap(entity.column(entity.value_columns[name]))
            if ranked:
                condition = severity_condition(entity.table, values, wrap_rank)
            else:
                condition = one_of(column, values)
            if negate:
                # NULL cells survive an exclusion of other values.
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


def keys(
    connection: Connection, entity: Entity, where: Sequence[ColumnElement[bool]]
) -> list[tuple[str, str]]:
    """(tenant id, id) of every row matching `where`, whatever the window shown: what
    "Select all N in this view" acts on (an indexed read of two columns, no rows)."""
    table = entity.table
    stmt = (
        select(table.c.tenant_id, table.c.id)
        .where(*where)
        .order_by(table.c.tenant_id, entity.column(entity.id_column))
    )
    return [(row.tenant_id, row.id) for row in connection.execute(stmt)]


def table_rows(connection: Connection, entity: Entity) -> int:
    """About how many rows the table holds: its largest pk (an index look-up, not a COUNT)."""
    return table_rows_of(connection, entity.table)


def table_rows_of(connection: Connection, table: Table) -> int:
    """`table_rows` of a table."""
    return int(connection.execute(select(func.max(table.c.pk))).scalar() or 0)


def sorts_matches(total: int, near: int, limit: int, rows: int) -> bool:
    """Whether to read the `total` matching rows and sort them, rather than walk the sort index.

    Walking the sort index from the nearer end visits about (near + limit) / share
    rows to find the window, where share = total / rows is how selective the
    filter is (the count the caller took tells it; SQLite's planner does not
    know). Reading the matches through the filter's own index and sorting them
    costs a few times `total`. At 1,000,000 alerts the open DENs (1,239 rows)
    walked the whole device index for the last window (4.6 s) and sort in 10 ms.
    """
    if total <= 0 or rows <= total:
        return False
    walk = (near + limit) * rows / total
    return total * SORT_COST < walk


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
    model does), saves the COUNT that picks the strategy: a window past the
    middle is walked from the other end, and a selective filter reads its few
    rows and sorts them (`sorts_matches`). Every strategy returns the same rows.
    """
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit must not be negative")
    if limit == 0:
        return []
    if sort.column == "tenant" and sort.rank:
        return _tenant_windows(connection, entity, where, columns, sort, offset, limit, total)
    if total is None and (where or offset > FLIP_AFTER):
        total = count(connection, entity, where)
    reverse = False
    few = False
    if total is not None:
        if offset >= total:
            return []
        if offset > (total - limit) // 2:
            reverse = True
            end = min(total, offset + limit)
            offset, limit = total - end, end - offset
        few = bool(where) and sorts_matches(total, offset, limit, table_rows(connection, entity))
    order = entity.order_by(sort, reverse)
    # Unary + keeps each key's value but hides it from the planner, which then
    # starts from the filter's index and sorts the matches instead of the table.
    window_order = [unindexed_key(key) for key in order] if few else order
    window: Select[Any] = (
        select(entity.table.c.pk).where(*where).order_by(*window_order).offset(offset).limit(limit)
    )
    stmt = select(*columns).where(entity.table.c.pk.in_(window)).order_by(*order)
    rows = None
    if where and not few and total is not None:
        rows = _bounded(connection, stmt, max(total * SORT_STEPS, MIN_WALK_STEPS))
    if rows is None:
        if where and not few:  # the walk gave up: sort the matches instead
            hidden = [unindexed_key(key) for key in order]
            window = window.order_by(None).order_by(*hidden)
            stmt = select(*columns).where(entity.table.c.pk.in_(window)).order_by(*order)
        rows = list(connection.execute(stmt))
    if reverse:
        rows.reverse()
    return rows


# The Tenant column's window counts this many tenants one by one before it counts the
# rest in one grouped COUNT, kept for the next windows until a commit (`_grouped_counts`).
COUNTED_ONE_BY_ONE = 2


def _tenant_windows(
    connection: Connection,
    entity: Entity,
    where: Sequence[ColumnElement[bool]],
    columns: Sequence[Any],
    sort: Sort,
    offset: int,
    limit: int,
    total: int | None,
) -> list[Row[Any]]:
    """A window of the Tenant column in `sort.rank` order (a desk's tenants by name).

    Ordering every row by a name would sort the whole table. Instead the tenants are
    taken in turn, those before the window skipped by their count, and the window cut
    from the next ones, each an ordinary window of that tenant by id. The first
    tenants are counted one by one (the top windows, the common case, need one count
    over the tenant-led index); a window further down counts every tenant in one
    grouped COUNT (50 counts one by one cost 650 ms at 1,000,000 alerts with a
    filter), kept until anything is committed, so scrolling on pays it once.
    """
    table = entity.table
    order = [*sort.rank, *sorted(_cached_tenants(connection) - set(sort.rank))]
    if sort.descending:
        order.reverse()
    counts: dict[str, int] | None = None  # every tenant's, once counted together
    by_id = Sort("tenant", sort.descending)  # within one tenant: by id
    rows: list[Row[Any]] = []
    for position, tenant in enumerate(order):
        scoped = [*where, table.c.tenant_id == tenant]
        if position == COUNTED_ONE_BY_ONE and offset > 0:
            counts = _grouped_counts(connection, entity, where, total)
        known_count = counts.get(tenant, 0) if counts is not None else None
        matches = count(connection, entity, scoped) if known_count is None else known_count
        if offset >= matches:
            offset -= matches
            continue
        take = min(limit - len(rows), matches - offset)
        rows += page(connection, entity, scoped, columns, by_id, offset, take, matches)
        offset = 0
        if len(rows) >= limit:
            break
    return rows


def _grouped_counts(
    connection: Connection, entity: Entity, where: Sequence[ColumnElement[bool]], total: int | None
) -> dict[str, int]:
    """Each tenant's matches of `where`; kept while nothing was committed since.

    The query, its total and the table's size do not tell: a sync's update can move one
    match from a tenant to another and keep all three (a row shown twice at a tenant's
    edge, another never reached). SQLite does: on one connection, `data_version` moves
    with every commit of any other connection or process, and `total_changes` with its
    own; a pooled connection other than the last one's asks again.
    """
    table = entity.table
    grouped = select(table.c.tenant_id, func.count()).where(*where).group_by(table.c.tenant_id)
    marker = _commit_marker(connection)
    key: tuple[Any, ...] | None = None
    if marker is not None and total is not None:
        compiled = grouped.compile(connection)
        key = (str(compiled), repr(sorted(compiled.params.items())), total, marker)
        kept: dict[str, int] | None = _GROUPED.get(connection.engine, key)
        if kept is not None:
            return kept
    counts = {str(row[0]): int(row[1]) for row in connection.execute(grouped)}
    if key is not None and sum(counts.values()) == total:
        _GROUPED.put(connection.engine, key, counts)
    return counts


def _commit_marker(connection: Connection) -> tuple[int, int, int] | None:
    """What changes with every commit seen by this SQLite connection (None: not SQLite)."""
    raw: Any = getattr(connection.connection, "driver_connection", None)
    own = getattr(raw, "total_changes", None)
    if not isinstance(own, int):
        return None
    others = int(connection.exec_driver_sql("PRAGMA data_version").scalar_one())
    return id(raw), others, own


def _bounded(connection: Connection, stmt: Select[Any], max_steps: int) -> list[Row[Any]] | None:
    """The rows of `stmt`, or None when it runs more than `max_steps` SQLite VM steps.

    The walk's estimate assumes the filter is spread evenly along the sort; it is
    not when the two are linked (the last 30 days sorted by last activity, newest
    first, skipped every newer row: 1.4 s at 1,000,000 alerts). Giving up once the
    walk has cost what sorting the matches would bounds that case.
    """
    raw: Any = getattr(connection.connection, "driver_connection", None)
    if not hasattr(raw, "set_progress_handler"):
        return list(connection.execute(stmt))
    ticks = 0

    def tick() -> int:
        nonlocal ticks
        ticks += 1
        return 1 if ticks * PROGRESS_EVERY > max_steps else 0

    raw.set_progress_handler(tick, PROGRESS_EVERY)
    try:
        return list(connection.execute(stmt))
    except OperationalError as error:
        if "interrupted" not in str(error.orig):
            raise
        return None
    finally:
        raw.set_progress_handler(None, 0)


def unindexed_key(key: UnaryExpression[Any]) -> UnaryExpression[Any]:
    """A sort key (column ASC/DESC) with its column `unindexed`."""
    hidden: UnaryExpression[Any] = unindexed(key.element)
    return hidden.desc() if key.modifier is operators.desc_op else hidden.asc()


def all_of(conditions: Sequence[ColumnElement[bool]]) -> ColumnElement[bool]:
    return and_(true(), *conditions)
