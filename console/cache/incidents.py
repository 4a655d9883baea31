"""The incident queue: count, windows of rows, one full incident, raw export."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select, tuple_
from sqlalchemy.engine import Connection

from console.cache import alerts as alert_queries
from console.cache import convert, query, queue_filters, triage_overlay
from console.cache.derived import display_tags
from console.cache.engine import Cache
from console.cache.filters import Filters, Sort
from console.cache.query import Entity, one_of
from console.cache.rows import IncidentRow
from console.cache.schema import alert_devices, alerts, comments, incidents
from console.domain.enums import (
    Classification,
    DetectionSource,
    Determination,
    IncidentStatus,
    ServiceSource,
    Severity,
)
from console.domain.models import Incident
from console.domain.triage import EntityKind

ENTITY = Entity(
    table=incidents,
    kind="incident",
    sort_columns={
        "name": "display_name",
        "id": "id_key",
        "tags": "tags_text",
        "severity": "severity_rank",
        "status": "status",
        "categories": "categories",
        "impacted_devices": "impacted_devices",
        "active_alerts": "active_alert_count",
        "alert_count": "alert_count",
        "service_sources": "service_sources",
        "detection_sources": "detection_sources",
        "first_activity": "first_activity",
        "last_activity": "last_activity",
        "created": "created",
        "last_update": "last_update",
        "assigned_to": "assigned_to",
        "classification": "classification",
        "determination": "determination",
        "tenant": "tenant_id",
    },
    value_columns={
        "name": "display_name",
        "id": "id",
        "severity": "severity",
        "status": "status",
        "categories": "categories",
        "assigned_to": "assigned_to",
        "classification": "classification",
        "determination": "determination",
        "tenant": "tenant_id",
        "is_den": "is_den",
    },
    id_column="id_key",
    like_columns=("display_name", "id"),
)

_ROW_COLUMNS = [
    incidents.c[name]
    for name in (
        "tenant_id",
        "id",
        "display_name",
        "is_den",
        "system_tags",
        "custom_tags",
        "severity",
        "status",
        "categories",
        "impacted_devices",
        "active_alert_count",
        "alert_count",
        "service_sources",
        "detection_sources",
        "first_activity",
        "last_activity",
        "created",
        "last_update",
        "assigned_to",
        "classification",
        "determination",
    )
]


def _split(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(", ")) if joined else ()


def row_from(row: Any) -> IncidentRow:
    is_den = bool(row.is_den)
    return IncidentRow(
        tenant_id=row.tenant_id,
        id=row.id,
        name=row.display_name,
        is_den=is_den,
        tags=display_tags(
            convert.loads(row.system_tags) or (), convert.loads(row.custom_tags) or (), is_den
        ),
        severity=Severity.parse(row.severity),
        status=IncidentStatus.parse(row.status),
        categories=_split(row.categories),
        impacted_devices=row.impacted_devices,
        active_alerts=row.active_alert_count,
        alert_count=row.alert_count,
        service_sources=tuple(ServiceSource(v) for v in _split(row.service_sources)),
        detection_sources=tuple(DetectionSource(v) for v in _split(row.detection_sources)),
        first_activity=row.first_activity,
        last_activity=row.last_activity,
        created=row.created,
        last_update=row.last_update,
        assigned_to=row.assigned_to,
        classification=Classification.parse(row.classification),
        determination=Determination.parse(row.determination),
    )


def _with_alert(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Incidents that have at least one alert matching `condition`."""
    matching = select(alerts.c.tenant_id, alerts.c.incident_id).where(condition)
    return tuple_(incidents.c.tenant_id, incidents.c.id).in_(matching)


def conditions(connection: Connection, filters: Filters) -> list[ColumnElement[bool]]:
    where = queue_filters.common(connection, ENTITY, filters)
    if filters.service_sources:
        where.append(_with_alert(one_of(alerts.c.service_source, filters.service_sources)))
    if filters.detection_sources:
        where.append(_with_alert(one_of(alerts.c.detection_source, filters.detection_sources)))
    if filters.device_id is not None:
        linked = select(alert_devices.c.tenant_id, alert_devices.c.alert_id).where(
            alert_devices.c.device_id == filters.device_id
        )
        where.append(_with_alert(tuple_(alerts.c.tenant_id, alerts.c.id).in_(linked)))
    if filters.incident_id is not None:
        where.append(incidents.c.id == filters.incident_id)
    if filters.text.strip():
        # Its own name and id, or the assets (devices, users, IPs) of any of its alerts.
        own = query.text_condition(connection, ENTITY, filters.text)
        assets = query.text_condition(connection, alert_queries.ENTITY, filters.text)
        where.append(or_(own, _with_alert(assets)))
    return where


def count(cache: Cache, filters: Filters) -> int:
    with cache.connect() as connection:
        return query.count(connection, ENTITY, conditions(connection, filters))


def keys(cache: Cache, filters: Filters) -> list[tuple[str, str]]:
    """(tenant id, id) of every incident matching `filters` (console.cache.query.keys)."""
    with cache.connect() as connection:
        return query.keys(connection, ENTITY, conditions(connection, filters))


def page(
    cache: Cache, filters: Filters, sort: Sort, offset: int, limit: int, total: int | None = None
) -> list[IncidentRow]:
    with cache.connect() as connection:
        where = conditions(connection, filters)
        rows = query.page(connection, ENTITY, where, _ROW_COLUMNS, sort, offset, limit, total)
        # Triage changes not sent yet show over the synced values, as pending.
        return triage_overlay.overlay(
            connection, EntityKind.INCIDENT, [row_from(row) for row in rows]
        )


def get(cache: Cache, tenant_id: str, incident_id: str) -> Incident | None:
    """The full incident: its alerts (with evidence and comments) and its comments."""
    with cache.connect() as connection:
        row = (
            connection.execute(
                select(incidents).where(
                    incidents.c.tenant_id == tenant_id, incidents.c.id == incident_id
                )
            )
            .mappings()
            .one_or_none()
        )
        if row is None:
            return None
        alert_ids: list[str] = list(
            connection.execute(
                select(alerts.c.id)
                .where(
                    alerts.c.tenant_id == tenant_id,
                    alerts.c.incident_id == incident_id,
                    alerts.c.gone == false(),
                )
                .order_by(alerts.c.created, alerts.c.id)
            )
            .scalars()
            .all()
        )
        incident_alerts = alert_queries.load(connection, tenant_id, list(alert_ids))
        notes = connection.execute(
            select(comments)
            .where(
                and_(
                    comments.c.tenant_id == tenant_id,
                    comments.c.entity_kind == "incident",
                    comments.c.entity_id == incident_id,
                )
            )
            .order_by(comments.c.position)
        ).mappings()
        return convert.incident_from(row, incident_alerts, [convert.comment_from(c) for c in notes])


def iter_raw(cache: Cache, filters: Filters) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(tenant id, wire JSON as received, is DEN) of every matching incident, for export."""
    with cache.connect() as connection:
        stmt = (
            select(incidents.c.tenant_id, incidents.c.raw, incidents.c.is_den)
            .where(*conditions(connection, filters))
            .order_by(incidents.c.tenant_id, incidents.c.id_key)
        )
        for row in connection.execution_options(stream_results=True, yield_per=1000).execute(stmt):
            yield row.tenant_id, convert.loads(row.raw) or {}, bool(row.is_den)
