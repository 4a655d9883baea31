"""Items the server no longer returns are marked gone, not kept as if current.

Revision ID: 0005
Revises: 0004

`gone` hides an incident, alert or device that two complete listings in a row (an
unfiltered run that reached its last page) did not return. Not one: the servers
page by $skip over items sorted by last update, so a single listing misses items
updated (or shifted by a deletion) while it runs -- the most active ones.
`sync_missed` holds the ids the last complete listing missed. The row stays, so an
outbox entry, an audit entry or an expert request that names it still finds it,
and an item that comes back is shown again. `sync_seen` holds the ids a complete
listing has seen so far and `sync_listing` which run they belong to: both survive
a kill, so a resumed run still counts the pages written before it. No index on `gone`: the
queues leave it out while nothing is gone, and otherwise exclude the pks of the
gone rows (a partial index holds just those), so they keep walking their sort
indexes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ITEM_TABLES = ("incidents", "alerts", "devices")


def upgrade() -> None:
    for name in _ITEM_TABLES:
        with op.batch_alter_table(name) as batch:
            batch.add_column(
                sa.Column("gone", sa.Boolean, nullable=False, server_default=sa.text("0"))
            )
        op.create_index(f"ix_{name}_gone", name, ["pk"], sqlite_where=sa.text("gone = 1"))
    op.create_table(
        "sync_listing",
        sa.Column("tenant_id", sa.String, primary_key=True),
        sa.Column("resource", sa.String, primary_key=True),
        sa.Column("run", sa.String, nullable=False),
    )
    for table in ("sync_seen", "sync_missed"):
        op.create_table(
            table,
            sa.Column("tenant_id", sa.String, primary_key=True),
            sa.Column("resource", sa.String, primary_key=True),
            sa.Column("id", sa.String, primary_key=True),
        )


def downgrade() -> None:
    op.drop_table("sync_missed")
    op.drop_table("sync_seen")
    op.drop_table("sync_listing")
    for name in _ITEM_TABLES:
        op.drop_index(f"ix_{name}_gone", table_name=name)
        with op.batch_alter_table(name) as batch:
            batch.drop_column("gone")
