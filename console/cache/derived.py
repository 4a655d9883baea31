"""Incident columns the queue shows that come from the incident's alerts.

DEN status, alert counts, impacted devices, categories, sources, first/last
activity and the Tags cell are refreshed at write time for every incident a
write touches, whether the incident or its alerts arrived first; the queue
then sorts and filters on plain indexed columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import and_, bindparam, case, false, func, select, update
from sqlalchemy.engine import Connection

from console.cache.convert import loads, unique
from console.cache.schema import alert_devices, alerts, incidents
from console.cache.sql import chunks, execute_many
from console.domain.den import DEN_TAG

_INACTIVE_STATUSES = frozenset({"resolved"})


def display_tags(system: Iterable[str], custom: Iterable[str], is_den: bool) -> tuple[str, ...]:
    """The Tags cell: system then custom tags, plus "Defender Experts" on every DEN."""
    tags = unique((*system, *custom))
    if is_den and not any(tag.strip().casefold() == DEN_TAG.casefold() for tag in tags):
        tags.append(DEN_TAG)
    return tuple(tags)


_UPDATE = (
    update(incidents)
    .where(incidents.c.pk == bindparam("b_pk"))
    .values(
        is_den=bindparam("is_den"),
        alert_count=bindparam("alert_count"),
        active_alert_count=bindparam("active_alert_count"),
        impacted_devices=bindparam("impacted_devices"),
        categories=bindparam("categories"),
        service_sources=bindparam("service_sources"),
        detection_sources=bindparam("detection_sources"),
        first_activity=bindparam("first_activity"),
        last_activity=bindparam("last_activity"),
        tags_text=bindparam("tags_text"),
    )
)


def refresh_all(connection: Connection, tenant_id: str) -> None:
    """Recompute the derived columns of every cached incident of the tenant."""
    ids: list[str] = list(
        connection.execute(
            select(incidents.c.id).where(incidents.c.tenant_id == tenant_id)
        ).scalars()
    )
    refresh(connection, tenant_id, ids)


def refresh(connection: Connection, tenant_id: str, incident_ids: Iterable[str | None]) -> None:
    """Recompute the derived columns of these incidents (those cached)."""
    wanted = sorted({i for i in incident_ids if i})
    for chunk in chunks(wanted):
        _refresh_chunk(connection, tenant_id, list(chunk))


def _refresh_chunk(connection: Connection, tenant_id: str, ids: list[str]) -> None:
    own = connection.execute(
        select(
            incidents.c.pk,
            incidents.c.id,
            incidents.c.own_den,
            incidents.c.system_tags,
            incidents.c.custom_tags,
        ).where(incidents.c.tenant_id == tenant_id, incidents.c.id.in_(ids))
    ).all()
    if not own:
        return  # alerts whose incident has not arrived yet; it refreshes when it does
    present = [row.id for row in own]
    of_these = and_(
        alerts.c.tenant_id == tenant_id,
        alerts.c.incident_id.in_(present),
        alerts.c.gone == false(),
    )
    # Aggregates in SQL: a full sync refreshes every incident once per page.
    totals = {
        row.incident_id: row
        for row in connection.execute(
            select(
                alerts.c.incident_id,
                func.count().label("alert_count"),
                func.sum(case((alerts.c.status.in_(_INACTIVE_STATUSES), 0), else_=1)).label(
                    "active"
                ),
                func.max(alerts.c.is_den).label("den"),
                func.min(alerts.c.first_activity).label("first"),
                func.max(alerts.c.last_activity).label("last"),
            )
            .where(of_these)
            .group_by(alerts.c.incident_id)
        )
    }
    sets: dict[str, tuple[set[str], set[str], set[str]]] = {
        i: (set(), set(), set()) for i in present
    }
    for row in connection.execute(
        select(
            alerts.c.incident_id,
            alerts.c.category,
            alerts.c.service_source,
            alerts.c.detection_source,
        )
        .where(of_these)
        .distinct()
    ):
        for found, value in zip(sets[row.incident_id], row[1:], strict=True):
            if value:
                found.add(value)
    # Devices through the incident's alert ids: a plain join lets SQLite walk
    # every device link of the tenant.
    alert_ids = select(alerts.c.id).where(of_these)
    devices = {
        row.incident_id: row.devices
        for row in connection.execute(
            select(
                alerts.c.incident_id,
                func.count(alert_devices.c.device_id.distinct()).label("devices"),
            )
            .select_from(alert_devices)
            .join(
                alerts,
                and_(
                    alerts.c.tenant_id == alert_devices.c.tenant_id,
                    alerts.c.id == alert_devices.c.alert_id,
                ),
            )
            .where(alert_devices.c.tenant_id == tenant_id, alert_devices.c.alert_id.in_(alert_ids))
            .group_by(alerts.c.incident_id)
        )
    }
    updates = []
    for row in own:
        total = totals.get(row.id)
        categories, service, detection = sets[row.id]
        is_den = bool(row.own_den) or bool(total is not None and total.den)
        tags = display_tags(loads(row.system_tags) or (), loads(row.custom_tags) or (), is_den)
        updates.append(
            {
                "b_pk": row.pk,
                "is_den": is_den,
                "alert_count": total.alert_count if total else 0,
                "active_alert_count": int(total.active or 0) if total else 0,
                "impacted_devices": devices.get(row.id, 0),
                "categories": ", ".join(sorted(categories)),
                "service_sources": ", ".join(sorted(service)),
                "detection_sources": ", ".join(sorted(detection)),
                "first_activity": _moment(total.first) if total else None,
                "last_activity": _moment(total.last) if total else None,
                "tags_text": ", ".join(tags),
            }
        )
    execute_many(connection, _UPDATE, updates)


def _moment(value: object) -> datetime | None:
    """min()/max() of a timestamp column come back as stored text on SQLite."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
