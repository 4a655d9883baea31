"""Tag lists for the filter panel."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, select, true

from console.cache.engine import Cache
from console.cache.schema import alerts, incidents, tags
from console.domain.den import DEN_TAG

_KINDS = ("incident", "alert", "device")


def distinct(
    cache: Cache, tenant_id: str | Sequence[str] | None = None, kind: str = "incident"
) -> list[str]:
    """Every tag on items of `kind` (of one tenant, of several: a desk's), sorted
    case-insensitively.

    "Defender Experts" is listed whenever a DEN of that kind exists, since it
    is treated as present on every DEN even when the API did not send it.
    """
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {_KINDS}")
    tenants = (tenant_id,) if isinstance(tenant_id, str) else tenant_id
    stmt = select(tags.c.tag).where(tags.c.entity_kind == kind).distinct()
    if tenants is not None:
        stmt = stmt.where(tags.c.tenant_id.in_(tenants))
    with cache.engine.connect() as connection:
        found: set[str] = set(connection.execute(stmt).scalars())
        den_table = {"incident": incidents, "alert": alerts}.get(kind)
        if den_table is not None:
            den = select(den_table.c.pk).where(den_table.c.is_den == true())
            if tenants is not None:
                den = den.where(den_table.c.tenant_id.in_(tenants))
            if connection.execute(select(exists(den))).scalar():
                found = {t for t in found if t.strip().casefold() != DEN_TAG.casefold()}
                found.add(DEN_TAG)
    return sorted(found, key=lambda tag: (tag.casefold(), tag))
