"""Export records: each item's wire JSON as the API named it, plus where it came from.

Incidents and alerts keep Graph's property names, devices Defender for
Endpoint's; every record gets `tenantId`, and incidents and alerts
`isDefenderExperts`, so a spreadsheet or a SIEM can tell DENs apart without
re-implementing the rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

KINDS = ("incidents", "alerts", "devices")

Record = dict[str, Any]
RawRows = Iterator[tuple[str, dict[str, Any], bool]]


def export_records(kind: str, raw_rows: Callable[[], RawRows]) -> Iterator[Record]:
    """Records for `kind` from `(tenant_id, raw JSON, is_den)` rows, in the cache's order."""
    if kind not in KINDS:
        raise ValueError(f"unknown export kind {kind!r}; expected one of {', '.join(KINDS)}")
    for tenant_id, raw, is_den in raw_rows():
        record = dict(raw)
        # The tenant whose token fetched it, as the cache keyed it: never what the item's
        # own JSON claims (a hostile or mistaken page could name another tenant, and a
        # desk's export of All tenants would then carry the row under that one).
        record["tenantId"] = tenant_id
        if kind != "devices":
            record["isDefenderExperts"] = bool(is_den)
        yield record
