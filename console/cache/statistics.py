"""The query planner's statistics (ANALYZE) for the queue tables, kept in step with their size.

A window's plan depends on `sqlite_stat1`. A cache that never ran ANALYZE has
none, and SQLite then takes any equality as selective: "severity high" (a
quarter of 1,000,000 alerts) read and sorted every high alert through the
severity index (600 ms a window) instead of walking the sort index (50 ms), and
the unassigned or "exclude low severities" filters likewise. The query
strategies (`console.cache.query`) were measured on analysed caches.

`PRAGMA analysis_limit` would make ANALYZE cheap, but it caps the rows counted
per key at the limit: a status that holds 333,000 alerts is recorded as holding
1,000, which misleads the planner as much as no statistics do. So a table is
analysed in full, and only when it has none yet or its size has moved by more
than `GROWTH` times since (about 7 s at 1,000,000 alerts, once per doubling;
milliseconds while a cache is small). `PRAGMA optimize` of this SQLite (3.40)
would only analyse tables this connection's own queries used, which a sync's
writes do not tell it.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from console.cache.engine import Cache

QUEUE_TABLES = ("incidents", "alerts", "devices")
# Re-analyse a table once its row count is this many times what was analysed (or a fraction).
GROWTH = 2.0


def _analysed_rows(connection: Connection) -> dict[str, int]:
    """Table -> the row count its statistics were taken at (tables never analysed: absent)."""
    try:
        rows = connection.execute(text("SELECT tbl, stat FROM sqlite_stat1")).all()
    except OperationalError:
        return {}  # no sqlite_stat1: nothing was ever analysed
    counts: dict[str, int] = {}
    for table, stat in rows:
        first = str(stat or "").split(" ", 1)[0]
        if first.isdigit():
            counts[str(table)] = max(counts.get(str(table), 0), int(first))
    return counts


def _rows(connection: Connection, table: str) -> int:
    # About the row count: the largest pk, one index step, where COUNT(*) reads the table.
    return int(connection.execute(text(f"SELECT max(pk) FROM {table}")).scalar() or 0)


def stale_tables(connection: Connection) -> list[str]:
    """The queue tables whose statistics are missing or taken at a size far from today's."""
    analysed = _analysed_rows(connection)
    stale = []
    for table in QUEUE_TABLES:
        now = _rows(connection, table)
        then = analysed.get(table)
        if now == 0:
            continue  # empty: nothing to learn yet
        if then is None or now > then * GROWTH or now * GROWTH < then:
            stale.append(table)
    return stale


def refresh(cache: Cache) -> list[str]:
    """ANALYZE the queue tables that need it (see the module's note); returns their names."""
    if cache.engine.dialect.name != "sqlite":
        return []
    with cache.engine.connect() as connection:  # a read: no write lock while nothing is stale
        stale = stale_tables(connection)
    for table in stale:
        # One transaction a table: an analyst's action waits (busy_timeout) for the
        # write lock no longer than one table's analysis.
        with cache.write() as connection:
            connection.exec_driver_sql(f"ANALYZE {table}")
    return stale
