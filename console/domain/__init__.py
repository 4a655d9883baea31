"""Plain dataclasses, enums and the Defender Experts rules. No I/O of any kind."""

from console.domain.den import DEN_TAG, SAMPLE_DEN_TITLE, DenContent, is_den_alert, is_den_incident
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

__all__ = [
    "DEN_TAG",
    "SAMPLE_DEN_TITLE",
    "Alert",
    "AlertStatus",
    "Classification",
    "Comment",
    "DenContent",
    "DetectionSource",
    "Determination",
    "Device",
    "DeviceValue",
    "Evidence",
    "ExposureLevel",
    "HealthStatus",
    "Incident",
    "IncidentStatus",
    "OnboardingStatus",
    "RiskScore",
    "ServiceSource",
    "Severity",
    "WireEnum",
    "is_den_alert",
    "is_den_incident",
]
