"""Ask Defender Experts: requests, replies, and per-tenant settings.

Revision ID: 0004
Revises: 0003

Questions to Defender Experts and their replies are kept locally so the
messages page works offline and survives restarts; the outbox (0002) carries
them to the channel exactly once. `tenant_settings` holds per-tenant choices
such as the experts channel and the allowance policy.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "expert_requests",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("tenant_id", sa.String, nullable=False),
        sa.Column("category", sa.String, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("entity_kind", sa.String, nullable=False),
        sa.Column("entity_id", sa.String, nullable=False),
        sa.Column("context", sa.Text, nullable=False),
        sa.Column("priority", sa.String, nullable=False),
        sa.Column("contacts", sa.Text, nullable=False, server_default=sa.text("'[]'")),
        sa.Column("attachments", sa.Text, nullable=False, server_default=sa.text("'[]'")),
        sa.Column("channel", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.Column("remote_id", sa.String),
        sa.Column("unread", sa.Boolean, nullable=False, server_default=sa.text("0")),
        sa.Column("error", sa.Text),
    )
    op.create_index(
        "ix_expert_requests_tenant_created", "expert_requests", ["tenant_id", "created"]
    )
    op.create_table(
        "expert_replies",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("tenant_id", sa.String, nullable=False),
        sa.Column("request_id", sa.String, nullable=False),
        sa.Column("remote_id", sa.String),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("from_experts", sa.Boolean, nullable=False),
        sa.Column("pending", sa.Boolean, nullable=False, server_default=sa.text("0")),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["expert_requests.id"],
            name="fk_expert_replies_request",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_expert_replies_request", "expert_replies", ["request_id", "created"])
    op.create_table(
        "tenant_settings",
        sa.Column("tenant_id", sa.String, primary_key=True),
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tenant_settings")
    op.drop_index("ix_expert_replies_request", table_name="expert_replies")
    op.drop_table("expert_replies")
    op.drop_index("ix_expert_requests_tenant_created", table_name="expert_requests")
    op.drop_table("expert_requests")
