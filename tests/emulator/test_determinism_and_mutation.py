"""Same seed and now -> same bytes; mutation gives an incremental sync work to do."""

from __future__ import annotations

from datetime import timedelta

from console.emulator import Emulator

from .conftest import FIXED_NOW, TIMEOUT, authorised, follow, small_config


def _snapshot(emu: Emulator) -> bytes:
    session = authorised(emu)
    parts = []
    for path in (
        "/v1.0/security/incidents?$expand=alerts&$top=50",
        "/api/machines",
        "/api/alerts?$expand=evidence",
    ):
        body = session.get(emu.base_url + path, timeout=TIMEOUT).content
        parts.append(body.replace(emu.base_url.encode(), b"BASE"))
    return b"\n".join(parts)


def test_same_seed_same_bytes_and_other_seed_differs() -> None:
    with (
        Emulator(small_config(incidents=40, devices=10)) as one,
        Emulator(small_config(incidents=40, devices=10)) as two,
    ):
        assert one.tenants == two.tenants
        first = _snapshot(one)
        assert first == _snapshot(two)
    with Emulator(small_config(seed=8, incidents=40, devices=10)) as other:
        assert other.tenants[0].name == "Contoso"
        assert _snapshot(other) != first


def test_mutate_once_updates_incidents_and_adds_one(emu: Emulator) -> None:
    session = authorised(emu)
    url = f"{emu.graph_url}/security/incidents"
    before = {i["id"]: i for i in follow(session, url)}
    cursor = max(i["lastUpdateDateTime"] for i in before.values())
    touched = emu.mutate_once()[emu.tenants[0].id]
    changed = follow(session, f"{url}?$filter=lastUpdateDateTime gt {cursor}&$expand=alerts")
    assert {i["id"] for i in changed} == set(touched)
    new = [i for i in changed if i["id"] not in before]
    assert len(new) == 1 and new[0]["alerts"]
    assert int(new[0]["id"]) > max(int(k) for k in before)
    for incident in changed:
        assert all(
            a["lastUpdateDateTime"] > cursor for a in incident["alerts"] if incident["id"] in before
        )


def test_alert_ids_stay_the_same_across_starts_at_other_times() -> None:
    # The demo starts the emulator at "now": a second --demo on the same home must
    # find the same alerts, not a second copy of each under a new id.
    later = FIXED_NOW + timedelta(days=3, hours=5)
    with (
        Emulator(small_config(incidents=30, devices=10)) as one,
        Emulator(small_config(incidents=30, devices=10, now=later)) as two,
    ):
        ids = [
            {a["id"] for a in follow(authorised(emu), emu.base_url + "/v1.0/security/alerts_v2")}
            for emu in (one, two)
        ]
    assert ids[0] and ids[0] == ids[1]
