"""The sync process: `python -m console.sync.worker`, started by `console.sync.child`.

It reads a spec (cache, tenant, URLs, options, network) from stdin, syncs with the
same `sync_tenant` the command line uses, reports on a private copy of stdout
(console.sync.worker_wire), then waits for the next spec: a desk's worker syncs one
tenant after another and starts once. Tokens are asked of the parent each time a
session needs one, so the sign-in (MSAL, its token cache, a browser) stays in the window.

stdin closing (the window quit or died) cancels the run like Cancel: the page being
written commits whole and the process exits.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from console.api.errors import ApiError
from console.cache.errors import CacheError
from console.sync import worker_wire as wire
from console.sync.engine import SyncCancelled, SyncReport, sync_tenant

log = logging.getLogger("console.sync.worker")


class Channel:
    """The parent's end: messages from any thread (the sync and its prefetch), whole lines."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, kind: str, **fields: Any) -> None:
        with self._lock:
            self._stream.write(wire.encode({"e": kind, **fields}))
            self._stream.flush()


# One token question in flight, for both resources: the answers come back in order.
_ASKING = threading.Lock()


class BrokeredTokens:
    """A TokenProvider whose tokens come from the parent, one request at a time."""

    def __init__(self, resource: str, channel: Channel, answers: queue.Queue[Any]) -> None:
        self._resource = resource
        self._channel = channel
        self._answers = answers

    def token(self) -> str:
        with _ASKING:
            self._channel.send(wire.TOKEN, resource=self._resource)
            answer = self._answers.get()
        if answer is None:  # the parent is gone
            raise SyncCancelled()
        if answer.get("e") == wire.REFUSED:
            raise wire.error_from_wire(answer.get("error", {}))
        return str(answer["token"])

    def __repr__(self) -> str:  # never the token
        return f"BrokeredTokens({self._resource!r})"


class _Observer:
    """The sync's observer: each call becomes one message."""

    def __init__(self, channel: Channel) -> None:
        self._channel = channel

    def resource_started(self, resource: str, mode: str) -> None:
        self._channel.send(wire.STARTED, resource=resource, mode=mode)

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None:
        self._channel.send(wire.PAGE, resource=resource, page=page, items=items, total=total)

    def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None:
        self._channel.send(wire.WARNINGS, resource=resource, page=page, warnings=warnings[:20])

    def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None:
        self._channel.send(
            wire.FINISHED, resource=resource, total=total, pages=pages, seconds=seconds
        )


class _Inbox:
    """What the parent sends, read on a thread of its own: specs wait in `specs`, token
    answers in `answers`, and `cancel` stops the run under way."""

    def __init__(self) -> None:
        self.specs: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.answers: queue.Queue[Any] = queue.Queue()
        self.cancel = threading.Event()

    def listen(self, stream: IO[str]) -> None:
        for line in stream:
            try:
                message = wire.decode(line)
            except ValueError:
                continue
            if message["e"] == wire.CANCEL:
                self.cancel.set()
            elif message["e"] == wire.SPEC:
                # Cleared here, in the order the lines came: a cancel sent right after
                # this spec (before the run began) stays set for it.
                self.cancel.clear()
                self.specs.put(message)
            else:
                self.answers.put(message)
        self.cancel.set()  # stdin closed: the window is gone
        self.answers.put(None)
        self.specs.put(None)


def run(
    spec: dict[str, Any], channel: Channel, answers: queue.Queue[Any], cancel: threading.Event
) -> SyncReport:
    from console.cache.engine import open_cache

    tenant_id = str(spec["tenant_id"])
    settings = wire.settings_from_wire(
        spec["reach"],
        BrokeredTokens("graph", channel, answers),
        BrokeredTokens("defender", channel, answers),
    )
    graph, defender = settings.clients(
        tenant_id,
        on_wait=lambda reason, seconds: channel.send(wire.WAIT, reason=reason, seconds=seconds),
    )
    try:
        with open_cache(Path(spec["cache"])) as cache:
            return sync_tenant(
                cache,
                tenant_id,
                graph=graph,
                defender=defender,
                options=wire.options_from_wire(spec["options"]),
                observer=_Observer(channel),
                cancel=cancel,
            )
    finally:
        graph.session.close()
        defender.session.close()


def main() -> int:
    return serve(
        lambda spec, channel, answers, cancel: wire.report_to_wire(
            run(spec, channel, answers, cancel)
        )
    )


Job = Callable[[dict[str, Any], "Channel", "queue.Queue[Any]", threading.Event], dict[str, Any]]


def serve(job: Job, name: str = "sync") -> int:
    """Run `job` on each spec the parent sends, until stdin closes: its answer goes back in
    `done`, its error in `failed`. The triage sender's process (console.triage.worker)
    serves the same way, with its own job."""
    # The protocol gets a copy of stdout of its own; stdout itself becomes stderr, so a
    # stray print (ours or a library's) cannot break a message.
    channel = Channel(os.fdopen(os.dup(1), "w", encoding="utf-8"))
    os.dup2(2, 1)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(name)s: %(message)s")
    inbox = _Inbox()
    threading.Thread(target=inbox.listen, args=(sys.stdin,), daemon=True).start()
    status = 0
    while (spec := inbox.specs.get()) is not None:
        try:
            done = job(spec, channel, inbox.answers, inbox.cancel)
        except (ApiError, CacheError, SyncCancelled) as error:
            channel.send(wire.FAILED, error=wire.error_to_wire(error))
            continue
        except Exception as error:  # a bug: its traceback reaches the window's log on stderr
            log.error("%s failed unexpectedly", name, exc_info=error)
            channel.send(wire.FAILED, error=wire.error_to_wire(error))
            status = 1
            continue
        channel.send(wire.DONE, report=done)
    return status


if __name__ == "__main__":
    sys.exit(main())
