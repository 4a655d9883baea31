"""After a cache is found damaged: move it aside, keep what the server cannot give back.

Incidents, alerts and devices come back with a full sync. The analyst's own
records do not: the outbox (changes not yet pushed), the audit log, questions
to Defender Experts and their replies, per-tenant settings. `recover` closes
every connection, quarantines the file with its -wal/-shm (a stale -wal
replayed into a fresh file of the same name would corrupt it again), creates
a fresh cache at the same path and copies into it every row of those tables
that can still be read, one row at a time where a table is partly damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from console.cache import files
from console.cache.engine import Cache, open_cache
from console.cache.schema import (
    audit_log,
    expert_replies,
    expert_requests,
    outbox,
    tenant_settings,
)

# Parents before children (expert replies refer to their request).
IRREPLACEABLE = (outbox, audit_log, expert_requests, expert_replies, tenant_settings)
# Past a damaged page rows are probed one rowid at a time, up to this many (a wrecked
# max(rowid) must not turn the probe into an endless loop).
PROBE_LIMIT = 1_000_000


@dataclass
class Salvage:
    """Where the damaged file went and what of the analyst's own records was kept."""

    quarantine: Path
    kept: dict[str, int] = field(default_factory=dict)
    # Tables of which some rows (or the whole table) could not be read back.
    damaged: list[str] = field(default_factory=list)

    @property
    def kept_rows(self) -> int:
        return sum(self.kept.values())

    def summary(self) -> str:
        """One line for the CLI and the window (file paths and counts, no traceback)."""
        text = (
            f"the damaged file was moved to {self.quarantine}; "
            f"{self.kept_rows:,} row(s) of the outbox, audit log, expert requests and "
            "tenant settings were kept in a fresh cache"
        )
        if self.damaged:
            text += f" (some rows of {', '.join(self.damaged)} could not be read)"
        return text


def recover(cache: Cache) -> Salvage:
    """Recover an open cache in place: the handle then points at the fresh file."""
    if cache.sqlite_path is None:
        raise ValueError(f"{cache!r} is not an SQLite file: nothing to quarantine")
    cache.close()  # every pooled connection, so the -wal/-shm move with the file
    fresh, salvage = _recover(cache.sqlite_path)
    cache.engine = fresh.engine
    return salvage


def recover_file(path: Path) -> Salvage:
    """Recover a cache file nobody has open (it failed to open, or its command stopped)."""
    fresh, salvage = _recover(path)
    fresh.close()
    return salvage


def _recover(path: Path) -> tuple[Cache, Salvage]:
    folder = files.quarantine(path)
    salvage = Salvage(folder)
    fresh = open_cache(path)
    try:
        source = open_read_only(folder / path.name)
    except sqlite3.DatabaseError:
        salvage.damaged = [table.name for table in IRREPLACEABLE]
        return fresh, salvage
    try:
        with fresh.engine.begin() as target:
            for table in IRREPLACEABLE:
                kept, whole = copy_table(source, target, table.name, [c.name for c in table.c])
                salvage.kept[table.name] = kept
                if not whole:
                    salvage.damaged.append(table.name)
    finally:
        source.close()
    return fresh, salvage


def open_read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.execute("PRAGMA query_only=ON")
    return connection


def copy_table(
    source: sqlite3.Connection,
    target: Connection,
    table: str,
    wanted: list[str],
    *,
    skip_equal: bool = False,
) -> tuple[int, bool]:
    """Copy the readable rows of `table`; (rows copied, whether every row was read).

    A row whose key is already in `target` is skipped; with `skip_equal`, so is a row
    equal in every wanted column to one there (a table without a natural key, such as
    the audit log, copied twice stays one copy)."""
    try:
        present = {row[1] for row in source.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.DatabaseError:
        return 0, False
    columns = [name for name in wanted if name in present]
    if not columns:
        return 0, not present  # an older cache without the table has nothing to lose
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})'
    if skip_equal:
        same = " AND ".join(f'"{name}" IS ?' for name in columns)
        insert = (
            f'INSERT INTO "{table}" ({names}) SELECT {marks} '
            f'WHERE NOT EXISTS (SELECT 1 FROM "{table}" WHERE {same})'
        )
    copied = 0
    whole = True
    for values in _readable_rows(source, table, names):
        if values is None:
            whole = False
            continue
        try:
            result = target.exec_driver_sql(insert, (*values, *values) if skip_equal else values)
        except IntegrityError:  # e.g. a reply whose request was lost: keep the rest
            whole = False
            continue
        copied += max(0, result.rowcount)  # 0: already there (a key or, skip_equal, a twin)
    return copied, whole


def _readable_rows(
    source: sqlite3.Connection, table: str, names: str
) -> Iterator[tuple[object, ...] | None]:
    """Every row in rowid order; past a damaged page, probe rowid by rowid (None = lost)."""
    last = 0
    try:
        for row in source.execute(f'SELECT rowid, {names} FROM "{table}" ORDER BY rowid'):
            last = row[0]
            yield tuple(row[1:])
        return
    except sqlite3.DatabaseError:
        yield None
    try:
        highest = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return
    for rowid in range(last + 1, min(highest, last + PROBE_LIMIT) + 1):
        try:
            row = source.execute(
                f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,)
            ).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            yield tuple(row)
