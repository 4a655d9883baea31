"""Write transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE).

A plain BEGIN that reads first and then writes fails at once, without waiting out the
busy timeout, when another writer committed after its read (SQLITE_BUSY_SNAPSHOT). With
several writers on one cache (a desk's sync processes, the window's outbox, a first
open migrating it) that was "another program kept it locked for too long"; taking the
lock at BEGIN makes writers wait their turn instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Connection, Engine

# An execution option set on a write transaction's connection; read by the begin event.
_IMMEDIATE = "hunting_console_immediate"


def begin_statement(connection: Any) -> str:
    """What the engine's begin event sends: IMMEDIATE for a write transaction."""
    return "BEGIN IMMEDIATE" if connection.get_execution_options().get(_IMMEDIATE) else "BEGIN"


@contextlib.contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the write lock from its start; commits at the end."""
    with engine.connect() as connection:
        connection.execution_options(**{_IMMEDIATE: True})
        with connection.begin():
            yield connection
