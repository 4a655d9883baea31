"""Small builders of domain objects for the cache tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from console.domain import (
    Alert,
    AlertStatus,
    Classification,
    Comment,
    DetectionSource,
    Determination,
    Device,
    Evidence,
    ExposureLevel,
    HealthStatus,
    Incident,
    IncidentStatus,
    OnboardingStatus,
    RiskScore,
    ServiceSource,
    Severity,
)

TENANT = "11111111-1111-1111-1111-111111111111"
BASE = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    return BASE + timedelta(hours=hours)


def incident(identifier: str, **fields: Any) -> Incident:
    values: dict[str, Any] = {
        "display_name": f"Incident {identifier}",
        "severity": Severity.MEDIUM,
        "status": IncidentStatus.ACTIVE,
        "created": at(0),
        "last_update": at(int(identifier) if identifier.isdigit() else 0),
        "raw": {
            "id": identifier,
            "displayName": fields.get("display_name", f"Incident {identifier}"),
        },
    }
    values.update(fields)
    return Incident(id=identifier, tenant_id=values.pop("tenant_id", TENANT), **values)


def device_evidence(device_id: str, name: str, ip: str = "10.0.0.1") -> Evidence:
    return Evidence(
        kind="device",
        label=name,
        device_id=device_id,
        roles=("compromised",),
        raw={
            "@odata.type": "#microsoft.graph.security.deviceEvidence",
            "mdeDeviceId": device_id,
            "deviceDnsName": name,
            "lastIpAddress": ip,
            "loggedOnUsers": [{"accountName": "jdoe", "domainName": "CONTOSO"}],
        },
    )


def alert(identifier: str, incident_id: str | None = "1", **fields: Any) -> Alert:
    values: dict[str, Any] = {
        "title": f"Alert {identifier}",
        "severity": Severity.LOW,
        "status": AlertStatus.NEW,
        "service_source": ServiceSource.MICROSOFT_DEFENDER_FOR_ENDPOINT,
        "detection_source": DetectionSource.ANTIVIRUS,
        "category": "Execution",
        "created": at(0),
        "last_update": at(1),
        "first_activity": at(-2),
        "last_activity": at(-1),
        "raw": {"id": identifier, "incidentId": incident_id},
    }
    values.update(fields)
    return Alert(
        id=identifier, tenant_id=values.pop("tenant_id", TENANT), incident_id=incident_id, **values
    )


def den_alert(identifier: str, incident_id: str = "1", **fields: Any) -> Alert:
    return alert(
        identifier,
        incident_id,
        detection_source=DetectionSource.MICROSOFT_THREAT_EXPERTS,
        **fields,
    )


def device(identifier: str, name: str, **fields: Any) -> Device:
    values: dict[str, Any] = {
        "last_seen": at(0),
        "os_platform": "Windows11",
        "health_status": HealthStatus.ACTIVE,
        "onboarding_status": OnboardingStatus.ONBOARDED,
        "risk_score": RiskScore.LOW,
        "exposure_level": ExposureLevel.LOW,
        "last_ip_address": "10.0.0.9",
        "raw": {"id": identifier, "computerDnsName": name},
    }
    values.update(fields)
    return Device(
        id=identifier, tenant_id=values.pop("tenant_id", TENANT), computer_dns_name=name, **values
    )


__all__ = [
    "BASE",
    "TENANT",
    "Classification",
    "Comment",
    "Determination",
    "alert",
    "at",
    "den_alert",
    "device",
    "device_evidence",
    "incident",
]
