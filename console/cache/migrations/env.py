"""Alembic environment: runs on the connection `console.cache.migrate` hands over.

There is no alembic.ini and no URL here; the app opens the cache and migrates
it programmatically. Batch mode lets later revisions alter SQLite tables.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("console.cache migrations run through console.cache.migrate only")

context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
