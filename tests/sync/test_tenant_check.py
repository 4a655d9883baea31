"""A sync files nothing under a tenant the server's items do not belong to."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.api.defender import DefenderClient
from console.api.errors import ApiError
from console.api.graph import GraphClient
from console.api.session import ApiSession
from console.cache import incidents, open_cache
from console.cache.filters import Filters, Sort
from console.sync.engine import SyncOptions, sync_tenant
from tests.api import wire_samples as wire
from tests.api.conftest import make_session, server, waits  # noqa: F401 (fixtures)
from tests.api.scripted_server import BASE, Reply, ScriptedServer

OTHER = "0b5e3a6c-7777-4e4e-9c9c-123456789abc"


def _page(ids: list[str], tenant: str, next_link: str | None) -> Reply:
    body: dict[str, object] = {
        "value": [wire.graph_incident(i, tenantId=tenant) for i in ids],
    }
    if next_link:
        body["@odata.nextLink"] = next_link
    return Reply(body=body)


def test_a_page_of_another_tenant_stops_the_sync_and_keeps_the_pages_before_it(
    server: ScriptedServer,  # noqa: F811
    make_session,  # noqa: F811
    tmp_path: Path,
) -> None:
    server.script(
        _page(["1", "2"], wire.TENANT, f"{BASE}/security/incidents?$skiptoken=2"),
        _page(["3", "4"], OTHER, None),
    )
    session: ApiSession = make_session()
    graph = GraphClient(session, server.base_url, tenant_id=wire.TENANT)
    defender = DefenderClient(session, server.base_url, tenant_id=wire.TENANT)
    with open_cache(tmp_path / "cache.db") as cache:
        with pytest.raises(ApiError) as stopped:
            sync_tenant(
                cache,
                wire.TENANT,
                graph=graph,
                defender=defender,
                options=SyncOptions(resources=("incidents",)),
            )
        message = str(stopped.value)
        assert message.startswith("incidents page 2: ")
        assert OTHER in message and wire.TENANT in message
        assert "\n" not in message
        stored = incidents.page(cache, Filters(), Sort("id"), 0, 10)
        assert sorted(row.id for row in stored) == ["1", "2"]
        assert {row.tenant_id for row in stored} == {wire.TENANT}
