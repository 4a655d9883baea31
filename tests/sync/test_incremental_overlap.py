"""The incremental sync reads back a few minutes before the last run started.

The watermark is the server's clock when the last completed run began, minus an overlap
(`SyncOptions.overlap`): the clock that stamps `lastUpdateDateTime` may run behind the one
that sends the Date header, so a change made after a run can carry an earlier stamp.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from console.api.auth import StaticTokenProvider
from console.cache import Cache, incidents, open_cache
from console.cache.filters import Filters
from console.cache.writer import read_sync_state
from console.emulator import Emulator
from console.emulator.wire import fmt_us
from console.sync.clients import make_clients
from console.sync.engine import SyncOptions, sync_tenant
from console.sync.state import Cursor
from tests.integration.conftest import small_config


def _sync(emu: Emulator, cache: Cache) -> None:
    tenant = emu.tenants[0].id
    graph, defender = make_clients(
        tenant, emu.graph_url, emu.defender_url, StaticTokenProvider(emu.issue_token(tenant))
    )
    sync_tenant(cache, tenant, graph=graph, defender=defender, options=SyncOptions())


def test_a_change_stamped_before_the_last_run_started_still_arrives(tmp_path: Path) -> None:
    with (
        Emulator(small_config(incidents=20, devices=3)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        tenant = emu.tenants[0].id
        _sync(emu, cache)
        cursor = Cursor.from_json(read_sync_state(cache, tenant, "incidents"))
        assert cursor.run is None and cursor.last_completed is not None
        run_started = cursor.last_completed

        # Changed after that run, but stamped 2 minutes before it began (a skewed clock).
        data = emu.tenant_data(tenant)
        assert data is not None
        incident_id = sorted(data.incidents.items)[0]
        doc = data.incidents.doc(incident_id)
        assert doc is not None
        owner = "skewed-clock@contoso.example"
        assert doc.get("assignedTo") != owner
        doc["assignedTo"] = owner
        stamp_us = int((run_started - timedelta(minutes=2)).timestamp() * 1_000_000)
        doc["lastUpdateDateTime"] = fmt_us(stamp_us)
        data.replace_incident(doc)
        assert incidents.count(cache, Filters(assigned_to=[owner])) == 0

        _sync(emu, cache)  # incremental: the cursor has a watermark

        cached = incidents.get(cache, tenant, incident_id)
        assert cached is not None
        assert cached.assigned_to == owner
        assert incidents.count(cache, Filters(assigned_to=[owner])) == 1
