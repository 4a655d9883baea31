"""Domain -> cache -> domain keeps what the analyst would see, verbatim."""

from __future__ import annotations

import sqlite3

from console.cache import Cache, alerts, devices, incidents
from console.cache.writer import read_sync_state, write_alerts, write_devices, write_incidents
from console.domain import (
    AlertStatus,
    Classification,
    Comment,
    Determination,
    ServiceSource,
    Severity,
)
from tests.cache.factories import TENANT, alert, at, device, device_evidence, incident


def test_incident_with_alerts_comes_back_whole(cache: Cache) -> None:
    title = "<b>Ransomware</b> on <script>x</script> \u00e9t\u00e9 \u6f22\u5b57 \U0001f600"
    original = incident(
        "42",
        display_name=title,
        description="<p>Exec summary</p>",
        severity=Severity.parse("Critical"),  # unrecognised: kept raw
        classification=Classification.parse("TruePositive"),
        determination=Determination.parse("insufficientData"),
        custom_tags=("VIP", "Finance"),
        system_tags=("Defender Experts",),
        comments=[Comment("First look \u2713", "ana@contoso.com", at(1)), Comment("second")],
        priority_score=91,
        recommended_hunting_queries=("DeviceEvents | take 10",),
        raw={"id": "42", "displayName": title, "extra": {"nested": [1, 2]}},
    )
    child = alert(
        "da1_-9",
        "42",
        title=title,
        status=AlertStatus.parse("NewFutureStatus"),
        categories=("Execution", "Persistence"),
        mitre_techniques=("T1059",),
        comments=[Comment("on alert", "bob", at(2))],
        evidence=[
            device_evidence("dev1", "pc-01.contoso.com"),
            device_evidence("dev2", "pc-02.contoso.com"),
        ],
    )
    write_incidents(cache, TENANT, [original], resource="incidents", state={"skip": 1})
    write_alerts(cache, TENANT, [child], resource="alerts", state={"next": "abc"})

    loaded = incidents.get(cache, TENANT, "42")
    assert loaded is not None
    assert loaded.display_name == title
    assert loaded.severity is not None and loaded.severity.value == "Critical"
    assert not loaded.severity.is_recognised
    assert loaded.classification is Classification.TRUE_POSITIVE
    assert loaded.determination is Determination.NOT_ENOUGH_DATA_TO_VALIDATE
    assert loaded.custom_tags == ("VIP", "Finance")
    assert loaded.comments == original.comments
    assert loaded.raw == original.raw
    assert loaded.recommended_hunting_queries == ("DeviceEvents | take 10",)
    assert loaded.priority_score == 91
    assert loaded.created == original.created and loaded.created is not None
    assert loaded.created.tzinfo is not None
    [loaded_alert] = loaded.alerts
    assert loaded_alert.title == title
    assert loaded_alert.status is not None and loaded_alert.status.value == "NewFutureStatus"
    assert loaded_alert.evidence == child.evidence
    assert loaded_alert.device_ids == ("dev1", "dev2")
    assert loaded_alert.comments == child.comments
    assert loaded_alert.service_source is ServiceSource.MICROSOFT_DEFENDER_FOR_ENDPOINT
    assert alerts.get(cache, TENANT, "da1_-9") == loaded_alert
    assert read_sync_state(cache, TENANT, "alerts") == {"next": "abc"}


def test_device_comes_back_whole(cache: Cache) -> None:
    original = device(
        "a" * 40,
        "pc-01.contoso.com",
        machine_tags=("Tier0", "\u00fcber"),
        ip_addresses=("10.0.0.9",),
        os_build=22631,
        rbac_group_id=140,
        is_aad_joined=True,
    )
    write_devices(cache, TENANT, [original], resource="devices", state={})
    assert devices.get(cache, TENANT, "a" * 40) == original
    assert devices.get(cache, TENANT, "missing") is None


def test_rewriting_the_same_pages_changes_nothing(cache: Cache) -> None:
    pages = [incident("1", custom_tags=("x",)), incident("2")]
    alert_page = [alert("a1", "1", evidence=[device_evidence("d1", "pc1")]), alert("a2", "2")]
    for _ in range(2):
        write_incidents(cache, TENANT, pages, resource="incidents", state={"n": 1})
        write_alerts(cache, TENANT, alert_page, resource="alerts", state={"n": 1})
    assert cache.sqlite_path is not None
    snapshot = _dump(cache)
    write_alerts(cache, TENANT, alert_page, resource="alerts", state={"n": 1})
    write_incidents(cache, TENANT, pages, resource="incidents", state={"n": 1})
    assert _dump(cache) == snapshot
    assert snapshot["evidence"] and snapshot["tags"] and snapshot["alert_devices"]


def _dump(cache: Cache) -> dict[str, list[tuple[object, ...]]]:
    assert cache.sqlite_path is not None
    with sqlite3.connect(cache.sqlite_path) as connection:
        tables = ["incidents", "alerts", "evidence", "alert_devices", "comments", "tags"]
        tables += ["devices", "incidents_fts", "alerts_fts"]
        return {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }
