"""Covering indexes of the Defender Experts for Hunting report's columns.

Revision ID: 0010
Revises: 0009

The report (console.cache.report) reads one tenant's alerts of a period, grouped by
tactic and activity, filtered by classification or by DEN, and the DEN alerts' time to
resolution. Through `ix_alerts_created` each of the period's alerts is a scattered read of
the table row: the report's figures (all three views) over six months of 1,000,000 alerts
took 2,735 ms (benchmarks/report_bench.py). `ix_alerts_report` holds every column the
figures read after the tenant and the creation time, the alert id last (an activity's
devices join on it), so each figure reads one contiguous stretch of it; the DENs' own
partial indexes answer the DEN count, the charts and the time to resolution from a few
thousand entries. Together: about 1.1 s for every figure in all three views, 460-610 ms for
the report page (one view, the trending activities read beside it), on 2 busy cores.

Their cost on a full sync (benchmarks/sync_bench.py, 100k alerts, two runs each): 1.60x and
1.82x the floor before, 1.75x and 2.00x after, about a tenth more write time.
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
    "id",
)


# The DENs are a small share (one incident in fifty, 4,000 alerts in 1,000,000): partial
# indexes of their own give the DEN count, the charts and the time to resolution from a few
# thousand entries instead of a pass over the period's alerts (about 100 ms each at 1M).
DEN_INDEXES = (
    ("ix_incidents_report_den", "incidents", ("tenant_id", "created", "severity_rank", "severity")),
    ("ix_alerts_report_den", "alerts", ("tenant_id", "created", "category", "resolved")),
)


def upgrade() -> None:
    op.create_index("ix_alerts_report", "alerts", list(COLUMNS))
    for name, table, columns in DEN_INDEXES:
        op.create_index(
            name,
            table,
            list(columns),
            sqlite_where=sa.text("is_den = 1"),
            postgresql_where=sa.text("is_den"),
        )
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
        for name in ("ix_alerts_report", *(index for index, _t, _c in DEN_INDEXES)):
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for name, table, _columns in reversed(DEN_INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_index("ix_alerts_report", table_name="alerts")
