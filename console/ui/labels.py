"""What analysts read for wire values: "In progress" for `inProgress`, and so on.

One table for every screen, so a value reads the same everywhere and the
translation catalogue holds it once. Values this version does not know show
as "Unknown (rawValue)": never hidden, never a crash.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from console.domain.enums import WireEnum
from console.tr_noop import QT_TRANSLATE_NOOP

_CONTEXT = "Labels"

_LABELS: dict[str, str] = {
    # severity
    "informational": QT_TRANSLATE_NOOP("Labels", "Informational"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    "unknownFutureValue": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    # incident and alert status
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "new": QT_TRANSLATE_NOOP("Labels", "New"),
    "inProgress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "redirected": QT_TRANSLATE_NOOP("Labels", "Redirected"),
    "awaitingAction": QT_TRANSLATE_NOOP("Labels", "Awaiting customer action"),
    # classification
    "falsePositive": QT_TRANSLATE_NOOP("Labels", "False positive"),
    "truePositive": QT_TRANSLATE_NOOP("Labels", "True positive"),
    "informationalExpectedActivity": QT_TRANSLATE_NOOP(
        "Labels", "Informational, expected activity"
    ),
    "benignPositive": QT_TRANSLATE_NOOP("Labels", "Benign positive"),
    # determination
    "apt": QT_TRANSLATE_NOOP("Labels", "Advanced persistent threat"),
    "malware": QT_TRANSLATE_NOOP("Labels", "Malware"),
    "securityPersonnel": QT_TRANSLATE_NOOP("Labels", "Security personnel"),
    "securityTesting": QT_TRANSLATE_NOOP("Labels", "Security testing"),
    "unwantedSoftware": QT_TRANSLATE_NOOP("Labels", "Unwanted software"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "multiStagedAttack": QT_TRANSLATE_NOOP("Labels", "Multi-staged attack"),
    "compromisedAccount": QT_TRANSLATE_NOOP("Labels", "Compromised account"),
    "phishing": QT_TRANSLATE_NOOP("Labels", "Phishing"),
    "maliciousUserActivity": QT_TRANSLATE_NOOP("Labels", "Malicious user activity"),
    "notMalicious": QT_TRANSLATE_NOOP("Labels", "Not malicious"),
    "notEnoughDataToValidate": QT_TRANSLATE_NOOP("Labels", "Not enough data to validate"),
    "confirmedActivity": QT_TRANSLATE_NOOP("Labels", "Confirmed activity"),
    "lineOfBusinessApplication": QT_TRANSLATE_NOOP("Labels", "Line-of-business application"),
    # service and detection sources
    "microsoftDefenderForEndpoint": QT_TRANSLATE_NOOP("Labels", "Microsoft Defender for Endpoint"),
    "microsoftDefenderForIdentity": QT_TRANSLATE_NOOP("Labels", "Microsoft Defender for Identity"),
    "microsoftDefenderForCloudApps": QT_TRANSLATE_NOOP(
        "Labels", "Microsoft Defender for Cloud Apps"
    ),
    "microsoftDefenderForOffice365": QT_TRANSLATE_NOOP(
        "Labels", "Microsoft Defender for Office 365"
    ),
    "microsoft365Defender": QT_TRANSLATE_NOOP("Labels", "Microsoft Defender XDR"),
    "azureAdIdentityProtection": QT_TRANSLATE_NOOP("Labels", "Microsoft Entra ID Protection"),
    "microsoftAppGovernance": QT_TRANSLATE_NOOP("Labels", "App governance"),
    "dataLossPrevention": QT_TRANSLATE_NOOP("Labels", "Data loss prevention"),
    "microsoftDefenderForCloud": QT_TRANSLATE_NOOP("Labels", "Microsoft Defender for Cloud"),
    "microsoftSentinel": QT_TRANSLATE_NOOP("Labels", "Microsoft Sentinel"),
    "microsoftInsiderRiskManagement": QT_TRANSLATE_NOOP("Labels", "Insider risk management"),
    "microsoftThreatIntelligence": QT_TRANSLATE_NOOP("Labels", "Microsoft Threat Intelligence"),
    "microsoftSecurityForAI": QT_TRANSLATE_NOOP("Labels", "Microsoft Security for AI"),
    "antivirus": QT_TRANSLATE_NOOP("Labels", "Antivirus"),
    "smartScreen": QT_TRANSLATE_NOOP("Labels", "SmartScreen"),
    "customTi": QT_TRANSLATE_NOOP("Labels", "Custom threat intelligence"),
    "automatedInvestigation": QT_TRANSLATE_NOOP("Labels", "Automated investigation"),
    "microsoftThreatExperts": QT_TRANSLATE_NOOP("Labels", "Microsoft Defender Experts"),
    "customDetection": QT_TRANSLATE_NOOP("Labels", "Custom detection"),
    "cloudAppSecurity": QT_TRANSLATE_NOOP("Labels", "Cloud App Security"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Manual"),
    "microsoftDataLossPrevention": QT_TRANSLATE_NOOP("Labels", "Microsoft Data Loss Prevention"),
    "appGovernancePolicy": QT_TRANSLATE_NOOP("Labels", "App governance policy"),
    "appGovernanceDetection": QT_TRANSLATE_NOOP("Labels", "App governance detection"),
    "scheduledAlerts": QT_TRANSLATE_NOOP("Labels", "Scheduled alerts"),
    "nrtAlerts": QT_TRANSLATE_NOOP("Labels", "Near-real-time alerts"),
    "securityCopilot": QT_TRANSLATE_NOOP("Labels", "Security Copilot"),
    # device health, risk, exposure, onboarding, value
    "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
    "impairedCommunication": QT_TRANSLATE_NOOP("Labels", "Impaired communications"),
    "noSensorData": QT_TRANSLATE_NOOP("Labels", "No sensor data"),
    "noSensorDataImpairedCommunication": QT_TRANSLATE_NOOP(
        "Labels", "No sensor data, impaired communications"
    ),
    "none": QT_TRANSLATE_NOOP("Labels", "None"),
    "insufficientInfo": QT_TRANSLATE_NOOP("Labels", "Insufficient info"),
    "onboarded": QT_TRANSLATE_NOOP("Labels", "Onboarded"),
    "canBeOnboarded": QT_TRANSLATE_NOOP("Labels", "Can be onboarded"),
    "unsupported": QT_TRANSLATE_NOOP("Labels", "Unsupported"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label(value: WireEnum | str | None) -> str:
    """The analyst-facing, translated text for a wire value; "" for a missing one."""
    if value is None or value == "":
        return ""
    raw = str(value.value if isinstance(value, WireEnum) else value)
    known = _LABELS.get(raw)
    if known is not None:
        return tr(known)
    return tr(_UNKNOWN_VALUE).replace("%1", raw)


_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Labels", "Unknown (%1)")
UNASSIGNED = QT_TRANSLATE_NOOP("Labels", "Unassigned")


def assigned_label(assigned_to: str | None) -> str:
    return assigned_to if assigned_to else tr(UNASSIGNED)


def local_time(value: datetime | None) -> str:
    """A timestamp in the analyst's local time, to the minute (the zone goes in the tooltip)."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def time_tooltip(value: datetime | None) -> str:
    """The same moment with its zone, and in UTC, for the hover text."""
    if value is None:
        return ""
    local = value.astimezone()
    utc = value.astimezone(UTC)
    return f"{local:%Y-%m-%d %H:%M:%S} {local.tzname()} ({utc:%Y-%m-%d %H:%M:%S} UTC)"


# The triage fields by their wire names (console.domain.triage), as the portal names them.
_FIELDS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "assignedTo": QT_TRANSLATE_NOOP("Labels", "Assigned to"),
    "classification": QT_TRANSLATE_NOOP("Labels", "Classification"),
    "determination": QT_TRANSLATE_NOOP("Labels", "Determination"),
    "customTags": QT_TRANSLATE_NOOP("Labels", "Tags"),
}


def field_label(name: str) -> str:
    """A triage field's name in words ("Assigned to" for `assignedTo`); an unknown one as is."""
    known = _FIELDS.get(name)
    return tr(known) if known is not None else name
