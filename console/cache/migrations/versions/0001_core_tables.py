"""Core tables: tenants, incidents, alerts, evidence, devices, comments, tags, sync_state.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies of the column types: a migration must not change when schema.py does.
TS = sa.DateTime()
JSON_LIST: dict[str, Any] = {"nullable": False, "server_default": sa.text("'[]'")}
ZERO: dict[str, Any] = {"nullable": False, "server_default": sa.text("0")}
EMPTY: dict[str, Any] = {"nullable": False, "server_default": sa.text("''")}


def upgrade() -> None:
    op.create_table(
        "tenants",
        sa.Column("tenant_id", sa.String, primary_key=True),
        sa.Column("name", sa.String),
    )
    op.create_table(
        "incidents",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.String, nullable=False),
        sa.Column("id", sa.String, nullable=False),
        sa.Column("id_key", sa.String, nullable=False),
        sa.Column("display_name", sa.String, nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("severity", sa.String),
        sa.Column("severity_rank", sa.Integer, **ZERO),
        sa.Column("status", sa.String),
        sa.Column("classification", sa.String),
        sa.Column("determination", sa.String),
        sa.Column("assigned_to", sa.String),
        sa.Column("created", TS),
        sa.Column("last_update", TS),
        sa.Column("custom_tags", sa.Text, **JSON_LIST),
        sa.Column("system_tags", sa.Text, **JSON_LIST),
        sa.Column("incident_web_url", sa.String),
        sa.Column("redirect_incident_id", sa.String),
        sa.Column("summary", sa.Text),
        sa.Column("priority_score", sa.Integer),
        sa.Column("recommended_actions", sa.Text),
        sa.Column("recommended_hunting_queries", sa.Text, **JSON_LIST),
        sa.Column("own_den", sa.Boolean, **ZERO),
        sa.Column("is_den", sa.Boolean, **ZERO),
        sa.Column("alert_count", sa.Integer, **ZERO),
        sa.Column("active_alert_count", sa.Integer, **ZERO),
        sa.Column("impacted_devices", sa.Integer, **ZERO),
        sa.Column("categories", sa.String, **EMPTY),
        sa.Column("service_sources", sa.String, **EMPTY),
        sa.Column("detection_sources", sa.String, **EMPTY),
        sa.Column("first_activity", TS),
        sa.Column("last_activity", TS),
        sa.Column("tags_text", sa.String, **EMPTY),
        sa.Column("raw", sa.Text, nullable=False),
        sa.UniqueConstraint("tenant_id", "id", name="uq_incidents_tenant_id"),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.tenant_id"], name="fk_incidents_tenant"),
    )
    op.create_table(
        "alerts",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.String, nullable=False),
        sa.Column("id", sa.String, nullable=False),
        sa.Column("incident_id", sa.String),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("severity", sa.String),
        sa.Column("severity_rank", sa.Integer, **ZERO),
        sa.Column("status", sa.String),
        sa.Column("classification", sa.String),
        sa.Column("determination", sa.String),
        sa.Column("service_source", sa.String),
        sa.Column("detection_source", sa.String),
        sa.Column("category", sa.String),
        sa.Column("categories", sa.Text, **JSON_LIST),
        sa.Column("mitre_techniques", sa.Text, **JSON_LIST),
        sa.Column("assigned_to", sa.String),
        sa.Column("created", TS),
        sa.Column("last_update", TS),
        sa.Column("first_activity", TS),
        sa.Column("last_activity", TS),
        sa.Column("resolved", TS),
        sa.Column("recommended_actions", sa.Text),
        sa.Column("alert_web_url", sa.String),
        sa.Column("incident_web_url", sa.String),
        sa.Column("provider_alert_id", sa.String),
        sa.Column("product_name", sa.String),
        sa.Column("threat_family_name", sa.String),
        sa.Column("actor_display_name", sa.String),
        sa.Column("system_tags", sa.Text, **JSON_LIST),
        sa.Column("is_den", sa.Boolean, **ZERO),
        sa.Column("device_id", sa.String),
        sa.Column("device_name", sa.String),
        sa.Column("search_assets", sa.Text, **EMPTY),
        sa.Column("raw", sa.Text, nullable=False),
        sa.UniqueConstraint("tenant_id", "id", name="uq_alerts_tenant_id"),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.tenant_id"], name="fk_alerts_tenant"),
    )
    op.create_table(
        "evidence",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.String, nullable=False),
        sa.Column("alert_id", sa.String, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("label", sa.String, nullable=False),
        sa.Column("created", TS),
        sa.Column("verdict", sa.String),
        sa.Column("remediation_status", sa.String),
        sa.Column("roles", sa.Text, **JSON_LIST),
        sa.Column("device_id", sa.String),
        sa.Column("raw", sa.Text, nullable=False),
        sa.UniqueConstraint("tenant_id", "alert_id", "position", name="uq_evidence_alert_position"),
        sa.ForeignKeyConstraint(
            ["tenant_id", "alert_id"],
            ["alerts.tenant_id", "alerts.id"],
            name="fk_evidence_alert",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "alert_devices",
        sa.Column("tenant_id", sa.String, primary_key=True),
        sa.Column("alert_id", sa.String, primary_key=True),
        sa.Column("device_id", sa.String, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "alert_id"],
            ["alerts.tenant_id", "alerts.id"],
            name="fk_alert_devices_alert",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "devices",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.String, nullable=False),
        sa.Column("id", sa.String, nullable=False),
        sa.Column("computer_dns_name", sa.String, nullable=False),
        sa.Column("domain", sa.String, **EMPTY),
        sa.Column("first_seen", TS),
        sa.Column("last_seen", TS),
        sa.Column("os_platform", sa.String),
        sa.Column("os_version", sa.String),
        sa.Column("os_build", sa.Integer),
        sa.Column("os_architecture", sa.String),
        sa.Column("last_ip_address", sa.String),
        sa.Column("last_external_ip_address", sa.String),
        sa.Column("health_status", sa.String),
        sa.Column("onboarding_status", sa.String),
        sa.Column("risk_score", sa.String),
        sa.Column("risk_rank", sa.Integer, **ZERO),
        sa.Column("exposure_level", sa.String),
        sa.Column("exposure_rank", sa.Integer, **ZERO),
        sa.Column("device_value", sa.String),
        sa.Column("device_value_rank", sa.Integer, **ZERO),
        sa.Column("rbac_group_id", sa.Integer),
        sa.Column("rbac_group_name", sa.String),
        sa.Column("aad_device_id", sa.String),
        sa.Column("is_aad_joined", sa.Boolean),
        sa.Column("machine_tags", sa.Text, **JSON_LIST),
        sa.Column("ip_addresses", sa.Text, **JSON_LIST),
        sa.Column("tags_text", sa.String, **EMPTY),
        sa.Column("raw", sa.Text, nullable=False),
        sa.UniqueConstraint("tenant_id", "id", name="uq_devices_tenant_id"),
        sa.ForeignKeyConstraint(["tenant_id"], ["tenants.tenant_id"], name="fk_devices_tenant"),
    )
    op.create_table(
        "comments",
        sa.Column("tenant_id", sa.String, primary_key=True),
        sa.Column("entity_kind", sa.String, primary_key=True),
        sa.Column("entity_id", sa.String, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("author", sa.String),
        sa.Column("created", TS),
    )
    op.create_table(
        "tags",
        sa.Column("tenant_id", sa.String, primary_key=True),
        sa.Column("entity_kind", sa.String, primary_key=True),
        sa.Column("entity_id", sa.String, primary_key=True),
        sa.Column("tag", sa.String, primary_key=True),
        sa.Column("source", sa.String, primary_key=True),
    )
    op.create_table(
        "sync_state",
        sa.Column("tenant_id", sa.String, primary_key=True),
        sa.Column("resource", sa.String, primary_key=True),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)
    # DENs are a small share: partial indexes let the planner start from them.
    den: dict[str, Any] = {
        "sqlite_where": sa.text("is_den = 1"),
        "postgresql_where": sa.text("is_den"),
    }
    op.create_index("ix_incidents_den", "incidents", ["last_update", "id_key"], **den)
    op.create_index("ix_alerts_den", "alerts", ["last_activity", "id"], **den)


_INDEXES = [
    ("ix_incidents_last_update", "incidents", ["last_update", "id_key"]),
    ("ix_incidents_created", "incidents", ["created", "id_key"]),
    ("ix_incidents_last_activity", "incidents", ["last_activity", "id_key"]),
    ("ix_incidents_severity", "incidents", ["severity_rank", "id_key"]),
    ("ix_incidents_id_key", "incidents", ["id_key"]),
    ("ix_incidents_status", "incidents", ["status", "last_update", "id_key"]),
    ("ix_incidents_assigned", "incidents", ["assigned_to"]),
    ("ix_alerts_last_activity", "alerts", ["last_activity", "id"]),
    ("ix_alerts_last_update", "alerts", ["last_update", "id"]),
    ("ix_alerts_created", "alerts", ["created", "id"]),
    ("ix_alerts_severity", "alerts", ["severity_rank", "id"]),
    ("ix_alerts_id", "alerts", ["id"]),
    ("ix_alerts_status", "alerts", ["status", "last_activity", "id"]),
    ("ix_alerts_incident", "alerts", ["tenant_id", "incident_id"]),
    ("ix_alerts_assigned", "alerts", ["assigned_to"]),
    ("ix_alert_devices_device", "alert_devices", ["tenant_id", "device_id"]),
    ("ix_devices_name", "devices", ["computer_dns_name", "id"]),
    ("ix_devices_last_seen", "devices", ["last_seen", "id"]),
    ("ix_devices_risk", "devices", ["risk_rank", "id"]),
    ("ix_tags_tag", "tags", ["entity_kind", "tag"]),
]


def downgrade() -> None:
    for name in (
        "sync_state",
        "tags",
        "comments",
        "devices",
        "alert_devices",
        "evidence",
        "alerts",
        "incidents",
        "tenants",
    ):
        op.drop_table(name)
