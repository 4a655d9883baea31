"""A sync leaves the planner statistics of the tables it filled (`console.cache.statistics`)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from console.api.auth import StaticTokenProvider
from console.cache import open_cache
from console.emulator import Emulator
from console.sync.clients import make_clients
from console.sync.engine import SyncOptions, sync_tenant
from tests.integration.conftest import small_config


def test_a_first_sync_analyses_the_queue_tables_and_a_no_change_sync_does_not_again(
    tmp_path: Path,
) -> None:
    with (
        Emulator(small_config(incidents=20, devices=3)) as emu,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        tenant = emu.tenants[0].id
        graph, defender = make_clients(
            tenant, emu.graph_url, emu.defender_url, StaticTokenProvider(emu.issue_token(tenant))
        )

        def analysed() -> dict[str, str]:
            with cache.engine.connect() as connection:
                rows = connection.execute(text("SELECT tbl || '.' || idx, stat FROM sqlite_stat1"))
                return {str(key): str(stat) for key, stat in rows}

        sync_tenant(cache, tenant, graph=graph, defender=defender, options=SyncOptions())
        first = analysed()
        assert {"incidents.ix_incidents_filters", "alerts.ix_alerts_filters"} <= set(first)
        assert any(key.startswith("devices.") for key in first)

        sync_tenant(cache, tenant, graph=graph, defender=defender, options=SyncOptions())
        assert analysed() == first
