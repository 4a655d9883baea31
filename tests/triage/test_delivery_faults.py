"""Triage sends under the service's limits and refusals, across a restart, and on a desk:
each tenant's changes go with that tenant's token only."""

from __future__ import annotations

from pathlib import Path

from console.api.auth import StaticTokenProvider
from console.cache import open_cache, triage
from console.domain.triage import Change, EntityKind
from console.emulator import Emulator
from console.sync.clients import make_clients
from console.sync.engine import sync_tenant
from console.triage.delivery import send_waiting
from console.triage.service import TriageService
from tests.integration.conftest import small_config
from tests.triage.conftest import Synced

ME = "analyst@contoso.example"
ASSIGN = Change(EntityKind.INCIDENT, {"assignedTo": ME})


def _graph(emulator: Emulator, tenant_id: str, token_of: str | None = None, attempts: int = 1):
    token = emulator.issue_token(token_of or tenant_id)
    graph, defender = make_clients(
        tenant_id,
        emulator.graph_url,
        emulator.defender_url,
        StaticTokenProvider(token),
        max_attempts=attempts,
    )
    defender.session.close()
    return graph


def test_throttled_writes_wait_in_order_for_the_next_run(synced: Synced) -> None:
    ids = synced.incident_ids()[:4]
    triage.queue(synced.cache, synced.tenant_id, ME, ASSIGN, ids)
    synced.emulator.faults.write_limit_per_minute = 2  # the tenant's quota, hit at once

    report = send_waiting(synced.cache, synced.tenant_id, _graph(synced.emulator, synced.tenant_id))

    assert report.throttled and report.sent == 2 and report.remaining == 2
    waiting = triage.waiting(synced.cache, synced.tenant_id)
    assert [c.entity_id for c in waiting] == ids[2:]  # in the order queued
    assert "429" in (waiting[0].error or "") or "Too" in (waiting[0].error or "")
    synced.emulator.faults.write_limit_per_minute = None  # a minute later
    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 2


def test_a_write_refused_for_a_missing_permission_names_it(synced: Synced) -> None:
    [incident_id] = synced.incident_ids()[:1]
    triage.queue(synced.cache, synced.tenant_id, ME, ASSIGN, [incident_id])
    synced.emulator.deny_writes(synced.tenant_id, True)

    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).rejected == 1

    [held] = triage.held(synced.cache, [synced.tenant_id])
    assert held.status == "rejected"
    assert "403" in (held.error or "") and "SecurityIncident.ReadWrite.All" in (held.error or "")
    synced.emulator.deny_writes(synced.tenant_id, False)  # the admin granted it
    triage.retry(synced.cache, held, ME)
    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 1


def test_changes_queued_before_a_restart_are_sent_once_after_it(synced: Synced, tmp_path) -> None:
    ids = synced.incident_ids()[4:6]
    triage.queue(synced.cache, synced.tenant_id, ME, Change(EntityKind.INCIDENT, {}, "Noted."), ids)
    [first, _second] = triage.waiting(synced.cache, synced.tenant_id)
    triage.mark_sending(synced.cache, first)  # the console died while sending it
    path = synced.cache.sqlite_path
    assert path is not None
    synced.cache.close()

    with open_cache(path) as reopened:
        assert len(triage.waiting(reopened, synced.tenant_id)) == 2
        assert send_waiting(reopened, synced.tenant_id, synced.graph).sent == 2
    for incident_id in ids:
        texts = [c["comment"] for c in synced.data.incidents.doc(incident_id)["comments"]]
        assert texts.count("Noted.") == 1


def test_a_desk_sends_each_tenants_changes_with_its_own_token(tmp_path: Path) -> None:
    with (
        Emulator(small_config(tenants=2, incidents=6, devices=2)) as emulator,
        open_cache(tmp_path / "desk.db") as cache,
    ):
        north, south = (tenant.id for tenant in emulator.tenants)
        for tenant_id in (north, south):
            graph, defender = make_clients(
                tenant_id,
                emulator.graph_url,
                emulator.defender_url,
                StaticTokenProvider(emulator.issue_token(tenant_id)),
            )
            sync_tenant(cache, tenant_id, graph=graph, defender=defender)
        service = TriageService(
            cache, {north: lambda: "n@north.example", south: lambda: "s@south.example"}
        )
        items = [
            (tenant_id, incident_id)
            for tenant_id in (north, south)
            for incident_id in sorted(emulator.tenant_data(tenant_id).incidents.items)[:2]
        ]
        assert service.queue(ASSIGN, items) == {north: 2, south: 2}

        # South's changes with north's token: refused by the service, nothing changes there.
        wrong = send_waiting(cache, south, _graph(emulator, south, token_of=north))
        assert wrong.sent == 0 and wrong.remaining + wrong.rejected == 2
        assert all(
            emulator.tenant_data(south).incidents.doc(i)["assignedTo"] != ME
            for t, i in items
            if t == south
        )
        for change in triage.held(cache, [south]):
            triage.retry(cache, change, "s@south.example")

        assert send_waiting(cache, north, _graph(emulator, north)).sent == 2
        assert send_waiting(cache, south, _graph(emulator, south)).sent == 2
        for tenant_id, incident_id in items:
            assert emulator.tenant_data(tenant_id).incidents.doc(incident_id)["assignedTo"] == ME
        # The audit names who acted in each tenant.
        from console.cache import audit

        assert {e.actor for e in audit.entries(cache, south, 20)} == {"s@south.example"}
