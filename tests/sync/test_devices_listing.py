"""A Defender 404 on a later page of the machine listing is a failed run, not "no machines":
the devices the earlier run saw stay visible (reconcile never hides them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.api import StaticTokenProvider
from console.api.errors import ApiError
from console.cache import devices
from console.cache.engine import Cache, open_cache
from console.cache.filters import DeviceFilters
from console.sync.clients import make_clients
from console.sync.engine import SyncOptions, sync_tenant
from tests.api import wire_samples as wire
from tests.api.scripted_server import BASE, TOKEN, Reply, ScriptedServer, start_server, stop_server

DEVICES_ONLY = SyncOptions(resources=("devices",), device_page_size=2)
NOT_FOUND = {"error": {"code": "ResourceNotFound", "message": "Not found", "target": "t"}}


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = start_server()
    yield scripted
    stop_server(scripted)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with open_cache(tmp_path / "cache.db") as opened:
        yield opened


def machines(*ids: int) -> list[dict]:
    return [wire.mde_machine(f"{n:040x}", computerDnsName=f"pc{n}.contoso.com") for n in ids]


def page_one() -> Reply:
    return Reply(body={"value": machines(1, 2), "@odata.nextLink": f"{BASE}/api/machines?p=2"})


def sync(server: ScriptedServer, cache: Cache) -> None:
    graph, defender = make_clients(
        wire.TENANT,
        f"{server.base_url}/v1.0",
        server.base_url,
        StaticTokenProvider(TOKEN),
        max_attempts=1,
    )
    try:
        sync_tenant(cache, wire.TENANT, graph=graph, defender=defender, options=DEVICES_ONLY)
    finally:
        graph.session.close()
        defender.session.close()


@pytest.mark.timeout(60)
def test_a_404_on_a_later_machines_page_fails_the_run_and_hides_no_device(server, cache):
    server.script(page_one(), Reply(body={"value": machines(3, 4, 5, 6)}))
    sync(server, cache)
    assert devices.count(cache, DeviceFilters()) == 6

    server.script(page_one(), Reply(404, NOT_FOUND))
    with pytest.raises(ApiError) as raised:
        sync(server, cache)

    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("machines page 2: HTTP 404") and "ResourceNotFound" in message
    assert devices.count(cache, DeviceFilters()) == 6


@pytest.mark.timeout(60)
def test_a_404_on_a_saved_machines_link_restarts_the_listing_from_its_start(server, cache):
    # The first run stops after page 1 (page 2 fails), saving page 2's link.
    server.script(page_one(), Reply(400, {"error": {"code": "BadRequest", "message": "x"}}))
    with pytest.raises(ApiError):
        sync(server, cache)
    assert devices.count(cache, DeviceFilters()) == 2

    # The server forgot that link: the next run starts the listing again and reads it all.
    server.script(Reply(404, NOT_FOUND), page_one(), Reply(body={"value": machines(3, 4, 5, 6)}))
    sync(server, cache)

    assert server.paths[-3:] == ["/api/machines?p=2", "/api/machines?$top=2", "/api/machines?p=2"]
    assert devices.count(cache, DeviceFilters()) == 6
