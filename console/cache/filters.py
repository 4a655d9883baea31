"""What the queues ask for: filters and a sort, as plain frozen dataclasses.

Enum filter values may be domain enums or wire strings (an unrecognised
member filters on its raw value). `assigned_to` takes None for "Unassigned".
`include`/`exclude` map a column name (the same names `Sort` takes) to values,
for a table cell's "Filter on this value" / "Exclude this value".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from console.domain.den import DEN_TAG

__all__ = ["DEN_TAG", "DeviceFilters", "Filters", "Sort"]


@dataclass(frozen=True, slots=True)
class Sort:
    """A queue column and direction; rows are always tie-broken on id for stable paging.

    `rank`, for the Tenant column ("tenant"): the tenant ids in the order to show them
    (a desk's, by name); rows of a tenant not ranked follow, by id. Without it the
    column sorts by tenant id."""

    column: str
    descending: bool = False
    rank: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Filters:
    """Filters of the incident and alert queues (a filter that does not apply is ignored).

    `time_column` chooses what since/until bound: "last_update", "created",
    "first_activity" or "last_activity". `since` is inclusive, `until` exclusive.
    `tags` matches any of the tags; "Defender Experts" matches exactly the DENs.
    `incident_id` narrows alerts to one incident; `device_id` to items linked to a device.
    """

    tenant_ids: Sequence[str] = ()
    tags: Sequence[str] = ()
    statuses: Sequence[str] = ()
    severities: Sequence[str] = ()
    service_sources: Sequence[str] = ()
    detection_sources: Sequence[str] = ()
    assigned_to: Sequence[str | None] = ()
    classifications: Sequence[str] = ()
    determinations: Sequence[str] = ()
    time_column: str = "last_update"
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""
    den_only: bool = False
    device_id: str | None = None
    incident_id: str | None = None
    include: Mapping[str, Sequence[Any]] = field(default_factory=dict)
    exclude: Mapping[str, Sequence[Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DeviceFilters:
    """Filters of the device inventory. `text` searches the device name and IP addresses."""

    tenant_ids: Sequence[str] = ()
    risk_scores: Sequence[str] = ()
    exposure_levels: Sequence[str] = ()
    health_statuses: Sequence[str] = ()
    os_platforms: Sequence[str] = ()
    onboarding_statuses: Sequence[str] = ()
    device_values: Sequence[str] = ()
    tags: Sequence[str] = ()
    text: str = ""
    since: datetime | None = None  # on last seen
    until: datetime | None = None
    include: Mapping[str, Sequence[Any]] = field(default_factory=dict)
    exclude: Mapping[str, Sequence[Any]] = field(default_factory=dict)
