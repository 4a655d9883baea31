"""The Defender Experts for Hunting report's figures against a tenant whose answers are known.

The emulator builds the tenant from a seed; the cache is synced from it over 127.0.0.1; the
expected figures are computed here from the emulator's own Graph documents, with this
test's own reading of the report's definitions (not console.cache.report's).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.api.auth import StaticTokenProvider
from console.cache import report
from console.cache.engine import Cache, open_cache
from console.emulator import Emulator, EmulatorConfig
from console.sync.clients import make_clients
from console.sync.engine import sync_tenant

Doc = dict[str, Any]
SEED = 31
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
SEVERITY_RANK = {"informational": 1, "low": 2, "medium": 3, "high": 4}


@dataclass
class Known:
    cache: Cache
    tenant_id: str
    incidents: list[Doc]
    alerts: list[Doc]


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")[:26].rstrip(".") + "+00:00")


@dataclass(frozen=True)
class KnownTenant:
    """The tenant of SEED synced into a cache file, with the emulator's own documents: the
    answers the tests compute independently of the report's SQL."""

    path: Path
    tenant_id: str
    name: str
    incidents: list[Doc]
    alerts: list[Doc]


def sync_known_tenant(folder: Path) -> KnownTenant:
    path = folder / "cache.db"
    config = EmulatorConfig(seed=SEED, tenants=1, incidents=300, devices=40, now=NOW)
    with Emulator(config) as emu:
        tenant = emu.tenants[0]
        graph, defender = make_clients(
            tenant.id,
            emu.graph_url,
            emu.defender_url,
            StaticTokenProvider(emu.issue_token(tenant.id)),
        )
        with open_cache(path) as cache:
            sync_tenant(cache, tenant.id, graph=graph, defender=defender)
        data = emu.tenant_data(tenant.id)
        assert data is not None
        incidents = [data.incidents.doc(i) for i in data.incidents.items]
        alerts = [data.alerts.doc(a) for a in data.alerts.items]
    return KnownTenant(
        path, tenant.id, tenant.name, [d for d in incidents if d], [d for d in alerts if d]
    )


@pytest.fixture(scope="module")
def known(tmp_path_factory: pytest.TempPathFactory) -> Known:
    synced = sync_known_tenant(tmp_path_factory.mktemp("report"))
    cache = open_cache(synced.path)
    yield Known(cache, synced.tenant_id, synced.incidents, synced.alerts)
    cache.close()


def _den_alert(alert: Doc) -> bool:
    tags = [t.casefold() for t in alert.get("systemTags") or []]
    return alert.get("detectionSource") == "microsoftThreatExperts" or "defender experts" in tags


def _den_incidents(known: Known) -> set[str]:
    den_alerts = {a["incidentId"] for a in known.alerts if _den_alert(a)}
    return {
        i["id"]
        for i in known.incidents
        if i["displayName"].startswith("Defender Experts")
        or "defender experts" in [t.casefold() for t in i.get("systemTags") or []]
        or i["id"] in den_alerts
    }


def _in(moment: datetime | None, since: datetime, until: datetime) -> bool:
    return moment is not None and since <= moment < until


PERIODS = [(NOW - timedelta(days=30), NOW + timedelta(hours=1)), (NOW - timedelta(days=180), NOW)]


@pytest.mark.parametrize(("since", "until"), PERIODS)
def test_threats_identified_are_the_periods_dens(known: Known, since, until) -> None:
    dens = _den_incidents(known)
    expected = sum(
        1
        for i in known.incidents
        if i["id"] in dens and _in(_when(i["createdDateTime"]), since, until)
    )
    scope = report.Scope((known.tenant_id,), since, until)
    assert report.den_count(known.cache, scope) == expected > 0


def _view_alerts(known: Known, view: report.View, since, until) -> list[Doc]:
    dens = _den_incidents(known)
    chosen = []
    for alert in known.alerts:
        if not _in(_when(alert["createdDateTime"]), since, until):
            continue
        if view is report.View.SUSPICIOUS and alert["classification"] not in (
            "truePositive",
            "informationalExpectedActivity",
        ):
            continue
        if view is report.View.NOTIFIED and not (_den_alert(alert) or alert["incidentId"] in dens):
            continue
        chosen.append(alert)
    return chosen


@pytest.mark.parametrize("view", list(report.View))
def test_threat_categories_count_each_tactic_and_activity(known: Known, view) -> None:
    since, until = PERIODS[1]
    counted = Counter(
        (a.get("category") or "", a["title"]) for a in _view_alerts(known, view, since, until)
    )
    cells = report.threat_categories(
        known.cache, report.Scope((known.tenant_id,), since, until), view
    )
    assert {(c.tactic, c.activity): c.alerts for c in cells} == dict(counted)
    assert [c.alerts for c in cells] == sorted((c.alerts for c in cells), reverse=True)


def test_the_views_nest(known: Known) -> None:
    scope = report.Scope((known.tenant_id,), *PERIODS[1])
    totals = {
        view: sum(c.alerts for c in report.threat_categories(known.cache, scope, view))
        for view in report.View
    }
    assert totals[report.View.NOTIFIED] < totals[report.View.ALL]
    assert totals[report.View.SUSPICIOUS] < totals[report.View.ALL]


def _evidence_of(alerts: list[Doc]) -> tuple[set[str], set[str]]:
    """The device ids and user principal names the alerts' evidence names."""
    devices, users = set(), set()
    for alert in alerts:
        for item in alert.get("evidence") or []:
            kind = item["@odata.type"].rsplit(".", 1)[-1].removesuffix("Evidence")
            if kind == "device" and item.get("mdeDeviceId"):
                devices.add(item["mdeDeviceId"])
            upn = (item.get("userAccount") or {}).get("userPrincipalName")
            if kind in ("user", "mailbox") and upn:
                users.add(upn)
    return devices, users


def test_each_cell_lists_its_impacted_devices_and_users(known: Known) -> None:
    since, until = PERIODS[1]
    scope = report.Scope((known.tenant_id,), since, until)
    shown = _view_alerts(known, report.View.ALL, since, until)
    with_users = 0
    for cell in report.threat_categories(known.cache, scope, report.View.ALL):
        key = (cell.tactic, cell.activity)
        devices, users = _evidence_of(
            [a for a in shown if (a.get("category") or "", a["title"]) == key]
        )
        found = report.impacted(known.cache, scope, report.View.ALL, *key)
        assert {device_id for _tenant, device_id, _name in found.devices} == devices, key
        assert found.users == tuple(sorted(set(found.users)))
        assert users <= set(found.users), key
        with_users += bool(users)
    assert with_users, "the seed's tenant has activities with user evidence"


def test_trending_activities_repeat_over_weeks(known: Known) -> None:
    since = NOW - report.TRENDING_LOOKBACK
    seen: dict[str, list[Doc]] = defaultdict(list)
    for alert in _view_alerts(known, report.View.SUSPICIOUS, since, NOW):
        seen[alert["title"]].append(alert)
    expected = []
    for title, alerts in seen.items():
        weeks = {_when(a["createdDateTime"]).isocalendar()[:2] for a in alerts}
        if len(alerts) >= 3 and len(weeks) >= 2:
            rank = max(SEVERITY_RANK.get(a["severity"], 0) for a in alerts)
            expected.append((-rank, -len(alerts), title))
    expected.sort()
    found = report.trending(known.cache, (known.tenant_id,), NOW)
    assert [t.activity for t in found] == [title for *_key, title in expected][:20]
    assert found, "the seed's tenant has trending activities"
    # Each with the devices and users of all its alerts, whatever their tactics.
    lookback = report.Scope((known.tenant_id,), since, NOW)
    cells = [(None, t.activity) for t in found]
    impacted = report.impacted_many(known.cache, lookback, report.View.SUSPICIOUS, cells)
    for trend in found:
        devices, users = _evidence_of(seen[trend.activity])
        got = impacted[(None, trend.activity)]
        assert {device_id for _tenant, device_id, _name in got.devices} == devices, trend
        assert users <= set(got.users), trend


def test_a_week_is_one_week_across_new_year(tmp_path: Path) -> None:
    """31 December 2024 and 1 January 2025 are one week (Monday 30 December): three alerts
    in it are not trending; a fourth a week later makes two weeks."""
    from console.cache.schema import alerts as alerts_table
    from console.cache.schema import tenants

    def alert(number: int, created: datetime) -> dict[str, Any]:
        return {
            "tenant_id": "t",
            "id": f"a{number}",
            "title": "Rare logon",
            "category": "LateralMovement",
            "classification": "truePositive",
            "severity_rank": 3,
            "created": created,
            "raw": "{}",
        }

    with open_cache(tmp_path / "cache.db") as cache:
        days = [datetime(2024, 12, 31, 9, tzinfo=UTC), datetime(2025, 1, 1, 9, tzinfo=UTC)]
        rows = [alert(n, days[n % 2]) for n in range(3)]
        with cache.write() as connection:
            connection.execute(tenants.insert(), [{"tenant_id": "t", "name": "T"}])
            connection.execute(alerts_table.insert(), rows)
        until = datetime(2025, 1, 20, tzinfo=UTC)
        assert report.trending(cache, ("t",), until) == []
        with cache.write() as connection:
            connection.execute(alerts_table.insert(), [alert(9, datetime(2025, 1, 7, tzinfo=UTC))])
        assert [t.weeks for t in report.trending(cache, ("t",), until)] == [2]


def test_dens_over_time_by_severity_and_category(known: Known) -> None:
    since, until = PERIODS[1]
    dens = _den_incidents(known)
    chosen = [
        i
        for i in known.incidents
        if i["id"] in dens and _in(_when(i["createdDateTime"]), since, until)
    ]
    scope = report.Scope((known.tenant_id,), since, until)
    months = Counter(_when(i["createdDateTime"]).strftime("%Y-%m") for i in chosen)
    assert dict(report.dens_over_time(known.cache, scope)) == dict(months)
    assert dict(report.dens_by_severity(known.cache, scope)) == dict(
        Counter(i["severity"] for i in chosen)
    )
    den_alerts = [
        a for a in known.alerts if _den_alert(a) and _in(_when(a["createdDateTime"]), since, until)
    ]
    assert dict(report.dens_by_category(known.cache, scope)) == dict(
        Counter(a.get("category") or "" for a in den_alerts)
    )


def test_time_to_resolution_is_the_den_alerts(known: Known) -> None:
    since, until = PERIODS[1]
    hours = sorted(
        (_when(a["resolvedDateTime"]) - _when(a["createdDateTime"])).total_seconds() / 3600
        for a in known.alerts
        if _den_alert(a)
        and a.get("resolvedDateTime")
        and _in(_when(a["createdDateTime"]), since, until)
    )
    found = report.resolution(known.cache, report.Scope((known.tenant_id,), since, until))
    assert found.resolved == len(hours) > 1
    assert found.median == pytest.approx(statistics.median(hours), abs=0.01)
    assert found.shortest == pytest.approx(hours[0], abs=0.01)
    assert found.longest == pytest.approx(hours[-1], abs=0.01)


def test_a_period_without_dens_is_empty_not_an_error(known: Known) -> None:
    scope = report.Scope(
        (known.tenant_id,), datetime(2001, 1, 1, tzinfo=UTC), datetime(2001, 2, 1, tzinfo=UTC)
    )
    assert report.den_count(known.cache, scope) == 0
    assert report.dens_over_time(known.cache, scope) == []
    assert report.resolution(known.cache, scope).median is None
    assert report.threat_categories(known.cache, scope, report.View.ALL) == []


def test_another_tenants_alerts_are_not_counted(known: Known) -> None:
    scope = report.Scope(("another-tenant",), *PERIODS[1])
    assert report.den_count(known.cache, scope) == 0
    assert report.threat_categories(known.cache, scope, report.View.ALL) == []


def test_impacted_many_answers_as_impacted_for_each_cell(known: Known) -> None:
    scope = report.Scope((known.tenant_id,), *PERIODS[1])
    for view in report.View:
        cells = [(c.tactic, c.activity) for c in report.threat_categories(known.cache, scope, view)]
        many = report.impacted_many(known.cache, scope, view, cells)
        assert list(many) == cells
        for key in cells:
            assert many[key] == report.impacted(known.cache, scope, view, *key), (view, key)
    assert report.impacted_many(known.cache, scope, report.View.ALL, []) == {}
