"""Domain values -> wire JSON for PATCH bodies.

Callers (the outbox push) may name fields as on the wire (`assignedTo`) or as on
the domain objects (`assigned_to`), and pass enum members, tuples and datetimes;
this turns them into the camelCase JSON Graph expects. An unknown field is a
programming error and raises ValueError before anything is sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import Enum
from typing import Any

from console.api.odata import odata_datetime

# Documented as updatable (api-surface.md 1.11). There is no resolving-comment field in
# the update: a resolution's note is sent as a comment of its own (console.triage).
INCIDENT_FIELDS = {
    "assigned_to": "assignedTo",
    "classification": "classification",
    "determination": "determination",
    "status": "status",
    "custom_tags": "customTags",
}
ALERT_FIELDS = {
    "assigned_to": "assignedTo",
    "classification": "classification",
    "determination": "determination",
    "status": "status",
}


def wire_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value  # also keeps an unrecognised member's raw string
    if isinstance(value, datetime):
        return odata_datetime(value)
    if isinstance(value, tuple | list | set | frozenset):
        return [wire_value(item) for item in value]
    return value


def wire_changes(
    changes: Mapping[str, Any], fields: Mapping[str, str], what: str
) -> dict[str, Any]:
    wire_names = set(fields.values())
    body: dict[str, Any] = {}
    for key, value in changes.items():
        name = key if key in wire_names else fields.get(key)
        if name is None:
            allowed = ", ".join(sorted(wire_names))
            raise ValueError(f"cannot update {what} field {key!r}; updatable: {allowed}")
        body[name] = wire_value(value)
    if not body:
        raise ValueError(f"no changes to send for the {what}")
    return body
