"""An overall deadline per response: connect, headers and body together.

Socket timeouts (and urllib3's `Timeout(total=)`) bound each read, not the
response: a server that sends one byte per second never trips them and holds a
sync forever. A `Deadline` is armed when an attempt starts; if the attempt is not
over when it fires, a timer thread shuts the attempt's socket down, so the
blocked read fails at once and the session reports the deadline.

requests and urllib3 offer no such limit, so the adapter here gives its pools a
connection class that tells the deadline of the calling thread which socket an
attempt uses.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

from urllib3 import PoolManager
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from console.api.network import TrustedAdapter

_current = threading.local()


class Deadline:
    """At most `seconds` per attempt; arm at its start, disarm when it is over."""

    def __init__(self, seconds: float, host: str = "the server") -> None:
        self.seconds = seconds
        self.host = host
        self.expired = False  # the deadline cut a connection of this attempt
        self._time_up = False
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._connections: list[HTTPConnection] = []

    def watch(self, connection: HTTPConnection) -> None:
        """Called by a connection as an attempt uses it; starts the clock if not running."""
        with self._lock:
            if connection not in self._connections:
                self._connections.append(connection)
            connection._hc_deadline = self  # type: ignore[attr-defined]
            if self._time_up:
                # A further hop (a redirect) after the time is up: cut it too.
                self.expired = True
                _shut(connection)
            elif self._timer is None:
                self._timer = threading.Timer(self.seconds, self._expire)
                self._timer.daemon = True
                self._timer.start()

    def release(self, connection: HTTPConnection) -> None:
        """The attempt is done with `connection` (its answer was read whole and it goes
        back to the pool, where another thread may take it): never shut it from here."""
        with self._lock:
            if connection in self._connections:
                self._connections.remove(connection)

    def disarm(self) -> None:
        """The attempt is over (answered, failed, or about to wait before a retry)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._connections.clear()

    def _expire(self) -> None:
        with self._lock:
            self._time_up = True
            # With no connection checked out, the answer is already in: nothing is cut,
            # and a complete answer is not reported as a deadline.
            if self._connections:
                self.expired = True
            for connection in self._connections:
                _shut(connection)


def _shut(connection: HTTPConnection) -> None:
    sock = connection.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            # The plain socket's shutdown, also for TLS: SSLSocket.shutdown would
            # tear down the TLS object under the reading thread's feet.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


@contextlib.contextmanager
def deadline_for_this_thread(deadline: Deadline) -> Iterator[None]:
    _current.deadline = deadline
    try:
        yield
    finally:
        _current.deadline = None
        deadline.disarm()


def current_deadline() -> Deadline | None:
    """The deadline of the attempt this thread is making, if any."""
    deadline: Deadline | None = getattr(_current, "deadline", None)
    return deadline


def _watch(connection: HTTPConnection) -> None:
    deadline = current_deadline()
    if deadline is not None:
        deadline.watch(connection)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        _watch(self)
        super().connect()

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        _watch(self)
        super().connect()

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(self)
        super().request(*args, **kwargs)


def _release(connection: Any) -> None:
    deadline: Deadline | None = getattr(connection, "_hc_deadline", None)
    if deadline is not None:
        connection._hc_deadline = None
        deadline.release(connection)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection

    def _put_conn(self, conn: Any) -> None:
        _release(conn)  # before another thread can take it from the pool
        super()._put_conn(conn)


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection

    def _put_conn(self, conn: Any) -> None:
        _release(conn)
        super()._put_conn(conn)


def _watch_pools(manager: PoolManager) -> None:
    manager.pool_classes_by_scheme = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class DeadlineAdapter(TrustedAdapter):
    """A `TrustedAdapter` whose connections (direct or through a proxy) obey `Deadline`s."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _watch_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        _watch_pools(manager)
        return manager
