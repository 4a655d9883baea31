"""Where a sync reads from, and how one run of it is carried out.

The window (or any other runner) never knows how a tenant is reached (the demo's
emulator, a signed-in tenant): the composition root, `console.launch`, builds the
target, and `run_target` asks it for fresh clients (or client settings, for a sync
process) at the start of each run, on the runner's worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from console.sync.engine import (
    DefenderSource,
    GraphSource,
    SyncObserver,
    SyncOptions,
    SyncReport,
    sync_tenant,
)

if TYPE_CHECKING:
    from console.cache.engine import Cache
    from console.sync.clients import ClientSettings

WaitCallback = Callable[[str, float], None]  # (reason, seconds), as console.api reports waits
ClientFactory = Callable[[WaitCallback], tuple[GraphSource, DefenderSource]]


@dataclass(frozen=True)
class SyncTarget:
    tenant_id: str
    make_clients: ClientFactory
    options: SyncOptions = field(default_factory=SyncOptions)
    # The same tenant's client settings, for a run in a sync process of its own
    # (console.sync.child); None runs `sync_tenant` on the caller's thread.
    in_child: Callable[[], ClientSettings] | None = None


def run_target(
    target: SyncTarget,
    cache: Cache,
    *,
    observer: SyncObserver,
    on_wait: WaitCallback,
    cancel: threading.Event,
) -> SyncReport:
    """One run of `target` into `cache`, where the target says: blocks until it ends and
    raises what `sync_tenant` raises (a sync process's errors come back as themselves)."""
    if target.in_child is not None and cache.sqlite_path is not None:
        from console.sync.child import SyncProcess

        settings = target.in_child()  # its network and tokens, before a process starts
        with SyncProcess() as process:  # one per run: a window syncs every few minutes
            return process.run(
                cache.sqlite_path,
                target.tenant_id,
                settings,
                options=target.options,
                observer=observer,
                on_wait=on_wait,
                cancel=cancel,
            )
    graph, defender = target.make_clients(on_wait)
    try:
        return sync_tenant(
            cache,
            target.tenant_id,
            graph=graph,
            defender=defender,
            options=target.options,
            observer=observer,
            cancel=cancel,
        )
    finally:
        # Each API has its own session (scoped to its base URL): close both.
        for client in (graph, defender):
            session = getattr(client, "session", None)
            if session is not None:
                session.close()
