"""Defender for Endpoint alerts and machines: PascalCase, numeric ids, flat evidence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console.api import ParseError, parse_device, parse_mde_alert
from console.domain import (
    AlertStatus,
    Classification,
    DetectionSource,
    DeviceValue,
    ExposureLevel,
    HealthStatus,
    RiskScore,
    ServiceSource,
    Severity,
)
from tests.api import wire_samples as wire


def test_mde_alert_fields() -> None:
    alert = parse_mde_alert(wire.mde_alert(), wire.TENANT)
    assert alert.tenant_id == wire.TENANT
    assert alert.incident_id == "1126093"  # a number on the wire
    assert alert.severity is Severity.LOW
    assert alert.status is AlertStatus.NEW
    assert alert.classification is Classification.TRUE_POSITIVE
    assert alert.determination is None
    assert alert.detection_source is DetectionSource.ANTIVIRUS  # WindowsDefenderAv
    assert alert.service_source is ServiceSource.MICROSOFT_DEFENDER_FOR_ENDPOINT
    assert alert.created == datetime(2021, 1, 26, 20, 33, 57, 722023, tzinfo=UTC)
    assert alert.last_update == datetime(2021, 1, 26, 20, 33, 59, 200000, tzinfo=UTC)
    assert alert.comments[0].author == "secop123@contoso.com"
    assert alert.threat_family_name == "Mimikatz"


def test_mde_alert_links_its_machine_even_without_expanded_evidence() -> None:
    alert = parse_mde_alert(wire.mde_alert(evidence=[]), None)
    assert alert.tenant_id == wire.TENANT  # aadTenantId
    assert alert.device_ids == ("111e6dd8c833c8a052ea231ec1b19adaf497b625",)
    assert alert.evidence[0].label == "temp123.middleeast.corp.microsoft.com"
    expanded = parse_mde_alert(wire.mde_alert(), None)
    assert [e.kind for e in expanded.evidence] == ["machine", "user", "process"]
    assert all(e.device_id == "111e6dd8c833c8a052ea231ec1b19adaf497b625" for e in expanded.evidence)


def test_threat_experts_alert_is_a_den() -> None:
    assert parse_mde_alert(wire.mde_alert(detectionSource="ThreatExperts"), wire.TENANT).is_den


def test_machine_fields_and_pascal_case_enums() -> None:
    device = parse_device(wire.mde_machine(), "tenant-a")
    assert device.tenant_id == "tenant-a"
    assert device.computer_dns_name == "mymachine1.contoso.com"
    assert device.health_status is HealthStatus.ACTIVE
    assert device.risk_score is RiskScore.LOW
    assert device.exposure_level is ExposureLevel.MEDIUM
    assert device.device_value is DeviceValue.NORMAL
    assert device.rbac_group_id == 140
    assert device.os_build == 18209
    assert device.os_version == "1709"
    assert device.os_architecture == "x64"
    assert device.is_aad_joined is True
    assert device.machine_tags == ("test tag 1", "test tag 2")
    assert device.ip_addresses == ("172.17.230.209", "fe80::ab5c:e4a:34ed:f0c3")
    assert device.first_seen == datetime(2018, 8, 2, 14, 55, 3, 779185, tzinfo=UTC)


def test_rbac_group_id_as_a_string_and_odd_values() -> None:
    warnings: list[str] = []
    device = parse_device(
        wire.mde_machine(rbacGroupId="140", healthStatus="Sleeping", osBuild="n/a"),
        "t",
        warnings,
    )
    assert device.rbac_group_id == 140
    assert device.health_status is not None and device.health_status.value == "Sleeping"
    assert device.os_build is None
    assert warnings == [
        "machine 1e5bc9d7e413ddd7902c2932e418702b84d0cc07: field 'osBuild' is str, "
        "expected an integer; ignored"
    ]


def test_a_machine_without_id_raises_parse_error() -> None:
    with pytest.raises(ParseError, match="machine has no 'id'"):
        parse_device({"computerDnsName": "x"}, "t")
