"""Vocabulary of the synthetic tenants: names, alert kinds, DEN texts.

Plain data only. Values are Graph wire spellings (camelCase enums).
"""

from __future__ import annotations

from typing import NamedTuple

TENANT_NAMES = (
    ("Contoso", "contoso.com"),
    ("Fabrikam", "fabrikam.com"),
    ("Woodgrove Bank", "woodgrovebank.com"),
    ("Northwind Traders", "northwindtraders.com"),
    ("Tailspin Toys", "tailspintoys.com"),
    ("Adventure Works", "adventure-works.com"),
    ("Litware", "litwareinc.com"),
    ("Wide World Importers", "wideworldimporters.com"),
    ("Proseware", "proseware.com"),
    ("Fourth Coffee", "fourthcoffee.com"),
)

FIRST_NAMES = [
    "John",
    "Jane",
    "Amelia",
    "Oliver",
    "Priya",
    "Chen",
    "Fatima",
    "Lukas",
    "Sofia",
    "Mateo",
    "Aisha",
    "Noah",
    "Emma",
    "Hiroshi",
    "Olga",
    "Diego",
    "Grace",
    "Kwame",
    "Ingrid",
    "Rahul",
    "Zoe",
    "Omar",
    "Lea",
    "Marco",
    "Yuki",
    "Samir",
    "Nora",
    "Ethan",
    "Mia",
    "Tomas",
]
LAST_NAMES = [
    "Smith",
    "Doe",
    "Clarke",
    "Brown",
    "Patel",
    "Wei",
    "Khan",
    "Becker",
    "Rossi",
    "Garcia",
    "Okafor",
    "Wilson",
    "Dubois",
    "Tanaka",
    "Ivanova",
    "Lopez",
    "Hughes",
    "Mensah",
    "Larsen",
    "Sharma",
    "Martin",
    "Haddad",
    "Muller",
    "Bianchi",
    "Sato",
    "Nasser",
    "Berg",
    "Walker",
    "Kowalski",
    "Novak",
]

# (osPlatform, version, osBuild or None, weight)
OS_PLATFORMS = (
    ("Windows10", "22H2", 19045, 30),
    ("Windows11", "23H2", 22631, 25),
    ("Windows11", "24H2", 26100, 15),
    ("WindowsServer2019", "1809", 17763, 8),
    ("WindowsServer2022", "21H2", 20348, 10),
    ("Linux", "22.04", None, 7),
    ("macOS", "14.6", None, 5),
)
SERVER_ROLES = ("sql", "web", "dc", "file", "app", "exch", "print", "rds", "build", "backup")
RBAC_GROUPS = ((140, "Workstations"), (141, "Servers"), (142, "Executives"), (143, "Finance"))
MACHINE_TAGS = ("VIP", "Finance", "PCI", "Kiosk", "Tier0", "Test Machine", "Remote worker")

# (value, weight) tables in realistic proportions
HEALTH = (
    ("Active", 85),
    ("Inactive", 8),
    ("ImpairedCommunication", 3),
    ("NoSensorData", 2),
    ("NoSensorDataImpairedCommunication", 1),
    ("Unknown", 1),
)
RISK = (("None", 40), ("Informational", 5), ("Low", 25), ("Medium", 20), ("High", 10))
EXPOSURE = (("None", 3), ("Low", 40), ("Medium", 45), ("High", 12))
ONBOARDING = (("Onboarded", 95), ("CanBeOnboarded", 3), ("InsufficientInfo", 2))
SEVERITY_ORDER = ("unknown", "informational", "low", "medium", "high")

FP_DETERMINATIONS = ("notMalicious", "notEnoughDataToValidate", "other")
BENIGN_DETERMINATIONS = ("securityTesting", "lineOfBusinessApplication", "confirmedActivity")

CUSTOM_TAGS = (
    "Phishing campaign",
    "Ransomware",
    "Pen test Q3",
    "Needs follow-up",
    "Escalated",
    "Überprüfung läuft ✓",
    "調査中",
)


class AlertKind(NamedTuple):
    title: str
    category: str
    techniques: tuple[str, ...]
    service: str
    detection: str
    product: str
    severities: tuple[int, int, int, int]  # weights: informational, low, medium, high
    evidence: tuple[str, ...]  # device, file, process, user, ip, url, regkey, regvalue
    description: str
    threat_family: str | None = None


_MDE = "microsoftDefenderForEndpoint"
_EDR = "Microsoft Defender for Endpoint"

ALERT_KINDS = (
    AlertKind(
        "Suspicious PowerShell command line",
        "Execution",
        ("T1059.001",),
        _MDE,
        _MDE,
        _EDR,
        (0, 2, 6, 2),
        ("device", "process", "user"),
        "A suspicious PowerShell command line was observed. Attackers use encoded commands "
        "to download and run payloads while evading defences.",
    ),
    AlertKind(
        "Malicious file detected based on indication provided by Office 365",
        "Malware",
        ("T1566.001",),
        _MDE,
        "microsoftDefenderForOffice365",
        _EDR,
        (0, 1, 5, 4),
        ("device", "file", "user"),
        "A file that Microsoft Defender for Office 365 flagged as malicious was found on "
        "the device.",
        "Qakbot",
    ),
    AlertKind(
        "Suspicious behavior by a system utility was observed",
        "DefenseEvasion",
        ("T1218", "T1218.011"),
        _MDE,
        _MDE,
        _EDR,
        (0, 3, 6, 1),
        ("device", "process", "regvalue"),
        "A signed system binary was used to proxy execution of untrusted code.",
    ),
    AlertKind(
        "Creation of forwarding/redirect rule",
        "Collection",
        ("T1114.003",),
        "microsoftDefenderForCloudApps",
        "cloudAppSecurity",
        "Microsoft Defender for Cloud Apps",
        (0, 4, 5, 1),
        ("user", "ip"),
        "A user created an inbox rule that forwards mail to an external address.",
    ),
    AlertKind(
        "Unknown process observed",
        "SuspiciousActivity",
        ("T1204.002",),
        _MDE,
        _MDE,
        _EDR,
        (3, 5, 2, 0),
        ("device", "process", "file"),
        "A process that is rarely seen in your organisation ran on this device.",
    ),
    AlertKind(
        "Anomalous number of failed sign-in attempts",
        "CredentialAccess",
        ("T1110.003",),
        "azureAdIdentityProtection",
        "azureAdIdentityProtection",
        "Microsoft Entra ID Protection",
        (0, 3, 5, 2),
        ("user", "ip"),
        "An account saw many failed sign-in attempts from a small set of IP addresses.",
    ),
    AlertKind(
        "Suspicious LDAP query",
        "Discovery",
        ("T1087.002",),
        "microsoftDefenderForIdentity",
        "microsoftDefenderForIdentity",
        "Microsoft Defender for Identity",
        (0, 4, 5, 1),
        ("device", "user"),
        "A device ran LDAP queries typical of domain reconnaissance tools.",
    ),
    AlertKind(
        "Email messages containing malicious URL removed after delivery",
        "InitialAccess",
        ("T1566.002",),
        "microsoftDefenderForOffice365",
        "microsoftDefenderForOffice365",
        "Microsoft Defender for Office 365",
        (1, 3, 5, 1),
        ("user", "url"),
        "Messages with a malicious link were delivered and later removed by ZAP.",
    ),
    AlertKind(
        "Suspicious scheduled task",
        "Persistence",
        ("T1053.005",),
        _MDE,
        _MDE,
        _EDR,
        (0, 3, 6, 1),
        ("device", "process", "regkey"),
        "A scheduled task that runs a script from a user-writable folder was created.",
    ),
    AlertKind(
        "Ransomware behavior detected in the file system",
        "Impact",
        ("T1486",),
        _MDE,
        "antivirus",
        _EDR,
        (0, 0, 2, 8),
        ("device", "file", "process"),
        "Files were encrypted and renamed in a pattern typical of ransomware.",
        "LockBit",
    ),
    AlertKind(
        "Connection to a custom network indicator",
        "CommandAndControl",
        ("T1071.001",),
        _MDE,
        "customTi",
        _EDR,
        (1, 4, 4, 1),
        ("device", "ip", "url"),
        "The device connected to an address on your custom indicator list.",
    ),
    AlertKind(
        "Suspicious credential dump from NTDS.dit",
        "CredentialAccess",
        ("T1003.003",),
        _MDE,
        _MDE,
        _EDR,
        (0, 0, 3, 7),
        ("device", "process", "file", "user"),
        "A tool copied the Active Directory database, a step towards stealing credentials.",
    ),
    AlertKind(
        "'Mimikatz' credential theft tool",
        "CredentialAccess",
        ("T1003.001",),
        _MDE,
        "antivirus",
        _EDR,
        (0, 0, 4, 6),
        ("device", "file", "process"),
        "Microsoft Defender Antivirus detected a credential theft tool.",
        "Mimikatz",
    ),
    AlertKind(
        "Custom detection: rare RDP logon to server",
        "LateralMovement",
        ("T1021.001",),
        _MDE,
        "customDetection",
        _EDR,
        (1, 5, 3, 1),
        ("device", "user", "ip"),
        "A custom detection rule matched a logon pattern on a server.",
    ),
)

# Alerts whose sources are evolvable enum members (after unknownFutureValue on the wire).
EVOLVABLE_ALERT_KINDS = (
    AlertKind(
        "Sign-in from an anonymous IP address (analytics rule)",
        "InitialAccess",
        ("T1078",),
        "microsoftSentinel",
        "scheduledAlerts",
        "Microsoft Sentinel",
        (0, 4, 5, 1),
        ("user", "ip"),
        "A scheduled analytics rule matched a sign-in from an anonymising proxy.",
    ),
    AlertKind(
        "Jailbreak attempt on an Azure OpenAI model deployment",
        "InitialAccess",
        ("T1190",),
        "microsoftSecurityForAI",
        "microsoftDefenderForAIServices",
        "Microsoft Defender for Cloud",
        (0, 3, 6, 1),
        ("ip", "url"),
        "A prompt designed to bypass model safety filters was sent to a deployment.",
    ),
    AlertKind(
        "Access from a suspicious IP address to a storage account",
        "Exfiltration",
        ("T1530",),
        "microsoftDefenderForCloud",
        "microsoftDefenderForStorage",
        "Microsoft Defender for Cloud",
        (0, 4, 5, 1),
        ("ip", "url"),
        "A storage account was read from an IP address with a bad reputation.",
    ),
)

HTML_ALERT_KIND = AlertKind(
    "Suspicious script <img src=x onerror=alert(1)> launched by Office",
    "Execution",
    ("T1204.002",),
    _MDE,
    _MDE,
    _EDR,
    (0, 1, 8, 1),
    ("device", "process", "file"),
    "An Office application launched a script whose name contains markup.",
)

# What a true positive of each detection is determined as (Graph's true-positive
# determinations, api-surface 1.4), so a ransomware alert is never called phishing.
# Keyed by title: every alert kind and Defender Experts activity needs a row.
TRUE_POSITIVE_DETERMINATIONS: dict[str, tuple[str, ...]] = {
    "Suspicious PowerShell command line": ("malware", "maliciousUserActivity"),
    "Malicious file detected based on indication provided by Office 365": ("malware",),
    "Suspicious behavior by a system utility was observed": ("malware", "maliciousUserActivity"),
    "Creation of forwarding/redirect rule": ("compromisedAccount", "phishing"),
    "Unknown process observed": ("unwantedSoftware", "malware"),
    "Anomalous number of failed sign-in attempts": ("compromisedAccount",),
    "Suspicious LDAP query": ("maliciousUserActivity", "compromisedAccount"),
    "Email messages containing malicious URL removed after delivery": ("phishing",),
    "Suspicious scheduled task": ("malware", "maliciousUserActivity"),
    "Ransomware behavior detected in the file system": ("malware",),
    "Connection to a custom network indicator": ("malware",),
    "Suspicious credential dump from NTDS.dit": ("compromisedAccount", "maliciousUserActivity"),
    "'Mimikatz' credential theft tool": ("malware", "compromisedAccount"),
    "Custom detection: rare RDP logon to server": ("maliciousUserActivity", "compromisedAccount"),
    "Sign-in from an anonymous IP address (analytics rule)": ("compromisedAccount",),
    "Jailbreak attempt on an Azure OpenAI model deployment": ("maliciousUserActivity",),
    "Access from a suspicious IP address to a storage account": (
        "compromisedAccount",
        "maliciousUserActivity",
    ),
    HTML_ALERT_KIND.title: ("malware",),
    "Hands-on-keyboard activity observed on a domain controller": (
        "multiStagedAttack",
        "maliciousUserActivity",
        "compromisedAccount",
    ),
    "Suspected Qakbot infection leading to Cobalt Strike": ("malware", "multiStagedAttack"),
    "Credential theft via LSASS memory access": ("compromisedAccount", "multiStagedAttack"),
    "Business email compromise with inbox rule manipulation": ("compromisedAccount", "phishing"),
    "Possible ransomware staging activity": ("malware", "multiStagedAttack"),
    "Suspicious remote management tool installed": ("unwantedSoftware", "maliciousUserActivity"),
}
# An incident whose alerts span several tactics may also be called what its name says.
MULTI_STAGE_DETERMINATION = "multiStagedAttack"


class DenActivity(NamedTuple):
    """What Defender Experts notify about: the notification's title and its expert alert."""

    title: str
    category: str
    techniques: tuple[str, ...]
    description: str
    threat_family: str | None = None


DEN_ACTIVITIES = (
    DenActivity(
        "Hands-on-keyboard activity observed on a domain controller",
        "CredentialAccess",
        ("T1003.003", "T1021.002"),
        "Defender Experts saw an operator work interactively on a domain controller: remote "
        "service creation over SMB followed by a copy of the Active Directory database.",
    ),
    DenActivity(
        "Suspected Qakbot infection leading to Cobalt Strike",
        "CommandAndControl",
        ("T1071.001",),
        "Defender Experts traced a Qakbot infection that went on to load a Cobalt Strike "
        "beacon, which now calls out to its command-and-control server over HTTPS.",
        "Qakbot",
    ),
    DenActivity(
        "Credential theft via LSASS memory access",
        "CredentialAccess",
        ("T1003.001",),
        "Defender Experts saw a process read the memory of LSASS, the way credential theft "
        "tools take the passwords and tickets of signed-in users.",
    ),
    DenActivity(
        "Business email compromise with inbox rule manipulation",
        "Collection",
        ("T1114.003",),
        "Defender Experts saw a mailbox signed in from an unusual location and then given "
        "inbox rules that hide and forward payment-related mail.",
    ),
    DenActivity(
        "Possible ransomware staging activity",
        "Impact",
        ("T1486", "T1490"),
        "Defender Experts saw shadow copies deleted and a tool staged across shares, steps "
        "that usually come just before ransomware encrypts files.",
    ),
    DenActivity(
        "Suspicious remote management tool installed",
        "CommandAndControl",
        ("T1219",),
        "Defender Experts saw a remote management tool installed silently from a temporary "
        "folder, the way attackers keep their access to a device.",
    ),
)

SAMPLE_DEN_TITLE = "Defender Experts: Test Notification from Microsoft Defender Experts"

DEN_SUMMARY = (
    "Microsoft Defender Experts observed {activity} on {device} starting {when}. "
    "The activity was performed under the account {user} and matches {tradecraft}. "
    "We recommend {advice}. We will keep monitoring this environment and update you if we "
    "see further activity."
)
# What each notification's summary says the activity matches, and what it recommends first,
# in the summary's words and as the first recommendation: a business email compromise is
# not ransomware tradecraft, nor answered by isolating a device.
DEN_STORIES: dict[str, tuple[str, str, str]] = {
    "Hands-on-keyboard activity observed on a domain controller": (
        "the tradecraft of human-operated ransomware groups before they deploy",
        "isolating the device and resetting the account's credentials",
        "Isolate the device and reset the account's credentials",
    ),
    "Suspected Qakbot infection leading to Cobalt Strike": (
        "a Qakbot infection handing over to a Cobalt Strike operator",
        "isolating the device and blocking the command-and-control addresses",
        "Isolate the device and block the command-and-control addresses",
    ),
    "Credential theft via LSASS memory access": (
        "credential theft tooling such as Mimikatz",
        "isolating the device and resetting the credentials of every account signed in on it",
        "Isolate the device and reset the credentials of every account signed in on it",
    ),
    "Business email compromise with inbox rule manipulation": (
        "business email compromise aimed at payments",
        "resetting the account's credentials, revoking its sessions and removing the inbox rules",
        "Reset the account's credentials, revoke its sessions and remove the inbox rules",
    ),
    "Possible ransomware staging activity": (
        "the last steps human-operated ransomware takes before it encrypts files",
        "isolating the device at once and checking the backups",
        "Isolate the device at once and check the backups",
    ),
    "Suspicious remote management tool installed": (
        "attackers keeping their access with a legitimate remote management tool",
        "removing the tool and checking who installed it",
        "Remove the tool and check who installed it",
    ),
}
SAMPLE_DEN_SUMMARY = (
    "This is a test notification generated by Microsoft Defender Experts. It shows how a "
    "Defender Experts Notification looks. The alerts in it were selected at random from "
    "events in your tenant. No action is needed."
)
# Microsoft's test notification, as a finding of its own: it reports no threat.
TEST_NOTIFICATION = DenActivity(
    SAMPLE_DEN_TITLE.removeprefix("Defender Experts: "),
    "SuspiciousActivity",
    (),
    "Microsoft Defender Experts sent this test notification to show how their "
    "notifications reach you. It reports no threat.",
)
TEST_NOTIFICATION_DETERMINATION = "securityTesting"
SAMPLE_DEN_RECOMMENDATIONS = (
    "<ul><li>No action is needed: this notification only shows how Defender Experts "
    "notifications look.</li>"
    "<li>Check that it reached everyone who should receive Defender Experts "
    "notifications.</li></ul>"
)
RESOLVING_COMMENT = "Handled by the SOC."
SAMPLE_DEN_RESOLVING_COMMENT = (
    "Test notification from Microsoft Defender Experts; no action needed."
)
DEN_RECOMMENDATIONS = (
    "<ul><li>{action}.</li>"
    "<li>Review other devices for the indicators listed in the hunting queries.</li></ul>"
)
DEN_QUERIES = (
    'DeviceProcessEvents | where DeviceName =~ "{device}" | where Timestamp > ago(7d) '
    '| where FileName in~ ("powershell.exe", "rundll32.exe") | project Timestamp, '
    "FileName, ProcessCommandLine, AccountName",
    'DeviceLogonEvents | where AccountName =~ "{account}" | summarize count() by '
    "DeviceName, LogonType, bin(Timestamp, 1h)",
    'DeviceNetworkEvents | where DeviceName =~ "{device}" | where RemotePort in (443, 8443) '
    "| summarize count() by RemoteIP, RemoteUrl",
)

COMMENTS = (
    "Checked with the user, the activity was not expected.",
    "Isolated the device pending investigation.",
    "Looks like the quarterly pen test; confirming with the red team.",
    "Escalated to tier 2.",
    "Hash is known bad on VirusTotal.",
    "User confirmed they did not request the MFA prompt.",
)
