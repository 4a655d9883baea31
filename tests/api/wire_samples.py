"""Wire JSON shaped like Microsoft's documented examples (api-surface.md section 6),
quirks included: PascalCase enums, 7-digit fractions, a `tags` key, legacy comment
fields, `rbacGroupId` as a string, unknown enum values, HTML in titles.
"""

from __future__ import annotations

import copy
from typing import Any

TENANT = "b3c1b5fc-828c-45fa-a1e1-10d74f6d6e9c"
DEVICE_ID = "fa2b9e4e4e4d2f7a3c8b1b5cd2e1a46f9bb9e2c1"


def device_evidence() -> dict[str, Any]:
    return {
        "@odata.type": "#microsoft.graph.security.deviceEvidence",
        "createdDateTime": "2024-05-10T08:21:16.5800000Z",
        "verdict": "unknown",
        "remediationStatus": "none",
        "remediationStatusDetails": None,
        "firstSeenDateTime": "2023-11-12T07:41:43.3833333Z",
        "mdeDeviceId": DEVICE_ID,
        "azureAdDeviceId": None,
        "deviceDnsName": "tempDns.contoso.com",
        "osPlatform": "Windows10",
        "osBuild": 22424,
        "version": "Other",
        "healthStatus": "active",
        "riskScore": "medium",
        "rbacGroupId": 75,
        "rbacGroupName": "UnassignedGroup",
        "onboardingStatus": "onboarded",
        "defenderAvStatus": "unknown",
        "ipInterfaces": ["1.1.1.1"],
        "loggedOnUsers": [],
        "roles": ["compromised"],
        "detailedRoles": ["Main device"],
        "tags": ["Test Machine"],
        "vmMetadata": {
            "vmId": "ca1b0d41-5a3b-4d95-b48b-f220aed11d78",
            "cloudProvider": "azure",
            "resourceId": "/subscriptions/8700d3a3/resourceGroups/rg/providers/vm1",
            "subscriptionId": "8700d3a3-3bb7-4fbe-a090-488a1ad04161",
        },
    }


def file_details(name: str = "MsSense.exe") -> dict[str, Any]:
    return {
        "sha1": "5f1e8acedc065031aad553b710838eb366cfee9a",
        "sha256": "8963a19fb992ad9a76576c5638fd68292cffb9aaac29eb8285f9abf6196a7dec",
        "fileName": name,
        "filePath": "C:\\Program Files\\Windows Defender Advanced Threat Protection",
        "fileSize": 6136392,
        "filePublisher": "Microsoft Corporation",
        "signer": None,
        "issuer": None,
    }


def file_evidence() -> dict[str, Any]:
    return {
        "@odata.type": "#microsoft.graph.security.fileEvidence",
        "createdDateTime": "2024-05-10T08:21:16.5800000Z",
        "verdict": "unknown",
        "remediationStatus": "none",
        "remediationStatusDetails": None,
        "detectionStatus": "detected",
        "mdeDeviceId": DEVICE_ID,
        "roles": [],
        "tags": [],
        "fileDetails": file_details(),
    }


def process_evidence() -> dict[str, Any]:
    return {
        "@odata.type": "#microsoft.graph.security.processEvidence",
        "createdDateTime": "2024-05-10T08:21:16.5800000Z",
        "verdict": "suspicious",
        "remediationStatus": "none",
        "remediationStatusDetails": None,
        "processId": 4780,
        "parentProcessId": 668,
        "processCommandLine": '"MsSense.exe" -run --silent',
        "processCreationDateTime": "2024-05-09T22:58:55.1234567Z",
        "parentProcessCreationDateTime": "2024-05-09T22:58:50.5555555Z",
        "detectionStatus": "detected",
        "mdeDeviceId": DEVICE_ID,
        "roles": [],
        "tags": [],
        "imageFile": file_details(),
        "parentProcessImageFile": file_details("services.exe"),
        "userAccount": {
            "accountName": "SYSTEM",
            "domainName": "NT AUTHORITY",
            "userSid": "S-1-5-18",
            "azureAdUserId": None,
            "userPrincipalName": None,
            "displayName": None,
        },
    }


def registry_evidence() -> dict[str, Any]:
    return {
        "@odata.type": "#microsoft.graph.security.registryKeyEvidence",
        "createdDateTime": "2024-05-10T08:21:16.5800000Z",
        "verdict": "unknown",
        "remediationStatus": "none",
        "remediationStatusDetails": None,
        "registryKey": "SYSTEM\\CONTROLSET001\\CONTROL\\WMI\\AUTOLOGGER\\SENSEAUDITLOGGER",
        "registryHive": "HKEY_LOCAL_MACHINE",
        "roles": [],
        "tags": [],
    }


def user_evidence() -> dict[str, Any]:
    return {
        "@odata.type": "#microsoft.graph.security.userEvidence",
        "createdDateTime": "2024-05-10T08:21:16.58Z",
        "verdict": "malicious",
        "remediationStatus": "none",
        "roles": ["attacker"],
        "userAccount": {
            "accountName": "jdoe",
            "domainName": "CONTOSO",
            "userPrincipalName": "jdoe@contoso.com",
        },
    }


def graph_alert(
    alert_id: str = "da637551227677560813_-961444813", **overrides: Any
) -> dict[str, Any]:
    alert: dict[str, Any] = {
        "@odata.type": "#microsoft.graph.security.alert",
        "id": alert_id,
        "providerAlertId": alert_id.removeprefix("da"),
        "incidentId": "28282",
        "status": "new",
        "severity": "low",
        "classification": "unknown",
        "determination": "unknown",
        "serviceSource": "microsoftDefenderForEndpoint",
        "detectionSource": "antivirus",
        "productName": "Microsoft Defender for Endpoint",
        "detectorId": "e0da400f-affd-43ef-b1d5-afc2eb6f2756",
        "tenantId": TENANT,
        "title": "Suspicious execution of hidden file",
        "description": "A hidden file has been launched.",
        # The docs' mangled bullet characters, kept.
        "recommendedActions": "Collect artifacts and determine scope\n"
        "\u00e2\u20ac\u00a2 Review the machine timeline for suspicious activities",
        "category": "DefenseEvasion",
        "categories": ["DefenseEvasion"],
        "assignedTo": None,
        "alertWebUrl": f"https://security.microsoft.com/alerts/{alert_id}?tid={TENANT}",
        "incidentWebUrl": f"https://security.microsoft.com/incidents/28282?tid={TENANT}",
        "actorDisplayName": None,
        "threatDisplayName": None,
        "threatFamilyName": None,
        "mitreTechniques": ["T1564.001"],
        "createdDateTime": "2024-05-10T08:21:16.5800000Z",
        "lastUpdateDateTime": "2024-05-11T09:12:01.1234567Z",
        "resolvedDateTime": None,
        "firstActivityDateTime": "2024-05-10T06:10:00.0000000Z",
        "lastActivityDateTime": "2024-05-10T08:00:00.9999999Z",
        "investigationState": "queued",
        "alertPolicyId": None,
        "additionalData": {"custom": {"nested": [1, 2]}},
        "customDetails": {"team": "blue"},
        "comments": [],
        "systemTags": [],
        "evidence": [device_evidence(), file_evidence(), process_evidence(), registry_evidence()],
    }
    alert.update(overrides)
    return alert


def graph_incident(incident_id: str = "2972395", **overrides: Any) -> dict[str, Any]:
    incident: dict[str, Any] = {
        "@odata.type": "#microsoft.graph.security.incident",
        "id": incident_id,
        "incidentWebUrl": f"https://security.microsoft.com/incidents/{incident_id}?tid={TENANT}",
        "redirectIncidentId": None,
        "tenantId": TENANT,
        "displayName": "Multi-stage incident involving Initial access & Command and control",
        "createdDateTime": "2021-08-13T08:43:35.5533333Z",
        "lastUpdateDateTime": "2021-09-30T09:35:45.1133333Z",
        "assignedTo": "KaiC@contoso.onmicrosoft.com",
        "classification": "truePositive",
        "determination": "multiStagedAttack",
        "status": "active",
        "severity": "medium",
        "customTags": ["Demo"],
        "systemTags": [],
        "description": "Microsoft observed Raspberry Robin worm activity.",
        "lastModifiedBy": "DefenderExperts",
        "priorityScore": 72,
        "resolvingComment": None,
        "summary": "An attacker gained access through a USB device.",
        "comments": [
            {
                "comment": "Demo incident",
                "createdByDisplayName": "DavidS@contoso.onmicrosoft.com",
                "createdDateTime": "2021-09-30T12:07:37.2756993Z",
            }
        ],
    }
    incident.update(overrides)
    return incident


def documented_example_1_incident() -> dict[str, Any]:
    """List-incidents Example 1 as published: PascalCase enums, legacy comment fields."""
    return graph_incident(
        classification="TruePositive",
        determination="MultiStagedAttack",
        status="Active",
        severity="Medium",
        comments=[
            {
                "comment": "Demo incident",
                "createdBy": "DavidS@contoso.onmicrosoft.com",
                "createdTime": "2021-09-30T12:07:37.2756993Z",
            }
        ],
    )


def documented_example_2_incident() -> dict[str, Any]:
    """List-incidents Example 2: `tags` instead of `customTags`, alerts expanded."""
    incident = graph_incident()
    del incident["customTags"]
    incident["tags"] = ["Demo"]
    incident["alerts"] = [graph_alert()]
    return incident


def den_incident() -> dict[str, Any]:
    return graph_incident(
        "9001",
        displayName="Defender Experts: Hands-on-keyboard activity on <b>SRV-01</b>",
        description="<p>Executive summary: an attacker ran <i>PowerShell</i>.</p>",
        status="awaitingAction",
        assignedTo="Customer",
        systemTags=["Defender Experts"],
        recommendedActions="<ul><li>Isolate SRV-01</li><li>Reset jdoe's password</li></ul>",
        recommendedHuntingQueries=[
            {"kqlText": "DeviceProcessEvents | where DeviceName == 'srv-01'"},
            {"kqlText": "  "},
        ],
    )


def mde_alert(
    alert_id: str = "da637472900382838869_1364969609", **overrides: Any
) -> dict[str, Any]:
    alert: dict[str, Any] = {
        "id": alert_id,
        "incidentId": 1126093,
        "investigationId": None,
        "assignedTo": None,
        "severity": "Low",
        "status": "New",
        "classification": "TruePositive",
        "determination": None,
        "investigationState": "Queued",
        "detectionSource": "WindowsDefenderAv",
        "detectorId": "17e10bbc-3a68-474a-8aad-faef14d43952",
        "category": "Malware",
        "threatFamilyName": "Mimikatz",
        "title": "Mimikatz credential theft tool",
        "description": "The credential theft tool Mimikatz was detected",
        "alertCreationTime": "2021-01-26T20:33:57.7220239Z",
        "firstEventTime": "2021-01-26T20:31:32.9562661Z",
        "lastEventTime": "2021-01-26T20:31:33.0577322Z",
        "lastUpdateTime": "2021-01-26T20:33:59.2Z",
        "resolvedTime": None,
        "machineId": "111e6dd8c833c8a052ea231ec1b19adaf497b625",
        "computerDnsName": "temp123.middleeast.corp.microsoft.com",
        "rbacGroupName": "A",
        "aadTenantId": TENANT,  # the docs' sample names another tenant than the rest
        "threatName": None,
        "mitreTechniques": ["T1003"],
        "relatedUser": {"userName": "temp123", "domainName": "MIDDLEEAST"},
        "comments": [
            {
                "comment": "test comment for docs",
                "createdBy": "secop123@contoso.com",
                "createdTime": "2021-01-26T01:00:37.8404534Z",
            }
        ],
        "evidence": [
            _mde_evidence(
                entityType="User",
                accountName="eranb",
                domainName="MIDDLEEAST",
                userSid="S-1-5-21-11111607-1111760036-109187956-75141",
                aadUserId="11118379-2a59-1111-ac3c-a51eb4a3c627",
                userPrincipalName="temp123@microsoft.com",
            ),
            _mde_evidence(
                entityType="Process",
                sha1="ff836cfb1af40252bd2a2ea843032e99a5b262ed",
                fileName="rundll32.exe",
                filePath="C:\\Windows\\SysWOW64",
                processId=3276,
                processCommandLine="rundll32.exe c:\\temp\\suspicious.dll,RepeatAfterMe",
                processCreationTime="2021-01-26T20:31:32.9581596Z",
                detectionStatus="Detected",
            ),
        ],
    }
    alert.update(overrides)
    return alert


_MDE_EVIDENCE_KEYS = [
    "entityType",
    "evidenceCreationTime",
    "sha1",
    "sha256",
    "fileName",
    "filePath",
    "processId",
    "processCommandLine",
    "processCreationTime",
    "parentProcessId",
    "parentProcessCreationTime",
    "parentProcessFileName",
    "parentProcessFilePath",
    "ipAddress",
    "url",
    "registryKey",
    "registryHive",
    "registryValueType",
    "registryValue",
    "accountName",
    "domainName",
    "userSid",
    "aadUserId",
    "userPrincipalName",
    "detectionStatus",
]


def _mde_evidence(**values: Any) -> dict[str, Any]:
    """Flat MDE evidence: every key present, null when not applicable."""
    item: dict[str, Any] = dict.fromkeys(_MDE_EVIDENCE_KEYS)
    item["evidenceCreationTime"] = "2021-01-26T20:33:58.42Z"
    item.update(values)
    return item


def mde_machine(
    machine_id: str = "1e5bc9d7e413ddd7902c2932e418702b84d0cc07", **overrides: Any
) -> dict[str, Any]:
    machine: dict[str, Any] = {
        "id": machine_id,
        "computerDnsName": "mymachine1.contoso.com",
        "firstSeen": "2018-08-02T14:55:03.7791856Z",
        "lastSeen": "2018-08-02T14:55:03.7791856Z",
        "osPlatform": "Windows10",
        "version": "1709",
        "osProcessor": "x64",
        "lastIpAddress": "172.17.230.209",
        "lastExternalIpAddress": "167.220.196.71",
        "osBuild": 18209,
        "healthStatus": "Active",
        "rbacGroupId": 140,
        "rbacGroupName": "The-A-Team",
        "riskScore": "Low",
        "exposureLevel": "Medium",
        "isAadJoined": True,
        "aadDeviceId": "80fe8ff8-2624-418e-9591-41f0491218f9",
        "machineTags": ["test tag 1", "test tag 2"],
        "deviceValue": "Normal",
        "ipAddresses": [
            {
                "ipAddress": "172.17.230.209",
                "macAddress": "8CEC4B897E73",
                "operationalStatus": "Up",
            },
            {
                "ipAddress": "fe80::ab5c:e4a:34ed:f0c3",
                "macAddress": None,
                "operationalStatus": "Up",
            },
        ],
    }
    machine.update(overrides)
    return machine


def alerts_page(count: int, start: int = 0) -> list[dict[str, Any]]:
    """`count` realistic, distinct alerts (for paging and throughput)."""
    template = graph_alert()
    items = []
    for n in range(start, start + count):
        alert = copy.deepcopy(template)
        alert["id"] = f"da6375512276775{n:05d}_-961444813"
        alert["incidentId"] = str(28000 + n // 4)
        items.append(alert)
    return items
