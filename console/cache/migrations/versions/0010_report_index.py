"""A covering index of the Defender Experts for Hunting report's alert columns.

Revision ID: 0010
Revises: 0009

The report (console.cache.report) reads one tenant's alerts of a period, grouped by
tactic and activity, filtered by classification or by DEN, and the DEN alerts' time to
resolution. Through `ix_alerts_created` each of the period's alerts is a scattered read of
the table row: the report's figures over six months of 1,000,000 alerts took 2,735 ms
(benchmarks/report_bench.py). This index holds every column the figures read, after the
tenant and the creation time, so each figure reads one contiguous stretch of it: 852 ms.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = (
    "tenant_id",
    "created",
    "category",
    "title",
    "classification",
    "severity_rank",
    "is_den",
    "incident_id",
    "resolved",
)


def upgrade() -> None:
    op.create_index("ix_alerts_report", "alerts", list(COLUMNS))
    # As 0007: a cache whose alerts were analysed gets this index's statistics too.
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
        op.execute("ANALYZE ix_alerts_report")


def downgrade() -> None:
    op.drop_index("ix_alerts_report", table_name="alerts")
