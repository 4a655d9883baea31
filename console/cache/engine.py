"""Open a cache: engine, SQLite connection settings, migrations, corruption checks."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine, ExceptionContext, make_url
from sqlalchemy.exc import DatabaseError as SqlAlchemyDatabaseError
from sqlalchemy.exc import OperationalError as SqlAlchemyOperationalError

from console.cache import files, locking, migrate
from console.cache.errors import CacheCorruptError, CacheDamagedError, CacheError
from console.private_files import private_sqlite

__all__ = [
    "Cache",
    "CacheCorruptError",
    "CacheDamagedError",
    "CacheError",
    "check",
    "open_cache",
    "storage_errors",
]

BUSY_TIMEOUT_MS = 10_000
WAL_RETRY_S = 0.02


class Cache:
    """A small handle on an open cache; pass it to the query and write functions."""

    def __init__(self, engine: Engine, sqlite_path: Path | None) -> None:
        self.engine = engine
        self.url: URL = engine.url
        self.sqlite_path = sqlite_path
        # The connection `read_together` holds for this thread, if any.
        self._together = threading.local()

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for one read: the thread's `read_together` one, else a fresh one."""
        held: Connection | None = getattr(self._together, "connection", None)
        if held is not None:
            yield held
            return
        with self.engine.connect() as connection:
            yield connection

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction, committed at the end (rolled back on an error). It waits
        for the write lock from its start, so writers (the sync processes, the window's
        outbox) take turns instead of failing on each other (console.cache.locking)."""
        with locking.write_transaction(self.engine) as connection:
            yield connection

    @contextlib.contextmanager
    def read_together(self) -> Iterator[None]:
        """The reads on this thread inside it see one snapshot of the cache.

        A queue's refresh counts, then reads the windows of rows it shows; with a sync
        committing in between, the count and the rows disagreed (a window short of rows
        the count promised, or rows past its end). In one read transaction (WAL keeps
        it apart from the writer) they agree."""
        if getattr(self._together, "connection", None) is not None:
            yield  # already inside one
            return
        with self.engine.connect() as connection, connection.begin():
            self._together.connection = connection
            try:
                yield
            finally:
                self._together.connection = None

    @property
    def where(self) -> str:
        """The file, or the URL without its password: what messages name."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Cache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Cache({self.url.render_as_string(hide_password=True)!r})"


def _begin_explicitly(connection: Any) -> None:
    connection.exec_driver_sql(locking.begin_statement(connection))  # IMMEDIATE for writes


def _enter_wal(cursor: Any) -> None:
    """Switch to WAL, waiting as long as the busy timeout for the lock it needs.

    Turning a new file to WAL takes an exclusive lock, and SQLite answers "database is
    locked" at once, without its busy handler, while another connection is opening the
    same new file (four processes of a desk opening a cache no one made yet).
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_S)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 (before 3.12's autocommit attribute) commits on its own
    # before DDL and never begins before it, so a cache killed while Alembic
    # created or upgraded it was left half-built ("an SQLite database but not a
    # Hunting Console cache"). Turning its handling off and emitting BEGIN from
    # SQLAlchemy's begin event (SQLAlchemy's documented recipe) makes every
    # transaction, migrations included, all-or-nothing.
    dbapi_connection.isolation_level = None
    # WAL: the sync writes while the views read. NORMAL is durable across an
    # application crash in WAL mode; only an OS crash can lose the last commit.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _enter_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # A sync page touches a dozen indexes at random places: a 64 MiB page
        # cache keeps their upper levels in memory instead of re-reading them.
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.execute("PRAGMA temp_store=MEMORY")
        # Checkpoint every ~32 MiB of WAL instead of 4 MiB: a full sync writes
        # hundreds of MiB and each checkpoint syncs the database file.
        cursor.execute("PRAGMA wal_autocheckpoint=8000")
    finally:
        cursor.close()


def _to_url(target: str | Path) -> URL:
    if isinstance(target, str) and "://" in target:
        return make_url(target)
    return make_url("sqlite:///" + str(Path(target)))


def is_corruption(error: BaseException) -> bool:
    """True for SQLite errors that mean the file itself is bad (not e.g. 'locked')."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.DatabaseError):
        return False
    message = str(original).lower()
    return type(original) is sqlite3.DatabaseError or "malformed" in message


# What SQLite says when the file system, not the cache, is the problem, and what
# the analyst can do about it. Matched on SQLite's own (stable, English) texts.
_STORAGE_FAILURES = (
    ("readonly", "the file or its folder is read-only; make both writable or use another cache"),
    ("disk is full", "the disk is full; free some space and run again (what was saved is kept)"),
    ("disk i/o error", "the disk refused a read or write (a read-only or failing file system?)"),
    ("unable to open", "the file cannot be opened; check that it and its folder are writable"),
    (
        "database is locked",
        "another program kept it locked for too long (a second sync or console on the same "
        "cache?); try again when it has finished",
    ),
)


def storage_error(error: BaseException, where: str) -> CacheError | None:
    """A CacheError naming `where` for a read-only, full or unopenable store; else None."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.OperationalError):
        return None
    message = str(original).lower()
    for needle, advice in _STORAGE_FAILURES:
        if needle in message:
            return CacheError(f"{where}: {advice}")
    return None


@contextlib.contextmanager
def storage_errors(cache: Cache | str) -> Iterator[None]:
    """Turn a read-only, full or unopenable store met while using `cache` into a CacheError.

    Opening the cache is not enough to know: a disk fills up, or a file system
    is remounted read-only, half-way through a sync.
    """
    try:
        yield
    except (SqlAlchemyOperationalError, sqlite3.OperationalError) as error:
        where = cache if isinstance(cache, str) else cache.where
        translated = storage_error(error, where)
        if translated is None:
            raise
        raise translated from error


def _corruption_listener(where: str) -> Callable[[ExceptionContext], None]:
    """The one place a damaged file becomes CacheDamagedError (and a read-only or full
    store a CacheError), on every path that runs SQL.

    SQLAlchemy calls `handle_error` for a failed execute, fetch, commit or
    connect alike, so a sync, an export or a view that reaches a broken page
    stops with a message naming the file instead of a DatabaseError traceback;
    the caller then quarantines the file rather than writing on into it.
    """

    def listener(context: ExceptionContext) -> None:
        original = context.original_exception
        if is_corruption(original):
            damaged = CacheDamagedError(f"{where}: damaged SQLite file ({original})")
            damaged.engine = context.engine
            raise damaged from original
        # A read-only, full or unopenable store, met on any path: one clear CacheError.
        translated = storage_error(original, where)
        if translated is not None:
            raise translated from original

    return listener


def check(cache: Cache) -> list[str]:
    """SQLite's full integrity_check: [] when the file is sound, else its first problems.

    It reads every page (slow on a large cache), so only `hunting-console cache
    check` runs it; ordinary opens keep the header check.
    """
    if not cache.is_sqlite:
        return []
    try:
        with cache.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check(20)").fetchall()
    except CacheDamagedError as error:  # damage the check itself cannot read past
        return [str(error.__cause__ or error)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def open_cache(target: str | Path, *, verify: bool = False) -> Cache:
    """Open (creating or upgrading as needed) the cache at a file path or SQLAlchemy URL.

    A file at an older schema is backed up beside itself, then upgraded in
    place. Raises CacheCorruptError for a file that is not a readable cache
    (see `quarantine`) and CacheError for one made by a newer app. `verify`
    also runs SQLite's quick_check, which reads the whole file.
    """
    url = _to_url(target)
    sqlite_path: Path | None = None
    # A `file:` URI (uri=true) is SQLite's to interpret; only plain paths are checked here.
    plain_file = url.database not in (None, "", ":memory:") and not url.query.get("uri")
    if url.get_backend_name() == "sqlite" and plain_file:
        sqlite_path = Path(str(url.database))
        if not sqlite_path.parent.is_dir():
            raise CacheError(f"{sqlite_path}: the folder {sqlite_path.parent} does not exist")
        files.check_header(sqlite_path)
        private_sqlite(sqlite_path)  # the tenant's data: 600, and so its -wal/-shm
    where = str(sqlite_path) if sqlite_path else url.render_as_string(hide_password=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_explicitly)
        event.listen(engine, "handle_error", _corruption_listener(where))
    try:
        with storage_errors(where):
            migrate.upgrade(engine, where, sqlite_path)
        if verify and engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                problems = [row[0] for row in connection.execute(text("PRAGMA quick_check"))]
            if problems != ["ok"]:
                raise CacheDamagedError(f"{where}: damaged ({problems[0]})")
    except SqlAlchemyDatabaseError as error:
        engine.dispose()
        if is_corruption(error):
            reason = str(getattr(error, "orig", error))
            raise CacheDamagedError(f"{where}: unreadable SQLite database ({reason})") from error
        raise
    except BaseException:
        engine.dispose()
        raise
    return Cache(engine, sqlite_path)
