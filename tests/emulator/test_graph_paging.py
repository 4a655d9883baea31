"""Paging, $top caps, $count, $orderby and $expand on the Graph collections."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import requests

from console.emulator import Emulator

from .conftest import TIMEOUT, authorised, follow, small_config


def test_following_nextlinks_returns_every_incident_once(
    shared_emu: Emulator, shared: requests.Session
) -> None:
    items = follow(shared, f"{shared_emu.graph_url}/security/incidents?$top=7")
    ids = [i["id"] for i in items]
    assert len(ids) == 120
    assert len(set(ids)) == len(ids)
    # Default order: most recent first.
    stamps = [i["lastUpdateDateTime"] for i in items]
    assert stamps == sorted(stamps, reverse=True)


def test_alert_paging_covers_all_alerts_without_duplicates(
    shared_emu: Emulator, shared: requests.Session
) -> None:
    every = follow(shared, f"{shared_emu.graph_url}/security/alerts_v2?$top=1000")
    paged = follow(
        shared, f"{shared_emu.graph_url}/security/alerts_v2?$top=37&$orderby=createdDateTime asc"
    )
    assert len(every) == len({a["id"] for a in every}) > 120
    expected = sorted(every, key=lambda a: (a["createdDateTime"], a["id"]))
    assert [a["id"] for a in paged] == [a["id"] for a in expected]


def test_nextlink_is_absolute_and_keeps_the_options(
    shared_emu: Emulator, shared: requests.Session
) -> None:
    url = f"{shared_emu.graph_url}/security/incidents"
    params = {
        "$top": "5",
        "$filter": "severity ne 'low'",
        "$count": "true",
        "$orderby": "createdDateTime desc",
    }
    body = shared.get(url, params=params, timeout=TIMEOUT).json()
    link = body["@odata.nextLink"]
    assert link.startswith(shared_emu.graph_url + "/security/incidents?")
    options = {k: v[0] for k, v in parse_qs(urlsplit(link).query).items()}
    assert options == {**params, "$skip": "5"}


def test_incident_top_is_capped_at_50(shared_emu: Emulator, shared: requests.Session) -> None:
    body = shared.get(f"{shared_emu.graph_url}/security/incidents?$top=500", timeout=TIMEOUT).json()
    assert len(body["value"]) == 50
    assert "$skip=50" in body["@odata.nextLink"]


def test_alert_top_is_capped_at_1000() -> None:
    with Emulator(small_config(incidents=400, devices=20)) as emu:
        body = (
            authorised(emu)
            .get(f"{emu.graph_url}/security/alerts_v2?$top=5000", timeout=TIMEOUT)
            .json()
        )
        assert len(body["value"]) == 1000
        assert "@odata.nextLink" in body


def test_count_reports_the_filtered_total(shared_emu: Emulator, shared: requests.Session) -> None:
    url = (
        f"{shared_emu.graph_url}/security/incidents?$count=true&$top=3&$filter=status eq 'resolved'"
    )
    body = shared.get(url, timeout=TIMEOUT).json()
    everything = follow(shared, f"{shared_emu.graph_url}/security/incidents")
    assert body["@odata.count"] == sum(1 for i in everything if i["status"] == "resolved")
    assert len(body["value"]) == 3
    assert (
        "@odata.count"
        not in shared.get(f"{shared_emu.graph_url}/security/incidents", timeout=TIMEOUT).json()
    )


def test_orderby_id_ascending(shared_emu: Emulator, shared: requests.Session) -> None:
    items = follow(shared, f"{shared_emu.graph_url}/security/incidents?$orderby=id asc&$top=50")
    assert [i["id"] for i in items] == sorted(i["id"] for i in items)


def test_expand_alerts_inlines_each_incidents_alerts(
    shared_emu: Emulator, shared: requests.Session
) -> None:
    body = shared.get(
        f"{shared_emu.graph_url}/security/incidents?$expand=alerts&$top=10", timeout=TIMEOUT
    ).json()
    assert body["@odata.context"].endswith("$metadata#security/incidents(alerts())")
    for incident in body["value"]:
        alerts = incident["alerts"]
        assert all(a["incidentId"] == incident["id"] for a in alerts)
        one = shared.get(
            f"{shared_emu.graph_url}/security/incidents/{incident['id']}?$expand=alerts",
            timeout=TIMEOUT,
        )
        assert one.json()["alerts"] == alerts
    plain = shared.get(f"{shared_emu.graph_url}/security/incidents?$top=1", timeout=TIMEOUT).json()
    assert "alerts" not in plain["value"][0]


def test_single_items_and_unknown_ids(shared_emu: Emulator, shared: requests.Session) -> None:
    first = shared.get(f"{shared_emu.graph_url}/security/alerts_v2?$top=1", timeout=TIMEOUT).json()[
        "value"
    ][0]
    one = shared.get(
        f"{shared_emu.graph_url}/security/alerts_v2/{first['id']}", timeout=TIMEOUT
    ).json()
    assert one["@odata.context"].endswith("security/alerts_v2/$entity")
    assert one["evidence"] == first["evidence"]
    missing = shared.get(f"{shared_emu.graph_url}/security/incidents/999", timeout=TIMEOUT)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "NotFound"
    assert set(missing.json()["error"]["innerError"]) == {"date", "request-id", "client-request-id"}
    unknown = shared.get(f"{shared_emu.graph_url}/security/nothing", timeout=TIMEOUT)
    assert unknown.status_code == 404


def test_beta_serves_the_same_items(shared_emu: Emulator, shared: requests.Session) -> None:
    v1 = shared.get(f"{shared_emu.graph_url}/security/incidents?$top=5", timeout=TIMEOUT).json()
    beta = shared.get(
        f"{shared_emu.base_url}/beta/security/incidents?$top=5", timeout=TIMEOUT
    ).json()
    assert beta["value"] == v1["value"]
    assert "/beta/$metadata" in beta["@odata.context"]
