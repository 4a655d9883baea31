"""Graph alert (camelCase) -> Defender for Endpoint alert (PascalCase enums, flat evidence).

MDE spells several values differently from Graph (api-surface 2.2); the tables below say how.
"""

from __future__ import annotations

from typing import Any

from console.emulator.store import Collection

_SEVERITY = {"unknown": "UnSpecified"}
_DETERMINATION = {
    "compromisedAccount": "CompromisedUser",
    "notMalicious": "Clean",
    "notEnoughDataToValidate": "InsufficientData",
    "confirmedActivity": "ConfirmedUserActivity",
}
_DETECTION = {
    "microsoftDefenderForEndpoint": "WindowsDefenderAtp",
    "antivirus": "WindowsDefenderAv",
    "smartScreen": "WindowsDefenderSmartScreen",
    "customTi": "CustomerTI",
    "microsoftThreatExperts": "ThreatExperts",
    "microsoftDefenderForOffice365": "OfficeATP",
}
_ENTITY_TYPES = {
    "deviceEvidence": None,  # the machine is the alert's machineId, not an evidence row
    "fileEvidence": "File",
    "processEvidence": "Process",
    "userEvidence": "User",
    "ipEvidence": "Ip",
    "urlEvidence": "Url",
    "registryKeyEvidence": "Registry",
    "registryValueEvidence": "Registry",
}
_EVIDENCE_KEYS = (
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
)


def pascal(value: str | None) -> str | None:
    return None if value is None else value[:1].upper() + value[1:]


def _flat_evidence(item: dict[str, Any]) -> dict[str, Any] | None:
    entity = _ENTITY_TYPES.get(item["@odata.type"].rsplit(".", 1)[-1])
    if entity is None:
        return None
    flat: dict[str, Any] = dict.fromkeys(_EVIDENCE_KEYS)
    flat["entityType"] = entity
    flat["evidenceCreationTime"] = item["createdDateTime"]
    details = item.get("fileDetails") or item.get("imageFile")
    if details:
        flat.update(
            sha1=details["sha1"],
            sha256=details["sha256"],
            fileName=details["fileName"],
            filePath=details["filePath"],
        )
    if entity == "Process":
        parent = item["parentProcessImageFile"]
        flat.update(
            processId=item["processId"],
            processCommandLine=item["processCommandLine"],
            processCreationTime=item["processCreationDateTime"],
            parentProcessId=item["parentProcessId"],
            parentProcessCreationTime=item["parentProcessCreationDateTime"],
            parentProcessFileName=parent["fileName"],
            parentProcessFilePath=parent["filePath"],
        )
    account = item.get("userAccount")
    if account:
        flat.update(
            accountName=account["accountName"],
            domainName=account["domainName"],
            userSid=account["userSid"],
            aadUserId=account["azureAdUserId"],
            userPrincipalName=account["userPrincipalName"],
        )
    flat["ipAddress"] = item.get("ipAddress")
    flat["url"] = item.get("url")
    if entity == "Registry":
        flat.update(
            registryKey=item["registryKey"],
            registryHive=item["registryHive"],
            registryValueType=item.get("registryValueType"),
            registryValue=item.get("registryValue"),
        )
    flat["detectionStatus"] = pascal(item.get("detectionStatus"))
    return flat


def mde_scalars(alert: dict[str, Any]) -> dict[str, Any]:
    """The MDE alert fields that derive from one Graph alert field each (filterable ones)."""
    classification = alert.get("classification")
    determination = alert.get("determination")
    provider_id = alert.get("providerAlertId") or ""
    return {
        "id": alert["id"],
        "incidentId": int(alert["incidentId"]),
        "investigationId": int(provider_id[-6:].strip("_-") or 0) or None,
        "assignedTo": alert.get("assignedTo"),
        "severity": _SEVERITY.get(alert["severity"]) or pascal(alert["severity"]),
        "status": pascal(alert["status"]),
        "classification": None if classification in (None, "unknown") else pascal(classification),
        "determination": None
        if determination is None or determination == "unknown"
        else _DETERMINATION.get(determination) or pascal(determination),
        "detectionSource": _DETECTION.get(alert["detectionSource"])
        or pascal(alert["detectionSource"]),
        "category": alert.get("category"),
        "alertCreationTime": alert["createdDateTime"],
        "lastEventTime": alert.get("lastActivityDateTime"),
        "lastUpdateTime": alert["lastUpdateDateTime"],
    }


def mde_alert(alert: dict[str, Any], machines: Collection) -> dict[str, Any]:
    device = next((e for e in alert["evidence"] if "hostName" in e), None)
    machine_id = device["mdeDeviceId"] if device else None
    machine = machines.doc(machine_id) if machine_id else None
    user = next((e["userAccount"] for e in alert["evidence"] if "userAccount" in e), None)
    scalars = mde_scalars(alert)
    evidence = [flat for flat in map(_flat_evidence, alert["evidence"]) if flat is not None]
    return {
        "id": alert["id"],
        "incidentId": scalars["incidentId"],
        "investigationId": scalars["investigationId"],
        "assignedTo": alert["assignedTo"],
        "severity": scalars["severity"],
        "status": scalars["status"],
        "classification": scalars["classification"],
        "determination": scalars["determination"],
        "investigationState": pascal(alert["investigationState"]),
        "detectionSource": scalars["detectionSource"],
        "detectorId": alert["detectorId"],
        "category": alert["category"],
        "threatFamilyName": alert["threatFamilyName"],
        "title": alert["title"],
        "description": alert["description"],
        "alertCreationTime": alert["createdDateTime"],
        "firstEventTime": alert["firstActivityDateTime"],
        "lastEventTime": alert["lastActivityDateTime"],
        "lastUpdateTime": alert["lastUpdateDateTime"],
        "resolvedTime": alert["resolvedDateTime"],
        "machineId": machine_id,
        "computerDnsName": device["deviceDnsName"] if device else None,
        "rbacGroupName": machine["rbacGroupName"] if machine else None,
        "aadTenantId": alert["tenantId"],
        "threatName": alert["threatDisplayName"],
        "mitreTechniques": alert["mitreTechniques"],
        "relatedUser": {"userName": user["accountName"], "domainName": user["domainName"]}
        if user
        else None,
        "comments": [
            {
                "comment": c["comment"],
                "createdBy": c["createdByDisplayName"],
                "createdTime": c["createdDateTime"],
            }
            for c in alert["comments"]
        ],
        "evidence": evidence,
    }
