"""A full sync forgets (hides) what the server no longer returns; nothing else does."""

from __future__ import annotations

from pathlib import Path

from console.api.auth import StaticTokenProvider
from console.cache import Cache, alerts, devices, incidents, open_cache, outbox, summary
from console.cache.filters import DeviceFilters, Filters
from console.emulator import Emulator
from console.sync.clients import make_clients
from console.sync.engine import SyncOptions, sync_tenant
from tests.integration.conftest import small_config


def _sync(emu: Emulator, cache: Cache, *, full: bool) -> None:
    tenant = emu.tenants[0].id
    graph, defender = make_clients(
        tenant, emu.graph_url, emu.defender_url, StaticTokenProvider(emu.issue_token(tenant))
    )
    sync_tenant(cache, tenant, graph=graph, defender=defender, options=SyncOptions(full=full))


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


def test_a_full_sync_hides_what_the_server_no_longer_returns(tmp_path: Path) -> None:
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
        # device list is read whole on every run, so the missing device already is.
        _sync(emu, cache, full=False)
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
