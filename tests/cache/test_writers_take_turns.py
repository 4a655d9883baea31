"""Several writers on one cache (sync processes of a desk, the window's outbox) take turns.

A transaction that read, then wrote, failed at once when another writer had committed
since its read (SQLite's BUSY_SNAPSHOT: no busy timeout is waited). Writes now take
the write lock when they begin (`Cache.write`), so they wait their turn instead.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import text

from console.cache import open_cache


def test_a_write_that_read_first_waits_for_the_other_writer_instead_of_failing(cache_path):
    open_cache(cache_path).close()
    with open_cache(cache_path) as first, open_cache(cache_path) as second:
        read_done = threading.Event()
        failures: list[BaseException] = []

        def other_writer() -> None:
            read_done.wait(30)
            try:  # commits while the first is between its read and its write
                with second.write() as connection:
                    connection.execute(text("INSERT INTO tenants (tenant_id) VALUES ('b')"))
            except BaseException as error:
                failures.append(error)

        thread = threading.Thread(target=other_writer)
        thread.start()
        with first.write() as connection:
            connection.execute(text("SELECT count(*) FROM tenants")).scalar_one()
            read_done.set()
            thread.join(0.5)  # the other writer gets its chance to commit (or to wait)
            connection.execute(text("INSERT INTO tenants (tenant_id) VALUES ('a')"))
        thread.join(30)
        assert failures == []
        with first.connect() as connection:
            rows = connection.execute(text("SELECT tenant_id FROM tenants ORDER BY 1"))
            assert [row[0] for row in rows] == ["a", "b"]


def test_several_processes_opening_a_new_cache_at_once_all_get_it(cache_path):
    # A desk's sync processes start together on a cache no one made yet: one creates
    # the schema, the others wait for it and find it made.
    failures: list[BaseException] = []
    start = threading.Barrier(4, timeout=30)

    def open_it() -> None:
        start.wait()
        try:
            open_cache(cache_path).close()
        except BaseException as error:
            failures.append(error)

    openers = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in openers:
        thread.start()
    for thread in openers:
        thread.join(60)
    assert failures == []
    with open_cache(cache_path) as cache, cache.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1


class _LockedCursor:
    """A cursor whose WAL switch meets another opener's lock `locked` times first: SQLite
    answers that at once, without its busy handler, so it cannot be staged on a real file
    reliably (the test above meets it about once in 25 runs on a busy machine)."""

    def __init__(self, locked: int, message: str = "database is locked") -> None:
        self.left, self.message, self.calls = locked, message, 0

    def execute(self, statement: str) -> None:
        self.calls += 1
        if self.left:
            self.left -= 1
            raise sqlite3.OperationalError(self.message)


def test_the_switch_to_wal_waits_its_turn_behind_another_opener():
    from console.cache.engine import _enter_wal

    cursor = _LockedCursor(locked=3)
    _enter_wal(cursor)
    assert cursor.calls == 4


def test_any_other_error_of_the_switch_to_wal_is_raised_at_once():
    from console.cache.engine import _enter_wal

    cursor = _LockedCursor(locked=1, message="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _enter_wal(cursor)
    assert cursor.calls == 1
