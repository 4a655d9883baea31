"""Many tenants' syncs at once, each in a process of its own, none waiting on another.

An MSSP desk syncs tens of tenants. Each runs as `console.sync.child` runs one: its own
process, its own tokens (asked of this process, for that tenant only), its own cache
file or its own rows. Up to `limit` run together; a tenant that fails (a sign-in that
expired, throttling, an outage, a corrupt page) ends with its error and the others
go on. No Qt here: the `sync --all-profiles` command and the window share it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from console.sync.child import ChildSync, run_in_child
from console.sync.engine import SyncObserver, SyncOptions, SyncReport
from console.sync.target import WaitCallback

# Tenants synced at once unless the caller says: each is a process (about 60 MB) and
# most of a sync is waiting on the service, so a few overlap well on a two-core desk.
DEFAULT_LIMIT = 4


@dataclass(frozen=True)
class TenantJob:
    name: str  # what the analyst calls the tenant (its profile's name)
    tenant_id: str
    cache_path: Path
    # Built when the tenant's turn comes (its tokens and network as they are then);
    # raising here fails this tenant only.
    child: Callable[[], ChildSync]
    options: SyncOptions


@dataclass(frozen=True)
class TenantOutcome:
    job: TenantJob
    report: SyncReport | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Quiet:
    """The observer of a tenant no one watches."""

    def resource_started(self, resource: str, mode: str) -> None:
        pass

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None:
        pass

    def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None:
        pass

    def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None:
        pass


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

    def run(job: TenantJob) -> TenantOutcome:
        from console.sync.engine import SyncCancelled

        if stop.is_set():
            return TenantOutcome(job, error=SyncCancelled())
        try:
            report = run_in_child(
                job.cache_path,
                job.tenant_id,
                job.child(),
                options=job.options,
                observer=observer_for(job) if observer_for else _Quiet(),
                on_wait=on_wait_for(job) if on_wait_for else (lambda _reason, _seconds: None),
                cancel=stop,
            )
        except Exception as error:  # this tenant's, never the others'
            return TenantOutcome(job, error=error)
        return TenantOutcome(job, report=report)

    outcomes: list[TenantOutcome] = []
    with ThreadPoolExecutor(max_workers=limit, thread_name_prefix="tenant-sync") as pool:
        for future in as_completed([pool.submit(run, job) for job in jobs]):
            outcome = future.result()
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
    return outcomes
