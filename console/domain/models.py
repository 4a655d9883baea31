"""Plain records of what a tenant holds: incidents, alerts, evidence, devices, comments.

These know nothing of HTTP, SQL or Qt. `raw` keeps each item's wire JSON as it
came, so fields this version does not model are kept and exported, not lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

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
)

JsonObject = dict[str, Any]


@dataclass(slots=True)
class Comment:
    text: str
    author: str | None = None
    created: datetime | None = None


@dataclass(slots=True)
class Evidence:
    """One item of an alert's evidence (device, file, process, user, IP, URL, registry...).

    `kind` is the short type: `device` for `#microsoft.graph.security.deviceEvidence`,
    or the lower-cased `entityType` of Defender for Endpoint evidence.
    """

    kind: str
    label: str
    created: datetime | None = None
    verdict: str | None = None
    remediation_status: str | None = None
    roles: tuple[str, ...] = ()
    device_id: str | None = None
    raw: JsonObject = field(default_factory=dict)


@dataclass(slots=True)
class Alert:
    id: str
    tenant_id: str
    title: str
    incident_id: str | None = None
    description: str | None = None
    severity: Severity | None = None
    status: AlertStatus | None = None
    classification: Classification | None = None
    determination: Determination | None = None
    service_source: ServiceSource | None = None
    detection_source: DetectionSource | None = None
    category: str | None = None
    categories: tuple[str, ...] = ()
    mitre_techniques: tuple[str, ...] = ()
    assigned_to: str | None = None
    created: datetime | None = None
    last_update: datetime | None = None
    first_activity: datetime | None = None
    last_activity: datetime | None = None
    resolved: datetime | None = None
    recommended_actions: str | None = None
    alert_web_url: str | None = None
    incident_web_url: str | None = None
    provider_alert_id: str | None = None
    product_name: str | None = None
    threat_family_name: str | None = None
    actor_display_name: str | None = None
    system_tags: tuple[str, ...] = ()
    comments: list[Comment] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    raw: JsonObject = field(default_factory=dict)

    @property
    def is_den(self) -> bool:
        """A Defender Experts notification alert (see `den.is_den_alert`)."""
        return den.is_den_alert(self.detection_source, self.system_tags)

    @property
    def device_ids(self) -> tuple[str, ...]:
        """Distinct Defender for Endpoint device ids named by the evidence, in order."""
        seen: dict[str, None] = {}
        for item in self.evidence:
            if item.device_id:
                seen.setdefault(item.device_id, None)
        return tuple(seen)


@dataclass(slots=True)
class Incident:
    id: str
    tenant_id: str
    display_name: str
    description: str | None = None
    severity: Severity | None = None
    status: IncidentStatus | None = None
    classification: Classification | None = None
    determination: Determination | None = None
    assigned_to: str | None = None
    created: datetime | None = None
    last_update: datetime | None = None
    custom_tags: tuple[str, ...] = ()
    system_tags: tuple[str, ...] = ()
    comments: list[Comment] = field(default_factory=list)
    incident_web_url: str | None = None
    redirect_incident_id: str | None = None
    summary: str | None = None
    priority_score: int | None = None
    recommended_actions: str | None = None
    recommended_hunting_queries: tuple[str, ...] = ()
    alerts: list[Alert] = field(default_factory=list)
    raw: JsonObject = field(default_factory=dict)

    @property
    def tags(self) -> tuple[str, ...]:
        """System tags then custom tags, each once, as the portal's Tags column shows them."""
        return tuple(dict.fromkeys((*self.system_tags, *self.custom_tags)))

    @property
    def is_den(self) -> bool:
        """A Defender Experts notification (see `den.is_den_incident`)."""
        return den.is_den_incident(
            self.display_name, self.system_tags, (a.is_den for a in self.alerts)
        )

    def den_content(self) -> den.DenContent | None:
        """Title, executive summary, recommendations and queries, for a DEN only."""
        if not self.is_den:
            return None
        return den.DenContent.from_fields(
            self.display_name,
            self.description,
            self.recommended_actions,
            self.recommended_hunting_queries,
        )


@dataclass(slots=True)
class Device:
    """A Defender for Endpoint machine."""

    id: str
    tenant_id: str
    computer_dns_name: str
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    os_platform: str | None = None
    os_version: str | None = None
    os_build: int | None = None
    os_architecture: str | None = None
    last_ip_address: str | None = None
    last_external_ip_address: str | None = None
    health_status: HealthStatus | None = None
    onboarding_status: OnboardingStatus | None = None
    risk_score: RiskScore | None = None
    exposure_level: ExposureLevel | None = None
    device_value: DeviceValue | None = None
    rbac_group_id: int | None = None
    rbac_group_name: str | None = None
    aad_device_id: str | None = None
    is_aad_joined: bool | None = None
    machine_tags: tuple[str, ...] = ()
    ip_addresses: tuple[str, ...] = ()
    raw: JsonObject = field(default_factory=dict)
