"""Evidence shows what an analyst recognises: host, file, command line, account, IP, URL, key."""

from __future__ import annotations

from typing import Any

import pytest

from console.api import ParseError, parse_evidence
from tests.api import wire_samples as wire


@pytest.mark.parametrize(
    ("item", "kind", "label"),
    [
        (wire.device_evidence(), "device", "tempDns.contoso.com"),
        (wire.file_evidence(), "file", "MsSense.exe"),
        (wire.process_evidence(), "process", '"MsSense.exe" -run --silent'),
        (
            wire.registry_evidence(),
            "registryKey",
            "HKEY_LOCAL_MACHINE\\SYSTEM\\CONTROLSET001\\CONTROL\\WMI\\AUTOLOGGER\\SENSEAUDITLOGGER",
        ),
        (wire.user_evidence(), "user", "jdoe@contoso.com"),
        (
            {"@odata.type": "#microsoft.graph.security.ipEvidence", "ipAddress": "203.0.113.7"},
            "ip",
            "203.0.113.7",
        ),
        (
            {"@odata.type": "#microsoft.graph.security.urlEvidence", "url": "http://evil.example/"},
            "url",
            "http://evil.example/",
        ),
        (
            {
                "@odata.type": "#microsoft.graph.security.registryValueEvidence",
                "registryHive": "HKEY_CURRENT_USER",
                "registryKey": "HKEY_CURRENT_USER\\Software\\Run",
                "registryValueName": "updater",
            },
            "registryValue",
            "HKEY_CURRENT_USER\\Software\\Run\\updater",
        ),
        (
            {"@odata.type": "#microsoft.graph.security.mailboxEvidence", "upn": "ceo@contoso.com"},
            "mailbox",
            "ceo@contoso.com",
        ),
    ],
)
def test_graph_evidence_kind_and_label(item: dict[str, Any], kind: str, label: str) -> None:
    evidence = parse_evidence(item)
    assert (evidence.kind, evidence.label) == (kind, label)
    assert evidence.raw is item


def test_device_id_is_the_mde_device_id_and_roles_are_kept() -> None:
    evidence = parse_evidence(wire.device_evidence())
    assert evidence.device_id == wire.DEVICE_ID
    assert evidence.roles == ("compromised",)
    assert evidence.verdict == "unknown"
    assert evidence.created is not None


def test_user_without_upn_shows_domain_and_account() -> None:
    evidence = parse_evidence(wire.process_evidence() | {"processCommandLine": None})
    assert evidence.label == "MsSense.exe"
    user = wire.user_evidence()
    user["userAccount"] = {"accountName": "SYSTEM", "domainName": "NT AUTHORITY"}
    assert parse_evidence(user).label == "NT AUTHORITY\\SYSTEM"


def test_an_unknown_evidence_type_still_gets_a_label() -> None:
    evidence = parse_evidence(
        {"@odata.type": "#microsoft.graph.security.kubernetesPodEvidence", "name": "web-7d9f"}
    )
    assert (evidence.kind, evidence.label) == ("kubernetesPod", "web-7d9f")
    bare = parse_evidence({"@odata.type": "#microsoft.graph.security.scoreEvidence"})
    assert (bare.kind, bare.label) == ("score", "score")


def test_mde_flat_evidence_by_entity_type() -> None:
    user, process = wire.mde_alert()["evidence"]
    parsed_user = parse_evidence(user, default_device_id="m1")
    assert (parsed_user.kind, parsed_user.label) == ("user", "temp123@microsoft.com")
    assert parsed_user.device_id == "m1"
    parsed_process = parse_evidence(process)
    assert parsed_process.kind == "process"
    assert parsed_process.label == "rundll32.exe c:\\temp\\suspicious.dll,RepeatAfterMe"


def test_evidence_that_is_not_an_object_raises_parse_error() -> None:
    with pytest.raises(ParseError, match="evidence item is an array"):
        parse_evidence([])
