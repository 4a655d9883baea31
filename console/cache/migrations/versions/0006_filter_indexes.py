"""One covering index of the queue filters' columns per queue.

Revision ID: 0006
Revises: 0005

A COUNT of two filters (status resolved and severity high, or resolved and
unassigned) started from one filter's index and read the table for the other:
0.3-0.5 s at 1,000,000 alerts. An index holding every low-cardinality filter
column answers such a count from the index alone, with the status as its range
and the other terms checked in each entry (or a skip-scan over the few
statuses when the status is not filtered). Its write cost on a full sync is
stated in issue 9's note.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FILTER_COLUMNS = (
    "status",
    "severity_rank",
    "assigned_to",
    "classification",
    "determination",
    "is_den",
)


def upgrade() -> None:
    for table in ("incidents", "alerts"):
        op.create_index(f"ix_{table}_filters", table, list(FILTER_COLUMNS))


def downgrade() -> None:
    for table in ("incidents", "alerts"):
        op.drop_index(f"ix_{table}_filters", table_name=table)
