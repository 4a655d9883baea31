"""Per-tenant settings kept with the tenant's data: one JSON document per key.

Never secrets: tokens and client secrets live in the OS credential store.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from console.cache import convert
from console.cache.engine import Cache
from console.cache.schema import tenant_settings
from console.cache.sql import upsert


def read(cache: Cache, tenant_id: str, key: str) -> Any:
    """The stored JSON value, or None when never set."""
    with cache.engine.connect() as connection:
        value = connection.execute(
            select(tenant_settings.c.value).where(
                tenant_settings.c.tenant_id == tenant_id, tenant_settings.c.key == key
            )
        ).scalar_one_or_none()
    return convert.loads(value)


def write(cache: Cache, tenant_id: str, key: str, value: Any) -> None:
    row = {
        "tenant_id": tenant_id,
        "key": key,
        "value": convert.dumps(value),
        "updated": datetime.now(UTC),
    }
    with cache.write() as connection:
        upsert(connection, tenant_settings, [row], ["tenant_id", "key"])
