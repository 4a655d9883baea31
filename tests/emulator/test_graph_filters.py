"""$filter: every comparison operator, `and`, nulls, and 400s that name the problem."""

from __future__ import annotations

import operator
from collections.abc import Callable

import pytest
import requests

from console.emulator import Emulator

from .conftest import TIMEOUT, follow

OPERATORS: dict[str, Callable[[str, str], bool]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
}


@pytest.fixture(scope="module")
def all_incidents(shared_emu: Emulator, shared: requests.Session) -> list[dict[str, object]]:
    return follow(shared, f"{shared_emu.graph_url}/security/incidents")


@pytest.mark.parametrize("op", sorted(OPERATORS))
def test_datetime_operators(
    op: str, shared_emu: Emulator, shared: requests.Session, all_incidents: list[dict[str, str]]
) -> None:
    # A boundary that is an actual value, so eq/ge/le differ from gt/lt.
    pivot = sorted(i["lastUpdateDateTime"] for i in all_incidents)[len(all_incidents) // 2]
    got = follow(
        shared, f"{shared_emu.graph_url}/security/incidents?$filter=lastUpdateDateTime {op} {pivot}"
    )
    expected = {i["id"] for i in all_incidents if OPERATORS[op](i["lastUpdateDateTime"], pivot)}
    assert {i["id"] for i in got} == expected
    assert expected  # the pivot makes every operator match something


def test_datetime_literal_without_fraction(shared_emu: Emulator, shared: requests.Session) -> None:
    got = follow(
        shared,
        f"{shared_emu.graph_url}/security/incidents"
        "?$filter=createdDateTime ge 2026-02-28T12:00:00Z",
    )
    assert got and all(i["createdDateTime"] >= "2026-02-28T12:00:00" for i in got)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "active"),
        ("severity", "high"),
        ("classification", "truePositive"),
        ("determination", "malware"),
    ],
)
def test_enum_equality_and_inequality(
    field: str,
    value: str,
    shared_emu: Emulator,
    shared: requests.Session,
    all_incidents: list[dict[str, str]],
) -> None:
    base = f"{shared_emu.graph_url}/security/incidents?$filter="
    equal = follow(shared, f"{base}{field} eq '{value}'")
    different = follow(shared, f"{base}{field} ne '{value}'")
    assert {i["id"] for i in equal} == {i["id"] for i in all_incidents if i[field] == value}
    assert equal, f"the data set should contain {field}={value}"
    assert len(equal) + len(different) == len(all_incidents)


def test_and_combines_clauses(
    shared_emu: Emulator, shared: requests.Session, all_incidents: list[dict[str, str]]
) -> None:
    pivot = "2026-02-01T00:00:00Z"
    got = follow(
        shared,
        f"{shared_emu.graph_url}/security/incidents"
        f"?$filter=lastUpdateDateTime gt {pivot} and status eq 'active'",
    )
    expected = {
        i["id"]
        for i in all_incidents
        if i["lastUpdateDateTime"] > pivot[:-1] and i["status"] == "active"
    }
    assert {i["id"] for i in got} == expected


def test_assigned_to_string_and_null(
    shared_emu: Emulator, shared: requests.Session, all_incidents: list[dict[str, str]]
) -> None:
    someone = next(
        i["assignedTo"] for i in all_incidents if i["assignedTo"] and "@" in i["assignedTo"]
    )
    base = f"{shared_emu.graph_url}/security/incidents?$filter="
    mine = follow(shared, f"{base}assignedTo eq '{someone}'")
    assert mine and all(i["assignedTo"] == someone for i in mine)
    unassigned = follow(shared, f"{base}assignedTo eq null")
    assert unassigned and all(i["assignedTo"] is None for i in unassigned)


def test_alerts_filter_on_service_source(shared_emu: Emulator, shared: requests.Session) -> None:
    source = "microsoftDefenderForEndpoint"
    url = f"{shared_emu.graph_url}/security/alerts_v2?$filter=serviceSource eq '{source}'"
    got = follow(shared, url)
    assert got and all(a["serviceSource"] == "microsoftDefenderForEndpoint" for a in got)


@pytest.mark.parametrize(
    ("expression", "named"),
    [
        ("colour eq 'red'", "colour"),
        ("status eq 'sleeping'", "sleeping"),
        ("lastUpdateDateTime ge 'yesterday'", "lastUpdateDateTime"),
        ("status eq", "syntax"),
        ("severity eq 3", "severity"),
    ],
)
def test_bad_filters_are_400_with_a_useful_message(
    expression: str, named: str, shared_emu: Emulator, shared: requests.Session
) -> None:
    response = shared.get(
        f"{shared_emu.graph_url}/security/incidents?$filter={expression}", timeout=TIMEOUT
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "BadRequest"
    assert named in error["message"]


def test_bad_orderby_and_top(shared_emu: Emulator, shared: requests.Session) -> None:
    for query in ("$orderby=severity", "$top=-1", "$top=ten", "$expand=devices"):
        response = shared.get(f"{shared_emu.graph_url}/security/incidents?{query}", timeout=TIMEOUT)
        assert response.status_code == 400, query
