"""Defender for Endpoint: machines (404 on empty, PascalCase, tags) and alerts."""

from __future__ import annotations

import requests

from console.emulator import Emulator

from .conftest import TIMEOUT, follow

PASCAL_HEALTH = {
    "Active",
    "Inactive",
    "ImpairedCommunication",
    "NoSensorData",
    "NoSensorDataImpairedCommunication",
    "Unknown",
}


def test_machines_are_pascal_case_and_page(shared_emu: Emulator, shared: requests.Session) -> None:
    machines = follow(shared, f"{shared_emu.base_url}/api/machines?$top=7")
    assert len(machines) == 30 == len({m["id"] for m in machines})
    for machine in machines:
        assert len(machine["id"]) == 40
        assert machine["healthStatus"] in PASCAL_HEALTH
        assert machine["riskScore"] in {"None", "Informational", "Low", "Medium", "High"}
        mac = machine["ipAddresses"][0]["macAddress"]
        assert len(mac) == 12 and mac == mac.upper()
    platforms = {m["osPlatform"] for m in machines}
    assert len(platforms) >= 3


def test_machine_filters(shared_emu: Emulator, shared: requests.Session) -> None:
    base = f"{shared_emu.base_url}/api/machines?$filter="
    everything = follow(shared, f"{shared_emu.base_url}/api/machines")
    not_active = follow(shared, f"{base}healthStatus ne 'Active'&$top=100")
    assert {m["id"] for m in not_active} == {
        m["id"] for m in everything if m["healthStatus"] != "Active"
    }
    recent = follow(shared, f"{base}lastSeen gt 2026-02-27Z")
    assert {m["id"] for m in recent} == {
        m["id"] for m in everything if m["lastSeen"] > "2026-02-27T00:00:00"
    }
    tag = next(t for m in everything for t in m["machineTags"])
    tagged = follow(shared, f"{base}machineTags/any(t: t eq '{tag}')")
    assert tagged and all(tag in m["machineTags"] for m in tagged)


def test_empty_machine_result_is_404(shared_emu: Emulator, shared: requests.Session) -> None:
    response = shared.get(
        f"{shared_emu.base_url}/api/machines?$filter=computerDnsName eq 'nope'", timeout=TIMEOUT
    )
    assert response.status_code == 404
    assert set(response.json()["error"]) == {"code", "message", "target"}


def test_machine_by_id_or_name(shared_emu: Emulator, shared: requests.Session) -> None:
    machine = shared.get(f"{shared_emu.base_url}/api/machines?$top=1", timeout=TIMEOUT).json()[
        "value"
    ][0]
    by_id = shared.get(
        f"{shared_emu.base_url}/api/machines/{machine['id']}", timeout=TIMEOUT
    ).json()
    by_name = shared.get(
        f"{shared_emu.base_url}/api/machines/{machine['computerDnsName']}", timeout=TIMEOUT
    ).json()
    assert by_id["id"] == by_name["id"] == machine["id"]
    assert (
        shared.get(f"{shared_emu.base_url}/api/machines/missing", timeout=TIMEOUT).status_code
        == 404
    )


def test_machine_tags_add_and_remove(emu: Emulator, session: requests.Session) -> None:
    machine = session.get(f"{emu.base_url}/api/machines?$top=1", timeout=TIMEOUT).json()["value"][0]
    url = f"{emu.base_url}/api/machines/{machine['id']}/tags"
    added = session.post(url, json={"Value": "Quarantine ✓", "Action": "Add"}, timeout=TIMEOUT)
    assert added.status_code == 200 and "Quarantine ✓" in added.json()["machineTags"]
    removed = session.post(url, json={"Value": "Quarantine ✓", "Action": "Remove"}, timeout=TIMEOUT)
    assert "Quarantine ✓" not in removed.json()["machineTags"]
    for body in ({"value": "x", "action": "Add"}, {"Value": "x", "Action": "add"}, {"Value": "x"}):
        assert session.post(url, json=body, timeout=TIMEOUT).status_code == 400, body


def test_mde_alerts_shape_filter_and_evidence(
    shared_emu: Emulator, shared: requests.Session
) -> None:
    base = f"{shared_emu.base_url}/api/alerts"
    alerts = follow(shared, f"{base}?$top=50")
    assert alerts and all(a["evidence"] == [] for a in alerts)
    assert all(isinstance(a["incidentId"], int) for a in alerts)
    assert {a["severity"] for a in alerts} <= {
        "UnSpecified",
        "Informational",
        "Low",
        "Medium",
        "High",
    }
    assert {a["status"] for a in alerts} <= {"New", "InProgress", "Resolved"}
    experts = [a for a in alerts if a["detectionSource"] == "ThreatExperts"]
    assert experts and all(a["id"].startswith("ta") for a in experts)
    expanded = follow(shared, f"{base}?$expand=evidence&$top=1000")
    assert any(a["evidence"] for a in expanded)
    assert {e["entityType"] for a in expanded for e in a["evidence"]} >= {"File", "Process", "User"}
    high = follow(
        shared, f"{base}?$filter=severity eq 'High' and lastUpdateTime ge 2026-01-01T00:00:00Z"
    )
    assert high and all(
        a["severity"] == "High" and a["lastUpdateTime"] >= "2026-01-01" for a in high
    )
