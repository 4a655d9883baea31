"""What each queue's columns show, sort on and filter on.

A column names the cache's public sort key (`Sort(column)`), how a row reads
in the cell, and which filter a cell's "Filter on this value" / "Exclude this
value" changes. Headers are marked for translation here and translated when shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.cache.rows import AlertRow, DeviceRow, IncidentRow
from console.domain.enums import WireEnum
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.labels import assigned_label, category_label, label

CONTEXT = "QueueColumns"

# How a cell is drawn: plain text, a number (right-aligned), a time, or a
# coloured value (severity-like or status-like).
TEXT, NUMBER, TIME, SEVERITY, STATUS = "text", "number", "time", "severity", "status"


@dataclass(frozen=True)
class Column:
    key: str  # the cache's sort name; also the settings key of the column
    title: str  # untranslated header (QT_TRANSLATE_NOOP)
    value: Callable[[Any], Any]  # the row's value (enum, str, int, datetime, tuple)
    kind: str = TEXT
    width: int = 120
    # Where "Filter on this value" puts the cell's value: a Filters field that
    # holds a list (e.g. "severities"), "include:<column>" for the generic
    # include/exclude maps, or None when the cell cannot be filtered on.
    filter_field: str | None = None
    # Whether "Exclude this value" is possible (the cache can only exclude
    # through the include/exclude maps).
    excludable: bool = False
    # What "Filter on this value" keeps when it is not the value shown (the Tenant
    # column shows the tenant's name and filters on its id); None: the value itself.
    filter_value: Callable[[Any], Any] | None = None
    # How a plain string value reads when it is not shown as is (a category's words);
    # sorting and filtering keep the value itself.
    text: Callable[[str], str] | None = None


def cell_text(column: Column, row: Any) -> str:
    value = column.value(row)
    if column.text is not None and isinstance(value, str):
        return column.text(value)
    if column.text is not None and isinstance(value, tuple | list):
        return ", ".join(column.text(v) for v in value)
    return display(value, column)


def display(value: Any, column: Column | None = None) -> str:
    """A value as the analyst reads it (labels for wire values, local times)."""
    from console.ui.labels import local_time

    if value is None:
        if column is not None and column.key == "assigned_to":
            return assigned_label(None)
        return ""
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, WireEnum):  # every enum a row carries is a wire enum
        return label(value)
    if isinstance(value, tuple | list):
        return ", ".join(display(v) for v in value)
    return str(value)


def _c(
    key: str,
    title: str,
    value: Callable[[Any], Any],
    kind: str = TEXT,
    width: int = 120,
    filter_field: str | None = None,
    excludable: bool | None = None,
) -> Column:
    if excludable is None:
        excludable = filter_field is not None and filter_field.startswith("include:")
    return Column(key, title, value, kind, width, filter_field, excludable)


def _inc(name: str) -> str:
    return f"include:{name}"


# Who works the item and what they concluded: the same two columns in both queues.
_TRIAGE_COLUMNS = (
    _c(
        "assigned_to",
        QT_TRANSLATE_NOOP("QueueColumns", "Assigned to"),
        lambda r: r.assigned_to,
        width=150,
        filter_field=_inc("assigned_to"),
    ),
    _c(
        "classification",
        QT_TRANSLATE_NOOP("QueueColumns", "Classification"),
        lambda r: r.classification,
        width=130,
        filter_field=_inc("classification"),
    ),
)

# Columns the incident and alert queues share, as they read the same on both.
_SEVERITY_COLUMN = _c(
    "severity",
    QT_TRANSLATE_NOOP("QueueColumns", "Severity"),
    lambda r: r.severity,
    SEVERITY,
    90,
    _inc("severity"),
)
_FIRST_ACTIVITY_COLUMN = _c(
    "first_activity",
    QT_TRANSLATE_NOOP("QueueColumns", "First activity"),
    lambda r: r.first_activity,
    TIME,
    130,
)
_LAST_ACTIVITY_COLUMN = _c(
    "last_activity",
    QT_TRANSLATE_NOOP("QueueColumns", "Last activity"),
    lambda r: r.last_activity,
    TIME,
    130,
)

INCIDENT_COLUMNS: Sequence[Column] = (
    _c(
        "name",
        QT_TRANSLATE_NOOP("QueueColumns", "Incident name"),
        lambda r: r.name,
        width=260,
        filter_field=_inc("name"),
    ),
    _c(
        "id",
        QT_TRANSLATE_NOOP("QueueColumns", "Incident ID"),
        lambda r: r.id,
        width=90,
        filter_field=_inc("id"),
    ),
    _SEVERITY_COLUMN,
    _c(
        "status",
        QT_TRANSLATE_NOOP("QueueColumns", "Status"),
        lambda r: r.status,
        STATUS,
        200,  # "Awaiting customer action" in full, after its coloured dot
        _inc("status"),
    ),
    _c(
        "tags",
        QT_TRANSLATE_NOOP("QueueColumns", "Tags"),
        lambda r: r.tags,
        width=160,
        filter_field="tags",
    ),
    _LAST_ACTIVITY_COLUMN,
    dataclasses.replace(
        _c(
            "categories",
            QT_TRANSLATE_NOOP("QueueColumns", "Categories"),
            lambda r: r.categories,
            width=150,
        ),
        text=category_label,
    ),
    _c(
        "impacted_devices",
        QT_TRANSLATE_NOOP("QueueColumns", "Impacted devices"),
        lambda r: r.impacted_devices,
        NUMBER,
        80,
    ),
    _c(
        "active_alerts",
        QT_TRANSLATE_NOOP("QueueColumns", "Active alerts"),
        lambda r: f"{r.active_alerts}/{r.alert_count}",
        NUMBER,
        80,
    ),
    _c(
        "service_sources",
        QT_TRANSLATE_NOOP("QueueColumns", "Service sources"),
        lambda r: r.service_sources,
        width=180,
        filter_field="service_sources",
    ),
    _c(
        "detection_sources",
        QT_TRANSLATE_NOOP("QueueColumns", "Detection sources"),
        lambda r: r.detection_sources,
        width=180,
        filter_field="detection_sources",
    ),
    _FIRST_ACTIVITY_COLUMN,
    _c(
        "last_update",
        QT_TRANSLATE_NOOP("QueueColumns", "Last update time"),
        lambda r: r.last_update,
        TIME,
        130,
    ),
    *_TRIAGE_COLUMNS,
    _c(
        "determination",
        QT_TRANSLATE_NOOP("QueueColumns", "Determination"),
        lambda r: r.determination,
        width=130,
        filter_field=_inc("determination"),
    ),
)

ALERT_COLUMNS: Sequence[Column] = (
    _c(
        "title",
        QT_TRANSLATE_NOOP("QueueColumns", "Alert name"),
        lambda r: r.title,
        width=260,
        filter_field=_inc("title"),
    ),
    _c(
        "id",
        QT_TRANSLATE_NOOP("QueueColumns", "Alert ID"),
        lambda r: r.id,
        width=120,
        filter_field=_inc("id"),
    ),
    _SEVERITY_COLUMN,
    _c(
        "status",
        QT_TRANSLATE_NOOP("QueueColumns", "Status"),
        lambda r: r.status,
        STATUS,
        100,
        _inc("status"),
    ),
    _LAST_ACTIVITY_COLUMN,
    dataclasses.replace(
        _c(
            "category",
            QT_TRANSLATE_NOOP("QueueColumns", "Category"),
            lambda r: r.category,
            width=130,
            filter_field=_inc("category"),
        ),
        text=category_label,
    ),
    _c(
        "detection_source",
        QT_TRANSLATE_NOOP("QueueColumns", "Detection source"),
        lambda r: r.detection_source,
        width=170,
        filter_field=_inc("detection_source"),
    ),
    _c(
        "service_source",
        QT_TRANSLATE_NOOP("QueueColumns", "Service source"),
        lambda r: r.service_source,
        width=190,
        filter_field=_inc("service_source"),
    ),
    _c(
        "device",
        QT_TRANSLATE_NOOP("QueueColumns", "Device"),
        lambda r: r.device_name,
        width=170,
        filter_field=_inc("device"),
    ),
    _c(
        "incident",
        QT_TRANSLATE_NOOP("QueueColumns", "Incident"),
        lambda r: r.incident_id,
        width=80,
        filter_field=_inc("incident"),
    ),
    _FIRST_ACTIVITY_COLUMN,
    *_TRIAGE_COLUMNS,
)

DEVICE_COLUMNS: Sequence[Column] = (
    _c(
        "name",
        QT_TRANSLATE_NOOP("QueueColumns", "Device name"),
        lambda r: r.name,
        width=240,
        filter_field=_inc("name"),
    ),
    _c(
        "domain",
        QT_TRANSLATE_NOOP("QueueColumns", "Domain"),
        lambda r: r.domain,
        width=120,
        filter_field=_inc("domain"),
    ),
    _c(
        "risk",
        QT_TRANSLATE_NOOP("QueueColumns", "Risk level"),
        lambda r: r.risk_score,
        SEVERITY,
        100,
        _inc("risk"),
    ),
    _c(
        "exposure",
        QT_TRANSLATE_NOOP("QueueColumns", "Exposure level"),
        lambda r: r.exposure_level,
        SEVERITY,
        110,
        _inc("exposure"),
    ),
    _c(
        "os_platform",
        QT_TRANSLATE_NOOP("QueueColumns", "OS platform"),
        lambda r: r.os_platform,
        width=140,
        filter_field=_inc("os_platform"),
    ),
    _c(
        "os_version",
        QT_TRANSLATE_NOOP("QueueColumns", "OS version"),
        lambda r: r.os_version,
        width=90,
        filter_field=_inc("os_version"),
    ),
    _c(
        "health",
        QT_TRANSLATE_NOOP("QueueColumns", "Health state"),
        lambda r: r.health_status,
        width=120,
        filter_field=_inc("health"),
    ),
    _c(
        "onboarding",
        QT_TRANSLATE_NOOP("QueueColumns", "Onboarding status"),
        lambda r: r.onboarding_status,
        width=130,
        filter_field=_inc("onboarding"),
    ),
    _c(
        "tags",
        QT_TRANSLATE_NOOP("QueueColumns", "Tags"),
        lambda r: r.tags,
        width=150,
        filter_field="tags",
    ),
    _c(
        "last_seen",
        QT_TRANSLATE_NOOP("QueueColumns", "Last seen"),
        lambda r: r.last_seen,
        TIME,
        130,
    ),
    _c(
        "ip",
        QT_TRANSLATE_NOOP("QueueColumns", "IP address"),
        lambda r: r.ip_address,
        width=120,
        filter_field=_inc("ip"),
    ),
    _c(
        "device_value",
        QT_TRANSLATE_NOOP("QueueColumns", "Device value"),
        lambda r: r.device_value,
        width=100,
        filter_field=_inc("device_value"),
    ),
)

ROW_TYPES: dict[type, Sequence[Column]] = {
    IncidentRow: INCIDENT_COLUMNS,
    AlertRow: ALERT_COLUMNS,
    DeviceRow: DEVICE_COLUMNS,
}
