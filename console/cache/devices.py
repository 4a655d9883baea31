"""The device inventory: count, windows of rows, one full device, raw export."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.engine import Connection

from console.cache import convert, device_tags, query
from console.cache.engine import Cache
from console.cache.filters import DeviceFilters, Sort
from console.cache.query import Entity, one_of
from console.cache.queue_filters import tag_condition
from console.cache.rows import DeviceRow
from console.cache.schema import devices
from console.domain.enums import (
    DeviceValue,
    ExposureLevel,
    HealthStatus,
    OnboardingStatus,
    RiskScore,
)
from console.domain.models import Device

ENTITY = Entity(
    table=devices,
    kind="device",
    sort_columns={
        "name": "computer_dns_name",
        "id": "id",
        "domain": "domain",
        "risk": "risk_rank",
        "exposure": "exposure_rank",
        "os_platform": "os_platform",
        "os_version": "os_version",
        "health": "health_status",
        "onboarding": "onboarding_status",
        "tags": "tags_text",
        "first_seen": "first_seen",
        "last_seen": "last_seen",
        "ip": "last_ip_address",
        "device_value": "device_value_rank",
        "tenant": "tenant_id",
    },
    value_columns={
        "name": "computer_dns_name",
        "id": "id",
        "domain": "domain",
        "risk": "risk_score",
        "exposure": "exposure_level",
        "os_platform": "os_platform",
        "os_version": "os_version",
        "health": "health_status",
        "onboarding": "onboarding_status",
        "ip": "last_ip_address",
        "device_value": "device_value",
        "tenant": "tenant_id",
    },
    id_column="id",
    like_columns=("computer_dns_name", "last_ip_address", "ip_addresses"),
)

_ROW_COLUMNS = [
    devices.c[name]
    for name in (
        "tenant_id",
        "id",
        "computer_dns_name",
        "domain",
        "risk_score",
        "exposure_level",
        "os_platform",
        "os_version",
        "health_status",
        "onboarding_status",
        "machine_tags",
        "first_seen",
        "last_seen",
        "last_ip_address",
        "device_value",
    )
]


def row_from(row: Any) -> DeviceRow:
    return DeviceRow(
        tenant_id=row.tenant_id,
        id=row.id,
        name=row.computer_dns_name,
        domain=row.domain,
        risk_score=RiskScore.parse(row.risk_score),
        exposure_level=ExposureLevel.parse(row.exposure_level),
        os_platform=row.os_platform,
        os_version=row.os_version,
        health_status=HealthStatus.parse(row.health_status),
        onboarding_status=OnboardingStatus.parse(row.onboarding_status),
        tags=tuple(convert.unique(convert.loads(row.machine_tags) or ())),
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        ip_address=row.last_ip_address,
        device_value=DeviceValue.parse(row.device_value),
    )


def conditions(connection: Connection, filters: DeviceFilters) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    shown = query.shown_condition(connection, devices)
    if shown is not None:
        where.append(shown)
    if filters.tenant_ids:
        tenant = query.tenant_condition(connection, devices, filters.tenant_ids)
        if tenant is not None:
            where.append(tenant)
    for column, values in (
        ("risk_score", filters.risk_scores),
        ("exposure_level", filters.exposure_levels),
        ("health_status", filters.health_statuses),
        ("os_platform", filters.os_platforms),
        ("onboarding_status", filters.onboarding_statuses),
        ("device_value", filters.device_values),
    ):
        if values:
            where.append(one_of(devices.c[column], values))
    if filters.since is not None:
        where.append(devices.c.last_seen >= filters.since)
    if filters.until is not None:
        where.append(devices.c.last_seen < filters.until)
    # A text search (through the FTS index) or a narrow tenant scope (through its
    # tenant index) keeps few devices: each then checks its tags, rather than the
    # planner starting from every tagged device of every tenant.
    searched = bool(filters.text.strip())
    few = searched or (
        bool(filters.tenant_ids) and query.narrow_scope(connection, devices, filters.tenant_ids)
    )
    tagged = tag_condition(ENTITY, filters.tags, per_row=few)
    if tagged is not None:
        where.append(tagged)
    if searched:
        where.append(query.text_condition(connection, ENTITY, filters.text))
    where.extend(query.cell_conditions(ENTITY, filters.include, filters.exclude))
    return where


def count(cache: Cache, filters: DeviceFilters) -> int:
    with cache.connect() as connection:
        return query.count(connection, ENTITY, conditions(connection, filters))


def page(
    cache: Cache,
    filters: DeviceFilters,
    sort: Sort,
    offset: int,
    limit: int,
    total: int | None = None,
) -> list[DeviceRow]:
    with cache.connect() as connection:
        where = conditions(connection, filters)
        rows = query.page(connection, ENTITY, where, _ROW_COLUMNS, sort, offset, limit, total)
        # Tags added or removed here and not sent yet show over the synced ones, as pending.
        return device_tags.overlay_rows(connection, [row_from(row) for row in rows])


def keys(cache: Cache, filters: DeviceFilters) -> list[tuple[str, str]]:
    """(tenant id, id) of every device matching `filters` (console.cache.query.keys)."""
    with cache.connect() as connection:
        return query.keys(connection, ENTITY, conditions(connection, filters))


def get(cache: Cache, tenant_id: str, device_id: str) -> Device | None:
    with cache.connect() as connection:
        row = (
            connection.execute(
                select(devices).where(devices.c.tenant_id == tenant_id, devices.c.id == device_id)
            )
            .mappings()
            .one_or_none()
        )
    return None if row is None else convert.device_from(row)


def iter_raw(cache: Cache, filters: DeviceFilters) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(tenant id, wire JSON as received, False) of every matching device, for export.

    The third item keeps the shape of the incident and alert exports; devices are never DENs.
    """
    with cache.connect() as connection:
        stmt = (
            select(devices.c.tenant_id, devices.c.raw)
            .where(*conditions(connection, filters))
            .order_by(devices.c.tenant_id, devices.c.id)
        )
        for row in connection.execution_options(stream_results=True, yield_per=1000).execute(stmt):
            yield row.tenant_id, convert.loads(row.raw) or {}, False
