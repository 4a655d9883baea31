"""The Defender Experts for Hunting report's figures, computed from the cache (offline).

Every figure is one SQL query over a period and a set of tenants, so the report over a
million alerts reads only what the period holds (QSortFilterProxyModel-style filtering in
Python would read them all). The definitions follow the portal's report:

- a *threat identified* is a Defender Experts notification (a DEN incident) created in
  the period;
- an *activity* is an alert title (one detection), its *tactic* the alert's category;
- the views of the threat categories: *suspicious* activities (classified true positive,
  or informational expected activity, Graph's name for a benign true positive),
  *notified* ones (alerts of a DEN incident), or *all* (false positives and unclassified
  alerts included);
- a *trending* activity was seen at least 3 times in at least 2 different weeks over the
  three months before the period's end;
- the time from a DEN to its resolution: incidents carry no resolution time, so it is the
  DEN alerts' `resolved` minus their `created`.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, distinct, func, or_, select, true
from sqlalchemy.engine import Connection

from console.cache import query
from console.cache.engine import Cache
from console.cache.schema import alert_devices, alerts, devices, evidence, incidents

SUSPICIOUS_CLASSIFICATIONS = ("truePositive", "informationalExpectedActivity")
# Evidence kinds that name a user (Graph's and Defender for Endpoint's, lower-cased).
USER_EVIDENCE_KINDS = ("user", "account", "mailbox")
TRENDING_LOOKBACK = timedelta(days=91)
TRENDING_MIN_ALERTS = 3
TRENDING_MIN_WEEKS = 2
TRENDING_LIMIT = 20


class View(StrEnum):
    SUSPICIOUS = "suspicious"
    NOTIFIED = "notified"
    ALL = "all"


@dataclass(frozen=True)
class Scope:
    """Which tenants, and the period [since, until) (UTC)."""

    tenant_ids: tuple[str, ...]
    since: datetime
    until: datetime


@dataclass(frozen=True)
class CategoryCell:
    tactic: str  # "" for an alert without a category
    activity: str
    alerts: int
    severity_rank: int  # the highest of its alerts'


@dataclass(frozen=True)
class Impacted:
    devices: tuple[tuple[str, str, str], ...]  # (tenant id, device id, name)
    users: tuple[str, ...]


@dataclass(frozen=True)
class Trending:
    activity: str
    tactic: str
    severity_rank: int
    alerts: int
    weeks: int


@dataclass(frozen=True)
class Resolution:
    """Hours from a DEN alert's creation to its resolution, over the resolved ones."""

    resolved: int
    median: float | None
    first_quartile: float | None
    third_quartile: float | None
    shortest: float | None
    longest: float | None

    def spread(
        self,
    ) -> tuple[float | None, float | None, float | None, float | None, float | None]:
        """Shortest, first quartile, median, third quartile, longest: a box plot's five."""
        return (
            self.shortest,
            self.first_quartile,
            self.median,
            self.third_quartile,
            self.longest,
        )


def den_count(cache: Cache, scope: Scope) -> int:
    with cache.engine.connect() as connection:
        stmt = select(func.count()).select_from(incidents).where(*_den_incidents(connection, scope))
        return int(connection.execute(stmt).scalar_one())


def threat_categories(cache: Cache, scope: Scope, view: View) -> list[CategoryCell]:
    """Every (tactic, activity) of the period's alerts in `view`, most alerts first."""
    count = func.count().label("alerts")
    stmt = (
        _alerts_in(scope, view, func.coalesce(alerts.c.category, "").label("tactic"))
        .add_columns(alerts.c.title, count, func.max(alerts.c.severity_rank))
        .group_by("tactic", alerts.c.title)
        .order_by(count.desc(), "tactic", alerts.c.title)
    )
    with cache.engine.connect() as connection:
        stmt = _shown(connection, stmt)
        return [
            CategoryCell(str(t), str(a), int(n), int(r or 0))
            for t, a, n, r in _rows(connection, stmt)
        ]


def impacted(cache: Cache, scope: Scope, view: View, tactic: str, activity: str) -> Impacted:
    """The devices and users of one cell's alerts. Its own query, not `impacted_many` of one
    cell: the tactic in the WHERE lets SQLite read the cell from the covering index, about
    35 ms at a million alerts against 110 ms."""
    chosen = _alerts_in(scope, view, alerts.c.tenant_id, alerts.c.id).where(
        func.coalesce(alerts.c.category, "") == tactic, alerts.c.title == activity
    )
    with cache.engine.connect() as connection:
        cell = _shown(connection, chosen).subquery()
        device_rows = connection.execute(
            select(
                alert_devices.c.tenant_id, alert_devices.c.device_id, devices.c.computer_dns_name
            )
            .join(
                cell,
                and_(
                    alert_devices.c.tenant_id == cell.c.tenant_id,
                    alert_devices.c.alert_id == cell.c.id,
                ),
            )
            .outerjoin(
                devices,
                and_(
                    devices.c.tenant_id == alert_devices.c.tenant_id,
                    devices.c.id == alert_devices.c.device_id,
                ),
            )
            .distinct()
            .order_by(devices.c.computer_dns_name, alert_devices.c.device_id)
        ).all()
        users: list[str] = list(
            connection.execute(
                select(evidence.c.label)
                .distinct()
                .join(
                    cell,
                    and_(
                        evidence.c.tenant_id == cell.c.tenant_id, evidence.c.alert_id == cell.c.id
                    ),
                )
                .where(func.lower(evidence.c.kind).in_(USER_EVIDENCE_KINDS))
                .order_by(evidence.c.label)
            ).scalars()
        )
        return Impacted(
            tuple((str(t), str(d), str(n or d)) for t, d, n in device_rows),
            tuple(str(u) for u in users),
        )


def impacted_many(
    cache: Cache, scope: Scope, view: View, cells: Sequence[tuple[str | None, str]]
) -> dict[tuple[str | None, str], Impacted]:
    """`impacted` for many (tactic, activity) cells at once: one pass over the period's
    alerts of those activities, not one per cell. A tactic of None takes the activity's
    alerts under every tactic: a trending activity is a title, whatever its alerts' tactics."""
    if not cells:
        return {}
    wanted = set(cells)
    tactic = func.coalesce(alerts.c.category, "").label("tactic")
    chosen = _alerts_in(scope, view, alerts.c.tenant_id, alerts.c.id, tactic, alerts.c.title)
    chosen = chosen.where(alerts.c.title.in_(sorted({activity for _t, activity in cells})))
    found_devices: dict[tuple[str | None, str], dict[tuple[str, str], str]] = {k: {} for k in cells}
    found_users: dict[tuple[str | None, str], set[str]] = {k: set() for k in cells}
    with cache.engine.connect() as connection:
        cell = _shown(connection, chosen).subquery()
        device_rows = connection.execute(
            select(
                cell.c.tactic,
                cell.c.title,
                alert_devices.c.tenant_id,
                alert_devices.c.device_id,
                devices.c.computer_dns_name,
            )
            .join(
                cell,
                and_(
                    alert_devices.c.tenant_id == cell.c.tenant_id,
                    alert_devices.c.alert_id == cell.c.id,
                ),
            )
            .outerjoin(
                devices,
                and_(
                    devices.c.tenant_id == alert_devices.c.tenant_id,
                    devices.c.id == alert_devices.c.device_id,
                ),
            )
            .distinct()
        ).all()
        user_rows = connection.execute(
            select(cell.c.tactic, cell.c.title, evidence.c.label)
            .distinct()
            .join(
                cell,
                and_(evidence.c.tenant_id == cell.c.tenant_id, evidence.c.alert_id == cell.c.id),
            )
            .where(func.lower(evidence.c.kind).in_(USER_EVIDENCE_KINDS))
        ).all()
    for t, a, tenant, device, name in device_rows:
        for key in ((str(t), str(a)), (None, str(a))):
            if key in wanted:
                found_devices[key][(str(tenant), str(device))] = str(name or device)
    for t, a, user in user_rows:
        for key in ((str(t), str(a)), (None, str(a))):
            if key in wanted:
                found_users[key].add(str(user))
    return {
        key: Impacted(
            tuple(
                (tenant, device, name)
                for (tenant, device), name in sorted(
                    found_devices[key].items(), key=lambda item: (item[1], item[0][1])
                )
            ),
            tuple(sorted(found_users[key])),
        )
        for key in cells
    }


def trending(cache: Cache, tenant_ids: Sequence[str], until: datetime) -> list[Trending]:
    """Up to 20 suspicious activities seen repeatedly in the three months before `until`:
    at least 3 alerts in at least 2 different weeks, by severity then frequency."""
    scope = Scope(tuple(tenant_ids), until - TRENDING_LOOKBACK, until)
    # The week by its Monday: "%Y-%W" would count 31 December and 1 January, one week,
    # as two (2024-53, 2025-00).
    week = func.date(alerts.c.created, "weekday 0", "-6 days")
    count = func.count().label("alerts")
    weeks = func.count(distinct(week)).label("weeks")
    rank = func.max(alerts.c.severity_rank).label("rank")
    stmt = (
        _alerts_in(scope, View.SUSPICIOUS, alerts.c.title)
        .add_columns(func.max(func.coalesce(alerts.c.category, "")), rank, count, weeks)
        .group_by(alerts.c.title)
        .having(and_(count >= TRENDING_MIN_ALERTS, weeks >= TRENDING_MIN_WEEKS))
        .order_by(rank.desc(), count.desc(), alerts.c.title)
        .limit(TRENDING_LIMIT)
    )
    with cache.engine.connect() as connection:
        stmt = _shown(connection, stmt)
        return [
            Trending(str(a), str(t), int(r or 0), int(n), int(w))
            for a, t, r, n, w in _rows(connection, stmt)
        ]


def dens_over_time(cache: Cache, scope: Scope, bucket: str = "%Y-%m") -> list[tuple[str, int]]:
    """DEN incidents per `bucket` (an strftime format: "%Y-%m" months, "%Y-%W" weeks)."""
    period = func.strftime(bucket, incidents.c.created).label("period")
    with cache.engine.connect() as connection:
        stmt = (
            select(period, func.count())
            .where(*_den_incidents(connection, scope))
            .group_by(period)
            .order_by(period)
        )
        return [(str(p), int(n)) for p, n in _rows(connection, stmt)]


def dens_by_severity(cache: Cache, scope: Scope) -> list[tuple[str, int]]:
    """DEN incidents by severity, the highest first."""
    with cache.engine.connect() as connection:
        stmt = (
            select(func.coalesce(incidents.c.severity, "unknown"), func.count())
            .where(*_den_incidents(connection, scope))
            .group_by(incidents.c.severity, incidents.c.severity_rank)
            .order_by(incidents.c.severity_rank.desc())
        )
        return [(str(s), int(n)) for s, n in _rows(connection, stmt)]


def dens_by_category(cache: Cache, scope: Scope) -> list[tuple[str, int]]:
    """The Defender Experts alerts of the period by tactic, most first."""
    tactic = func.coalesce(alerts.c.category, "").label("tactic")
    count = func.count().label("alerts")
    stmt = (
        _alerts_in(scope, View.ALL, tactic)
        .add_columns(count)
        .where(alerts.c.is_den == true())
        .group_by("tactic")
        .order_by(count.desc(), "tactic")
    )
    with cache.engine.connect() as connection:
        stmt = _shown(connection, stmt)
        return [(str(t), int(n)) for t, n in _rows(connection, stmt)]


def resolution(cache: Cache, scope: Scope) -> Resolution:
    hours = (func.julianday(alerts.c.resolved) - func.julianday(alerts.c.created)) * 24.0
    stmt = _alerts_in(scope, View.ALL, hours).where(
        alerts.c.is_den == true(), alerts.c.resolved.is_not(None), alerts.c.created.is_not(None)
    )
    with cache.engine.connect() as connection:
        stmt = _shown(connection, stmt)
        values = sorted(max(float(h), 0.0) for (h,) in _rows(connection, stmt))
    if not values:
        return Resolution(0, None, None, None, None, None)
    if len(values) == 1:
        only = values[0]
        return Resolution(1, only, only, only, only, only)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Resolution(len(values), median, q1, q3, values[0], values[-1])


# ---- shared conditions -------------------------------------------------------------------


def _tenant_alerts(scope: Scope) -> ColumnElement[bool]:
    return alerts.c.tenant_id.in_(scope.tenant_ids)


def _alerts_in(scope: Scope, view: View, *columns: Any) -> Select[Any]:
    stmt: Select[Any] = select(*columns).where(
        _tenant_alerts(scope), alerts.c.created >= scope.since, alerts.c.created < scope.until
    )
    if view is View.SUSPICIOUS:
        stmt = stmt.where(alerts.c.classification.in_(SUSPICIOUS_CLASSIFICATIONS))
    elif view is View.NOTIFIED:
        den_incident = (
            select(incidents.c.pk)
            .where(
                incidents.c.tenant_id == alerts.c.tenant_id,
                incidents.c.id == alerts.c.incident_id,
                incidents.c.is_den == true(),
            )
            .exists()
        )
        stmt = stmt.where(or_(alerts.c.is_den == true(), den_incident))
    return stmt


def _rows(connection: Connection, stmt: Select[Any, Any] | Select[Any]) -> list[Any]:
    return list(connection.execute(stmt))


def _shown(connection: Connection, stmt: Select[Any]) -> Select[Any]:
    hidden = query.shown_condition(connection, alerts)
    return stmt if hidden is None else stmt.where(hidden)


def _den_incidents(connection: Connection, scope: Scope) -> list[ColumnElement[bool]]:
    conditions = [
        incidents.c.tenant_id.in_(scope.tenant_ids),
        incidents.c.is_den == true(),
        incidents.c.created >= scope.since,
        incidents.c.created < scope.until,
    ]
    shown = query.shown_condition(connection, incidents)
    return [*conditions, shown] if shown is not None else conditions
