"""What each collection lets clients filter and sort on, and its page-size cap."""

from __future__ import annotations

from console.emulator import enums
from console.emulator.odata import Field, Schema

_DT = Field("datetime")
_STR = Field("string")
_COMMON = {
    "id": _STR,
    "createdDateTime": _DT,
    "lastUpdateDateTime": _DT,
    "severity": Field("enum", enums.SEVERITY),
    "assignedTo": _STR,
    "classification": Field("enum", enums.CLASSIFICATION),
    "determination": Field("enum", enums.DETERMINATION),
}
_GRAPH_SORT = ("lastUpdateDateTime", "createdDateTime", "id")


def incidents() -> Schema:
    status = Field("enum", enums.INCIDENT_STATUS + enums.INCIDENT_STATUS_EVOLVABLE)
    return Schema(
        "microsoft.graph.security.incident",
        {**_COMMON, "status": status},
        _GRAPH_SORT,
        ("lastUpdateDateTime", True),
        top_cap=50,
        expandable=("alerts",),
    )


def alerts() -> Schema:
    fields = {
        **_COMMON,
        "status": Field("enum", enums.ALERT_STATUS),
        "serviceSource": Field("enum", enums.SERVICE_SOURCE + enums.SERVICE_SOURCE_EVOLVABLE),
        "detectionSource": Field("enum", enums.DETECTION_SOURCE + enums.DETECTION_SOURCE_EVOLVABLE),
        "incidentId": _STR,
    }
    return Schema(
        "microsoft.graph.security.alert",
        fields,
        _GRAPH_SORT,
        ("lastUpdateDateTime", True),
        top_cap=1000,
    )


def machines() -> Schema:
    fields = {
        "id": _STR,
        "computerDnsName": _STR,
        "version": _STR,
        "deviceValue": Field("enum", ("Normal", "Low", "High")),
        "aadDeviceId": _STR,
        "machineTags": Field("collection"),
        "lastSeen": _DT,
        "exposureLevel": Field("enum", ("None", "Low", "Medium", "High")),
        "onboardingStatus": Field(
            "enum", ("Onboarded", "CanBeOnboarded", "Unsupported", "InsufficientInfo")
        ),
        "lastIpAddress": _STR,
        "healthStatus": Field(
            "enum",
            (
                "Active",
                "Inactive",
                "ImpairedCommunication",
                "NoSensorData",
                "NoSensorDataImpairedCommunication",
                "Unknown",
            ),
        ),
        "osPlatform": _STR,
        "riskScore": Field("enum", ("None", "Informational", "Low", "Medium", "High")),
        "rbacGroupId": Field("int"),
    }
    return Schema("Machine", fields, ("id", "lastSeen"), ("id", False), top_cap=10_000)


def mde_alerts() -> Schema:
    fields = {
        "id": _STR,
        "alertCreationTime": _DT,
        "lastUpdateTime": _DT,
        "lastEventTime": _DT,
        "incidentId": Field("int"),
        "investigationId": Field("int"),
        "assignedTo": _STR,
        "detectionSource": _STR,
        "status": Field("enum", ("Unknown", "New", "InProgress", "Resolved")),
        "severity": Field("enum", ("UnSpecified", "Informational", "Low", "Medium", "High")),
        "category": _STR,
    }
    return Schema(
        "Alert",
        fields,
        ("alertCreationTime", "lastUpdateTime", "id"),
        ("alertCreationTime", True),
        top_cap=10_000,
        expandable=("evidence",),
    )
