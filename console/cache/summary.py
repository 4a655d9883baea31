"""Figures for the Home page: totals and the latest DENs."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Table, func, select, true

from console.cache import incidents as incident_queries
from console.cache import query
from console.cache.engine import Cache
from console.cache.filters import Filters, Sort
from console.cache.rows import IncidentRow
from console.cache.schema import alerts, devices, incidents


def counts(cache: Cache, tenant_id: str) -> tuple[int, int, int, int]:
    """(incidents, alerts, devices, DEN incidents) cached for the tenant."""
    with cache.engine.connect() as connection:

        def total(table: Table, *where: ColumnElement[bool]) -> int:
            shown = query.shown_condition(connection, table)
            conditions = (*where, shown) if shown is not None else where
            stmt = select(func.count()).select_from(table).where(*conditions)
            return int(connection.execute(stmt).scalar_one())

        return (
            total(incidents, incidents.c.tenant_id == tenant_id),
            total(alerts, alerts.c.tenant_id == tenant_id),
            total(devices, devices.c.tenant_id == tenant_id),
            total(incidents, incidents.c.tenant_id == tenant_id, incidents.c.is_den == true()),
        )


def recent_dens(cache: Cache, tenant_id: str, limit: int) -> list[IncidentRow]:
    """The tenant's DEN incidents, most recently updated first."""
    filters = Filters(tenant_ids=(tenant_id,), den_only=True)
    return incident_queries.page(cache, filters, Sort("last_update", descending=True), 0, limit)
