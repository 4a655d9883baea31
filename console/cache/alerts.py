"""The alert queue: count, windows of rows, one full alert, raw export."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, select, tuple_
from sqlalchemy.engine import Connection

from console.cache import convert, query, queue_filters, triage_overlay
from console.cache.engine import Cache
from console.cache.filters import Filters, Sort
from console.cache.query import Entity, one_of
from console.cache.rows import AlertRow
from console.cache.schema import alert_devices, alerts, comments, evidence
from console.cache.sql import chunks
from console.domain.enums import (
    AlertStatus,
    Classification,
    DetectionSource,
    Determination,
    ServiceSource,
    Severity,
)
from console.domain.models import Alert, Comment, Evidence
from console.domain.triage import EntityKind

ENTITY = Entity(
    table=alerts,
    kind="alert",
    sort_columns={
        "title": "title",
        "id": "id",
        "severity": "severity_rank",
        "status": "status",
        "category": "category",
        "detection_source": "detection_source",
        "service_source": "service_source",
        "device": "device_name",
        "incident": "incident_id",
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
        "title": "title",
        "id": "id",
        "severity": "severity",
        "status": "status",
        "category": "category",
        "detection_source": "detection_source",
        "service_source": "service_source",
        "device": "device_name",
        "incident": "incident_id",
        "assigned_to": "assigned_to",
        "classification": "classification",
        "determination": "determination",
        "tenant": "tenant_id",
        "is_den": "is_den",
    },
    id_column="id",
    like_columns=("title", "id", "search_assets"),
)

_ROW_COLUMNS = [
    alerts.c[name]
    for name in (
        "tenant_id",
        "id",
        "title",
        "is_den",
        "severity",
        "status",
        "category",
        "detection_source",
        "service_source",
        "device_id",
        "device_name",
        "incident_id",
        "first_activity",
        "last_activity",
        "created",
        "last_update",
        "assigned_to",
        "classification",
        "determination",
    )
]


def row_from(row: Any) -> AlertRow:
    return AlertRow(
        tenant_id=row.tenant_id,
        id=row.id,
        title=row.title,
        is_den=bool(row.is_den),
        severity=Severity.parse(row.severity),
        status=AlertStatus.parse(row.status),
        category=row.category,
        detection_source=DetectionSource.parse(row.detection_source),
        service_source=ServiceSource.parse(row.service_source),
        device_id=row.device_id,
        device_name=row.device_name,
        incident_id=row.incident_id,
        first_activity=row.first_activity,
        last_activity=row.last_activity,
        created=row.created,
        last_update=row.last_update,
        assigned_to=row.assigned_to,
        classification=Classification.parse(row.classification),
        determination=Determination.parse(row.determination),
    )


def conditions(connection: Connection, filters: Filters) -> list[ColumnElement[bool]]:
    where = queue_filters.common(connection, ENTITY, filters)
    if filters.service_sources:
        where.append(one_of(alerts.c.service_source, filters.service_sources))
    if filters.detection_sources:
        where.append(one_of(alerts.c.detection_source, filters.detection_sources))
    if filters.device_id is not None:
        linked = select(alert_devices.c.tenant_id, alert_devices.c.alert_id).where(
            alert_devices.c.device_id == filters.device_id
        )
        where.append(tuple_(alerts.c.tenant_id, alerts.c.id).in_(linked))
    if filters.incident_id is not None:
        where.append(alerts.c.incident_id == filters.incident_id)
    if filters.text.strip():
        where.append(query.text_condition(connection, ENTITY, filters.text))
    return where


def count(cache: Cache, filters: Filters) -> int:
    with cache.connect() as connection:
        return query.count(connection, ENTITY, conditions(connection, filters))


def keys(cache: Cache, filters: Filters) -> list[tuple[str, str]]:
    """(tenant id, id) of every alert matching `filters` (console.cache.query.keys)."""
    with cache.connect() as connection:
        return query.keys(connection, ENTITY, conditions(connection, filters))


def page(
    cache: Cache, filters: Filters, sort: Sort, offset: int, limit: int, total: int | None = None
) -> list[AlertRow]:
    with cache.connect() as connection:
        where = conditions(connection, filters)
        rows = query.page(connection, ENTITY, where, _ROW_COLUMNS, sort, offset, limit, total)
        # Triage changes not sent yet show over the synced values, as pending.
        return triage_overlay.overlay(connection, EntityKind.ALERT, [row_from(row) for row in rows])


def load(connection: Connection, tenant_id: str, ids: list[str]) -> list[Alert]:
    """Full alerts with evidence (in order) and comments, in the order of `ids`."""
    found: dict[str, Any] = {}
    items: dict[str, list[Evidence]] = defaultdict(list)
    notes: dict[str, list[Comment]] = defaultdict(list)
    for chunk in chunks(ids):
        for row in connection.execute(
            select(alerts).where(alerts.c.tenant_id == tenant_id, alerts.c.id.in_(chunk))
        ).mappings():
            found[row["id"]] = row
        for row in connection.execute(
            select(evidence)
            .where(evidence.c.tenant_id == tenant_id, evidence.c.alert_id.in_(chunk))
            .order_by(evidence.c.alert_id, evidence.c.position)
        ).mappings():
            items[row["alert_id"]].append(convert.evidence_from(row))
        for row in connection.execute(
            select(comments)
            .where(
                comments.c.tenant_id == tenant_id,
                comments.c.entity_kind == "alert",
                comments.c.entity_id.in_(chunk),
            )
            .order_by(comments.c.entity_id, comments.c.position)
        ).mappings():
            notes[row["entity_id"]].append(convert.comment_from(row))
    return [
        convert.alert_from(found[alert_id], items[alert_id], notes[alert_id])
        for alert_id in ids
        if alert_id in found
    ]


def get(cache: Cache, tenant_id: str, alert_id: str) -> Alert | None:
    with cache.connect() as connection:
        found = load(connection, tenant_id, [alert_id])
    return found[0] if found else None


def iter_raw(cache: Cache, filters: Filters) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(tenant id, wire JSON as received, is DEN) of every matching alert, for export."""
    with cache.connect() as connection:
        stmt = (
            select(alerts.c.tenant_id, alerts.c.raw, alerts.c.is_den)
            .where(*conditions(connection, filters))
            .order_by(alerts.c.tenant_id, alerts.c.id)
        )
        for row in connection.execution_options(stream_results=True, yield_per=1000).execute(stmt):
            yield row.tenant_id, convert.loads(row.raw) or {}, bool(row.is_den)
