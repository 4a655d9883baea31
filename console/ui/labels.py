"""What analysts read for wire values: "In progress" for `inProgress`, and so on.

One table for every screen, so a value reads the same everywhere and the
translation catalogue holds it once. Values this version does not know show
as "Unknown (rawValue)": never hidden, never a crash.
"""

from __future__ import annotations

import re
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
    # evidence verdict
    "suspicious": QT_TRANSLATE_NOOP("Labels", "Suspicious"),
    "malicious": QT_TRANSLATE_NOOP("Labels", "Malicious"),
    "noThreatsFound": QT_TRANSLATE_NOOP("Labels", "No threats found"),
    # evidence remediation and detection status
    "remediated": QT_TRANSLATE_NOOP("Labels", "Remediated"),
    "prevented": QT_TRANSLATE_NOOP("Labels", "Prevented"),
    "blocked": QT_TRANSLATE_NOOP("Labels", "Blocked"),
    "notFound": QT_TRANSLATE_NOOP("Labels", "Not found"),
    "pendingApproval": QT_TRANSLATE_NOOP("Labels", "Pending approval"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "unremediated": QT_TRANSLATE_NOOP("Labels", "Not remediated"),
    "running": QT_TRANSLATE_NOOP("Labels", "Running"),
    "partiallyRemediated": QT_TRANSLATE_NOOP("Labels", "Partially remediated"),
    "detected": QT_TRANSLATE_NOOP("Labels", "Detected"),
    # evidence roles
    "contextual": QT_TRANSLATE_NOOP("Labels", "Contextual"),
    "scanned": QT_TRANSLATE_NOOP("Labels", "Scanned"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "destination": QT_TRANSLATE_NOOP("Labels", "Destination"),
    "created": QT_TRANSLATE_NOOP("Labels", "Created"),
    "added": QT_TRANSLATE_NOOP("Labels", "Added"),
    "compromised": QT_TRANSLATE_NOOP("Labels", "Compromised"),
    "edited": QT_TRANSLATE_NOOP("Labels", "Edited"),
    "attacked": QT_TRANSLATE_NOOP("Labels", "Attacked"),
    "attacker": QT_TRANSLATE_NOOP("Labels", "Attacker"),
    "commandAndControl": QT_TRANSLATE_NOOP("Labels", "Command and control"),
    "loaded": QT_TRANSLATE_NOOP("Labels", "Loaded"),
    "policyViolator": QT_TRANSLATE_NOOP("Labels", "Policy violator"),
}

# An evidence item's type, the `<name>` of `#microsoft.graph.security.<name>Evidence`.
_EVIDENCE_KINDS: dict[str, str] = {
    "device": QT_TRANSLATE_NOOP("Labels", "Device"),
    "ioTDevice": QT_TRANSLATE_NOOP("Labels", "IoT device"),
    "file": QT_TRANSLATE_NOOP("Labels", "File"),
    "fileHash": QT_TRANSLATE_NOOP("Labels", "File hash"),
    "process": QT_TRANSLATE_NOOP("Labels", "Process"),
    "malware": QT_TRANSLATE_NOOP("Labels", "Malware"),
    "registryKey": QT_TRANSLATE_NOOP("Labels", "Registry key"),
    "registryValue": QT_TRANSLATE_NOOP("Labels", "Registry value"),
    "user": QT_TRANSLATE_NOOP("Labels", "User"),
    "account": QT_TRANSLATE_NOOP("Labels", "Account"),
    "securityGroup": QT_TRANSLATE_NOOP("Labels", "Security group"),
    "activeDirectoryDomain": QT_TRANSLATE_NOOP("Labels", "Active Directory domain"),
    "hostLogonSession": QT_TRANSLATE_NOOP("Labels", "Logon session"),
    "cloudLogonSession": QT_TRANSLATE_NOOP("Labels", "Cloud logon session"),
    "cloudLogonRequest": QT_TRANSLATE_NOOP("Labels", "Cloud logon request"),
    "cloudApplication": QT_TRANSLATE_NOOP("Labels", "Cloud application"),
    "oauthApplication": QT_TRANSLATE_NOOP("Labels", "OAuth application"),
    "servicePrincipal": QT_TRANSLATE_NOOP("Labels", "Service principal"),
    "ip": QT_TRANSLATE_NOOP("Labels", "IP address"),
    "url": QT_TRANSLATE_NOOP("Labels", "URL"),
    "dns": QT_TRANSLATE_NOOP("Labels", "DNS"),
    "nic": QT_TRANSLATE_NOOP("Labels", "Network adapter"),
    "networkConnection": QT_TRANSLATE_NOOP("Labels", "Network connection"),
    "mailbox": QT_TRANSLATE_NOOP("Labels", "Mailbox"),
    "mailboxConfiguration": QT_TRANSLATE_NOOP("Labels", "Mailbox configuration"),
    "analyzedMessage": QT_TRANSLATE_NOOP("Labels", "Email message"),
    "mailCluster": QT_TRANSLATE_NOOP("Labels", "Email cluster"),
    "submissionMail": QT_TRANSLATE_NOOP("Labels", "Submitted email"),
    "teamsMessage": QT_TRANSLATE_NOOP("Labels", "Teams message"),
    "azureResource": QT_TRANSLATE_NOOP("Labels", "Azure resource"),
    "amazonResource": QT_TRANSLATE_NOOP("Labels", "Amazon resource"),
    "googleCloudResource": QT_TRANSLATE_NOOP("Labels", "Google Cloud resource"),
    "blob": QT_TRANSLATE_NOOP("Labels", "Blob"),
    "blobContainer": QT_TRANSLATE_NOOP("Labels", "Blob container"),
    "container": QT_TRANSLATE_NOOP("Labels", "Container"),
    "containerImage": QT_TRANSLATE_NOOP("Labels", "Container image"),
    "kubernetesPod": QT_TRANSLATE_NOOP("Labels", "Kubernetes pod"),
    "sasToken": QT_TRANSLATE_NOOP("Labels", "SAS token"),
    "aiAgent": QT_TRANSLATE_NOOP("Labels", "AI agent"),
    "gitHubOrganization": QT_TRANSLATE_NOOP("Labels", "GitHub organization"),
    "gitHubRepo": QT_TRANSLATE_NOOP("Labels", "GitHub repository"),
    "gitHubUser": QT_TRANSLATE_NOOP("Labels", "GitHub user"),
}
# Defender for Endpoint's evidence says `entityType` ("Registry", "Machine", "MailMessage"),
# which the cache keeps lower-cased (console.api.parse.evidence): matched without case, and
# its own names beside Graph's.
_EVIDENCE_KINDS_BY_FOLDED = {kind.casefold(): text for kind, text in _EVIDENCE_KINDS.items()}
_EVIDENCE_KINDS_BY_FOLDED |= {
    "machine": _EVIDENCE_KINDS["device"],
    "registry": QT_TRANSLATE_NOOP("Labels", "Registry"),
    "mailmessage": _EVIDENCE_KINDS["analyzedMessage"],
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
}

# Alert categories: Graph's `category` is a string, in practice the MITRE ATT&CK tactic
# (`CredentialAccess`) or one of Defender's own (`SuspiciousActivity`, `Ransomware`).
_CATEGORIES: dict[str, str] = {
    "Reconnaissance": QT_TRANSLATE_NOOP("Labels", "Reconnaissance"),
    "ResourceDevelopment": QT_TRANSLATE_NOOP("Labels", "Resource development"),
    "InitialAccess": QT_TRANSLATE_NOOP("Labels", "Initial access"),
    "Execution": QT_TRANSLATE_NOOP("Labels", "Execution"),
    "Persistence": QT_TRANSLATE_NOOP("Labels", "Persistence"),
    "PrivilegeEscalation": QT_TRANSLATE_NOOP("Labels", "Privilege escalation"),
    "DefenseEvasion": QT_TRANSLATE_NOOP("Labels", "Defense evasion"),
    "CredentialAccess": QT_TRANSLATE_NOOP("Labels", "Credential access"),
    "Discovery": QT_TRANSLATE_NOOP("Labels", "Discovery"),
    "LateralMovement": QT_TRANSLATE_NOOP("Labels", "Lateral movement"),
    "Collection": QT_TRANSLATE_NOOP("Labels", "Collection"),
    "CommandAndControl": QT_TRANSLATE_NOOP("Labels", "Command and control"),
    "Exfiltration": QT_TRANSLATE_NOOP("Labels", "Exfiltration"),
    "Impact": QT_TRANSLATE_NOOP("Labels", "Impact"),
    "SuspiciousActivity": QT_TRANSLATE_NOOP("Labels", "Suspicious activity"),
    "Malware": QT_TRANSLATE_NOOP("Labels", "Malware"),
    "Ransomware": QT_TRANSLATE_NOOP("Labels", "Ransomware"),
    "UnwantedSoftware": QT_TRANSLATE_NOOP("Labels", "Unwanted software"),
    "Exploit": QT_TRANSLATE_NOOP("Labels", "Exploit"),
    "ThreatManagement": QT_TRANSLATE_NOOP("Labels", "Threat management"),
    "InformationGathering": QT_TRANSLATE_NOOP("Labels", "Information gathering"),
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


def evidence_kind_label(kind: str) -> str:
    """An evidence item's type in words ("Registry key" for `registryKey`); a type this
    version does not name reads as its words ("Kubernetes secret"), Graph adds them often."""
    known = _EVIDENCE_KINDS_BY_FOLDED.get(kind.casefold())
    return tr(known) if known is not None else _words(kind)


def category_label(category: str | None) -> str:
    """An alert's category in words ("Credential access" for `CredentialAccess`)."""
    if not category:
        return ""
    known = _CATEGORIES.get(category)
    return tr(known) if known is not None else _words(category)


def _words(name: str) -> str:
    """`kubernetesSecret` or `KubernetesSecret` as "Kubernetes secret" (English: untranslated,
    and still better than the wire's camel case)."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", name)
    if not words:
        return name
    first, *rest = words
    return " ".join(
        [first[:1].upper() + first[1:], *(w if w.isupper() else w.lower() for w in rest)]
    )


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
