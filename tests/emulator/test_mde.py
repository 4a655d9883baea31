"""Defender for Endpoint: machines (404 on empty, PascalCase, tags one by one and in bulk)
and alerts."""

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


def test_a_tag_leaves_last_seen_and_shows_in_listings(
    emu: Emulator, session: requests.Session
) -> None:
    machine = session.get(f"{emu.base_url}/api/machines?$top=1", timeout=TIMEOUT).json()["value"][0]
    url = f"{emu.base_url}/api/machines/{machine['id']}/tags"
    added = session.post(url, json={"Value": "Contained", "Action": "Add"}, timeout=TIMEOUT).json()
    assert added["@odata.context"].endswith("/api/$metadata#Machines/$entity")
    assert added["lastSeen"] == machine["lastSeen"]
    assert added["machineTags"] == [*machine["machineTags"], "Contained"]
    tagged = follow(
        session, f"{emu.base_url}/api/machines?$filter=machineTags/any(t: t eq 'Contained')"
    )
    assert [m["id"] for m in tagged] == [machine["id"]]
    missing = session.post(
        f"{emu.base_url}/api/machines/nope/tags",
        json={"Value": "x", "Action": "Add"},
        timeout=TIMEOUT,
    )
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "ResourceNotFound"


def test_bulk_tags_on_many_machines(emu: Emulator, session: requests.Session) -> None:
    machines = follow(session, f"{emu.base_url}/api/machines")
    ids = [m["id"] for m in machines[:3]]
    url = f"{emu.base_url}/api/machines/AddOrRemoveTagForMultipleMachines"
    body = {"Value": "Wave 1", "Action": "Add", "MachineIds": [*ids, ids[0], "f" * 40]}
    response = session.post(url, json=body, timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["@odata.context"] == f"{emu.base_url}/api/$metadata#Machines"
    # Each known machine once; an unknown id is left out.
    assert [m["id"] for m in answer["value"]] == ids
    assert all("Wave 1" in m["machineTags"] for m in answer["value"])
    before = {m["id"]: m["lastSeen"] for m in machines}
    assert all(m["lastSeen"] == before[m["id"]] for m in answer["value"])
    tagged = follow(
        session, f"{emu.base_url}/api/machines?$filter=machineTags/any(t: t eq 'Wave 1')"
    )
    assert sorted(m["id"] for m in tagged) == sorted(ids)
    removed = session.post(url, json={**body, "Action": "Remove"}, timeout=TIMEOUT).json()
    assert not any("Wave 1" in m["machineTags"] for m in removed["value"])
    assert [(r.kind, r.status) for r in emu.tag_requests(emu.tenants[0].id)] == [
        ("AddOrRemoveTagForMultipleMachines", 200),
        ("AddOrRemoveTagForMultipleMachines", 200),
    ]


def test_bulk_tags_are_validated(emu: Emulator, session: requests.Session) -> None:
    url = f"{emu.base_url}/api/machines/AddOrRemoveTagForMultipleMachines"
    machine_id = session.get(f"{emu.base_url}/api/machines?$top=1", timeout=TIMEOUT).json()[
        "value"
    ][0]["id"]

    def code(body: object) -> tuple[int, str]:
        response = session.post(url, json=body, timeout=TIMEOUT)
        return response.status_code, response.json()["error"]["code"]

    assert code({"Value": "x", "Action": "Add", "MachineIds": [machine_id] * 501}) == (
        400,
        "MaximumBatchSizeExceeded",
    )
    assert code({"Value": "x", "Action": "Add"}) == (400, "MissingRequiredParameter")
    assert code({"Value": "x", "Action": "Add", "machineIds": [machine_id]}) == (
        400,
        "MissingRequiredParameter",
    )
    assert code({"Value": "x", "Action": "Add", "MachineIds": []}) == (400, "InvalidRequestBody")
    assert code({"Value": "x", "Action": "add", "MachineIds": [machine_id]}) == (
        400,
        "InvalidRequestBody",
    )
    at_most = session.post(
        url, json={"Value": "x", "Action": "Add", "MachineIds": [machine_id] * 500}, timeout=TIMEOUT
    )
    assert at_most.status_code == 200 and len(at_most.json()["value"]) == 1


def test_tags_need_machine_read_write(emu: Emulator, session: requests.Session) -> None:
    emu.deny_machine_action(emu.tenants[0].id, "Machine.ReadWrite.All")
    machine_id = session.get(f"{emu.base_url}/api/machines?$top=1", timeout=TIMEOUT).json()[
        "value"
    ][0]["id"]
    for url, body in (
        (f"{emu.base_url}/api/machines/{machine_id}/tags", {"Value": "x", "Action": "Add"}),
        (
            f"{emu.base_url}/api/machines/AddOrRemoveTagForMultipleMachines",
            {"Value": "x", "Action": "Add", "MachineIds": [machine_id]},
        ),
    ):
        response = session.post(url, json=body, timeout=TIMEOUT)
        assert response.status_code == 403
        assert response.json()["error"]["message"] == (
            "Missing application permission: Machine.ReadWrite.All"
        )
    assert session.get(f"{emu.base_url}/api/machines/{machine_id}", timeout=TIMEOUT).ok
