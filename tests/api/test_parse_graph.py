"""Graph incidents and alerts become domain objects, quirks of the documented examples included."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console.api import ParseError, parse_alert, parse_incident
from console.domain import (
    AlertStatus,
    Classification,
    DetectionSource,
    Determination,
    IncidentStatus,
    ServiceSource,
    Severity,
)
from tests.api import wire_samples as wire


def test_incident_fields_are_read_with_seven_digit_fractions_in_utc() -> None:
    incident = parse_incident(wire.graph_incident())
    assert incident.id == "2972395"
    assert incident.tenant_id == wire.TENANT
    assert incident.display_name.startswith("Multi-stage incident")
    assert incident.status is IncidentStatus.ACTIVE
    assert incident.severity is Severity.MEDIUM
    assert incident.classification is Classification.TRUE_POSITIVE
    assert incident.determination is Determination.MULTI_STAGED_ATTACK
    assert incident.created == datetime(2021, 8, 13, 8, 43, 35, 553333, tzinfo=UTC)
    assert incident.last_update is not None and incident.last_update.tzinfo is UTC
    assert incident.custom_tags == ("Demo",)
    assert incident.priority_score == 72
    assert incident.summary == "An attacker gained access through a USB device."
    assert incident.comments[0].author == "DavidS@contoso.onmicrosoft.com"
    assert incident.comments[0].created == datetime(2021, 9, 30, 12, 7, 37, 275699, tzinfo=UTC)


def test_documented_pascal_case_enums_and_legacy_comment_fields() -> None:
    incident = parse_incident(wire.documented_example_1_incident())
    assert incident.status is IncidentStatus.ACTIVE
    assert incident.classification is Classification.TRUE_POSITIVE
    assert incident.determination is Determination.MULTI_STAGED_ATTACK
    assert incident.severity is Severity.MEDIUM
    comment = incident.comments[0]
    assert (comment.text, comment.author) == ("Demo incident", "DavidS@contoso.onmicrosoft.com")
    assert comment.created == datetime(2021, 9, 30, 12, 7, 37, 275699, tzinfo=UTC)


def test_tags_key_of_example_2_and_expanded_alerts() -> None:
    incident = parse_incident(wire.documented_example_2_incident(), tenant_id=wire.TENANT)
    assert incident.custom_tags == ("Demo",)
    assert len(incident.alerts) == 1
    alert = incident.alerts[0]
    assert alert.tenant_id == incident.tenant_id == wire.TENANT
    # The documented alert names incident 28282; it came inside 2972395, so it counts there.
    assert alert.incident_id == "2972395"


def test_den_incident_fields_and_awaiting_action() -> None:
    incident = parse_incident(wire.den_incident())
    assert incident.status is IncidentStatus.AWAITING_ACTION
    assert incident.is_den
    # HTML in titles and descriptions is kept verbatim; the UI shows it as plain text.
    assert incident.display_name == "Defender Experts: Hands-on-keyboard activity on <b>SRV-01</b>"
    assert incident.description == "<p>Executive summary: an attacker ran <i>PowerShell</i>.</p>"
    assert incident.recommended_hunting_queries == (
        "DeviceProcessEvents | where DeviceName == 'srv-01'",
    )
    content = incident.den_content()
    assert content is not None
    assert content.recommendations == ("Isolate SRV-01", "Reset jdoe's password")


def test_alert_fields_and_inline_evidence() -> None:
    alert = parse_alert(wire.graph_alert())
    assert alert.status is AlertStatus.NEW
    assert alert.service_source is ServiceSource.MICROSOFT_DEFENDER_FOR_ENDPOINT
    assert alert.detection_source is DetectionSource.ANTIVIRUS
    assert alert.mitre_techniques == ("T1564.001",)
    assert alert.categories == ("DefenseEvasion",)
    assert alert.product_name == "Microsoft Defender for Endpoint"
    assert alert.last_activity == datetime(2024, 5, 10, 8, 0, 0, 999999, tzinfo=UTC)
    assert [e.kind for e in alert.evidence] == ["device", "file", "process", "registryKey"]
    assert alert.device_ids == (wire.DEVICE_ID,)
    assert "\u00e2\u20ac\u00a2" in (alert.recommended_actions or "")


def test_unknown_enum_values_are_kept_raw() -> None:
    alert = parse_alert(
        wire.graph_alert(
            status="someNewStatus", serviceSource="microsoftSomethingNew", severity="Critical"
        )
    )
    assert alert.status is not None and not alert.status.is_recognised
    assert alert.status.value == "someNewStatus"
    assert (
        alert.service_source is not None and alert.service_source.value == "microsoftSomethingNew"
    )
    assert alert.severity is not None and alert.severity.value == "Critical"


@pytest.mark.parametrize(
    ("wire_value", "member"),
    [
        ("compromisedUser", Determination.COMPROMISED_ACCOUNT),
        ("clean", Determination.NOT_MALICIOUS),
        ("insufficientData", Determination.NOT_ENOUGH_DATA_TO_VALIDATE),
        ("confirmedUserActivity", Determination.CONFIRMED_ACTIVITY),
        ("NotMalicious", Determination.NOT_MALICIOUS),
    ],
)
def test_both_spellings_of_determinations(wire_value: str, member: Determination) -> None:
    assert parse_alert(wire.graph_alert(determination=wire_value)).determination is member


def test_extra_fields_stay_in_raw_and_raw_is_the_item_as_received() -> None:
    obj = wire.graph_alert(brandNewField={"x": 1})
    alert = parse_alert(obj)
    assert alert.raw is obj
    assert alert.raw["brandNewField"] == {"x": 1}
    assert alert.raw["additionalData"] == {"custom": {"nested": [1, 2]}}


def test_missing_fields_and_null_collections() -> None:
    alert = parse_alert({"id": "a1", "evidence": None, "comments": None, "mitreTechniques": None})
    assert (alert.title, alert.severity, alert.created) == ("", None, None)
    assert alert.evidence == [] and alert.comments == [] and alert.mitre_techniques == ()
    incident = parse_incident({"id": 42})
    assert incident.id == "42" and incident.display_name == "" and incident.alerts == []


def test_wrong_field_types_are_tolerated_and_reported() -> None:
    warnings: list[str] = []
    alert = parse_alert(
        wire.graph_alert(
            title=12,
            severity=["high"],
            createdDateTime="yesterday",
            mitreTechniques="T1003",
            evidence=[wire.device_evidence(), "not evidence"],
        ),
        warnings=warnings,
    )
    assert alert.title == "12"
    assert alert.severity is None
    assert alert.created is None
    assert alert.mitre_techniques == ()
    assert len(alert.evidence) == 1
    text = "\n".join(warnings)
    for field in ("severity", "createdDateTime", "mitreTechniques", "evidence"):
        assert field in text
    assert all(w.startswith("alert da637551227677560813_-961444813") for w in warnings)


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ([1, 2], "alert is an array, not a JSON object"),
        ("text", "alert is str, not a JSON object"),
        ({"title": "no id"}, "alert has no 'id'"),
        ({"id": ""}, "alert has no 'id'"),
        ({"id": {"nested": 1}}, "alert 'id' is an object, not a string"),
    ],
)
def test_something_that_is_not_an_alert_raises_parse_error(obj: object, message: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_alert(obj)
    assert str(raised.value) == message


def test_a_broken_expanded_alert_is_skipped_with_a_warning() -> None:
    warnings: list[str] = []
    incident = parse_incident(
        wire.graph_incident(alerts=[wire.graph_alert(), {"title": "no id"}]), warnings=warnings
    )
    assert len(incident.alerts) == 1
    assert warnings == ["incident 2972395: alert 2 skipped: alert has no 'id'"]
