"""Small SQL helpers shared by writers and queries: dialect upserts, chunked IN lists."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Executable

T = TypeVar("T")

# SQLite before 3.32 allowed 999 bound parameters; stay under it everywhere.
CHUNK = 900


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def upsert(
    connection: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    key: Sequence[str],
    *,
    keep: Sequence[str] = (),
) -> None:
    """Insert `rows` (executemany), updating existing rows that share `key`.

    Columns in `keep` are written on insert only (e.g. values a later step derives).
    """
    if not rows:
        return
    name = connection.dialect.name
    if name == "sqlite":
        stmt: Any = sqlite.insert(table)
    elif name == "postgresql":
        # Imported here: loading the PostgreSQL dialect costs every SQLite start-up ~25 ms.
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table)
    else:  # pragma: no cover - only SQLite and PostgreSQL are planned
        raise NotImplementedError(f"upsert on {name}")
    skip = {*key, *keep}
    update = {column: stmt.excluded[column] for column in rows[0] if column not in skip}
    if update:
        stmt = stmt.on_conflict_do_update(index_elements=list(key), set_=update)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(key))
    execute_many(connection, stmt, rows)


def execute_many(
    connection: Connection, stmt: Executable, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Run `stmt` once per row with the driver's executemany, compiled once.

    `connection.execute(stmt, rows)` builds a parameter dict per row through
    SQLAlchemy's compiler, which cost more than SQLite's own insert work in a
    full sync. Here only the bind processors that exist (timestamps) run per
    value, in the dialect's own paramstyle, so this stays dialect-neutral.
    """
    if not rows:
        return
    dialect = connection.dialect
    compiled = stmt.compile(dialect=dialect, column_keys=list(rows[0]))  # type: ignore[attr-defined]
    names: list[str] = (
        list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    )
    processors: list[tuple[str, Callable[[Any], Any] | None]] = []
    for name in names:
        bind = compiled.binds[name]
        processors.append((bind.key, bind.type.dialect_impl(dialect).bind_processor(dialect)))
    keys = [key for key, _ in processors]
    convert = [(n, proc) for n, (_, proc) in enumerate(processors) if proc is not None]
    params: list[Any] = []
    if keys:
        pick = itemgetter(*keys)
        single = len(keys) == 1
        for row in rows:
            values = [pick(row)] if single else list(pick(row))
            for n, proc in convert:
                values[n] = proc(values[n])
            params.append(
                tuple(values) if compiled.positional else dict(zip(names, values, strict=True))
            )
    else:
        params = [() if compiled.positional else {} for _ in rows]
    connection.exec_driver_sql(compiled.string, params)
