"""Frozen rows with the values a queue's cells show (enums as domain enums)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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


@dataclass(frozen=True, slots=True)
class IncidentRow:
    tenant_id: str
    id: str
    name: str
    is_den: bool
    tags: tuple[str, ...]
    severity: Severity | None
    status: IncidentStatus | None
    categories: tuple[str, ...]
    impacted_devices: int
    active_alerts: int
    alert_count: int
    service_sources: tuple[ServiceSource, ...]
    detection_sources: tuple[DetectionSource, ...]
    first_activity: datetime | None
    last_activity: datetime | None
    created: datetime | None
    last_update: datetime | None
    assigned_to: str | None
    classification: Classification | None
    determination: Determination | None
    # Columns showing a triage change not sent yet (console.cache.triage_overlay.overlay), and
    # whether one is held for the analyst ("conflict", "rejected") or just "pending".
    pending: frozenset[str] = frozenset()
    pending_state: str = ""


@dataclass(frozen=True, slots=True)
class AlertRow:
    tenant_id: str
    id: str
    title: str
    is_den: bool
    severity: Severity | None
    status: AlertStatus | None
    category: str | None
    detection_source: DetectionSource | None
    service_source: ServiceSource | None
    device_id: str | None
    device_name: str | None
    incident_id: str | None
    first_activity: datetime | None
    last_activity: datetime | None
    created: datetime | None
    last_update: datetime | None
    assigned_to: str | None
    classification: Classification | None
    determination: Determination | None
    pending: frozenset[str] = frozenset()
    pending_state: str = ""


@dataclass(frozen=True, slots=True)
class DeviceRow:
    tenant_id: str
    id: str
    name: str
    domain: str
    risk_score: RiskScore | None
    exposure_level: ExposureLevel | None
    os_platform: str | None
    os_version: str | None
    health_status: HealthStatus | None
    onboarding_status: OnboardingStatus | None
    tags: tuple[str, ...]
    first_seen: datetime | None
    last_seen: datetime | None
    ip_address: str | None
    device_value: DeviceValue | None
    # The columns showing a tag change not sent yet (console.cache.device_tags).
    pending: frozenset[str] = frozenset()
    pending_state: str = ""
