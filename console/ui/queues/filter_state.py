"""Pure helpers over `Filters`/`DeviceFilters`: cell filters, chips, time ranges, JSON.

Kept free of widgets so the chip texts, the "Filter on this value" rules and
the saved-set format are easy to test and reuse.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.cache.filters import DeviceFilters, Filters
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.labels import assigned_label, category_label, label, local_time

CONTEXT = "QueueFilters"
AnyFilters = Filters | DeviceFilters


def _replaced(filters: AnyFilters, **changes: Any) -> AnyFilters:
    """`dataclasses.replace` for field names chosen at run time (from the tables below),
    which mypy cannot check against either filters class."""
    return dataclasses.replace(filters, **changes)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _labelled(title: str, value: str) -> str:
    # A template, so French can put its non-breaking space before the colon.
    return (
        QCoreApplication.translate("QueueFilters", "%1: %2")
        .replace("%1", title)
        .replace("%2", value)
    )


# ---- time ranges ---------------------------------------------------------------------------

# (key, label, length); "custom" keeps since/until as set, "any" clears them.
TIME_RANGES: Sequence[tuple[str, str, timedelta | None]] = (
    ("any", QT_TRANSLATE_NOOP("QueueFilters", "Any time"), None),
    ("1d", QT_TRANSLATE_NOOP("QueueFilters", "1 day"), timedelta(days=1)),
    ("3d", QT_TRANSLATE_NOOP("QueueFilters", "3 days"), timedelta(days=3)),
    ("7d", QT_TRANSLATE_NOOP("QueueFilters", "7 days"), timedelta(days=7)),
    ("30d", QT_TRANSLATE_NOOP("QueueFilters", "30 days"), timedelta(days=30)),
    ("6m", QT_TRANSLATE_NOOP("QueueFilters", "6 months"), timedelta(days=182)),
    ("custom", QT_TRANSLATE_NOOP("QueueFilters", "Custom range…"), None),
)


def range_length(key: str) -> timedelta | None:
    return next((length for k, _, length in TIME_RANGES if k == key), None)


def with_time_range(
    filters: AnyFilters,
    key: str,
    now: datetime | None = None,
    custom: tuple[Any, Any] = (None, None),
) -> AnyFilters:
    """Filters bounded to the last `key` (e.g. "7d"), or to `custom` (since, until)."""
    if key == "any":
        return dataclasses.replace(filters, since=None, until=None)
    if key == "custom":
        return dataclasses.replace(filters, since=custom[0], until=custom[1])
    length = range_length(key)
    if length is None:
        raise ValueError(f"unknown time range {key!r}")
    now = now or datetime.now(UTC)
    return dataclasses.replace(filters, since=now - length, until=None)


# ---- "Filter on this value" / "Exclude this value" -----------------------------------------


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def add_cell_filter(filters: AnyFilters, field: str, value: Any, exclude: bool) -> AnyFilters:
    """Filters with one cell's value included (or excluded), merged with what is there.

    `field` is a Column.filter_field: a Filters list field ("tags") or
    "include:<column>" for the cache's include/exclude maps. A multi-valued
    cell (tags, sources) filters on any of its values.
    """
    values = list(value) if isinstance(value, tuple | list) else [value]
    values = [_plain(v) for v in values]
    if field.startswith("include:"):
        column = field.split(":", 1)[1]
        mapping_name = "exclude" if exclude else "include"
        mapping = {k: list(v) for k, v in getattr(filters, mapping_name).items()}
        merged = mapping.setdefault(column, [])
        merged.extend(v for v in values if v not in merged)
        # A value cannot be both wanted and excluded: the newest choice wins.
        other_name = "include" if exclude else "exclude"
        other = {
            k: [x for x in v if not (k == column and x in values)]
            for k, v in getattr(filters, other_name).items()
        }
        other = {k: v for k, v in other.items() if v}
        return _replaced(filters, **{mapping_name: mapping, other_name: other})
    if exclude:
        raise ValueError(f"cannot exclude on {field!r}")
    current = list(getattr(filters, field))
    current.extend(v for v in values if v not in current and v is not None)
    return _replaced(filters, **{field: tuple(current)})


# ---- chips ---------------------------------------------------------------------------------

_LIST_FIELDS: Sequence[tuple[str, str]] = (
    ("tags", QT_TRANSLATE_NOOP("QueueFilters", "Tags")),
    ("statuses", QT_TRANSLATE_NOOP("QueueFilters", "Status")),
    ("severities", QT_TRANSLATE_NOOP("QueueFilters", "Severity")),
    ("service_sources", QT_TRANSLATE_NOOP("QueueFilters", "Service sources")),
    ("detection_sources", QT_TRANSLATE_NOOP("QueueFilters", "Detection sources")),
    ("assigned_to", QT_TRANSLATE_NOOP("QueueFilters", "Assigned to")),
    ("classifications", QT_TRANSLATE_NOOP("QueueFilters", "Classification")),
    ("determinations", QT_TRANSLATE_NOOP("QueueFilters", "Determination")),
    ("risk_scores", QT_TRANSLATE_NOOP("QueueFilters", "Risk level")),
    ("exposure_levels", QT_TRANSLATE_NOOP("QueueFilters", "Exposure level")),
    ("health_statuses", QT_TRANSLATE_NOOP("QueueFilters", "Health state")),
    ("os_platforms", QT_TRANSLATE_NOOP("QueueFilters", "OS platform")),
    ("onboarding_statuses", QT_TRANSLATE_NOOP("QueueFilters", "Onboarding status")),
    ("device_values", QT_TRANSLATE_NOOP("QueueFilters", "Device value")),
)


@dataclasses.dataclass(frozen=True)
class Chip:
    key: str  # stable: the field (or include:/exclude: column) it clears
    text: str
    remove: Callable[[AnyFilters], AnyFilters]


# Fields and cell columns whose values are wire enums, shown through their labels.
_RAW_FIELDS = frozenset({"tags", "os_platforms"})
LABELLED_COLUMNS = frozenset(
    {
        "severity",
        "status",
        "classification",
        "determination",
        "detection_source",
        "service_source",
        "risk",
        "exposure",
        "health",
        "onboarding",
        "device_value",
    }
)


def _value_text(field: str, value: Any) -> str:
    if field == "assigned_to":
        return assigned_label(value)
    if field in _RAW_FIELDS:
        return str(value)
    return label(value)


def _cell_value_text(column: str, value: Any) -> str:
    if value is None:
        return (
            assigned_label(None)
            if column == "assigned_to"
            else QCoreApplication.translate("QueueFilters", "(empty)")
        )
    if column == "category":
        return category_label(value)
    return label(value) if column in LABELLED_COLUMNS else str(value)


def _cleared(filters: AnyFilters, name: str, empty: Any) -> AnyFilters:
    return _replaced(filters, **{name: empty})


def _without_column(filters: AnyFilters, mapping_name: str, column: str) -> AnyFilters:
    kept = {k: v for k, v in getattr(filters, mapping_name).items() if k != column}
    return _replaced(filters, **{mapping_name: kept})


def chips(
    filters: AnyFilters,
    column_titles: dict[str, str],
    tenant_names: Mapping[str, str] | None = None,
) -> list[Chip]:
    """One chip per active group of values, in the order the filter panel lists them.

    `tenant_names` (a desk's tenants by id) gives the tenants a filter names a chip of their
    names; without it (one tenant's window) the tenant is the window's, no chip."""
    found: list[Chip] = []
    fields = {f.name for f in dataclasses.fields(filters)}
    if tenant_names and filters.tenant_ids:
        text = ", ".join(tenant_names.get(t, t) for t in filters.tenant_ids)
        found.append(
            Chip(
                "tenant_ids",
                _labelled(QCoreApplication.translate("QueueFilters", "Tenant"), text),
                functools.partial(_cleared, name="tenant_ids", empty=()),
            )
        )
    for field, title in _LIST_FIELDS:
        if field not in fields:
            continue
        values = getattr(filters, field)
        if not values:
            continue
        text = ", ".join(_value_text(field, v) for v in values)
        found.append(
            Chip(
                field,
                _labelled(tr(title), text),
                functools.partial(_cleared, name=field, empty=()),
            )
        )
    if filters.since is not None or filters.until is not None:
        bounds = " – ".join(local_time(b) if b else "…" for b in (filters.since, filters.until))
        found.append(
            Chip(
                "time",
                QCoreApplication.translate("QueueFilters", "Time: %1").replace("%1", bounds),
                lambda f: dataclasses.replace(f, since=None, until=None),
            )
        )
    if isinstance(filters, Filters) and filters.den_only:
        found.append(
            Chip(
                "den_only",
                QCoreApplication.translate("QueueFilters", "Defender Experts notifications only"),
                functools.partial(_cleared, name="den_only", empty=False),
            )
        )
    for field, title in (
        ("device_id", QT_TRANSLATE_NOOP("QueueFilters", "Device")),
        ("incident_id", QT_TRANSLATE_NOOP("QueueFilters", "Incident")),
    ):
        if field in fields and getattr(filters, field):
            found.append(
                Chip(
                    field,
                    _labelled(tr(title), str(getattr(filters, field))),
                    functools.partial(_cleared, name=field, empty=None),
                )
            )
    for mapping_name, template in (
        ("include", QT_TRANSLATE_NOOP("QueueFilters", "%1: %2")),
        ("exclude", QT_TRANSLATE_NOOP("QueueFilters", "%1 is not: %2")),
    ):
        for column, values in getattr(filters, mapping_name).items():
            if not values:
                continue
            shown = ", ".join(_cell_value_text(column, v) for v in values)
            text = (
                tr(template).replace("%1", column_titles.get(column, column)).replace("%2", shown)
            )
            found.append(
                Chip(
                    f"{mapping_name}:{column}",
                    text,
                    functools.partial(_without_column, mapping_name=mapping_name, column=column),
                )
            )
    if filters.text.strip():
        found.append(
            Chip(
                "text",
                QCoreApplication.translate("QueueFilters", "Search: %1").replace(
                    "%1", filters.text.strip()
                ),
                lambda f: dataclasses.replace(f, text=""),
            )
        )
    return found


# ---- saved filter sets (JSON in settings) --------------------------------------------------


def to_json(filters: AnyFilters, time_range: str = "custom") -> dict[str, Any]:
    """A filter set as JSON; a relative time range is kept as its key, not as dates."""
    data: dict[str, Any] = {}
    for field in dataclasses.fields(filters):
        value = getattr(filters, field.name)
        if field.name in ("since", "until"):
            if time_range != "custom":
                continue
            data[field.name] = value.isoformat() if value else None
        elif isinstance(value, tuple | list):
            data[field.name] = [_plain(v) for v in value]
        elif isinstance(value, dict):
            data[field.name] = {k: [_plain(x) for x in v] for k, v in value.items()}
        else:
            data[field.name] = _plain(value)
    data["time_range"] = time_range
    return data


def from_json(kind: type[AnyFilters], data: dict[str, Any]) -> tuple[AnyFilters, str]:
    """(filters, time range key) from `to_json`; unknown keys are ignored, bad ones dropped."""
    names = {f.name for f in dataclasses.fields(kind)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in names:
            continue
        if name in ("since", "until"):
            values[name] = datetime.fromisoformat(value) if isinstance(value, str) else None
        elif isinstance(value, list):
            values[name] = tuple(value)
        elif isinstance(value, dict):
            values[name] = {k: list(v) for k, v in value.items() if isinstance(v, list)}
        else:
            values[name] = value
    time_range = str(data.get("time_range", "custom"))
    filters = kind(**values)
    if time_range not in ("custom", "any"):
        filters = with_time_range(filters, time_range)
    return filters, time_range
