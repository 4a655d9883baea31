"""Which Defender Experts notifications the analyst has been told of, per tenant.

A new DEN raises a desktop notification once, across restarts: the ids told are kept
with the tenant's data (tenant_settings, which a cache recovery salvages), so a DEN is
never announced twice and one synced while the console was closed is announced at the
next sync. The first time a tenant is looked at, everything already there is the
baseline: it is summarised, not raised one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from console.cache import tenant_settings
from console.cache.engine import Cache
from console.cache.schema import incidents

KEY = "den_notices"
# The ids kept: far more than a tenant's DENs over the incidents' retention (180 days).
KEEP = 5000


@dataclass(frozen=True)
class NewDen:
    tenant_id: str
    incident_id: str
    title: str


@dataclass(frozen=True)
class DenNews:
    """What a look at a tenant's DENs found: `first` (the baseline, `count` DENs already
    there) or the DENs not told before, newest first."""

    tenant_id: str
    first: bool
    count: int = 0
    new: list[NewDen] = field(default_factory=list)


def take_new(cache: Cache, tenant_id: str, *, synced: bool) -> DenNews:
    """The tenant's DENs not told yet, now recorded as told. `synced`: whether a sync of
    its incidents has completed (the sync's cursor says; console.sync.engine)."""
    with cache.engine.connect() as connection:
        rows = connection.execute(
            select(incidents.c.id, incidents.c.display_name)
            .where(incidents.c.tenant_id == tenant_id, incidents.c.is_den.is_(True))
            .order_by(incidents.c.created.desc(), incidents.c.id.desc())
        ).all()
    stored = tenant_settings.read(cache, tenant_id, KEY)
    told = stored.get("told") if isinstance(stored, dict) else None
    ids = [str(row.id) for row in rows]
    if not isinstance(told, list):
        if not synced:
            # Nothing to compare with yet: the first complete sync is the baseline, so
            # the DENs it brings are summarised then, not announced as hundreds of news.
            return DenNews(tenant_id, first=True, count=0)
        _remember(cache, tenant_id, ids)
        return DenNews(tenant_id, first=True, count=len(ids))
    known = {str(item) for item in told}
    new = [
        NewDen(tenant_id, str(r.id), str(r.display_name or ""))
        for r in rows
        if str(r.id) not in known
    ]
    if new:
        _remember(cache, tenant_id, [d.incident_id for d in new] + [str(t) for t in told])
    return DenNews(tenant_id, first=False, count=len(ids), new=new)


def _remember(cache: Cache, tenant_id: str, ids: list[str]) -> None:
    tenant_settings.write(cache, tenant_id, KEY, {"told": ids[:KEEP]})
