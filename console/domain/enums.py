"""Enumerations of the Graph security and Defender for Endpoint wire formats.

Graph sends camelCase (`truePositive`), Defender for Endpoint sends PascalCase
(`TruePositive`), older documents use other spellings for some determinations,
and Microsoft keeps adding members behind `Prefer: include-unknown-enum-members`.
`WireEnum.parse` accepts all of them. A value it does not know becomes an
*unrecognised* pseudo-member that keeps the raw string as its value, so it is
stored and shown as it came instead of crashing a sync or being lost.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self

# Lower-cased spelling -> canonical value, per enum class. Kept outside the
# classes because any attribute assigned in an Enum body becomes a member.
_ALIASES: dict[str, dict[str, str]] = {}
_LOOKUPS: dict[type[WireEnum], dict[str, WireEnum]] = {}


def _register_aliases(enum_name: str, aliases: dict[str, str]) -> None:
    _ALIASES[enum_name] = {k.lower(): v for k, v in aliases.items()}


class WireEnum(StrEnum):
    """A string enum whose members are the canonical (Graph camelCase) wire values."""

    @classmethod
    def parse(cls, raw: str | None) -> Self | None:
        """The member for `raw` in any spelling; None for a missing value."""
        if raw is None or raw == "":
            return None
        return cls(raw)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        lookup = _LOOKUPS.get(cls)
        if lookup is None:
            lookup = {member.value.lower(): member for member in cls}
            for alias, canonical in _ALIASES.get(cls.__name__, {}).items():
                lookup[alias] = cls(canonical)
            _LOOKUPS[cls] = lookup
        member = lookup.get(value.strip().lower())
        if member is not None:
            return member
        return cls._unrecognised(value)

    @classmethod
    def _unrecognised(cls, raw: str) -> Self:
        pseudo = str.__new__(cls, raw)
        pseudo._name_ = "UNRECOGNISED"
        pseudo._value_ = raw
        return pseudo

    @property
    def is_recognised(self) -> bool:
        """False for a value this version of the console does not know."""
        return self._name_ != "UNRECOGNISED"

    @property
    def is_unknown(self) -> bool:
        """True for `unknown`, `unknownFutureValue` and unrecognised values."""
        return not self.is_recognised or self.value in ("unknown", "unknownFutureValue")


class Severity(WireEnum):
    UNKNOWN = "unknown"
    INFORMATIONAL = "informational"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"

    @property
    def rank(self) -> int:
        """Sort key: higher is more severe; unknown values sort lowest."""
        return _SEVERITY_RANK.get(self.value, 0)


_SEVERITY_RANK = {"informational": 1, "low": 2, "medium": 3, "high": 4}
_register_aliases("Severity", {"UnSpecified": "unknown", "Unspecified": "unknown"})


class IncidentStatus(WireEnum):
    ACTIVE = "active"
    RESOLVED = "resolved"
    IN_PROGRESS = "inProgress"
    REDIRECTED = "redirected"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"
    AWAITING_ACTION = "awaitingAction"


class AlertStatus(WireEnum):
    UNKNOWN = "unknown"
    NEW = "new"
    IN_PROGRESS = "inProgress"
    RESOLVED = "resolved"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"


class Classification(WireEnum):
    UNKNOWN = "unknown"
    FALSE_POSITIVE = "falsePositive"
    TRUE_POSITIVE = "truePositive"
    INFORMATIONAL_EXPECTED_ACTIVITY = "informationalExpectedActivity"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"
    # Listed by an older revision of the docs and seen in third-party logs.
    BENIGN_POSITIVE = "benignPositive"


class Determination(WireEnum):
    UNKNOWN = "unknown"
    APT = "apt"
    MALWARE = "malware"
    SECURITY_PERSONNEL = "securityPersonnel"
    SECURITY_TESTING = "securityTesting"
    UNWANTED_SOFTWARE = "unwantedSoftware"
    OTHER = "other"
    MULTI_STAGED_ATTACK = "multiStagedAttack"
    COMPROMISED_ACCOUNT = "compromisedAccount"
    PHISHING = "phishing"
    MALICIOUS_USER_ACTIVITY = "maliciousUserActivity"
    NOT_MALICIOUS = "notMalicious"
    NOT_ENOUGH_DATA_TO_VALIDATE = "notEnoughDataToValidate"
    CONFIRMED_ACTIVITY = "confirmedActivity"
    LINE_OF_BUSINESS_APPLICATION = "lineOfBusinessApplication"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"


# The documents' property text and the Defender for Endpoint API spell four
# determinations differently from the enum table and the SDK.
_register_aliases(
    "Determination",
    {
        "compromisedUser": "compromisedAccount",
        "clean": "notMalicious",
        "insufficientData": "notEnoughDataToValidate",
        "confirmedUserActivity": "confirmedActivity",
        "NotAvailable": "unknown",
    },
)


class ServiceSource(WireEnum):
    UNKNOWN = "unknown"
    MICROSOFT_DEFENDER_FOR_ENDPOINT = "microsoftDefenderForEndpoint"
    MICROSOFT_DEFENDER_FOR_IDENTITY = "microsoftDefenderForIdentity"
    MICROSOFT_DEFENDER_FOR_CLOUD_APPS = "microsoftDefenderForCloudApps"
    MICROSOFT_DEFENDER_FOR_OFFICE365 = "microsoftDefenderForOffice365"
    MICROSOFT_365_DEFENDER = "microsoft365Defender"
    AZURE_AD_IDENTITY_PROTECTION = "azureAdIdentityProtection"
    MICROSOFT_APP_GOVERNANCE = "microsoftAppGovernance"
    DATA_LOSS_PREVENTION = "dataLossPrevention"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"
    MICROSOFT_DEFENDER_FOR_CLOUD = "microsoftDefenderForCloud"
    MICROSOFT_SENTINEL = "microsoftSentinel"
    MICROSOFT_INSIDER_RISK_MANAGEMENT = "microsoftInsiderRiskManagement"
    MICROSOFT_THREAT_INTELLIGENCE = "microsoftThreatIntelligence"
    MICROSOFT_SECURITY_FOR_AI = "microsoftSecurityForAI"


class DetectionSource(WireEnum):
    UNKNOWN = "unknown"
    MICROSOFT_DEFENDER_FOR_ENDPOINT = "microsoftDefenderForEndpoint"
    ANTIVIRUS = "antivirus"
    SMART_SCREEN = "smartScreen"
    CUSTOM_TI = "customTi"
    MICROSOFT_DEFENDER_FOR_OFFICE365 = "microsoftDefenderForOffice365"
    AUTOMATED_INVESTIGATION = "automatedInvestigation"
    MICROSOFT_THREAT_EXPERTS = "microsoftThreatExperts"
    CUSTOM_DETECTION = "customDetection"
    MICROSOFT_DEFENDER_FOR_IDENTITY = "microsoftDefenderForIdentity"
    CLOUD_APP_SECURITY = "cloudAppSecurity"
    MICROSOFT_365_DEFENDER = "microsoft365Defender"
    AZURE_AD_IDENTITY_PROTECTION = "azureAdIdentityProtection"
    MANUAL = "manual"
    MICROSOFT_DATA_LOSS_PREVENTION = "microsoftDataLossPrevention"
    APP_GOVERNANCE_POLICY = "appGovernancePolicy"
    APP_GOVERNANCE_DETECTION = "appGovernanceDetection"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"
    MICROSOFT_DEFENDER_FOR_CLOUD = "microsoftDefenderForCloud"
    MICROSOFT_DEFENDER_FOR_IOT = "microsoftDefenderForIoT"
    MICROSOFT_DEFENDER_FOR_SERVERS = "microsoftDefenderForServers"
    MICROSOFT_DEFENDER_FOR_STORAGE = "microsoftDefenderForStorage"
    MICROSOFT_DEFENDER_FOR_DNS = "microsoftDefenderForDNS"
    MICROSOFT_DEFENDER_FOR_DATABASES = "microsoftDefenderForDatabases"
    MICROSOFT_DEFENDER_FOR_CONTAINERS = "microsoftDefenderForContainers"
    MICROSOFT_DEFENDER_FOR_NETWORK = "microsoftDefenderForNetwork"
    MICROSOFT_DEFENDER_FOR_APP_SERVICE = "microsoftDefenderForAppService"
    MICROSOFT_DEFENDER_FOR_KEY_VAULT = "microsoftDefenderForKeyVault"
    MICROSOFT_DEFENDER_FOR_RESOURCE_MANAGER = "microsoftDefenderForResourceManager"
    MICROSOFT_DEFENDER_FOR_API_MANAGEMENT = "microsoftDefenderForApiManagement"
    NRT_ALERTS = "nrtAlerts"
    SCHEDULED_ALERTS = "scheduledAlerts"
    MICROSOFT_DEFENDER_THREAT_INTELLIGENCE_ANALYTICS = (
        "microsoftDefenderThreatIntelligenceAnalytics"
    )
    BUILT_IN_ML = "builtInMl"
    MICROSOFT_INSIDER_RISK_MANAGEMENT = "microsoftInsiderRiskManagement"
    MICROSOFT_THREAT_INTELLIGENCE = "microsoftThreatIntelligence"
    MICROSOFT_DEFENDER_FOR_AI_SERVICES = "microsoftDefenderForAIServices"
    SECURITY_COPILOT = "securityCopilot"
    MICROSOFT_SENTINEL = "microsoftSentinel"


# Defender for Endpoint's /api/alerts names its detection sources differently.
_register_aliases(
    "DetectionSource",
    {
        "ThreatExperts": "microsoftThreatExperts",
        "WindowsDefenderAtp": "microsoftDefenderForEndpoint",
        "WindowsDefenderAv": "antivirus",
        "WindowsDefenderSmartScreen": "smartScreen",
        "CustomerTI": "customTi",
        "CustomDetection": "customDetection",
        "AutomatedInvestigation": "automatedInvestigation",
        "MTP": "microsoft365Defender",
        "Manual": "manual",
    },
)


class HealthStatus(WireEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    IMPAIRED_COMMUNICATION = "impairedCommunication"
    NO_SENSOR_DATA = "noSensorData"
    NO_SENSOR_DATA_IMPAIRED_COMMUNICATION = "noSensorDataImpairedCommunication"
    UNKNOWN = "unknown"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"


class RiskScore(WireEnum):
    NONE = "none"
    INFORMATIONAL = "informational"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"


class ExposureLevel(WireEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"


class OnboardingStatus(WireEnum):
    INSUFFICIENT_INFO = "insufficientInfo"
    ONBOARDED = "onboarded"
    CAN_BE_ONBOARDED = "canBeOnboarded"
    UNSUPPORTED = "unsupported"
    UNKNOWN_FUTURE_VALUE = "unknownFutureValue"


class DeviceValue(WireEnum):
    NORMAL = "normal"
    LOW = "low"
    HIGH = "high"
