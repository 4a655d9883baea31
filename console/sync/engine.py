"""Pull a tenant's incidents, alerts and devices from the APIs into the cache.

One resource at a time, one page at a time: each page is upserted together with
the cursor that points past it in a single transaction (`console.cache.writer`),
so a sync killed at any moment loses nothing and duplicates nothing, and the next
run resumes at the first page not yet committed. Throttling and transient
failures are retried inside `api`; anything else stops the run with the error,
keeping every page already committed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from console.api.errors import ApiError, PagingError, RefusedUrlError, RequestCancelled
from console.api.paging import Page
from console.api.scope import BaseUrl
from console.cache import statistics
from console.cache.engine import Cache
from console.cache.reconcile import ListingPage
from console.cache.writer import (
    ensure_tenant,
    read_sync_state,
    write_alerts,
    write_devices,
    write_incidents,
    write_sync_state,
)
from console.sync.prefetch import prefetched
from console.sync.state import Cursor, RunState, link_key, link_keys

if TYPE_CHECKING:
    from console.api.session import ApiSession

# The resources a sync pulls; change events and the queues name them with these too.
INCIDENTS, ALERTS, DEVICES = "incidents", "alerts", "devices"
RESOURCES = (INCIDENTS, ALERTS, DEVICES)

# Pages of one resource in one run (resumes included). Generous: a 1M-alert tenant
# is ~1,000 pages of alerts (and its ~200,000 incidents 4,000 pages of 50);
# 50,000 devices are 5 pages. A server whose next links never end is stopped here.
MAX_PAGES_PER_RUN = 20_000

# (since, resume_url, first_page_number) -> pages
PageSource = Callable[[datetime | None, str | None, int], Iterator[Page[Any]]]
PageWriter = Callable[..., None]


class SyncCancelled(Exception):
    """The analyst cancelled; every page committed so far is kept."""


class SyncProcessError(Exception):
    """A sync run in a process of its own (console.sync.child) failed in a way it could not
    name: the process was killed, or met a bug (whose traceback it logged)."""


class SyncObserver(Protocol):
    """What a sync tells whoever watches it (the CLI's stderr, the status bar)."""

    def resource_started(self, resource: str, mode: str) -> None: ...

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None: ...

    def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None: ...

    def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None: ...


class SilentObserver:
    """The observer of a sync no one watches."""

    def resource_started(self, resource: str, mode: str) -> None:
        pass

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None:
        pass

    def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None:
        pass

    def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None:
        pass


@dataclass(frozen=True, slots=True)
class SyncOptions:
    full: bool = False
    resources: tuple[str, ...] = RESOURCES
    # Overlap of incremental windows: absorbs clock skew between the server's
    # Date header and the lastUpdateDateTime it stamps. Upserts are idempotent,
    # so reading a few items twice costs little.
    overlap: timedelta = timedelta(minutes=5)
    incident_page_size: int = 50
    alert_page_size: int = 1000
    device_page_size: int = 10000
    max_pages: int = MAX_PAGES_PER_RUN


@dataclass(slots=True)
class ResourceReport:
    resource: str
    mode: str
    items: int = 0
    pages: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class SyncReport:
    tenant_id: str
    resources: list[ResourceReport] = field(default_factory=list)

    @property
    def items(self) -> int:
        return sum(r.items for r in self.resources)


@dataclass(frozen=True, slots=True)
class _Resource:
    name: str
    base_url: str
    incremental: bool
    pages: PageSource
    write: PageWriter

    @property
    def scope(self) -> BaseUrl:
        return BaseUrl(self.base_url)


class GraphSource(Protocol):
    base_url: str
    session: ApiSession

    # The keywords the engine passes (see `_resources`); a client may accept more.
    def incident_pages(
        self,
        *,
        updated_since: datetime | None = ...,
        resume_url: str | None = ...,
        first_page: int = ...,
        page_size: int = ...,
    ) -> Iterator[Page[Any]]: ...

    def alert_pages(
        self,
        *,
        updated_since: datetime | None = ...,
        resume_url: str | None = ...,
        first_page: int = ...,
        page_size: int = ...,
    ) -> Iterator[Page[Any]]: ...


class DefenderSource(Protocol):
    base_url: str
    session: ApiSession

    def machine_pages(
        self, *, resume_url: str | None = ..., first_page: int = ..., page_size: int = ...
    ) -> Iterator[Page[Any]]: ...


def _plain(writer: PageWriter) -> PageWriter:
    """A writer with no incident aggregates to derive."""

    def write(*args: Any, derive: str, **kwargs: Any) -> None:
        writer(*args, **kwargs)

    return write


def _derive_mode(cursor: Cursor, since: datetime | None, page: Page[Any]) -> str:
    """When the alert pages' incident aggregates are refreshed (see `write_alerts`).

    A run over the whole collection (a first or full sync) refreshes them once, at
    its last page; an incremental run, page by page. A run that inherits pages left
    unrefreshed (its cursor says so) refreshes them all at its own last page.
    """
    whole_run = since is None
    if page.next_link is None:
        return "all" if whole_run or cursor.refresh_pending else "page"
    return "defer" if whole_run else "page"


def _resources(graph: GraphSource, defender: DefenderSource, opts: SyncOptions) -> list[_Resource]:
    def incidents(since: datetime | None, resume: str | None, first: int) -> Iterator[Page[Any]]:
        return graph.incident_pages(
            updated_since=since,
            resume_url=resume,
            first_page=first,
            page_size=opts.incident_page_size,
        )

    def alerts(since: datetime | None, resume: str | None, first: int) -> Iterator[Page[Any]]:
        return graph.alert_pages(
            updated_since=since,
            resume_url=resume,
            first_page=first,
            page_size=opts.alert_page_size,
        )

    def devices(since: datetime | None, resume: str | None, first: int) -> Iterator[Page[Any]]:
        # Machines carry no "last updated" time (lastSeen moves about once a
        # day and risk changes do not touch it), so every run reads them all:
        # one request per 10,000 devices.
        return defender.machine_pages(
            resume_url=resume, first_page=first, page_size=opts.device_page_size
        )

    specs = {
        "incidents": _Resource(
            "incidents", graph.base_url, True, incidents, _plain(write_incidents)
        ),
        "alerts": _Resource("alerts", graph.base_url, True, alerts, write_alerts),
        "devices": _Resource("devices", defender.base_url, False, devices, _plain(write_devices)),
    }
    return [specs[name] for name in opts.resources]


def sync_tenant(
    cache: Cache,
    tenant_id: str,
    *,
    graph: GraphSource,
    defender: DefenderSource,
    options: SyncOptions | None = None,
    observer: SyncObserver | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    """Sync one tenant; raises `ApiError` on failure, `SyncCancelled` when cancelled."""
    opts = options or SyncOptions()
    watcher = observer or SilentObserver()
    stop = cancel or threading.Event()
    # Waits before retries (a 429's Retry-After can be minutes) watch the same event,
    # so Cancel takes effect at once, not after the wait and the next page.
    graph.session.cancel = defender.session.cancel = stop
    # One budget for waiting before retries per run (shared when the sessions share it).
    graph.session.wait_budget.restart()
    defender.session.wait_budget.restart()
    ensure_tenant(cache, tenant_id)
    report = SyncReport(tenant_id)
    try:
        for resource in _resources(graph, defender, opts):
            report.resources.append(_sync_resource(cache, tenant_id, resource, opts, watcher, stop))
    except RequestCancelled as cancelled:
        raise SyncCancelled(str(cancelled)) from cancelled
    # The queues' plans need statistics of the tables' current sizes; this costs
    # nothing unless a table has doubled (or halved) since they were taken.
    statistics.refresh(cache)
    return report


def _sync_resource(
    cache: Cache,
    tenant_id: str,
    resource: _Resource,
    opts: SyncOptions,
    observer: SyncObserver,
    cancel: threading.Event,
) -> ResourceReport:
    cursor = Cursor.from_json(read_sync_state(cache, tenant_id, resource.name))
    run = None if opts.full else _resumable(cursor.run, resource.base_url)
    if run is not None:
        mode = f"resuming at page {run.pages + 1}"
        since = run.since
    else:
        mode = "full" if opts.full or cursor.watermark is None else "incremental"
        since = cursor.watermark if mode == "incremental" and resource.incremental else None
    observer.resource_started(resource.name, mode)
    report = ResourceReport(resource.name, mode)
    clock = time.monotonic()
    try:
        _pull(cache, tenant_id, resource, opts, observer, cancel, cursor, run, since, report)
    except ApiError as error:
        # Only a next link the server no longer knows (400/404/410) restarts the run;
        # any other failure keeps the saved position for the next attempt.
        if run is None or report.pages or error.status not in (400, 404, 410):
            raise
        # The saved next link no longer works (the server forgot its paging
        # state, or moved): start the interrupted run again from its beginning.
        report.mode = "restarted"
        _pull(cache, tenant_id, resource, opts, observer, cancel, cursor, None, since, report)
    report.seconds = time.monotonic() - clock
    observer.resource_finished(resource.name, report.items, report.pages, report.seconds)
    return report


def _resumable(run: RunState | None, base_url: str) -> RunState | None:
    """The unfinished run, if its next link is under the base URL we are talking to."""
    if run is None:
        return None
    try:
        under = BaseUrl(base_url).covers(run.next_link)
    except RefusedUrlError:
        return None  # the session refuses this base URL too, with the reason
    return run if under else None


def _check_paging(
    resource: _Resource, opts: SyncOptions, page: Page[Any], pages: int, followed: set[str]
) -> None:
    """Stop a run whose paging leads elsewhere or never ends, before the page that shows
    it is written: the cursor stays at that page, so the next run asks for it again.

    `pages` is this page's number in the run; `followed`, the keys of every URL read.
    """
    if page.next_link is not None:
        # The session refuses to follow it too; checked here so the cursor never saves it.
        try:
            resource.scope.check(page.next_link, what="next link")
        except RefusedUrlError as refused:
            refused.resource, refused.page, refused.url = resource.name, pages, page.url
            raise
    if pages > opts.max_pages:
        raise PagingError(
            f"one run reads at most {opts.max_pages:,} pages of a resource and the server "
            "keeps sending next links; stopped",
            resource=resource.name,
            page=pages,
            url=page.url,
        )
    if page.next_link is not None and link_key(page.next_link) in followed:
        raise PagingError(
            "its next link leads back to a page already read in this run (a paging loop); stopped",
            resource=resource.name,
            page=pages,
            url=page.url,
        )


def _pull(
    cache: Cache,
    tenant_id: str,
    resource: _Resource,
    opts: SyncOptions,
    observer: SyncObserver,
    cancel: threading.Event,
    cursor: Cursor,
    run: RunState | None,
    since: datetime | None,
    report: ResourceReport,
) -> None:
    started = run.started if run else None
    done_pages = run.pages if run else 0
    done_items = run.items if run else 0
    committed_final = False
    resume_url = run.next_link if run else None
    followed = run.followed if run else ""
    followed_keys = link_keys(followed)
    for page in prefetched(resource.pages(since, resume_url, done_pages + 1)):
        if started is None:
            started = page.server_time or datetime.now(UTC)
        key = link_key(page.url)
        if key not in followed_keys:
            followed_keys.add(key)
            followed += key
        _check_paging(resource, opts, page, done_pages + 1, followed_keys)
        done_pages += 1
        done_items += len(page.items)
        next_cursor = _cursor_after(
            cursor, resource, opts, started, since, page, done_pages, done_items, followed
        )
        resource.write(
            cache,
            tenant_id,
            page.items,
            resource=resource.name,
            state=next_cursor.to_json(),
            rewrite=opts.full,
            derive=_derive_mode(cursor, since, page),
            listing=_listing(since, started, run is None and done_pages == 1, page),
        )
        committed_final = page.next_link is None
        report.pages += 1
        report.items += len(page.items)
        observer.page_committed(resource.name, done_pages, len(page.items), done_items)
        if page.warnings:
            observer.page_warnings(resource.name, done_pages, page.warnings)
        if cancel.is_set() and not committed_final:
            raise SyncCancelled(f"cancelled during {resource.name}")
    if not committed_final:
        # No page at all (a collection the API reports as empty): still close the run.
        finished = started or datetime.now(UTC)
        final = _final_cursor(cursor, resource, opts, finished)
        write_sync_state(cache, tenant_id, resource.name, final.to_json())


def _listing(
    since: datetime | None, started: datetime, first: bool, page: Page[Any]
) -> ListingPage | None:
    """A run with no `since` lists the whole collection: its last page reconciles the cache.

    An incremental run sees only what changed, so it never marks anything gone.
    """
    if since is not None:
        return None
    return ListingPage(run=started, first=first, last=page.next_link is None)


def _cursor_after(
    cursor: Cursor,
    resource: _Resource,
    opts: SyncOptions,
    started: datetime,
    since: datetime | None,
    page: Page[Any],
    pages: int,
    items: int,
    followed: str,
) -> Cursor:
    if page.next_link is None:
        return _final_cursor(cursor, resource, opts, started)
    return Cursor(
        watermark=cursor.watermark,
        run=RunState(started, since, page.next_link, pages, items, followed),
        last_completed=cursor.last_completed,
        refresh_pending=cursor.refresh_pending or since is None,
    )


def _final_cursor(
    cursor: Cursor, resource: _Resource, opts: SyncOptions, started: datetime
) -> Cursor:
    watermark = started - opts.overlap if resource.incremental else None
    return Cursor(watermark=watermark, run=None, last_completed=started)


def sync_state_summary(cache: Cache, tenant_id: str) -> Mapping[str, Cursor]:
    """Each resource's cursor, for "data as of" displays."""
    return {name: Cursor.from_json(read_sync_state(cache, tenant_id, name)) for name in RESOURCES}
