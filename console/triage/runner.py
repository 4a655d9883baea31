"""How one tenant's triage changes are sent: in a process of its own where the tenant's
sync runs in one (the window: console.triage.process), else on the caller's thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from console.cache import device_tags, triage
from console.cache.engine import Cache
from console.sync.target import SyncTarget
from console.triage.delivery import Progress, SendReport, send_waiting, with_device_tags
from console.triage.device_tags import send_device_tags
from console.triage.pace import Pacer

ProgressFn = Callable[[Progress], None]
# (cancel, progress, per_minute) -> what the run did; blocks (an executor runs it).
Sender = Callable[[threading.Event, ProgressFn, int], SendReport]


def thread_sender(
    cache: Cache,
    tenant_id: str,
    make_client: Callable[[], Any],
    make_defender: Callable[[], Any] | None = None,
) -> Sender:
    """Send on the calling thread with a fresh Graph client from `make_client` (and the
    device tags with a Defender client from `make_defender`)."""

    def send(cancel: threading.Event, progress: ProgressFn, per_minute: int) -> SendReport:
        pacer = Pacer(per_minute, cancel=cancel)
        client = make_client()
        try:
            report = send_waiting(
                cache, tenant_id, client, pacer=pacer, cancel=cancel, progress=progress
            )
        finally:
            _close(client)
        if make_defender is None or not device_tags.waiting(cache, tenant_id):
            return report
        defender = make_defender()
        try:
            tags = send_device_tags(cache, tenant_id, defender, pacer=pacer, cancel=cancel)
        finally:
            _close(defender)
        return with_device_tags(report, tags)

    return send


def _close(client: Any) -> None:
    session = getattr(client, "session", None)
    if session is not None:
        session.close()


def graph_client_of(target: SyncTarget) -> Callable[[], Any]:
    """A fresh Graph client for the target's tenant, with its own token (the Defender one a
    sync also makes is closed at once: triage writes go to Graph only)."""

    def make() -> Any:
        graph, defender = target.make_clients(lambda _reason, _seconds: None)
        session = getattr(defender, "session", None)
        if session is not None:
            session.close()
        return graph

    return make


def defender_client_of(target: SyncTarget) -> Callable[[], Any]:
    """A fresh Defender for Endpoint client for the target's tenant (machine actions)."""

    def make() -> Any:
        graph, defender = target.make_clients(lambda _reason, _seconds: None)
        session = getattr(graph, "session", None)
        if session is not None:
            session.close()
        return defender

    return make


def sender_of(target: SyncTarget, cache: Cache) -> Sender:
    """The target's tenant's sender: in a process where its sync runs in one."""
    settings_of, path = target.in_child, cache.sqlite_path
    if settings_of is None or path is None:
        return thread_sender(
            cache, target.tenant_id, graph_client_of(target), defender_client_of(target)
        )

    def send(cancel: threading.Event, progress: ProgressFn, per_minute: int) -> SendReport:
        from console.triage.process import send_in_process

        if not triage.waiting_count(cache, target.tenant_id) and not device_tags.waiting(
            cache, target.tenant_id
        ):
            return SendReport()  # the minute's check: no process started for nothing
        return send_in_process(
            path,
            target.tenant_id,
            settings_of(),  # its network and tokens, before the process starts
            per_minute=per_minute,
            cancel=cancel,
            progress=progress,
        )

    return send
