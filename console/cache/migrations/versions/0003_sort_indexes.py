"""An index for every column a queue sorts by.

Revision ID: 0003
Revises: 0002

Sorting 1,000,000 alerts by a column without an index makes SQLite sort them
all for every window (0.5-2 s); with (column, id) it walks the index and a
window anywhere costs milliseconds. Every index ends with the id so ties are
stable, and SQLite appends the row's pk, which completes the sort key.
The two assigned-to indexes gain the id for the same reason.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INCIDENT_SORTS = (
    "display_name",
    "tags_text",
    "categories",
    "impacted_devices",
    "active_alert_count",
    "alert_count",
    "service_sources",
    "detection_sources",
    "first_activity",
    "assigned_to",
    "classification",
    "determination",
)
ALERT_SORTS = (
    "title",
    "category",
    "detection_source",
    "service_source",
    "device_name",
    "incident_id",
    "first_activity",
    "assigned_to",
    "classification",
    "determination",
)


def upgrade() -> None:
    op.drop_index("ix_incidents_assigned", table_name="incidents")
    op.drop_index("ix_alerts_assigned", table_name="alerts")
    for column in INCIDENT_SORTS:
        op.create_index(f"ix_incidents_sort_{column}", "incidents", [column, "id_key"])
    op.create_index("ix_incidents_sort_status", "incidents", ["status", "id_key"])
    for column in ALERT_SORTS:
        op.create_index(f"ix_alerts_sort_{column}", "alerts", [column, "id"])
    op.create_index("ix_alerts_sort_status", "alerts", ["status", "id"])


def downgrade() -> None:
    for column in (*INCIDENT_SORTS, "status"):
        op.drop_index(f"ix_incidents_sort_{column}", table_name="incidents")
    for column in (*ALERT_SORTS, "status"):
        op.drop_index(f"ix_alerts_sort_{column}", table_name="alerts")
    op.create_index("ix_incidents_assigned", "incidents", ["assigned_to"])
    op.create_index("ix_alerts_assigned", "alerts", ["assigned_to"])
