"""Indexes for the Audit page, an item's Activity tab and its open outbox entries.

Revision ID: 0009
Revises: 0008

An item's Activity tab asks the audit log for one (tenant, kind, id), and the queues lay
each window's open triage changes over its rows by (tenant, kind, ids) (console.cache.
triage); both read the whole table without these, which a bulk change of 5,000 incidents
(two or three audit entries each) makes worth avoiding. The Audit page lists one tenant
newest first through `ix_audit_tenant_at` (0002); a desk's several tenants through
`ix_audit_at`, walked in order (at 100,000 entries over two tenants a window took 100 ms,
sorting them all, and takes 2 ms).
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_audit_at", "audit_log", ("at", "id")),
    ("ix_audit_tenant_entity", "audit_log", ("tenant_id", "entity_kind", "entity_id")),
    ("ix_outbox_tenant_entity", "outbox", ("tenant_id", "entity_kind", "entity_id")),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns))


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
