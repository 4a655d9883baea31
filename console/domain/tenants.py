"""Tenant ids: one spelling per tenant, so a tenant's rows are never filed twice."""

from __future__ import annotations

import uuid


def canonical_tenant_id(text: str) -> str:
    """An Entra tenant GUID in its canonical form (lower case, hyphenated); anything else
    (a test's short id) as given, trimmed.

    The cache keys every row by tenant id as text: `E8FA…` and `e8fa…` name the
    same tenant for Microsoft, but would be two tenants here.
    """
    trimmed = text.strip()
    try:
        return str(uuid.UUID(trimmed))
    except ValueError:
        return trimmed
