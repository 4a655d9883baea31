import pytest

from console.domain import (
    AlertStatus,
    Classification,
    DetectionSource,
    Determination,
    HealthStatus,
    IncidentStatus,
    RiskScore,
    Severity,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("truePositive", Classification.TRUE_POSITIVE),
        ("TruePositive", Classification.TRUE_POSITIVE),
        ("InformationalExpectedActivity", Classification.INFORMATIONAL_EXPECTED_ACTIVITY),
        ("benignPositive", Classification.BENIGN_POSITIVE),
    ],
)
def test_classification_accepts_graph_and_defender_spellings(raw, expected):
    assert Classification.parse(raw) is expected


@pytest.mark.parametrize(
    ("doc_spelling", "sdk_spelling"),
    [
        ("compromisedUser", "compromisedAccount"),
        ("clean", "notMalicious"),
        ("insufficientData", "notEnoughDataToValidate"),
        ("confirmedUserActivity", "confirmedActivity"),
        ("MultiStagedAttack", "multiStagedAttack"),
    ],
)
def test_both_spellings_of_determination_mean_the_same(doc_spelling, sdk_spelling):
    assert Determination.parse(doc_spelling) is Determination.parse(sdk_spelling)
    assert Determination.parse(doc_spelling).value == sdk_spelling


def test_defender_for_endpoint_names_map_to_graph_members():
    assert DetectionSource.parse("ThreatExperts") is DetectionSource.MICROSOFT_THREAT_EXPERTS
    assert DetectionSource.parse("WindowsDefenderAv") is DetectionSource.ANTIVIRUS
    assert Severity.parse("UnSpecified") is Severity.UNKNOWN
    assert HealthStatus.parse("NoSensorDataImpairedCommunication") is (
        HealthStatus.NO_SENSOR_DATA_IMPAIRED_COMMUNICATION
    )
    assert RiskScore.parse("None") is RiskScore.NONE
    assert AlertStatus.parse("InProgress") is AlertStatus.IN_PROGRESS


def test_unknown_values_are_kept_raw_and_flagged():
    status = IncidentStatus.parse("escalatedToSomeone")
    assert isinstance(status, IncidentStatus)
    assert status.value == "escalatedToSomeone"
    assert str(status) == "escalatedToSomeone"
    assert not status.is_recognised
    assert status.is_unknown


def test_future_members_are_known_but_unknown_future_value_reads_as_unknown():
    assert IncidentStatus.parse("awaitingAction") is IncidentStatus.AWAITING_ACTION
    assert IncidentStatus.parse("awaitingAction").is_recognised
    assert IncidentStatus.parse("unknownFutureValue").is_unknown
    assert not IncidentStatus.parse("active").is_unknown


def test_missing_values_parse_to_none():
    assert Severity.parse(None) is None
    assert Severity.parse("") is None


def test_severity_ranks_sort_by_gravity():
    order = sorted(
        ["low", "high", "informational", "medium", "bogus"], key=lambda v: Severity.parse(v).rank
    )
    assert order == ["bogus", "informational", "low", "medium", "high"]


@pytest.mark.parametrize("raw", ["High", "HIGH", " high ", "high\n"])
def test_case_and_padding_do_not_make_a_value_unrecognised(raw):
    assert Severity.parse(raw) is Severity.HIGH


@pytest.mark.parametrize("raw", ["unspecified", "UNSPECIFIED", " UnSpecified "])
def test_aliases_match_in_any_case_too(raw):
    assert Severity.parse(raw) is Severity.UNKNOWN


def test_a_value_that_is_not_text_is_refused_not_kept():
    # Only strings come off the wire as enum values; a number is a caller's bug.
    with pytest.raises(ValueError):
        Severity(4)
