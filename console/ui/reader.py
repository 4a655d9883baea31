"""Background reads: a view's refresh queries the cache on a reader thread, not the GUI's.

During a sync the views re-read what they show every few pages; run on the GUI thread,
a COUNT over a million alerts froze the window for a second. SQLite in WAL mode lets
readers run beside the sync's one writer, and each read checks a connection of its own
out of the cache engine's pool on its own thread (SQLAlchemy's QueuePool; pysqlite's
`check_same_thread` is off for it), so a reader never shares a connection with the GUI.

A view gives `BackgroundRead.request` a `prepare` function, called on the GUI thread
when the read starts (so it captures the filters and the scroll position of that
moment) and returning the read itself: plain cache queries, no Qt. The result comes
back to the GUI thread by a queued signal and is handed to the view's `show`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

Read = Callable[[], Any]
Prepare = Callable[[], Read]

# Two readers: the shown queue's refresh does not wait behind Home's or the status bar's.
# The sync writer is a third thread; the machines we aim at have two cores or more.
_READER_THREADS = 2
_pool: QThreadPool | None = None
_readers: weakref.WeakSet[BackgroundRead] = weakref.WeakSet()


def _reader_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("cacheReaders")
        _pool.setMaxThreadCount(_READER_THREADS)
    return _pool


def idle() -> bool:
    """True when no background read is running or waiting to be shown (tests wait on it)."""
    return not any(shiboken6.isValid(reader) and reader.busy for reader in list(_readers))


def wait_for_readers(timeout_ms: int = 30_000) -> bool:
    """Block until the reader threads are done (before a cache is closed or deleted)."""
    return _pool is None or _pool.waitForDone(timeout_ms)


class _Relay(QObject):
    """Carries each read's result from its reader thread to the GUI thread. It lives as long
    as the process: a reader thread emitting on the view's own object crashed the process
    (a segfault in CI) when the window closed and deleted that object during the read."""

    done = Signal(int, int, object, object)  # reader key, token, result, error


_relays: list[_Relay] = []
_by_key: dict[int, weakref.ref[BackgroundRead]] = {}


def _relay() -> _Relay:
    """The relay, made on the GUI thread with the first BackgroundRead (queued slots run
    on the thread an object lives in)."""
    if not _relays:
        relay = _Relay()
        relay.done.connect(_deliver, Qt.ConnectionType.QueuedConnection)
        _relays.append(relay)
    return _relays[0]


def _deliver(key: int, token: int, result: Any, error: Exception | None) -> None:
    found = _by_key.get(key)
    reader = found() if found is not None else None
    if reader is None or not shiboken6.isValid(reader):
        _by_key.pop(key, None)  # its view went while it read: nothing to show
        return
    reader._on_finished(token, result, error)


class BackgroundRead(QObject):
    """One view's background reads: at most one running plus one pending.

    A request while a read runs replaces the pending one, so the refreshes of a sync do
    not pile up; results are shown in the order the reads started, so an older result
    never lands over a newer one. `cancel` drops the running read's result and the
    pending request (the analyst changed the query and it was re-read at once).

    A read that fails with a `CacheError` (a damaged or full cache) raises it again on
    the GUI thread, from the slot: the window's cache-problem path (the excepthook of
    `console.ui.shell.cache_problem`) recovers and says so, as for a query run there.
    """

    # After a result was shown.
    delivered = Signal()
    _keys = iter(range(1, 1 << 62))

    def __init__(self, show: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._show = show
        self._token = 0  # the newest read started; a result of another is stale
        self._running = False
        self._pending: Prepare | None = None
        # Results come back through the process-long relay, found again by this key.
        self._key = next(BackgroundRead._keys)
        _by_key[self._key] = weakref.ref(self)
        self._relay = _relay()
        _readers.add(self)

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, prepare: Prepare) -> None:
        if self._running:
            self._pending = prepare
            return
        self._start(prepare)

    def cancel(self) -> None:
        self._pending = None
        self._token += 1

    def _start(self, prepare: Prepare) -> None:
        read = prepare()
        self._token += 1
        self._running = True
        token, key, relay = self._token, self._key, self._relay

        def run() -> None:
            try:
                result, error = read(), None
            except Exception as failure:  # shown on the GUI thread, never lost on this one
                result, error = None, failure
            relay.done.emit(key, token, result, error)  # never a deleted object's signal

        _reader_pool().start(run)

    def _on_finished(self, token: int, result: Any, error: Exception | None) -> None:
        self._running = False
        current = token == self._token
        if self._pending is not None:
            prepare, self._pending = self._pending, None
            self._start(prepare)
        if not current:
            return
        if error is not None:
            raise error
        self._show(result)
        self.delivered.emit()
