"""Valid Graph wire values, written from api-surface section 1.4 (not shared with console.api).

Members listed after ``unknownFutureValue`` are *evolvable*: the service shows them only to
clients that send ``Prefer: include-unknown-enum-members``.
"""

from __future__ import annotations

SEVERITY = ("unknown", "informational", "low", "medium", "high", "unknownFutureValue")
ALERT_STATUS = ("unknown", "new", "inProgress", "resolved", "unknownFutureValue")
INCIDENT_STATUS = ("active", "resolved", "inProgress", "redirected", "unknownFutureValue")
INCIDENT_STATUS_EVOLVABLE = ("awaitingAction",)
CLASSIFICATION = (
    "unknown",
    "falsePositive",
    "truePositive",
    "informationalExpectedActivity",
    "unknownFutureValue",
)
DETERMINATION = (
    "unknown",
    "apt",
    "malware",
    "securityPersonnel",
    "securityTesting",
    "unwantedSoftware",
    "other",
    "multiStagedAttack",
    "compromisedAccount",
    "phishing",
    "maliciousUserActivity",
    "notMalicious",
    "notEnoughDataToValidate",
    "confirmedActivity",
    "lineOfBusinessApplication",
    "unknownFutureValue",
)
# The docs' property text uses other spellings for four members; PATCH accepts them too.
DETERMINATION_ALIASES = {
    "compromiseduser": "compromisedAccount",
    "clean": "notMalicious",
    "insufficientdata": "notEnoughDataToValidate",
    "confirmeduseractivity": "confirmedActivity",
}
# An older doc revision's classification for what is now informationalExpectedActivity
# (api-surface 1.4, unconfirmed on today's wire); PATCH accepts it and stores the new name.
CLASSIFICATION_ALIASES = {"benignpositive": "informationalExpectedActivity"}
# The determinations each classification offers in the portal's Resolve dialog, so a PATCH
# cannot store a pair the portal never would (a true positive that is "notMalicious").
# `apt` and `securityPersonnel` are deprecated in the portal yet still valid on the wire.
# Determination `unknown` goes with any classification: it clears the determination.
DETERMINATIONS_BY_CLASSIFICATION = {
    "truePositive": frozenset(
        {
            "multiStagedAttack",
            "maliciousUserActivity",
            "compromisedAccount",
            "malware",
            "phishing",
            "unwantedSoftware",
            "other",
            "apt",
            "securityPersonnel",
        }
    ),
    "informationalExpectedActivity": frozenset(
        {"securityTesting", "lineOfBusinessApplication", "confirmedActivity", "other"}
    ),
    "falsePositive": frozenset({"notMalicious", "notEnoughDataToValidate", "other"}),
    "unknown": frozenset(),
}
SERVICE_SOURCE = (
    "unknown",
    "microsoftDefenderForEndpoint",
    "microsoftDefenderForIdentity",
    "microsoftDefenderForCloudApps",
    "microsoftDefenderForOffice365",
    "microsoft365Defender",
    "azureAdIdentityProtection",
    "microsoftAppGovernance",
    "dataLossPrevention",
    "unknownFutureValue",
)
SERVICE_SOURCE_EVOLVABLE = (
    "microsoftDefenderForCloud",
    "microsoftSentinel",
    "microsoftInsiderRiskManagement",
    "microsoftThreatIntelligence",
    "microsoftSecurityForAI",
)
DETECTION_SOURCE = (
    "unknown",
    "microsoftDefenderForEndpoint",
    "antivirus",
    "smartScreen",
    "customTi",
    "microsoftDefenderForOffice365",
    "automatedInvestigation",
    "microsoftThreatExperts",
    "customDetection",
    "microsoftDefenderForIdentity",
    "cloudAppSecurity",
    "microsoft365Defender",
    "azureAdIdentityProtection",
    "manual",
    "microsoftDataLossPrevention",
    "appGovernancePolicy",
    "appGovernanceDetection",
    "unknownFutureValue",
)
DETECTION_SOURCE_EVOLVABLE = (
    "microsoftDefenderForCloud",
    "microsoftDefenderForIoT",
    "microsoftDefenderForServers",
    "microsoftDefenderForStorage",
    "microsoftDefenderForDNS",
    "microsoftDefenderForDatabases",
    "microsoftDefenderForContainers",
    "microsoftDefenderForNetwork",
    "microsoftDefenderForAppService",
    "microsoftDefenderForKeyVault",
    "microsoftDefenderForResourceManager",
    "microsoftDefenderForApiManagement",
    "nrtAlerts",
    "scheduledAlerts",
    "microsoftDefenderThreatIntelligenceAnalytics",
    "builtInMl",
    "microsoftInsiderRiskManagement",
    "microsoftThreatIntelligence",
    "microsoftDefenderForAIServices",
    "securityCopilot",
    "microsoftSentinel",
)

# What each PATCH may set (api-surface 1.11).
INCIDENT_PATCH_STATUS = ("active", "inProgress", "resolved")
ALERT_PATCH_STATUS = ("new", "inProgress", "resolved")

EVOLVABLE_BY_FIELD = {
    "status": frozenset(INCIDENT_STATUS_EVOLVABLE),
    "serviceSource": frozenset(SERVICE_SOURCE_EVOLVABLE),
    "detectionSource": frozenset(DETECTION_SOURCE_EVOLVABLE),
}


def canonical(value: str, members: tuple[str, ...]) -> str | None:
    """The member spelled as on the wire, matching case-insensitively; None if unknown."""
    lowered = value.lower()
    for member in members:
        if member.lower() == lowered:
            return member
    return None


def pair_allowed(classification: str, determination: str) -> bool:
    """Whether the portal offers this classification with this determination (canonical)."""
    allowed = DETERMINATIONS_BY_CLASSIFICATION.get(classification, frozenset())
    return determination == "unknown" or determination in allowed
