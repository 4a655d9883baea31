"""Defender for Endpoint `/api/alerts` and `/api/machines` items.

This API sends PascalCase enums (`TruePositive`), a numeric `incidentId`, flat
evidence without a device of its own, and `rbacGroupId` as a number although the
docs say string. `WireEnum.parse` takes care of the casing.
"""

from __future__ import annotations

from typing import Any

from console.api.parse.comments import parse_comments
from console.api.parse.fields import FieldReader, as_raw, require_id, require_object
from console.api.parse.graph import parse_evidence_list, resolve_tenant
from console.domain import (
    Alert,
    AlertStatus,
    Classification,
    DetectionSource,
    Determination,
    Device,
    DeviceValue,
    Evidence,
    ExposureLevel,
    HealthStatus,
    OnboardingStatus,
    RiskScore,
    ServiceSource,
    Severity,
)


def _machine_evidence(read: FieldReader, machine_id: str, evidence: list[Evidence]) -> Evidence:
    """The alert's device, as the portal lists it among the evidence.

    MDE alerts name their device only in `machineId`/`computerDnsName`; without this
    item an alert fetched without `$expand=evidence` would link to no device.
    """
    dns_name = read.text("computerDnsName")
    return Evidence(
        kind="machine",
        label=dns_name or machine_id,
        created=read.when("alertCreationTime"),
        roles=("compromised",) if not evidence else (),
        device_id=machine_id,
        raw={"entityType": "Machine", "machineId": machine_id, "computerDnsName": dns_name},
    )


def parse_mde_alert(obj: Any, tenant_id: str | None, warnings: list[str] | None = None) -> Alert:
    """A Defender for Endpoint alert (PascalCase enums, numeric incidentId, flat evidence)."""
    item = require_object(obj, "alert")
    alert_id = require_id(item, "alert")
    read = FieldReader(item, f"alert {alert_id}", warnings)
    machine_id = read.text("machineId")
    evidence = parse_evidence_list(read, default_device_id=machine_id)
    if machine_id and not any(e.kind == "machine" for e in evidence):
        evidence.insert(0, _machine_evidence(read, machine_id, evidence))
    service_source = read.enum(ServiceSource, "serviceSource")
    return Alert(
        id=alert_id,
        tenant_id=resolve_tenant(read, tenant_id, "aadTenantId"),
        title=read.text("title") or "",
        incident_id=read.text("incidentId"),
        description=read.text("description"),
        severity=read.enum(Severity, "severity"),
        status=read.enum(AlertStatus, "status"),
        classification=read.enum(Classification, "classification"),
        determination=read.enum(Determination, "determination"),
        # Every alert of this API comes from Defender for Endpoint.
        service_source=service_source or ServiceSource.MICROSOFT_DEFENDER_FOR_ENDPOINT,
        detection_source=read.enum(DetectionSource, "detectionSource"),
        category=read.text("category"),
        mitre_techniques=read.strings("mitreTechniques"),
        assigned_to=read.text("assignedTo"),
        created=read.when("alertCreationTime"),
        last_update=read.when("lastUpdateTime"),
        first_activity=read.when("firstEventTime"),
        last_activity=read.when("lastEventTime"),
        resolved=read.when("resolvedTime"),
        threat_family_name=read.text("threatFamilyName"),
        comments=parse_comments(read),
        evidence=evidence,
        raw=as_raw(item),
    )


def _ip_addresses(read: FieldReader) -> tuple[str, ...]:
    addresses = []
    for entry in read.objects("ipAddresses"):
        address = entry.get("ipAddress")
        if type(address) is str and address and address not in addresses:
            addresses.append(address)
    return tuple(addresses)


def parse_device(obj: Any, tenant_id: str | None, warnings: list[str] | None = None) -> Device:
    """A Defender for Endpoint machine."""
    item = require_object(obj, "machine")
    machine_id = require_id(item, "machine")
    read = FieldReader(item, f"machine {machine_id}", warnings)
    onboarding_key = "onboardingStatus" if "onboardingStatus" in item else "onboardingstatus"
    return Device(
        id=machine_id,
        tenant_id=resolve_tenant(read, tenant_id, "aadTenantId"),
        computer_dns_name=read.text("computerDnsName") or "",
        first_seen=read.when("firstSeen"),
        last_seen=read.when("lastSeen"),
        os_platform=read.text("osPlatform"),
        os_version=read.text("version"),
        os_build=read.integer("osBuild"),
        os_architecture=read.text("osArchitecture") or read.text("osProcessor"),
        last_ip_address=read.text("lastIpAddress"),
        last_external_ip_address=read.text("lastExternalIpAddress"),
        health_status=read.enum(HealthStatus, "healthStatus"),
        onboarding_status=read.enum(OnboardingStatus, onboarding_key),
        risk_score=read.enum(RiskScore, "riskScore"),
        exposure_level=read.enum(ExposureLevel, "exposureLevel"),
        device_value=read.enum(DeviceValue, "deviceValue"),
        rbac_group_id=read.integer("rbacGroupId"),
        rbac_group_name=read.text("rbacGroupName"),
        aad_device_id=read.text("aadDeviceId"),
        is_aad_joined=read.boolean("isAadJoined"),
        machine_tags=read.strings("machineTags"),
        ip_addresses=_ip_addresses(read),
        raw=as_raw(item),
    )
