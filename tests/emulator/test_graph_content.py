"""What an analyst sees: evolvable enums, DEN fields, evidence, and the nasty-but-real items."""

from __future__ import annotations

import pytest
import requests

from console.emulator import Emulator

from .conftest import follow

PREFER = {"Prefer": "include-unknown-enum-members"}
EVOLVABLE_SERVICES = {
    "microsoftDefenderForCloud",
    "microsoftSentinel",
    "microsoftInsiderRiskManagement",
    "microsoftThreatIntelligence",
    "microsoftSecurityForAI",
}


@pytest.fixture(scope="module")
def incidents(shared_emu: Emulator, shared: requests.Session) -> list[dict]:
    return follow(
        shared, f"{shared_emu.graph_url}/security/incidents?$expand=alerts", headers=PREFER
    )


def test_prefer_header_reveals_evolvable_members(
    shared_emu: Emulator, shared: requests.Session
) -> None:
    url = f"{shared_emu.graph_url}/security/incidents"
    with_header = {i["id"]: i["status"] for i in follow(shared, url, headers=PREFER)}
    without = {i["id"]: i["status"] for i in follow(shared, url)}
    awaiting = [k for k, v in with_header.items() if v == "awaitingAction"]
    assert awaiting
    assert all(without[k] == "unknownFutureValue" for k in awaiting)
    assert "awaitingAction" not in without.values()

    alerts_url = f"{shared_emu.graph_url}/security/alerts_v2"
    revealed = follow(shared, alerts_url, headers=PREFER)
    hidden = {a["id"]: a for a in follow(shared, alerts_url)}
    evolvable = [a for a in revealed if a["serviceSource"] in EVOLVABLE_SERVICES]
    assert evolvable
    for alert in evolvable:
        assert hidden[alert["id"]]["serviceSource"] == "unknownFutureValue"
        assert hidden[alert["id"]]["detectionSource"] == "unknownFutureValue"


def test_dens_carry_summary_recommendations_and_queries(incidents: list[dict]) -> None:
    dens = [i for i in incidents if i["displayName"].startswith("Defender Experts")]
    assert dens
    titles = [d["displayName"] for d in dens]
    assert "Defender Experts: Test Notification from Microsoft Defender Experts" in titles
    for den in dens:
        assert den["systemTags"] == ["Defender Experts"]
        assert den["description"].count(". ") >= 2
        assert den["recommendedActions"]
        assert 1 <= len(den["recommendedHuntingQueries"]) <= 3
        assert all(q["kqlText"] for q in den["recommendedHuntingQueries"])
        expert_alerts = [
            a for a in den["alerts"] if a["detectionSource"] == "microsoftThreatExperts"
        ]
        assert expert_alerts and all(a["id"].startswith("ta") for a in expert_alerts)
    ordinary = [i for i in incidents if not i["displayName"].startswith("Defender Experts")]
    assert all("recommendedHuntingQueries" not in i for i in ordinary)


def test_evidence_types_point_at_real_devices(
    shared_emu: Emulator, shared: requests.Session, incidents: list[dict]
) -> None:
    machines = follow(shared, f"{shared_emu.base_url}/api/machines")
    machine_ids = {m["id"] for m in machines}
    kinds = set()
    for incident in incidents:
        for alert in incident["alerts"]:
            for evidence in alert["evidence"]:
                kinds.add(evidence["@odata.type"].rsplit(".", 1)[-1])
                if evidence.get("mdeDeviceId"):
                    assert evidence["mdeDeviceId"] in machine_ids
                if evidence["@odata.type"].endswith("processEvidence"):
                    assert evidence["parentProcessImageFile"]["fileName"]
    assert {
        "deviceEvidence",
        "fileEvidence",
        "processEvidence",
        "userEvidence",
        "ipEvidence",
        "urlEvidence",
        "registryKeyEvidence",
        "registryValueEvidence",
    } <= kinds


def test_nasty_but_real_items_are_present(incidents: list[dict]) -> None:
    titles = [a["title"] for i in incidents for a in i["alerts"]]
    assert any("<img src=x onerror=alert(1)>" in t for t in titles)
    assert any(any(not tag.isascii() for tag in i["customTags"]) for i in incidents)
    assert any(i["assignedTo"] is None for i in incidents)
    redirected = [i for i in incidents if i["status"] == "redirected"]
    assert redirected and all(i["redirectIncidentId"] for i in redirected)


def test_realistic_spread(incidents: list[dict]) -> None:
    statuses = {i["status"] for i in incidents}
    assert {"active", "resolved", "inProgress"} <= statuses
    created = sorted(i["createdDateTime"] for i in incidents)
    assert created[0] < "2025-10-01"  # about six months back from the fixed "now"
    assert created[-1] >= "2026-02-28T12:00"  # and some within the last day
    assert {"high", "medium", "low"} <= {i["severity"] for i in incidents}
