"""Run one tenant's sync in a process of its own, as `sync_tenant` would run it here.

`SyncProcess.run` blocks like `sync_tenant` (the window calls it from the same worker
thread), reports through the same observer, honours the same cancel event, and
returns the same report or raises the same errors; the work (HTTP, decoding pages,
writing the cache) happens in `console.sync.worker`, so it never holds this
interpreter's GIL. The window's worst delay during a full sync into a 1,000,000-alert
cache is 15-24 ms, against 58-74 ms with the sync on a thread
(benchmarks/ui_responsiveness.py).

The tokens stay here: the child asks for one each time its session needs one, and the
answer goes down its stdin.
"""

from __future__ import annotations

import contextlib
import logging
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from console.api.errors import one_line
from console.module_command import module_command
from console.sync import worker_wire as wire
from console.sync.clients import ClientSettings
from console.sync.engine import SyncObserver, SyncOptions, SyncProcessError, SyncReport
from console.sync.target import WaitCallback

log = logging.getLogger(__name__)

# How long a process told to go may take to exit (a run under way commits its page
# first) before it is killed.
_EXIT_SECONDS = 10.0


def worker_command() -> list[str]:
    return module_command("console.sync.worker")


class SyncProcess:
    """One sync process, for one tenant's run after another (a desk's worker starts once:
    Python, SQLAlchemy and requests cost it about half a second)."""

    def __init__(self, command: list[str] | None = None) -> None:
        """`command`: another job's process speaking the same protocol (the triage sender's,
        console.triage.process); the sync worker's by default."""
        self._process = subprocess.Popen(
            command or worker_command(),
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
        self._stderr_logger = threading.Thread(
            target=_log_lines, args=(self._process.stderr,), daemon=True
        )
        self._stderr_logger.start()

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def run(
        self,
        cache_path: Path,
        tenant_id: str,
        settings: ClientSettings,
        *,
        options: SyncOptions,
        observer: SyncObserver,
        on_wait: WaitCallback,
        cancel: threading.Event,
    ) -> SyncReport:
        """One tenant's sync in this process; raises its error as `sync_tenant` would."""
        spec = {
            "e": wire.SPEC,
            "cache": str(cache_path),
            "tenant_id": tenant_id,
            "options": wire.options_to_wire(options),
            "reach": wire.settings_to_wire(settings),
        }
        done = self.exchange(
            spec, settings, lambda message: _observer_call(message, observer, on_wait), cancel
        )
        try:
            report = wire.report_from_wire(done)
        except (ValueError, KeyError, TypeError) as error:
            self.close()
            raise SyncProcessError(
                f"the sync process sent a report that cannot be read ({one_line(str(error))})"
            ) from error
        if report.tenant_id != tenant_id:
            self.close()
            raise SyncProcessError(
                f"the sync process reported tenant {report.tenant_id} for {tenant_id}"
            )
        return report

    def exchange(
        self,
        spec: dict[str, Any],
        settings: ClientSettings,
        handle: Callable[[dict[str, Any]], Callable[[], None] | None],
        cancel: threading.Event,
    ) -> dict[str, Any]:
        """Send `spec`, act on the child's messages until its run ends, and return what
        its `done` carried; raises the run's error. `handle` turns one of the job's own
        messages into a call (None for a message it does not know: the run ends, broken).
        Token requests are answered from `settings`, cancel is passed on."""
        self._talk.send(spec)
        ended = threading.Event()
        watcher = threading.Thread(target=self._cancel_when_set, args=(cancel, ended), daemon=True)
        watcher.start()
        outcome: dict[str, Any] | BaseException | None = None
        try:
            outcome = _follow(self._messages, self._talk, settings, handle)
        finally:
            ended.set()
            watcher.join()  # no cancel of this run may reach the next one
            if not isinstance(outcome, dict):
                # Only a run that ended on `done` leaves the process clean for the next
                # tenant: after an error, or a handler that raised mid-run, a thread of
                # this run may still ask for a token that must never be the next tenant's.
                self.close()
        if isinstance(outcome, dict):
            return outcome
        if outcome is not None:
            raise outcome
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
        self._stderr_logger.join(timeout=2)  # what it said before it went, logged first
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.close()

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
    settings: ClientSettings,
    handle: Callable[[dict[str, Any]], Callable[[], None] | None],
) -> dict[str, Any] | BaseException | None:
    """Act on the child's messages until the run ends: what its `done` carried, its error,
    or None when the process closed its end first. A line that is not one of our messages
    ends the run (the child's stdout is ours alone: such a line is a broken child, and
    skipping it could skip the run's last word and wait forever)."""
    for line in stream:
        try:
            message = wire.decode(line)
            kind = message["e"]
            if kind == wire.DONE:
                done = message["report"]
                if not isinstance(done, dict):
                    raise TypeError("its report is not an object")
                return done
            if kind == wire.FAILED:
                return wire.error_from_wire(message.get("error", {}))
            if kind == wire.TOKEN:
                _answer_token(talk, settings, str(message.get("resource")))
                continue
            call = handle(message)
        except (ValueError, KeyError, TypeError) as error:
            return SyncProcessError(
                f"the sync process sent a message that cannot be read ({one_line(str(error))})"
            )
        if call is not None:
            call()  # a handler that raises ends the run here (and the process)
    return None


def _observer_call(
    message: dict[str, Any], observer: SyncObserver, on_wait: WaitCallback
) -> Callable[[], None] | None:
    """The observer call a message asks for, its fields read (KeyError if one is missing)."""
    kind = message["e"]
    if kind == wire.STARTED:
        resource, mode = str(message["resource"]), str(message["mode"])
        return lambda: observer.resource_started(resource, mode)
    if kind == wire.PAGE:
        fields = (str(message["resource"]), int(message["page"]), int(message["items"]))
        total = int(message["total"])
        return lambda: observer.page_committed(*fields, total)
    if kind == wire.WARNINGS:
        resource, page = str(message["resource"]), int(message["page"])
        warnings = [str(w) for w in message["warnings"]]
        return lambda: observer.page_warnings(resource, page, warnings)
    if kind == wire.FINISHED:
        resource, total, pages = (
            str(message["resource"]),
            int(message["total"]),
            int(message["pages"]),
        )
        seconds = float(message["seconds"])
        return lambda: observer.resource_finished(resource, total, pages, seconds)
    if kind == wire.WAIT:
        reason, wait = str(message["reason"]), float(message["seconds"])
        return lambda: on_wait(reason, wait)
    raise ValueError(f"unknown message {kind!r}")


def _answer_token(talk: _Talk, settings: ClientSettings, resource: str) -> None:
    provider = settings.defender_tokens if resource == "defender" else settings.graph_tokens
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
