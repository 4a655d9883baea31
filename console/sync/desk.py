"""Many tenants' syncs at once, in processes of their own, none waiting on another.

An MSSP desk syncs tens of tenants. Each runs as `console.sync.child` runs one: in a
sync process (`limit` of them, each taking one tenant after another), with its own
tokens (asked of this process, for that tenant only) into its own cache file or rows.
A tenant that fails (a sign-in that expired, throttling, an outage, a corrupt page)
ends with its error and the others go on; a process that dies is replaced. No Qt
here: the `sync --all-profiles` command and the window share it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from console.sync.child import SyncProcess
from console.sync.clients import ClientSettings
from console.sync.engine import (
    SilentObserver,
    SyncCancelled,
    SyncObserver,
    SyncOptions,
    SyncProcessError,
    SyncReport,
)
from console.sync.target import WaitCallback

# Tenants synced at once unless the caller says: each is a process (about 60 MB) and
# most of a sync is waiting on the service, so a few overlap well on a two-core desk.
DEFAULT_LIMIT = 4


@dataclass(frozen=True)
class TenantJob:
    name: str  # what the analyst calls the tenant (its profile's name)
    tenant_id: str
    cache_path: Path
    # Asked for when the tenant's turn comes (its tokens and network as they are then);
    # raising here fails this tenant only.
    settings: Callable[[], ClientSettings]
    options: SyncOptions


@dataclass(frozen=True)
class TenantOutcome:
    job: TenantJob
    report: SyncReport | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def sync_tenants(
    jobs: Iterable[TenantJob],
    *,
    limit: int = DEFAULT_LIMIT,
    observer_for: Callable[[TenantJob], SyncObserver] | None = None,
    on_wait_for: Callable[[TenantJob], WaitCallback] | None = None,
    on_outcome: Callable[[TenantOutcome], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[TenantOutcome]:
    """Sync every job, `limit` at a time; their outcomes in the order they ended.

    `on_outcome` hears each as it ends, on the calling thread. `cancel` stops every
    running sync after its page and starts no more (those never started end cancelled).
    """
    if limit < 1:
        raise ValueError("at least one tenant must be able to sync at a time")
    stop = cancel or threading.Event()
    waiting: queue.Queue[TenantJob] = queue.Queue()
    for job in jobs:
        waiting.put(job)
    ended: queue.Queue[TenantOutcome | None] = queue.Queue()

    def one(process: SyncProcess, job: TenantJob) -> TenantOutcome:
        if stop.is_set():
            return TenantOutcome(job, error=SyncCancelled())
        try:
            report = process.run(
                job.cache_path,
                job.tenant_id,
                job.settings(),
                options=job.options,
                observer=observer_for(job) if observer_for else SilentObserver(),
                on_wait=on_wait_for(job) if on_wait_for else (lambda _reason, _seconds: None),
                cancel=stop,
            )
        except Exception as error:  # this tenant's, never the others'
            return TenantOutcome(job, error=error)
        return TenantOutcome(job, report=report)

    def worker() -> None:
        # One process per worker, for tenant after tenant: starting one costs more than a
        # small tenant's whole sync. One that died is replaced for the next tenant.
        process: SyncProcess | None = None
        try:
            while True:
                try:
                    job = waiting.get_nowait()
                except queue.Empty:
                    return
                if process is None or not process.alive:
                    try:
                        process = SyncProcess()
                    except OSError as error:  # no process to be had: this tenant says so
                        problem = SyncProcessError(f"could not start a sync process: {error}")
                        ended.put(TenantOutcome(job, error=problem))
                        process = None
                        continue
                ended.put(one(process, job))
        finally:
            if process is not None:
                process.close()
            ended.put(None)

    workers = [
        threading.Thread(target=worker, name=f"tenant-sync-{n}", daemon=True)
        for n in range(min(limit, max(1, waiting.qsize())))
    ]
    for thread in workers:
        thread.start()
    outcomes: list[TenantOutcome] = []
    running = len(workers)
    while running:
        outcome = ended.get()
        if outcome is None:
            running -= 1
            continue
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    for thread in workers:
        thread.join()
    return outcomes
