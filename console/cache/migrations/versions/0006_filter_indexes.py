"""One covering index of the queue filters' columns per queue.

Revision ID: 0006
Revises: 0005

A COUNT of two filters (status resolved and severity high, or resolved and
unassigned) started from one filter's index and read the table for the other:
0.3-0.5 s at 1,000,000 alerts. An index holding every low-cardinality filter
column answers such a count from the index alone. It leads with is_den, so the
DENs (the queue's most asked filter) are one range of it: with the status
first, the planner counted the open DENs by scanning all of it rather than
using the DENs' partial index. Other filters reach it by a skip-scan over
is_den's two values. Its write cost on a full sync is
stated in issue 9's note.

Incidents sort by tenant on (tenant_id, id_key), which the unique (tenant_id, id)
does not serve: each window sorted all 200,000 incidents (0.15-0.25 s). Alerts
and devices sort by tenant on (tenant_id, id), their unique index.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FILTER_COLUMNS = (
    "is_den",
    "status",
    "severity_rank",
    "assigned_to",
    "classification",
    "determination",
)


def upgrade() -> None:
    for table in ("incidents", "alerts"):
        op.create_index(f"ix_{table}_filters", table, list(FILTER_COLUMNS))
    op.create_index("ix_incidents_sort_tenant", "incidents", ["tenant_id", "id_key"])


def downgrade() -> None:
    op.drop_index("ix_incidents_sort_tenant", table_name="incidents")
    for table in ("incidents", "alerts"):
        op.drop_index(f"ix_{table}_filters", table_name=table)
