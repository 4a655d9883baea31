from console.domain import SAMPLE_DEN_TITLE, Alert, DetectionSource, Incident
from console.domain.den import is_den_incident, plain_text, recommendation_items


def alert(**kwargs):
    return Alert(id=kwargs.pop("id", "a1"), tenant_id="t", title="x", **kwargs)


def test_incident_named_defender_experts_is_a_den():
    assert Incident(id="1", tenant_id="t", display_name=SAMPLE_DEN_TITLE).is_den


def test_incident_with_the_system_tag_is_a_den():
    incident = Incident(
        id="1",
        tenant_id="t",
        display_name="Multi-stage incident",
        system_tags=("Defender Experts",),
    )
    assert incident.is_den


def test_incident_with_a_threat_experts_alert_is_a_den():
    den_alert = alert(detection_source=DetectionSource.parse("ThreatExperts"))
    incident = Incident(
        id="1",
        tenant_id="t",
        display_name="Suspicious activity",
        alerts=[alert(id="a0"), den_alert],
    )
    assert den_alert.is_den
    assert incident.is_den


def test_ordinary_incident_is_not_a_den():
    incident = Incident(
        id="1",
        tenant_id="t",
        display_name="Experts say hi",
        custom_tags=("Defender Experts",),  # an analyst's own tag is not a DEN
        alerts=[alert(detection_source=DetectionSource.ANTIVIRUS)],
    )
    assert not incident.is_den
    assert incident.den_content() is None


def test_alert_with_the_system_tag_is_a_den_alert():
    assert alert(system_tags=("Defender Experts",)).is_den


def test_den_content_has_summary_recommendations_and_queries():
    incident = Incident(
        id="1",
        tenant_id="t",
        display_name="Defender Experts: Hands-on-keyboard activity",
        description="<p>An attacker used <b>PsExec</b> &amp; WMI.</p>",
        recommended_actions="<ul><li>Isolate the device</li><li>Reset the account</li></ul>",
        recommended_hunting_queries=("DeviceProcessEvents | take 10", "  "),
    )
    content = incident.den_content()
    assert content.title == "Defender Experts: Hands-on-keyboard activity"
    assert content.executive_summary == "An attacker used PsExec & WMI."
    assert content.recommendations == ("Isolate the device", "Reset the account")
    assert content.hunting_queries == ("DeviceProcessEvents | take 10",)


def test_plain_text_recommendations_split_on_bullets_and_numbers():
    text = "1. Isolate host\n2) Collect package\n\u2022 Block the hash\n- Hunt for the IP"
    assert recommendation_items(text) == [
        "Isolate host",
        "Collect package",
        "Block the hash",
        "Hunt for the IP",
    ]


def test_plain_text_keeps_angle_brackets_that_are_not_markup():
    assert plain_text("if a < b then alert") == "if a < b then alert"


def test_incident_tags_list_system_then_custom_without_repeats():
    incident = Incident(
        id="1",
        tenant_id="t",
        display_name="x",
        system_tags=("Defender Experts",),
        custom_tags=("VIP", "Defender Experts"),
    )
    assert incident.tags == ("Defender Experts", "VIP")


def test_numbered_recommendations_on_one_line_are_separate_items():
    text = "1. Isolate the device. 2. Reset the account of user 10. 3) Block the hash."
    assert recommendation_items(text) == [
        "Isolate the device.",
        "Reset the account of user 10.",
        "Block the hash.",
    ]


def test_numbers_inside_a_sentence_do_not_split_it():
    text = "Patch Windows 10. 2 hosts remain; upgrade to version 3. Then reboot."
    assert recommendation_items(text) == [text]


def test_an_empty_den_body_shows_nothing_and_blank_lines_collapse_to_one():
    # Found by `make mutants`: no test read an empty body or a run of blank HTML lines.
    assert plain_text(None) == ""
    assert plain_text("") == ""
    assert plain_text("<p>First</p><br><br><br><br><p>Second</p>") == "First\n\nSecond"


def test_a_den_title_behind_spaces_is_still_a_den():
    # Titles arrive padded now and then; the prefix counts after the blanks, not before.
    assert is_den_incident("  Defender Experts: Suspicious activity", [])
    assert not is_den_incident("Suspicious activity  Defender Experts:", [])


def test_a_line_that_does_not_start_a_numbered_list_is_not_split_on_its_numbers():
    # Only "1. ... 2. ..." is a list written on one line; a version number mid-sentence
    # that reads like " 2. " is part of the sentence.
    assert recommendation_items("Upgrade the agent to version 2. Then restart it.") == [
        "Upgrade the agent to version 2. Then restart it."
    ]
