"""The local cache: SQLite (later PostgreSQL) through SQLAlchemy Core, migrated by Alembic.

Callers get domain objects or frozen row dataclasses from named functions;
no `Session` or `Connection` leaves this package.
"""

from console.cache.engine import Cache, open_cache
from console.cache.errors import CacheCorruptError, CacheError
from console.cache.files import quarantine

__all__ = ["Cache", "CacheCorruptError", "CacheError", "open_cache", "quarantine"]
