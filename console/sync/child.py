"""Run one tenant's sync in a process of its own, as `sync_tenant` would run it here.

`SyncProcess.run` blocks like `sync_tenant` (the window calls it from the same worker
thread), reports through the same observer, honours the same cancel event, and
returns the same report or raises the same errors; the work (HTTP, decoding pages,
writing the cache) happens in `console.sync.worker`, so it never holds this
interpreter's GIL. The window stays at a 13 ms worst delay during a full sync into a
1,000,000-alert cache, against 58-74 ms with the sync on a thread
(benchmarks/ui_responsiveness.py).

The tokens stay here: the child asks for one each time its session needs one, and the
answer goes down its stdin.
"""

from __future__ import annotations

import contextlib
import logging
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from console.api.auth import TokenProvider
from console.api.errors import one_line
from console.api.network import NetworkSettings
from console.api.retry import Backoff
from console.sync import worker_wire as wire
from console.sync.engine import SyncObserver, SyncOptions, SyncProcessError, SyncReport
from console.sync.target import WaitCallback

log = logging.getLogger(__name__)

# After `done`, how long the child may take to exit before it is stopped.
_EXIT_SECONDS = 10.0


@dataclass(frozen=True)
class ChildSync:
    """How the sync process reaches the tenant: what `console.sync.clients.make_clients`
    needs, with the token providers kept on this side."""

    graph_url: str
    defender_url: str
    graph_tokens: TokenProvider
    defender_tokens: TokenProvider
    network: NetworkSettings | None = None
    max_attempts: int = 6
    backoff: Backoff | None = None
    timeout: tuple[float, float] = (5, 60)


def worker_command() -> list[str]:
    return [sys.executable, "-m", "console.sync.worker"]


class SyncProcess:
    """One sync process, for one tenant's run after another (a desk's worker starts once:
    Python, SQLAlchemy and requests cost it about half a second)."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._talk = _Talk(self._process.stdin)
        self._messages = self._process.stdout
        threading.Thread(target=_log_lines, args=(self._process.stderr,), daemon=True).start()

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def run(
        self,
        cache_path: Path,
        tenant_id: str,
        child: ChildSync,
        *,
        options: SyncOptions,
        observer: SyncObserver,
        on_wait: WaitCallback,
        cancel: threading.Event,
    ) -> SyncReport:
        """One tenant's sync in this process; raises its error as `sync_tenant` would."""
        self._talk.send(
            {
                "e": wire.SPEC,
                "cache": str(cache_path),
                "tenant_id": tenant_id,
                "graph_url": child.graph_url,
                "defender_url": child.defender_url,
                "options": wire.options_to_wire(options),
                "network": wire.network_to_wire(child.network),
                "max_attempts": child.max_attempts,
                "backoff": None
                if child.backoff is None
                else [child.backoff.base, child.backoff.cap],
                "timeout": list(child.timeout),
            }
        )
        ended = threading.Event()
        watcher = threading.Thread(target=self._cancel_when_set, args=(cancel, ended), daemon=True)
        watcher.start()
        try:
            outcome = _follow(self._messages, self._talk, child, observer, on_wait)
        finally:
            ended.set()
            watcher.join()  # no cancel of this run may reach the next one
        if isinstance(outcome, SyncReport):
            return outcome
        if outcome is not None:
            raise outcome
        self.close()
        raise SyncProcessError(
            f"the sync process stopped (exit code {self._process.returncode}) before it"
            " finished; every page it committed is kept"
        )

    def _cancel_when_set(self, cancel: threading.Event, ended: threading.Event) -> None:
        while not ended.is_set() and self.alive:
            if cancel.wait(0.1):
                self._talk.send({"e": wire.CANCEL})
                return

    def close(self) -> None:
        """Let the process go: it reads EOF, stops a run it may have under way, exits."""
        self._talk.close()
        try:
            self._process.wait(timeout=_EXIT_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def __enter__(self) -> SyncProcess:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class _Talk:
    """The child's stdin, written from two threads (token answers, cancel)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        with self._lock, contextlib.suppress(OSError, ValueError):  # the child is gone
            self._stream.write(wire.encode(message))
            self._stream.flush()

    def close(self) -> None:
        with self._lock, contextlib.suppress(OSError, ValueError):
            self._stream.close()


def _follow(
    stream: IO[str],
    talk: _Talk,
    child: ChildSync,
    observer: SyncObserver,
    on_wait: WaitCallback,
) -> SyncReport | BaseException | None:
    """Act on the child's messages until the run ends: its report, its error, or None when
    the process closed its end first."""
    for line in stream:
        try:
            message = wire.decode(line)
            kind = message["e"]
            if kind == wire.TOKEN:
                _answer_token(talk, child, str(message.get("resource")))
            elif kind == wire.STARTED:
                observer.resource_started(message["resource"], message["mode"])
            elif kind == wire.PAGE:
                observer.page_committed(
                    message["resource"], message["page"], message["items"], message["total"]
                )
            elif kind == wire.WARNINGS:
                observer.page_warnings(message["resource"], message["page"], message["warnings"])
            elif kind == wire.FINISHED:
                observer.resource_finished(
                    message["resource"], message["total"], message["pages"], message["seconds"]
                )
            elif kind == wire.WAIT:
                on_wait(str(message["reason"]), float(message["seconds"]))
            elif kind == wire.DONE:
                return wire.report_from_wire(message["report"])
            elif kind == wire.FAILED:
                return wire.error_from_wire(message.get("error", {}))
        except (ValueError, KeyError, TypeError) as error:
            log.warning("sync process: unreadable message skipped (%s)", one_line(str(error)))
    return None  # the process closed its end (it died) without a word on how the run ended


def _answer_token(talk: _Talk, child: ChildSync, resource: str) -> None:
    provider = child.defender_tokens if resource == "defender" else child.graph_tokens
    try:
        token = provider.token()
    except Exception as error:  # AuthError (sign in again) and the like, raised over there
        talk.send({"e": wire.REFUSED, "error": wire.error_to_wire(error)})
    else:
        talk.send({"e": wire.ANSWER, "token": token})


def _log_lines(stream: IO[str] | None) -> None:
    """What the child logged (warnings, a bug's traceback) goes to this process's log."""
    if stream is None:
        return
    for line in stream:
        if line.strip():
            log.warning("sync process: %s", one_line(line, limit=1000))
