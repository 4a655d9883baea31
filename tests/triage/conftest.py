"""A synced tenant on the emulator, and the Graph client a triage send uses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from console.api.auth import StaticTokenProvider
from console.api.graph import GraphClient
from console.cache import Cache, open_cache
from console.emulator import Emulator
from console.emulator.dataset import TenantData
from console.sync.clients import make_clients
from console.sync.engine import SyncOptions, sync_tenant
from tests.integration.conftest import small_config


@dataclass
class Synced:
    emulator: Emulator
    cache: Cache
    tenant_id: str
    graph: GraphClient

    @property
    def data(self) -> TenantData:
        data = self.emulator.tenant_data(self.tenant_id)
        assert data is not None
        return data

    def resync(self) -> None:
        graph, defender = make_clients(
            self.tenant_id,
            self.emulator.graph_url,
            self.emulator.defender_url,
            StaticTokenProvider(self.emulator.issue_token(self.tenant_id)),
        )
        sync_tenant(
            self.cache, self.tenant_id, graph=graph, defender=defender, options=SyncOptions()
        )

    def incident_ids(self) -> list[str]:
        return sorted(self.data.incidents.items, key=int)

    def alert_ids(self) -> list[str]:
        return sorted(self.data.alerts.items)


@pytest.fixture
def synced(tmp_path: Path) -> Iterator[Synced]:
    with (
        Emulator(small_config(incidents=12, devices=3)) as emulator,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        tenant = emulator.tenants[0].id
        graph, _defender = make_clients(
            tenant,
            emulator.graph_url,
            emulator.defender_url,
            StaticTokenProvider(emulator.issue_token(tenant)),
            max_attempts=2,
        )
        synced = Synced(emulator, cache, tenant, graph)  # type: ignore[arg-type]
        synced.resync()
        yield synced
        graph.session.close()
