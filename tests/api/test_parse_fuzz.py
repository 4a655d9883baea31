"""On arbitrary JSON the parsers return an object or raise ParseError, never anything else."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.api import (
    ParseError,
    parse_alert,
    parse_datetime,
    parse_device,
    parse_evidence,
    parse_incident,
    parse_mde_alert,
)
from console.api.errors import TenantMismatchError
from tests.api import wire_samples as wire

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)

# Keys the parsers look at, so the fuzzer hits real fields with wrong types.
KNOWN_KEYS = [
    "id", "title", "displayName", "severity", "status", "classification", "determination",
    "createdDateTime", "lastUpdateDateTime", "alerts", "evidence", "comments", "customTags",
    "tags", "systemTags", "mitreTechniques", "recommendedHuntingQueries", "priorityScore",
    "@odata.type", "entityType", "fileDetails", "userAccount", "imageFile", "machineId",
    "incidentId", "rbacGroupId", "osBuild", "ipAddresses", "isAadJoined", "healthStatus",
    "tenantId", "aadTenantId", "detectionSource", "comment", "createdBy", "createdTime",
    "registryKey", "registryHive", "registryValueName", "processId",
]  # fmt: skip
objects = st.dictionaries(st.sampled_from(KNOWN_KEYS), json_values, max_size=12)
ids = st.one_of(st.text(min_size=1, max_size=8), st.integers())
items = json_values | objects | objects.flatmap(lambda o: ids.map(lambda i: {**o, "id": i}))

PARSERS = (
    lambda obj: parse_incident(obj, None, []),
    lambda obj: parse_alert(obj, wire.TENANT, []),
    lambda obj: parse_mde_alert(obj, None, []),
    lambda obj: parse_device(obj, wire.TENANT, []),
    lambda obj: parse_evidence(obj, []),
)


# Each generated value goes through every parser: generating is the slow part.
@settings(
    max_examples=250, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(obj=items)
def test_parsers_raise_only_parse_error(obj: Any) -> None:
    for parse in PARSERS:
        try:
            parse(obj)
        except (ParseError, TenantMismatchError) as error:
            assert str(error)  # a message an analyst can read


@settings(max_examples=150, deadline=None, database=None)
@given(
    item=st.sampled_from([wire.graph_alert, wire.mde_alert]).map(lambda make: make()),
    key=st.sampled_from(KNOWN_KEYS),
    value=json_values,
)
def test_any_field_of_a_real_alert_can_be_wrong(item: dict, key: str, value: Any) -> None:
    item[key] = value
    try:
        alert = (
            parse_alert(item, wire.TENANT, [])
            if "@odata.type" in item
            else parse_mde_alert(item, wire.TENANT)
        )
    except ParseError:
        assert key == "id"
        return
    except TenantMismatchError:
        assert key in ("tenantId", "aadTenantId")  # another tenant's item is refused
        return
    assert alert.raw[key] == value or value != value  # NaN is not equal to itself


@settings(database=None)
@given(st.text(max_size=40))
def test_parse_datetime_never_raises(text: str) -> None:
    result = parse_datetime(text)
    assert result is None or result.tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-10T08:21:16.5800000Z", datetime(2024, 5, 10, 8, 21, 16, 580000, tzinfo=UTC)),
        ("2024-05-10T08:21:16Z", datetime(2024, 5, 10, 8, 21, 16, tzinfo=UTC)),
        ("2024-05-10T08:21:16z", datetime(2024, 5, 10, 8, 21, 16, tzinfo=UTC)),  # RFC 3339
        ("2024-05-10T10:21:16.1234567+02:00", datetime(2024, 5, 10, 8, 21, 16, 123456, tzinfo=UTC)),
        ("2024-05-10T08:21:16", datetime(2024, 5, 10, 8, 21, 16, tzinfo=UTC)),
        ("0001-01-01T00:30:00+01:00", None),  # before year 1 in UTC
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_datetime(text: str | None, expected: datetime | None) -> None:
    assert parse_datetime(text) == expected
