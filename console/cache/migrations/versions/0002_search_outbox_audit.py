"""Text search (FTS5, SQLite only), the outbox of analyst actions and the audit log.

Revision ID: 0002
Revises: 0001

The search tables are filled from the rows already cached, so a cache synced
before this revision finds its incidents by name, id and device at once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2'"

_FILL = {
    # Incidents are found by their assets through their alerts' rows.
    "incidents_fts": "SELECT pk, display_name || ' ' || id FROM incidents",
    "alerts_fts": "SELECT pk, title || ' ' || id || ' ' || search_assets FROM alerts",
    "devices_fts": (
        "SELECT pk, computer_dns_name || ' ' || id || ' ' || coalesce(last_ip_address, '')"
        " || ' ' || coalesce(last_external_ip_address, '') || ' ' || ip_addresses FROM devices"
    ),
}


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.String, nullable=False),
        sa.Column("idempotency_key", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("entity_kind", sa.String, nullable=False),
        sa.Column("entity_id", sa.String, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("last_error", sa.Text),
        sa.Column("base_version", sa.String),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
    )
    op.create_index("ix_outbox_status", "outbox", ["status", "tenant_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tenant_id", sa.String, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("entity_kind", sa.String, nullable=False),
        sa.Column("entity_id", sa.String, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_tenant_at", "audit_log", ["tenant_id", "at"])
    if op.get_bind().dialect.name != "sqlite":
        return  # other dialects search with case-insensitive LIKE instead
    for table, fill in _FILL.items():
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(body, {_FTS_OPTIONS})")
        op.execute(f"INSERT INTO {table}(rowid, body) {fill}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in _FILL:
            op.execute(f"DROP TABLE {table}")
    op.drop_table("audit_log")
    op.drop_table("outbox")
