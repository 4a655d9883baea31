"""A covering index of the alert queue's columns, in order of last update.

Revision ID: 0007
Revises: 0006

A time range ("last 30 days", on the last update) keeps a few thousand
alerts spread over the whole table: counting them walks the time index, but
sorting them by any other column, or checking a second filter, read each
matching row of the table (26,000 scattered rows, 65-100 ms at 1,000,000
alerts, whatever the sort). This index holds, after the last update, every
column a queue filters or sorts alerts on, so a time range's count, window
and second filter are read from one contiguous stretch of it (8-15 ms). Its
size (about 180 bytes an alert) and its write cost on a full sync are stated
in issue 9's note.

It leaves out is_den: the planner's statistics see two even values there (not
4,000 DENs in 1,000,000), and with it a DEN filter's count took a full scan of
this index as cheaper than the DENs' own partial index (280 ms, not 9 ms).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    "last_update",
    "status",
    "severity_rank",
    "assigned_to",
    "classification",
    "determination",
    "title",
    "id",
    "category",
    "detection_source",
    "service_source",
    "device_name",
    "incident_id",
    "first_activity",
    "last_activity",
    "created",
    "tenant_id",
)


def upgrade() -> None:
    op.create_index("ix_alerts_time_queue", "alerts", list(COLUMNS))
    # A cache whose alerts were analysed gets this index's statistics too (one pass
    # over it), else the planner guesses for it alone; an unanalysed cache is
    # analysed whole after its next sync (console.cache.statistics).
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    has_stats = bind.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    ).first()
    if (
        has_stats
        and bind.execute(sa.text("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'alerts' LIMIT 1")).first()
    ):
        op.execute("ANALYZE ix_alerts_time_queue")


def downgrade() -> None:
    op.drop_index("ix_alerts_time_queue", table_name="alerts")
