"""Domain objects to row values and back. Pure functions; no SQL here.

Writers call the `*_values` functions once per item, so they stay plain dict
building: a full sync converts hundreds of thousands of items.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

from console.domain import den
from console.domain.enums import (
    AlertStatus,
    Classification,
    DetectionSource,
    Determination,
    DeviceValue,
    ExposureLevel,
    HealthStatus,
    IncidentStatus,
    OnboardingStatus,
    RiskScore,
    ServiceSource,
    Severity,
    WireEnum,
)
from console.domain.models import Alert, Comment, Device, Evidence, Incident

RISK_RANK = {"none": 1, "informational": 2, "low": 3, "medium": 4, "high": 5}
EXPOSURE_RANK = {"none": 1, "low": 2, "medium": 3, "high": 4}
DEVICE_VALUE_RANK = {"low": 1, "normal": 2, "high": 3}

# Evidence kinds whose label is an asset an analyst searches for.
_ASSET_KINDS = frozenset({"device", "machine", "iotdevice", "user", "account", "ip", "mailbox"})
_DEVICE_ASSET_FIELDS = ("deviceDnsName", "hostName", "lastIpAddress", "lastExternalIpAddress")


def dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def dumps_list(values: Sequence[Any]) -> str:
    """Most tag, role and category lists are empty; skip the encoder for those."""
    return orjson.dumps(values).decode() if values else "[]"


def loads(text: str | bytes | None) -> Any:
    return orjson.loads(text) if text else None


def enum_value(member: WireEnum | None) -> str | None:
    return None if member is None else member.value


def id_key(identifier: str) -> str:
    """Incident ids are numbers in strings: pad them so text order is numeric order."""
    return identifier.zfill(20) if identifier.isdigit() else identifier


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _list(text: str | None) -> tuple[str, ...]:
    value = loads(text)
    return tuple(value) if value else ()


def incident_values(incident: Incident) -> dict[str, Any]:
    severity = incident.severity
    own_den = den.is_den_incident(incident.display_name, incident.system_tags)
    return {
        "tenant_id": incident.tenant_id,
        "id": incident.id,
        "id_key": id_key(incident.id),
        "display_name": incident.display_name,
        "description": incident.description,
        "severity": None if severity is None else severity.value,
        "severity_rank": 0 if severity is None else severity.rank,
        "status": enum_value(incident.status),
        "classification": enum_value(incident.classification),
        "determination": enum_value(incident.determination),
        "assigned_to": incident.assigned_to or None,
        "created": incident.created,
        "last_update": incident.last_update,
        "custom_tags": dumps_list(incident.custom_tags),
        "system_tags": dumps_list(incident.system_tags),
        "incident_web_url": incident.incident_web_url,
        "redirect_incident_id": incident.redirect_incident_id,
        "summary": incident.summary,
        "priority_score": incident.priority_score,
        "recommended_actions": incident.recommended_actions,
        "recommended_hunting_queries": dumps_list(incident.recommended_hunting_queries),
        "own_den": own_den,
        "is_den": own_den,
        "raw": dumps(incident.raw),
    }


# Graph names its device evidence `device`; Defender for Endpoint, `machine`.
_DEVICE_KINDS = frozenset({"device", "machine"})


def _device_label(alert: Alert) -> tuple[str | None, str | None]:
    """The first device the evidence names: (device id, device name)."""
    first_id: str | None = None
    for item in alert.evidence:
        if item.kind in _DEVICE_KINDS or (item.device_id and first_id is None):
            if item.kind in _DEVICE_KINDS:
                return item.device_id, item.label or None
            first_id = item.device_id
    return first_id, None


def assets_text(evidence: Sequence[Evidence]) -> str:
    """Device names, users and IPs named by the evidence, for the search index."""
    words: list[str] = []
    for item in evidence:
        if item.kind not in _ASSET_KINDS:
            continue
        words.append(item.label)
        if item.kind == "device":
            raw = item.raw
            words.extend(str(raw[f]) for f in _DEVICE_ASSET_FIELDS if raw.get(f))
            words.extend(str(ip) for ip in raw.get("ipInterfaces") or ())
            for user in raw.get("loggedOnUsers") or ():
                if isinstance(user, Mapping) and user.get("accountName"):
                    words.append(str(user["accountName"]))
    return " ".join(unique(words))


def alert_values(alert: Alert) -> dict[str, Any]:
    severity = alert.severity
    device_id, device_name = _device_label(alert)
    return {
        "tenant_id": alert.tenant_id,
        "id": alert.id,
        "incident_id": alert.incident_id,
        "title": alert.title,
        "description": alert.description,
        "severity": None if severity is None else severity.value,
        "severity_rank": 0 if severity is None else severity.rank,
        "status": enum_value(alert.status),
        "classification": enum_value(alert.classification),
        "determination": enum_value(alert.determination),
        "service_source": enum_value(alert.service_source),
        "detection_source": enum_value(alert.detection_source),
        "category": alert.category,
        "categories": dumps_list(alert.categories),
        "mitre_techniques": dumps_list(alert.mitre_techniques),
        "assigned_to": alert.assigned_to or None,
        "created": alert.created,
        "last_update": alert.last_update,
        "first_activity": alert.first_activity,
        "last_activity": alert.last_activity,
        "resolved": alert.resolved,
        "recommended_actions": alert.recommended_actions,
        "alert_web_url": alert.alert_web_url,
        "incident_web_url": alert.incident_web_url,
        "provider_alert_id": alert.provider_alert_id,
        "product_name": alert.product_name,
        "threat_family_name": alert.threat_family_name,
        "actor_display_name": alert.actor_display_name,
        "system_tags": dumps_list(alert.system_tags),
        "is_den": alert.is_den,
        "device_id": device_id,
        "device_name": device_name,
        "search_assets": assets_text(alert.evidence),
        "raw": dumps(alert.raw),
    }


def evidence_values(alert: Alert) -> list[dict[str, Any]]:
    return [
        {
            "tenant_id": alert.tenant_id,
            "alert_id": alert.id,
            "position": position,
            "kind": item.kind,
            "label": item.label,
            "created": item.created,
            "verdict": item.verdict,
            "remediation_status": item.remediation_status,
            "roles": dumps_list(item.roles),
            "device_id": item.device_id,
            "raw": dumps(item.raw),
        }
        for position, item in enumerate(alert.evidence)
    ]


def device_domain(dns_name: str) -> str:
    _host, _, domain = dns_name.partition(".")
    return domain


def device_values(device: Device) -> dict[str, Any]:
    risk = enum_value(device.risk_score)
    exposure = enum_value(device.exposure_level)
    value = enum_value(device.device_value)
    tags = unique(device.machine_tags)
    return {
        "tenant_id": device.tenant_id,
        "id": device.id,
        "computer_dns_name": device.computer_dns_name,
        "domain": device_domain(device.computer_dns_name),
        "first_seen": device.first_seen,
        "last_seen": device.last_seen,
        "os_platform": device.os_platform,
        "os_version": device.os_version,
        "os_build": device.os_build,
        "os_architecture": device.os_architecture,
        "last_ip_address": device.last_ip_address,
        "last_external_ip_address": device.last_external_ip_address,
        "health_status": enum_value(device.health_status),
        "onboarding_status": enum_value(device.onboarding_status),
        "risk_score": risk,
        "risk_rank": RISK_RANK.get(risk or "", 0),
        "exposure_level": exposure,
        "exposure_rank": EXPOSURE_RANK.get(exposure or "", 0),
        "device_value": value,
        "device_value_rank": DEVICE_VALUE_RANK.get(value or "", 0),
        "rbac_group_id": device.rbac_group_id,
        "rbac_group_name": device.rbac_group_name,
        "aad_device_id": device.aad_device_id,
        "is_aad_joined": device.is_aad_joined,
        "machine_tags": dumps_list(device.machine_tags),
        "ip_addresses": dumps_list(device.ip_addresses),
        "tags_text": ", ".join(tags),
        "raw": dumps(device.raw),
    }


def device_search_text(values: Mapping[str, Any]) -> str:
    """Must match migration 0002's fill statement for devices."""
    return " ".join(
        (
            values["computer_dns_name"],
            values["id"],
            values["last_ip_address"] or "",
            values["last_external_ip_address"] or "",
            values["ip_addresses"],
        )
    )


def comment_values(
    tenant_id: str, entity_kind: str, entity_id: str, comments: Sequence[Comment]
) -> list[dict[str, Any]]:
    return [
        {
            "tenant_id": tenant_id,
            "entity_kind": entity_kind,
            "entity_id": entity_id,
            "position": position,
            "text": comment.text,
            "author": comment.author,
            "created": comment.created,
        }
        for position, comment in enumerate(comments)
    ]


def tag_values(
    tenant_id: str, entity_kind: str, entity_id: str, tags_by_source: Mapping[str, Sequence[str]]
) -> list[dict[str, Any]]:
    return [
        {
            "tenant_id": tenant_id,
            "entity_kind": entity_kind,
            "entity_id": entity_id,
            "tag": tag,
            "source": source,
        }
        for source, tags in tags_by_source.items()
        for tag in unique(tags)
    ]


# ---- rows back to domain objects ---------------------------------------------------------


def comment_from(row: Mapping[Any, Any]) -> Comment:
    return Comment(text=row["text"], author=row["author"], created=row["created"])


def evidence_from(row: Mapping[Any, Any]) -> Evidence:
    return Evidence(
        kind=row["kind"],
        label=row["label"],
        created=row["created"],
        verdict=row["verdict"],
        remediation_status=row["remediation_status"],
        roles=_list(row["roles"]),
        device_id=row["device_id"],
        raw=loads(row["raw"]) or {},
    )


def alert_from(row: Mapping[Any, Any], evidence: list[Evidence], comments: list[Comment]) -> Alert:
    return Alert(
        id=row["id"],
        tenant_id=row["tenant_id"],
        title=row["title"],
        incident_id=row["incident_id"],
        description=row["description"],
        severity=Severity.parse(row["severity"]),
        status=AlertStatus.parse(row["status"]),
        classification=Classification.parse(row["classification"]),
        determination=Determination.parse(row["determination"]),
        service_source=ServiceSource.parse(row["service_source"]),
        detection_source=DetectionSource.parse(row["detection_source"]),
        category=row["category"],
        categories=_list(row["categories"]),
        mitre_techniques=_list(row["mitre_techniques"]),
        assigned_to=row["assigned_to"],
        created=row["created"],
        last_update=row["last_update"],
        first_activity=row["first_activity"],
        last_activity=row["last_activity"],
        resolved=row["resolved"],
        recommended_actions=row["recommended_actions"],
        alert_web_url=row["alert_web_url"],
        incident_web_url=row["incident_web_url"],
        provider_alert_id=row["provider_alert_id"],
        product_name=row["product_name"],
        threat_family_name=row["threat_family_name"],
        actor_display_name=row["actor_display_name"],
        system_tags=_list(row["system_tags"]),
        comments=comments,
        evidence=evidence,
        raw=loads(row["raw"]) or {},
    )


def incident_from(row: Mapping[Any, Any], alerts: list[Alert], comments: list[Comment]) -> Incident:
    return Incident(
        id=row["id"],
        tenant_id=row["tenant_id"],
        display_name=row["display_name"],
        description=row["description"],
        severity=Severity.parse(row["severity"]),
        status=IncidentStatus.parse(row["status"]),
        classification=Classification.parse(row["classification"]),
        determination=Determination.parse(row["determination"]),
        assigned_to=row["assigned_to"],
        created=row["created"],
        last_update=row["last_update"],
        custom_tags=_list(row["custom_tags"]),
        system_tags=_list(row["system_tags"]),
        comments=comments,
        incident_web_url=row["incident_web_url"],
        redirect_incident_id=row["redirect_incident_id"],
        summary=row["summary"],
        priority_score=row["priority_score"],
        recommended_actions=row["recommended_actions"],
        recommended_hunting_queries=_list(row["recommended_hunting_queries"]),
        alerts=alerts,
        raw=loads(row["raw"]) or {},
    )


def device_from(row: Mapping[Any, Any]) -> Device:
    return Device(
        id=row["id"],
        tenant_id=row["tenant_id"],
        computer_dns_name=row["computer_dns_name"],
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        os_platform=row["os_platform"],
        os_version=row["os_version"],
        os_build=row["os_build"],
        os_architecture=row["os_architecture"],
        last_ip_address=row["last_ip_address"],
        last_external_ip_address=row["last_external_ip_address"],
        health_status=HealthStatus.parse(row["health_status"]),
        onboarding_status=OnboardingStatus.parse(row["onboarding_status"]),
        risk_score=RiskScore.parse(row["risk_score"]),
        exposure_level=ExposureLevel.parse(row["exposure_level"]),
        device_value=DeviceValue.parse(row["device_value"]),
        rbac_group_id=row["rbac_group_id"],
        rbac_group_name=row["rbac_group_name"],
        aad_device_id=row["aad_device_id"],
        is_aad_joined=row["is_aad_joined"],
        machine_tags=_list(row["machine_tags"]),
        ip_addresses=_list(row["ip_addresses"]),
        raw=loads(row["raw"]) or {},
    )
