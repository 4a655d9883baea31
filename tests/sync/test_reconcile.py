"""Two full syncs in a row forget (hide) what the server no longer returns; nothing else does.

One listing is not enough: the server pages by $skip over items sorted by last update,
so an item updated while a listing runs can slip past it (see `console.cache.reconcile`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from console.api.auth import StaticTokenProvider
from console.api.errors import ApiError
from console.cache import Cache, alerts, audit, devices, incidents, open_cache, outbox, summary
from console.cache.filters import DeviceFilters, Filters
from console.cache.writer import read_sync_state
from console.domain.experts import ExpertCategory, RequestDraft
from console.emulator import Emulator
from console.emulator.wire import fmt_us, now_us
from console.experts.context import alert_context, incident_context
from console.experts.service import ExpertsService
from console.sync.clients import make_clients
from console.sync.engine import SyncCancelled, SyncObserver, SyncOptions, sync_tenant
from tests.integration.conftest import small_config


def _sync(
    emu: Emulator,
    cache: Cache,
    *,
    full: bool = False,
    options: SyncOptions | None = None,
    observer: SyncObserver | None = None,
    cancel: threading.Event | None = None,
) -> None:
    tenant = emu.tenants[0].id
    graph, defender = make_clients(
        tenant, emu.graph_url, emu.defender_url, StaticTokenProvider(emu.issue_token(tenant))
    )
    sync_tenant(
        cache,
        tenant,
        graph=graph,
        defender=defender,
        options=options or SyncOptions(full=full),
        observer=observer,
        cancel=cancel,
    )


def _forget(emu: Emulator, resource: str, item_id: str) -> None:
    """The server stops returning one item (deleted, or out of the retention window)."""
    data = emu.tenant_data(emu.tenants[0].id)
    assert data is not None
    with data.lock:
        collection = {"incidents": data.incidents, "alerts": data.alerts}.get(resource)
        if collection is None:
            collection = data.machines
        del collection.items[item_id]
        collection.version += 1


def _counts(cache: Cache) -> tuple[int, int, int]:
    return (
        incidents.count(cache, Filters()),
        alerts.count(cache, Filters()),
        devices.count(cache, DeviceFilters()),
    )


def test_two_full_syncs_hide_what_the_server_no_longer_returns(tmp_path: Path) -> None:
    with (
        Emulator(small_config(incidents=30, devices=10)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        tenant = emu.tenants[0].id
        _sync(emu, cache, full=False)
        before = _counts(cache)
        data = emu.tenant_data(tenant)
        assert data is not None
        alert_ids = sorted(data.alerts.items)
        dropped, queued = alert_ids[0], alert_ids[1]
        incident_id = sorted(data.incidents.items)[0]
        device_id = sorted(data.machines.items)[0]
        outbox.enqueue(cache, tenant, "comment", "alert", queued, {"text": "x"}, "key-1")
        for resource, item in (
            ("alerts", dropped),
            ("alerts", queued),
            ("incidents", incident_id),
            ("devices", device_id),
        ):
            _forget(emu, resource, item)

        # Incremental: incidents and alerts are read by change, so none is hidden; the
        # device list is read whole on every run, but one listing missing it proves nothing.
        _sync(emu, cache, full=False)
        assert _counts(cache) == before

        # The first full listing of incidents and alerts misses them: not hidden yet. The
        # devices were missed by two listings in a row (the incremental run's and this one).
        _sync(emu, cache, full=True)
        assert _counts(cache) == (before[0], before[1], before[2] - 1)

        _sync(emu, cache, full=True)
        assert _counts(cache) == (before[0] - 1, before[1] - 1, before[2] - 1)
        assert summary.counts(cache, tenant)[:3] == _counts(cache)
        # The alert an outbox entry names stays: the analyst's action must find it.
        assert alerts.count(cache, Filters(text=queued)) == 1
        assert alerts.count(cache, Filters(text=dropped)) == 0

        # The same home synced again finds the same items, not a second copy.
        _sync(emu, cache, full=True)
        assert _counts(cache) == (before[0] - 1, before[1] - 1, before[2] - 1)


class _CancelAfter:
    """Presses Cancel once page `page` of `resource` is committed, as an analyst might."""

    def __init__(self, resource: str, page: int, cancel: threading.Event) -> None:
        self.resource, self.page, self.cancel = resource, page, cancel

    def resource_started(self, resource: str, mode: str) -> None:
        pass

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None:
        if resource == self.resource and page == self.page:
            self.cancel.set()

    def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None:
        pass

    def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None:
        pass


def _shows_incident(cache: Cache, incident_id: str) -> bool:
    return incidents.count(cache, Filters(incident_id=incident_id)) == 1


def _shows_alert(cache: Cache, alert_id: str) -> bool:
    return alerts.count(cache, Filters(text=alert_id)) == 1


@pytest.mark.parametrize("interruption", ["cancel", "malformed page"])
def test_a_full_sync_interrupted_and_resumed_hides_only_what_neither_part_returned(
    tmp_path: Path, interruption: str
) -> None:
    small_pages = SyncOptions(incident_page_size=5)  # 30 incidents: 6 pages
    with (
        Emulator(small_config(incidents=30, devices=5)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        _sync(emu, cache, options=small_pages)
        before = _counts(cache)
        data = emu.tenant_data(emu.tenants[0].id)
        assert data is not None
        dropped = sorted(data.incidents.items)[-1]
        _forget(emu, "incidents", dropped)

        full = SyncOptions(full=True, incident_page_size=5)
        if interruption == "cancel":
            cancel = threading.Event()
            with pytest.raises(SyncCancelled):
                _sync(
                    emu,
                    cache,
                    options=full,
                    observer=_CancelAfter("incidents", 2, cancel),
                    cancel=cancel,
                )
        else:
            emu.faults.malformed_page = 3  # the 3rd incident page: two are committed first
            with pytest.raises(ApiError):
                _sync(emu, cache, options=full)
        # Half a listing proves nothing is gone: the queue still shows everything.
        assert _counts(cache) == before
        state = read_sync_state(cache, emu.tenants[0].id, "incidents")
        assert state is not None and state["run"]["pages"] == 2

        # The next run resumes the listing at page 3; pages 1-2 of the first part count as
        # seen, so only the incident neither part returned is missed (once: still shown).
        _sync(emu, cache, options=small_pages)
        assert _counts(cache) == before
        # A second complete listing misses it too: it leaves the queue, nothing else does.
        _sync(emu, cache, options=full)
        assert _counts(cache) == (before[0] - 1, before[1], before[2])
        assert not _shows_incident(cache, dropped)
        assert summary.counts(cache, emu.tenants[0].id)[:3] == _counts(cache)


def test_defender_answering_no_machines_hides_no_cached_device(tmp_path: Path) -> None:
    with (
        Emulator(small_config(incidents=10, devices=8)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        _sync(emu, cache)
        assert devices.count(cache, DeviceFilters()) == 8
        data = emu.tenant_data(emu.tenants[0].id)
        assert data is not None
        for device_id in sorted(data.machines.items):
            _forget(emu, "devices", device_id)  # /api/machines now answers 404

        _sync(emu, cache)  # devices are listed whole on every run
        _sync(emu, cache, options=SyncOptions(full=True))
        _sync(emu, cache, options=SyncOptions(full=True))
        assert devices.count(cache, DeviceFilters()) == 8
        assert summary.counts(cache, emu.tenants[0].id)[2] == 8


def _name_by_audit(cache: Cache, tenant: str, kind: str, item_id: str) -> None:
    audit.record(cache, tenant, "analyst", f"{kind}.comment", kind, item_id, {"text": "seen"})


def _name_by_expert_request(cache: Cache, tenant: str, kind: str, item_id: str) -> None:
    context = {"alert": alert_context, "incident": incident_context}[kind](cache, tenant, item_id)
    draft = RequestDraft(ExpertCategory.ALERT_INFORMATION, "Is this benign?", context)
    ExpertsService(cache, tenant).ask(draft)


@pytest.mark.parametrize(
    "name_it", [_name_by_audit, _name_by_expert_request], ids=["audit entry", "expert request"]
)
def test_a_full_sync_keeps_the_alert_and_incident_an_analyst_record_names(
    tmp_path: Path, name_it: Callable[[Cache, str, str, str], None]
) -> None:
    with (
        Emulator(small_config(incidents=20, devices=5)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        tenant = emu.tenants[0].id
        _sync(emu, cache)
        before = _counts(cache)
        data = emu.tenant_data(tenant)
        assert data is not None
        named_alert, other_alert = sorted(data.alerts.items)[:2]
        named_incident, other_incident = sorted(data.incidents.items)[:2]
        name_it(cache, tenant, "alert", named_alert)
        name_it(cache, tenant, "incident", named_incident)
        for resource, item in (
            ("alerts", named_alert),
            ("alerts", other_alert),
            ("incidents", named_incident),
            ("incidents", other_incident),
        ):
            _forget(emu, resource, item)

        _sync(emu, cache, options=SyncOptions(full=True))
        _sync(emu, cache, options=SyncOptions(full=True))
        # The analyst's record must still lead to its item; the unnamed ones are gone.
        assert _shows_alert(cache, named_alert) and _shows_incident(cache, named_incident)
        assert not _shows_alert(cache, other_alert)
        assert not _shows_incident(cache, other_incident)
        assert _counts(cache) == (before[0] - 1, before[1] - 1, before[2])


def test_an_item_gone_and_listed_again_is_shown_again(tmp_path: Path) -> None:
    with (
        Emulator(small_config(incidents=20, devices=5)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        _sync(emu, cache)
        before = _counts(cache)
        data = emu.tenant_data(emu.tenants[0].id)
        assert data is not None
        alert_id = sorted(data.alerts.items)[0]
        incident_id = sorted(data.incidents.items)[0]
        device_id = sorted(data.machines.items)[0]
        kept = {
            "alerts": data.alerts.items[alert_id],
            "incidents": data.incidents.items[incident_id],
            "devices": data.machines.items[device_id],
        }
        for resource, item in (
            ("alerts", alert_id),
            ("incidents", incident_id),
            ("devices", device_id),
        ):
            _forget(emu, resource, item)
        _sync(emu, cache, options=SyncOptions(full=True))
        _sync(emu, cache, options=SyncOptions(full=True))
        assert _counts(cache) == (before[0] - 1, before[1] - 1, before[2] - 1)

        # The server returns them again (restored, or back in the retention window).
        with data.lock:
            for resource, item in kept.items():
                collection = {"incidents": data.incidents, "alerts": data.alerts}.get(
                    resource, data.machines
                )
                collection.items[item.id] = item
                collection.version += 1
        _sync(emu, cache, options=SyncOptions(full=True))
        assert _counts(cache) == before
        assert _shows_alert(cache, alert_id) and _shows_incident(cache, incident_id)
        assert summary.counts(cache, emu.tenants[0].id)[:3] == before


def _touch_incident(emu: Emulator, incident_id: str) -> None:
    """An analyst elsewhere updates the incident: it sorts first on the server from now on."""
    data = emu.tenant_data(emu.tenants[0].id)
    assert data is not None
    with data.lock:
        doc = data.incidents.doc(incident_id)
        assert doc is not None
        doc["status"] = "inProgress"
        doc["lastUpdateDateTime"] = fmt_us(now_us())
        data.incidents.put(doc)


class _UpdateAfterFirstPage(_CancelAfter):
    """Updates an incident once page 1 of the incidents listing is committed."""

    def __init__(self, emu: Emulator, incident_id: str) -> None:
        super().__init__("incidents", 1, threading.Event())
        self.emu, self.incident_id = emu, incident_id

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None:
        if resource == self.resource and page == self.page and not self.cancel.is_set():
            self.cancel.set()  # once
            _touch_incident(self.emu, self.incident_id)


def test_an_incident_updated_during_a_full_sync_stays_shown(tmp_path: Path) -> None:
    small_pages = SyncOptions(incident_page_size=5)  # 30 incidents: 6 pages, newest first
    full = SyncOptions(full=True, incident_page_size=5)
    with (
        Emulator(small_config(incidents=30, devices=5)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        _sync(emu, cache, options=small_pages)
        before = _counts(cache)
        data = emu.tenant_data(emu.tenants[0].id)
        assert data is not None
        docs = [data.incidents.doc(incident_id) for incident_id in data.incidents.items]
        by_age = sorted(docs, key=lambda doc: doc["lastUpdateDateTime"] if doc else "")
        assert by_age[0] and by_age[15]
        oldest, deleted = by_age[0]["id"], by_age[15]["id"]  # on pages 6 and 3
        _forget(emu, "incidents", deleted)

        # Updated after page 1 is read, the oldest incident jumps onto page 1: the listing
        # never returns it, yet the server has it -- it must stay in the analyst's queue.
        observer = _UpdateAfterFirstPage(emu, oldest)
        _sync(emu, cache, options=full, observer=observer)
        assert observer.cancel.is_set()
        assert _shows_incident(cache, oldest)
        assert _shows_incident(cache, deleted)  # one listing missing it proves nothing
        assert _counts(cache) == before

        # A second listing returns the updated incident and misses the deleted one again.
        _sync(emu, cache, options=full)
        assert _shows_incident(cache, oldest)
        assert not _shows_incident(cache, deleted)
        assert _counts(cache) == (before[0] - 1, before[1], before[2])
        assert summary.counts(cache, emu.tenants[0].id)[:3] == _counts(cache)


def test_a_device_dropped_by_defender_is_hidden_after_two_syncs(tmp_path: Path) -> None:
    with (
        Emulator(small_config(incidents=10, devices=8)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        _sync(emu, cache)
        data = emu.tenant_data(emu.tenants[0].id)
        assert data is not None
        dropped = sorted(data.machines.items)[0]
        _forget(emu, "devices", dropped)

        _sync(emu, cache)  # devices are listed whole on every run, incremental or not
        assert devices.count(cache, DeviceFilters()) == 8
        _sync(emu, cache)
        assert devices.count(cache, DeviceFilters()) == 7
        assert summary.counts(cache, emu.tenants[0].id)[2] == 7
