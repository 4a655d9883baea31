"""Every filter and sort of the queues, on a small hand-made tenant."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from console.cache import Cache, alerts, devices, incidents, open_cache, query, summary, tags
from console.cache.filters import DeviceFilters, Filters, Sort
from console.cache.writer import write_alerts, write_devices, write_incidents
from console.domain import (
    DEN_TAG,
    AlertStatus,
    Classification,
    DetectionSource,
    IncidentStatus,
    RiskScore,
    ServiceSource,
    Severity,
)
from tests.cache.factories import TENANT, alert, at, den_alert, device, device_evidence, incident

BY_ID = Sort("id")
OTHER = "22222222-2222-2222-2222-222222222222"


@pytest.fixture(scope="module")
def tenant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    path: Path = tmp_path_factory.mktemp("queries") / "cache.db"
    with open_cache(path) as cache:
        write_incidents(
            cache,
            TENANT,
            [
                incident(
                    "1", display_name="Phishing wave", severity=Severity.HIGH, custom_tags=("VIP",)
                ),
                incident(
                    "2", display_name="Defender Experts: hands on keyboard", severity=Severity.LOW
                ),
                incident(
                    "9",
                    severity=Severity.INFORMATIONAL,
                    assigned_to="ana@contoso.com",
                    status=IncidentStatus.RESOLVED,
                    classification=Classification.TRUE_POSITIVE,
                ),
                incident(
                    "10",
                    display_name="Lateral movement",
                    severity=Severity.MEDIUM,
                    system_tags=("Endpoint Attack Notification",),
                ),
                incident("11", severity=Severity.parse("Critical")),
            ],
            resource="incidents",
            state={},
        )
        write_alerts(
            cache,
            TENANT,
            [
                alert(
                    "a1",
                    "1",
                    evidence=[device_evidence("d1", "finance-pc.contoso.com", "10.1.2.3")],
                    severity=Severity.HIGH,
                ),
                alert(
                    "a2",
                    "10",
                    evidence=[device_evidence("d2", "dc01.contoso.com")],
                    service_source=ServiceSource.MICROSOFT_DEFENDER_FOR_IDENTITY,
                    detection_source=DetectionSource.MICROSOFT_DEFENDER_FOR_IDENTITY,
                    status=AlertStatus.IN_PROGRESS,
                    last_activity=at(5),
                ),
                den_alert("a3", "9", evidence=[device_evidence("d1", "finance-pc.contoso.com")]),
                alert("a4", None, title="Orphan <i>alert</i>", assigned_to="bob@contoso.com"),
            ],
            resource="alerts",
            state={},
        )
        write_devices(
            cache,
            TENANT,
            [
                device(
                    "d1",
                    "finance-pc.contoso.com",
                    risk_score=RiskScore.HIGH,
                    machine_tags=("Finance",),
                    last_ip_address="10.1.2.3",
                ),
                device(
                    "d2",
                    "dc01.contoso.com",
                    risk_score=RiskScore.MEDIUM,
                    os_platform="WindowsServer2022",
                ),
                device("d3", "kiosk", risk_score=None),
            ],
            resource="devices",
            state={},
        )
        write_incidents(
            cache, OTHER, [incident("1", tenant_id=OTHER)], resource="incidents", state={}
        )
        yield cache


def ids(
    rows: list[incidents.IncidentRow] | list[alerts.AlertRow] | list[devices.DeviceRow],
) -> list[str]:
    return [row.id for row in rows]


def inc(cache: Cache, sort: Sort = BY_ID, **filters: object) -> list[str]:
    f = Filters(tenant_ids=(TENANT,), **filters)  # type: ignore[arg-type]
    found = ids(incidents.page(cache, f, sort, 0, 50))
    assert incidents.count(cache, f) == len(found)
    return found


def alr(cache: Cache, sort: Sort = BY_ID, **filters: object) -> list[str]:
    f = Filters(tenant_ids=(TENANT,), **filters)  # type: ignore[arg-type]
    found = ids(alerts.page(cache, f, sort, 0, 50))
    assert alerts.count(cache, f) == len(found)
    return found


def test_incident_filters(tenant: Cache) -> None:
    assert inc(tenant) == ["1", "2", "9", "10", "11"]  # numeric id order
    assert inc(tenant, statuses=[IncidentStatus.RESOLVED]) == ["9"]
    assert inc(tenant, severities=["Critical"]) == ["11"]
    assert inc(tenant, severities=[Severity.HIGH, Severity.LOW]) == ["1", "2"]
    assert inc(tenant, assigned_to=[None]) == ["1", "2", "10", "11"]
    assert inc(tenant, assigned_to=["ana@contoso.com"]) == ["9"]
    assert inc(tenant, classifications=["truePositive"]) == ["9"]
    assert inc(tenant, service_sources=[ServiceSource.MICROSOFT_DEFENDER_FOR_IDENTITY]) == ["10"]
    assert inc(tenant, detection_sources=["microsoftThreatExperts"]) == ["9"]
    assert inc(tenant, device_id="d1") == ["1", "9"]
    assert inc(tenant, tags=["VIP", "Endpoint Attack Notification"]) == ["1", "10"]
    assert inc(tenant, include={"severity": ["high"]}) == ["1"]
    assert inc(tenant, exclude={"assigned_to": ["ana@contoso.com"]}) == ["1", "2", "10", "11"]
    assert inc(tenant, time_column="last_update", since=at(3), until=at(10)) == ["9"]
    assert inc(tenant, time_column="last_activity", since=at(0)) == ["10"]
    assert incidents.count(tenant, Filters()) == 6  # every tenant


def test_defender_experts_tag_is_exactly_the_dens(tenant: Cache) -> None:
    dens = inc(tenant, den_only=True)
    assert dens == ["2", "9"]  # by name, and by a Threat Experts alert
    assert inc(tenant, tags=[DEN_TAG]) == dens
    assert inc(tenant, tags=["defender experts"]) == dens
    assert DEN_TAG in tags.distinct(tenant, TENANT)
    assert tags.distinct(tenant, OTHER) == []
    assert tags.distinct(tenant, TENANT, kind="device") == ["Finance"]
    assert summary.counts(tenant, TENANT) == (5, 4, 3, 2)
    assert ids(summary.recent_dens(tenant, TENANT, 1)) == ["9"]


def test_text_search_by_name_id_and_assets(tenant: Cache) -> None:
    assert inc(tenant, text="phish") == ["1"]
    assert inc(tenant, text="lateral MOVEMENT") == ["10"]
    assert inc(tenant, text="11") == ["11"]
    assert inc(tenant, text="finance-pc") == ["1", "9"]
    assert inc(tenant, text="10.1.2.3") == ["1"]
    assert inc(tenant, text="jdoe") == ["1", "9", "10"]
    assert inc(tenant, text='"; DROP TABLE incidents; --') == []
    assert alr(tenant, text="dc01") == ["a2"]
    assert alr(tenant, text="orphan") == ["a4"]
    assert alr(tenant, text="a3") == ["a3"]


def test_incident_sorts(tenant: Cache) -> None:
    by_severity = inc(tenant, Sort("severity", descending=True))
    assert by_severity == ["1", "10", "2", "9", "11"]  # rank, unknown lowest
    assert inc(tenant, Sort("name"))[0] == "2"
    assert inc(tenant, Sort("last_update", descending=True))[0] == "11"
    # Ties (one device each) break on id, in the same direction.
    assert inc(tenant, Sort("impacted_devices", descending=True))[:3] == ["10", "9", "1"]
    for column in query_columns(incidents.ENTITY):
        for descending in (False, True):
            rows = inc(tenant, Sort(column, descending))
            assert sorted(rows) == sorted(["1", "2", "9", "10", "11"]), column
    with pytest.raises(ValueError, match="cannot sort"):
        inc(tenant, Sort("nope"))


def test_alert_filters_and_sorts(tenant: Cache) -> None:
    assert alr(tenant) == ["a1", "a2", "a3", "a4"]
    assert alr(tenant, incident_id="10") == ["a2"]
    assert alr(tenant, device_id="d1") == ["a1", "a3"]
    assert alr(tenant, den_only=True) == ["a3"]
    assert alr(tenant, tags=[DEN_TAG]) == ["a3"]
    assert alr(tenant, statuses=["inProgress"]) == ["a2"]
    assert alr(tenant, service_sources=["microsoftDefenderForIdentity"]) == ["a2"]
    assert alr(tenant, exclude={"device": ["dc01.contoso.com"]}) == ["a1", "a3", "a4"]
    assert alr(tenant, Sort("severity", descending=True))[0] == "a1"
    assert alr(tenant, Sort("last_activity", descending=True))[0] == "a2"
    assert alr(tenant, Sort("device"))[0] == "a4"  # no device sorts first
    [orphan] = alerts.page(tenant, Filters(text="orphan"), Sort("id"), 0, 1)
    assert orphan.title == "Orphan <i>alert</i>"
    for column in query_columns(alerts.ENTITY):
        assert len(alr(tenant, Sort(column, True))) == 4


def test_device_filters_and_sorts(tenant: Cache) -> None:
    def dev(sort: Sort = BY_ID, **filters: object) -> list[str]:
        f = DeviceFilters(**filters)  # type: ignore[arg-type]
        found = ids(devices.page(tenant, f, sort, 0, 50))
        assert devices.count(tenant, f) == len(found)
        return found

    assert dev(Sort("risk", descending=True)) == ["d1", "d2", "d3"]
    assert dev(risk_scores=[RiskScore.HIGH]) == ["d1"]
    assert dev(os_platforms=["WindowsServer2022"]) == ["d2"]
    assert dev(tags=["Finance"]) == ["d1"]
    assert dev(text="10.1.2") == ["d1"]
    assert dev(text="kiosk") == ["d3"]
    assert dev(Sort("domain"))[0] == "d3"
    assert dev(exclude={"risk": ["high"]}) == ["d2", "d3"]
    row = devices.page(tenant, DeviceFilters(text="finance"), Sort("id"), 0, 1)[0]
    assert (row.name, row.domain, row.tags) == (
        "finance-pc.contoso.com",
        "contoso.com",
        ("Finance",),
    )
    for column in query_columns(devices.ENTITY):
        assert len(dev(Sort(column, True))) == 3


def test_export_yields_raw_json_with_den_flag(tenant: Cache) -> None:
    exported = list(incidents.iter_raw(tenant, Filters(tenant_ids=(TENANT,), den_only=True)))
    assert [(t, raw["id"], den) for t, raw, den in exported] == [
        (TENANT, "2", True),
        (TENANT, "9", True),
    ]
    assert len(list(alerts.iter_raw(tenant, Filters()))) == 4
    assert len(list(devices.iter_raw(tenant, DeviceFilters()))) == 3


def query_columns(entity: query.Entity) -> list[str]:
    return sorted(entity.sort_columns)


def test_tenant_filters_select_exactly_their_tenants(tenant: Cache) -> None:
    both = incidents.page(tenant, Filters(tenant_ids=(TENANT, OTHER)), BY_ID, 0, 100)
    other = incidents.page(tenant, Filters(tenant_ids=(OTHER,)), BY_ID, 0, 100)
    mine = incidents.count(tenant, Filters(tenant_ids=(TENANT,)))
    assert {row.tenant_id for row in both} == {TENANT, OTHER}
    assert [(row.tenant_id, row.id) for row in other] == [(OTHER, "1")]
    assert mine + 1 == len(both)


def test_a_window_walks_the_sort_index_instead_of_sorting_the_table(tenant: Cache) -> None:
    # The tenant condition must not lure SQLite onto the (tenant_id, id) index and a
    # full sort of the table: at 1,000,000 alerts that cost a second per window.
    with tenant.engine.connect() as connection:
        where = alerts.conditions(connection, Filters(tenant_ids=(TENANT,)))
        order = alerts.ENTITY.order_by(Sort("last_activity", descending=True))
        stmt = select(alerts.ENTITY.table.c.pk).where(*where).order_by(*order).limit(100)
        sql = str(stmt.compile(connection, compile_kwargs={"literal_binds": True}))
        plan = " ".join(
            str(row[3]) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
        )
    assert "ix_alerts_last_activity" in plan
    assert "TEMP B-TREE" not in plan


def _joined(values: Any) -> str:
    return ", ".join(str(v) for v in values)


def _nullable(value: Any) -> tuple[bool, Any]:
    return (value is not None, value)  # SQLite puts NULLs first in ascending order


INCIDENT_KEYS: dict[str, Any] = {
    "name": lambda r: r.name,
    "id": lambda r: int(r.id),
    "tags": lambda r: _joined(r.tags),
    "severity": lambda r: r.severity.rank if r.severity else 0,
    "status": lambda r: _nullable(r.status and r.status.value),
    "categories": lambda r: _joined(r.categories),
    "impacted_devices": lambda r: r.impacted_devices,
    "active_alerts": lambda r: r.active_alerts,
    "alert_count": lambda r: r.alert_count,
    "service_sources": lambda r: _joined(s.value for s in r.service_sources),
    "detection_sources": lambda r: _joined(s.value for s in r.detection_sources),
    "first_activity": lambda r: _nullable(r.first_activity),
    "last_activity": lambda r: _nullable(r.last_activity),
    "created": lambda r: _nullable(r.created),
    "last_update": lambda r: _nullable(r.last_update),
    "assigned_to": lambda r: _nullable(r.assigned_to),
    "classification": lambda r: _nullable(r.classification and r.classification.value),
    "determination": lambda r: _nullable(r.determination and r.determination.value),
}
ALERT_KEYS: dict[str, Any] = {
    "title": lambda r: r.title,
    "id": lambda r: r.id,
    "severity": lambda r: r.severity.rank if r.severity else 0,
    "status": lambda r: _nullable(r.status and r.status.value),
    "category": lambda r: _nullable(r.category),
    "detection_source": lambda r: _nullable(r.detection_source and r.detection_source.value),
    "service_source": lambda r: _nullable(r.service_source and r.service_source.value),
    "device": lambda r: _nullable(r.device_name),
    "incident": lambda r: _nullable(r.incident_id),
    "first_activity": lambda r: _nullable(r.first_activity),
    "last_activity": lambda r: _nullable(r.last_activity),
    "created": lambda r: _nullable(r.created),
    "last_update": lambda r: _nullable(r.last_update),
    "assigned_to": lambda r: _nullable(r.assigned_to),
    "classification": lambda r: _nullable(r.classification and r.classification.value),
    "determination": lambda r: _nullable(r.determination and r.determination.value),
}


@pytest.mark.parametrize(
    ("module", "keys"),
    [(incidents, INCIDENT_KEYS), (alerts, ALERT_KEYS)],
    ids=["incidents", "alerts"],
)
def test_every_sort_column_orders_by_what_its_cells_show(
    tenant: Cache, module: Any, keys: Any
) -> None:
    # Checked against the row's own values, not the SQL column the sort maps to, so a
    # column mapped to the wrong field fails here.
    f = Filters(tenant_ids=(TENANT,))
    assert set(keys) == set(module.ENTITY.sort_columns) - {"tenant"}
    for name, key in keys.items():
        for descending in (False, True):
            rows = module.page(tenant, f, Sort(name, descending), 0, 1000)
            values = [key(row) for row in rows]
            assert values == sorted(values, reverse=descending), (name, descending)


def _plan(connection: Any, stmt: Any) -> str:
    sql = str(stmt.compile(connection, compile_kwargs={"literal_binds": True}))
    return " ".join(str(row[3]) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


@pytest.mark.parametrize("some_gone", [False, True], ids=["none gone", "some gone"])
def test_hiding_gone_items_keeps_counts_and_windows_on_indexes(
    tenant: Cache, some_gone: bool
) -> None:
    # A plain `gone = 0` term made COUNT scan the whole table (1,000,000 alerts with
    # their JSON) and could steer windows off the sort indexes.
    table = alerts.ENTITY.table
    with tenant.engine.begin() as connection:
        if some_gone:
            first = connection.execute(select(table.c.pk).limit(1)).scalar_one()
            connection.execute(table.update().where(table.c.pk == first).values(gone=True))
        where = alerts.conditions(connection, Filters(tenant_ids=(TENANT,)))
        order = alerts.ENTITY.order_by(Sort("last_activity", descending=True))
        window = _plan(connection, select(table.c.pk).where(*where).order_by(*order).limit(100))
        count = _plan(connection, select(func.count()).select_from(table).where(*where))
        shown = connection.execute(select(func.count()).select_from(table).where(*where))
        total = connection.execute(select(func.count()).select_from(table)).scalar_one()
    assert "ix_alerts_last_activity" in window
    assert "TEMP B-TREE" not in window
    assert "SCAN alerts USING COVERING INDEX" in count or "SEARCH alerts USING" in count
    assert shown.scalar_one() == total - int(some_gone)
