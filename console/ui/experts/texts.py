"""What analysts read for the Ask Defender Experts values: fact names, statuses, categories.

The domain carries keys and wire values; this table turns them into words, once,
so the dialog, the messages page and the French catalogue agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.domain.enums import WireEnum
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.labels import label

CONTEXT = "ExpertsText"

_FACT_NAMES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ExpertsText", "Name"),
    "tenant": QT_TRANSLATE_NOOP("ExpertsText", "Tenant"),
    "risk": QT_TRANSLATE_NOOP("ExpertsText", "Risk level"),
    "exposure": QT_TRANSLATE_NOOP("ExpertsText", "Exposure level"),
    "health": QT_TRANSLATE_NOOP("ExpertsText", "Health state"),
    "os": QT_TRANSLATE_NOOP("ExpertsText", "OS"),
    "recentAlerts": QT_TRANSLATE_NOOP("ExpertsText", "Recent alerts"),
    "title": QT_TRANSLATE_NOOP("ExpertsText", "Title"),
    "severity": QT_TRANSLATE_NOOP("ExpertsText", "Severity"),
    "status": QT_TRANSLATE_NOOP("ExpertsText", "Status"),
    "detectionSource": QT_TRANSLATE_NOOP("ExpertsText", "Detection source"),
    "incident": QT_TRANSLATE_NOOP("ExpertsText", "Incident"),
    "alertCount": QT_TRANSLATE_NOOP("ExpertsText", "Alerts"),
    "isDen": QT_TRANSLATE_NOOP("ExpertsText", "Defender Experts notification"),
    "lastSeen": QT_TRANSLATE_NOOP("ExpertsText", "Last seen"),
    "ip": QT_TRANSLATE_NOOP("ExpertsText", "IP address"),
    "category": QT_TRANSLATE_NOOP("ExpertsText", "Category"),
    "device": QT_TRANSLATE_NOOP("ExpertsText", "Device"),
}

_KINDS: dict[str, str] = {
    "device": QT_TRANSLATE_NOOP("ExpertsText", "Device"),
    "alert": QT_TRANSLATE_NOOP("ExpertsText", "Alert"),
    "incident": QT_TRANSLATE_NOOP("ExpertsText", "Incident"),
}

_VALUES: dict[str, str] = {
    # request status ("queued" reads as Pending: it waits in the outbox)
    "queued": QT_TRANSLATE_NOOP("ExpertsText", "Pending"),
    "submitted": QT_TRANSLATE_NOOP("ExpertsText", "Submitted"),
    "inProgress": QT_TRANSLATE_NOOP("ExpertsText", "In progress"),
    "answered": QT_TRANSLATE_NOOP("ExpertsText", "Answered"),
    "closed": QT_TRANSLATE_NOOP("ExpertsText", "Closed"),
    "failed": QT_TRANSLATE_NOOP("ExpertsText", "Failed"),
    # priority
    "normal": QT_TRANSLATE_NOOP("ExpertsText", "Normal"),
    "high": QT_TRANSLATE_NOOP("ExpertsText", "High"),
    # channel
    "service": QT_TRANSLATE_NOOP("ExpertsText", "Experts service endpoint"),
    "portal": QT_TRANSLATE_NOOP("ExpertsText", "Defender portal (browser and clipboard)"),
    "email": QT_TRANSLATE_NOOP("ExpertsText", "E-mail to the experts contact"),
    # allowance period
    "month": QT_TRANSLATE_NOOP("ExpertsText", "Monthly"),
    "quarter": QT_TRANSLATE_NOOP("ExpertsText", "Quarterly"),
    # the "isDen" fact's values
    "yes": QT_TRANSLATE_NOOP("ExpertsText", "Yes"),
    "no": QT_TRANSLATE_NOOP("ExpertsText", "No"),
    "true": QT_TRANSLATE_NOOP("ExpertsText", "Yes"),
    "false": QT_TRANSLATE_NOOP("ExpertsText", "No"),
}

# Status -> the severity/status colour key of console.ui.style that carries its meaning.
STATUS_COLOR_KEYS: dict[str, str] = {
    "queued": "medium",
    "submitted": "informational",
    "inProgress": "inProgress",
    "answered": "resolved",
    "closed": "redirected",
    "failed": "high",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fact_name(key: str) -> str:
    """The translated name of a context fact; an unknown key shows as itself."""
    source = _FACT_NAMES.get(key)
    return tr(source) if source else key


def kind_name(kind: str) -> str:
    source = _KINDS.get(kind)
    return tr(source) if source else kind


def value_text(value: WireEnum | str | None) -> str:
    """A request status, priority, channel or period in words; unknown values stay visible."""
    if value is None:
        return ""
    raw = value.value if isinstance(value, WireEnum) else str(value)
    source = _VALUES.get(raw)
    if source:
        return tr(source)
    return QCoreApplication.translate("ExpertsText", "Unknown (%1)").replace("%1", raw)


# Facts whose values are wire enums (severity, status...), shown in the console's words.
_ENUM_FACTS = frozenset({"risk", "exposure", "health", "severity", "status", "detectionSource"})


def fact_value(key: str, value: str) -> str:
    """Enum and yes/no facts are translated; everything else is data, shown as it came."""
    if key == "isDen" and value.lower() in _VALUES:
        return tr(_VALUES[value.lower()])
    if key in _ENUM_FACTS:
        return label(value)
    if key == "recentAlerts" and value == "none":
        return QCoreApplication.translate("ExpertsText", "None")
    return value
