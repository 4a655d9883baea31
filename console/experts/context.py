"""What an expert needs at a glance about a device, alert or incident, read from the cache.

Fact values are data in English (the service works in English only); the UI
translates the fact keys. An entity missing from the cache (not synced yet, or
purged) still gets a context with its id, so the analyst can ask anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from console.cache import alerts, devices, incidents
from console.cache import experts as expert_queries
from console.cache.engine import Cache
from console.domain import portal
from console.domain.enums import WireEnum
from console.domain.experts import Attachment, ContextFact, ExpertContext
from console.domain.models import Alert, Evidence

RECENT_ALERTS = 5
# An attachment is a summary an expert reads, not a dump of the evidence.
_ATTACHMENT_LIMIT = 4000


def _when(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _enum(member: WireEnum | None) -> str | None:
    return None if member is None else member.value


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _facts(pairs: Iterable[tuple[str, str | None]]) -> tuple[ContextFact, ...]:
    return tuple(ContextFact(key, value) for key, value in pairs if value)


def _tenant(cache: Cache, tenant_id: str) -> str:
    return expert_queries.tenant_name(cache, tenant_id) or tenant_id


def _alert_line(alert: Alert) -> str:
    severity = _enum(alert.severity) or "unknown"
    return f"{alert.title} ({severity}, {alert.id})"


def device_context(cache: Cache, tenant_id: str, device_id: str) -> ExpertContext:
    """Name, risk, exposure, health, OS, last seen, IP and the device's recent alerts."""
    url = portal.device_url(tenant_id, device_id)
    device = devices.get(cache, tenant_id, device_id)
    tenant = _tenant(cache, tenant_id)
    if device is None:
        return ExpertContext(
            "device", device_id, device_id, tenant_id, url, _facts([("tenant", tenant)])
        )
    recent = expert_queries.device_alerts(cache, tenant_id, device_id, RECENT_ALERTS)
    os_text = " ".join(p for p in (device.os_platform, device.os_version) if p) or None
    facts = _facts(
        [
            ("name", device.computer_dns_name),
            ("tenant", tenant),
            ("risk", _enum(device.risk_score)),
            ("exposure", _enum(device.exposure_level)),
            ("health", _enum(device.health_status)),
            ("os", os_text),
            ("lastSeen", _when(device.last_seen)),
            ("ip", device.last_ip_address),
            ("recentAlerts", "; ".join(_alert_line(a) for a in recent) or "none"),
        ]
    )
    return ExpertContext("device", device_id, device.computer_dns_name, tenant_id, url, facts)


def alert_context(cache: Cache, tenant_id: str, alert_id: str) -> ExpertContext:
    """Title, severity, status, detection source, category, incident, device, DEN or not."""
    alert = alerts.get(cache, tenant_id, alert_id)
    tenant = _tenant(cache, tenant_id)
    if alert is None:
        url = portal.alert_url(tenant_id, alert_id)
        return ExpertContext(
            "alert", alert_id, alert_id, tenant_id, url, _facts([("tenant", tenant)])
        )
    device_names = [e.label for e in alert.evidence if e.kind == "device" and e.label]
    facts = _facts(
        [
            ("title", alert.title),
            ("tenant", tenant),
            ("severity", _enum(alert.severity)),
            ("status", _enum(alert.status)),
            ("detectionSource", _enum(alert.detection_source)),
            ("category", alert.category),
            ("incident", alert.incident_id),
            ("device", ", ".join(dict.fromkeys(device_names)) or None),
            ("isDen", _yes_no(alert.is_den)),
        ]
    )
    url = alert.alert_web_url or portal.alert_url(tenant_id, alert_id)
    return ExpertContext("alert", alert_id, alert.title, tenant_id, url, facts)


def incident_context(cache: Cache, tenant_id: str, incident_id: str) -> ExpertContext:
    """Name, severity, status, alert count, DEN or not."""
    incident = incidents.get(cache, tenant_id, incident_id)
    tenant = _tenant(cache, tenant_id)
    fallback_url = portal.incident_url(tenant_id, incident_id)
    if incident is None:
        facts = _facts([("tenant", tenant)])
        return ExpertContext("incident", incident_id, incident_id, tenant_id, fallback_url, facts)
    facts = _facts(
        [
            ("name", incident.display_name),
            ("tenant", tenant),
            ("severity", _enum(incident.severity)),
            ("status", _enum(incident.status)),
            ("alertCount", str(len(incident.alerts))),
            ("isDen", _yes_no(incident.is_den)),
        ]
    )
    url = incident.incident_web_url or fallback_url
    return ExpertContext("incident", incident_id, incident.display_name, tenant_id, url, facts)


# -- evidence as attachments -------------------------------------------------------------


def _scalar_lines(raw: dict[str, Any]) -> list[str]:
    lines = []
    for key, value in raw.items():
        if key.startswith("@") or value in (None, "", [], {}):
            continue
        if isinstance(value, str | int | float | bool):
            lines.append(f"{key}: {value}")
    return lines


def _attachment(alert: Alert, item: Evidence) -> Attachment:
    title = f"{item.kind}: {item.label}"
    lines = [f"alert: {alert.title} ({alert.id})"]
    if item.verdict:
        lines.append(f"verdict: {item.verdict}")
    if item.roles:
        lines.append(f"roles: {', '.join(item.roles)}")
    lines.extend(_scalar_lines(item.raw))
    text = "\n".join(lines)
    if len(text) > _ATTACHMENT_LIMIT:
        text = text[: _ATTACHMENT_LIMIT - 3] + "..."
    return Attachment(title, text)


def evidence_attachments(
    cache: Cache, tenant_id: str, kind: str, entity_id: str
) -> list[Attachment]:
    """Evidence items an analyst may attach as text: the alert's, the incident's alerts',
    or for a device, the evidence of its recent alerts. Each item once, in order."""
    if kind == "alert":
        alert = alerts.get(cache, tenant_id, entity_id)
        related = [alert] if alert else []
    elif kind == "incident":
        incident = incidents.get(cache, tenant_id, entity_id)
        related = list(incident.alerts) if incident else []
    elif kind == "device":
        related = expert_queries.device_alerts(cache, tenant_id, entity_id, RECENT_ALERTS)
    else:
        raise ValueError(f"unknown entity kind {kind!r}")
    found: dict[str, Attachment] = {}
    for alert in related:
        for item in alert.evidence:
            attachment = _attachment(alert, item)
            found.setdefault(attachment.title, attachment)
    return list(found.values())
