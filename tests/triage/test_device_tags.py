"""Device tags from the console: queued like triage changes, sent one by one or 500
devices per call, and stored as the service returns the devices."""

from __future__ import annotations

from pathlib import Path

from console.api.auth import StaticTokenProvider
from console.cache import audit, device_tags, devices, open_cache
from console.emulator import Emulator
from console.sync.clients import make_clients
from console.sync.engine import sync_tenant
from console.triage.device_tags import send_device_tags
from console.triage.service import TriageService
from tests.integration.conftest import small_config

ME = "analyst@contoso.example"


def test_a_tag_on_one_device_and_on_1200_in_three_calls(tmp_path: Path) -> None:
    with (
        Emulator(small_config(incidents=4, devices=1200)) as emulator,
        open_cache(tmp_path / "cache.db") as cache,
    ):
        tenant = emulator.tenants[0].id
        graph, defender = make_clients(
            tenant,
            emulator.graph_url,
            emulator.defender_url,
            StaticTokenProvider(emulator.issue_token(tenant)),
        )
        sync_tenant(cache, tenant, graph=graph, defender=defender)
        machine_ids = sorted(emulator.tenant_data(tenant).machines.items)
        assert len(machine_ids) == 1200
        service = TriageService(cache, {tenant: lambda: ME})

        service.tag_devices([(tenant, machine_ids[0])], "Contained")
        one = send_device_tags(cache, tenant, defender)
        assert (one.sent, one.calls) == (1, 1)
        service.tag_devices([(tenant, m) for m in machine_ids], "Campaign-42")
        bulk = send_device_tags(cache, tenant, defender)

        assert (bulk.sent, bulk.calls) == (1200, 3)  # 500 + 500 + 200
        assert device_tags.waiting(cache, tenant) == []
        assert [r.kind for r in emulator.tag_requests(tenant)] == [
            "Tags",
            *["AddOrRemoveTagForMultipleMachines"] * 3,
        ]
        first = devices.get(cache, tenant, machine_ids[0])
        assert first is not None and {"Contained", "Campaign-42"} <= set(first.machine_tags)
        entries = audit.entries(cache, tenant, 5)
        assert entries[0].action == "device.tag.sent" and entries[0].actor == ME

        service.tag_devices([(tenant, machine_ids[0])], "Contained", remove=True)
        assert send_device_tags(cache, tenant, defender).sent == 1
        again = devices.get(cache, tenant, machine_ids[0])
        assert again is not None and "Contained" not in again.machine_tags


def test_tags_shown_pending_follow_the_changes_in_order_and_in_any_case() -> None:
    with_changes = device_tags.with_changes
    assert with_changes(("Finance", "PCI"), [("pci", False)]) == ("Finance", "PCI")
    assert with_changes(("Finance", "PCI"), [("pci", True)]) == ("Finance",)
    assert with_changes(("Finance",), [("Contained", False), ("contained", True)]) == ("Finance",)
    assert with_changes((), [("Contained", True), ("Contained", False)]) == ("Contained",)
