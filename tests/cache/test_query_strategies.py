"""The window strategies return exactly the plain query's rows, and a selective filter is cheap.

`query.page` picks, by the count the caller knows, between walking the sort
index (from the nearer end) and reading the few matching rows to sort them,
and rewrites severity filters onto the indexed rank. Whatever it picks, a
window must be the same slice of the same total order as the plain query's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import event

from console.cache import Cache, alerts, query
from console.cache.filters import Filters, Sort
from console.cache.writer import write_alerts
from console.domain import Alert, AlertStatus, Severity
from tests.cache.factories import TENANT, alert, at, den_alert, device_evidence

SEVERITIES = [Severity.LOW, Severity.HIGH, None, Severity.MEDIUM, Severity.INFORMATIONAL]
STATUSES = [AlertStatus.NEW, AlertStatus.RESOLVED, AlertStatus.IN_PROGRESS]


def seeded_alerts(count: int) -> list[Alert]:
    """Alerts with many ties (few titles, severities, devices, times) and some DENs."""
    made = []
    for n in range(count):
        fields: dict[str, Any] = {
            "title": f"Alert {n % 9}",
            "severity": SEVERITIES[n % 5],
            "status": STATUSES[n % 3],
            "last_activity": at(n % 4),
            "last_update": at(n % 10),
        }
        if n % 6:
            fields["evidence"] = [device_evidence(f"d{n % 5}", f"host-{n % 5}")]
        builder = den_alert if n % 7 == 0 else alert
        made.append(builder(f"a{n:04}", str(n % 11), **fields))
    return made


# Each filter with the rows it keeps, said in Python over the seeded alerts.
FILTERS: list[tuple[Filters, Callable[[Alert], bool]]] = [
    (Filters(), lambda a: True),
    (
        Filters(den_only=True, statuses=("new", "inProgress")),
        lambda a: a.is_den and a.status in (AlertStatus.NEW, AlertStatus.IN_PROGRESS),
    ),
    (Filters(severities=("high",)), lambda a: a.severity == Severity.HIGH),
    (
        Filters(exclude={"severity": ("informational", "low")}),
        lambda a: a.severity not in (Severity.INFORMATIONAL, Severity.LOW),
    ),
    (
        Filters(statuses=("resolved",), include={"severity": ("high", "medium")}),
        lambda a: (
            a.status == AlertStatus.RESOLVED and a.severity in (Severity.HIGH, Severity.MEDIUM)
        ),
    ),
    (
        Filters(tags=("Defender Experts",), severities=("low",)),
        lambda a: a.is_den and a.severity == Severity.LOW,
    ),
    (
        Filters(den_only=True, exclude={"severity": ("high",), "device": ("host-1",)}),
        lambda a: (
            a.is_den
            and a.severity != Severity.HIGH
            and all(e.label != "host-1" for e in a.evidence)
        ),
    ),
    # Time ranges are read through the covering time index (migration 0007).
    (
        Filters(since=at(2), until=at(7)),
        lambda a: a.last_update is not None and at(2) <= a.last_update < at(7),
    ),
    (
        Filters(since=at(2), until=at(7), statuses=("resolved",), assigned_to=(None,)),
        lambda a: (
            a.last_update is not None
            and at(2) <= a.last_update < at(7)
            and a.status == AlertStatus.RESOLVED
            and a.assigned_to is None
        ),
    ),
    (
        Filters(since=at(5), exclude={"severity": ("informational", "low")}),
        lambda a: (
            a.last_update is not None
            and at(5) <= a.last_update
            and a.severity not in (Severity.INFORMATIONAL, Severity.LOW)
        ),
    ),
    (
        Filters(until=at(4), den_only=True),
        lambda a: a.last_update is not None and a.last_update < at(4) and a.is_den,
    ),
]
SORTS = [
    Sort("severity"),
    Sort("severity", True),
    Sort("device"),
    Sort("title", True),
    Sort("last_activity", True),
    Sort("status"),
    Sort("last_update"),
    Sort("tenant", True),
]


@pytest.fixture
def seeded(cache: Cache) -> Iterator[tuple[Cache, list[Alert]]]:
    made = seeded_alerts(240)
    write_alerts(cache, TENANT, made, resource="alerts", state={})
    yield cache, made


@pytest.mark.parametrize(
    "sort", SORTS, ids=lambda s: f"{s.column}{'-desc' if s.descending else ''}"
)
@pytest.mark.parametrize(
    ("sort_cost", "walk_steps"),
    [(0, 10**9), (10**9, 10**9), (10**9, 0)],
    ids=["sort-matches", "walk-index", "walk-gives-up"],
)
def test_every_window_is_the_plain_querys_slice(
    seeded: tuple[Cache, list[Alert]],
    monkeypatch: pytest.MonkeyPatch,
    sort: Sort,
    sort_cost: int,
    walk_steps: int,
) -> None:
    cache, made = seeded
    monkeypatch.setattr(query, "MIN_WALK_STEPS", walk_steps)
    monkeypatch.setattr(query, "SORT_STEPS", 0)
    # The unfiltered full list, in one window from the top, is the plain query's order.
    everything = [row.id for row in alerts.page(cache, Filters(), sort, 0, 10_000)]
    assert len(everything) == len(made) == len(set(everything))
    monkeypatch.setattr(query, "SORT_COST", sort_cost)
    by_id = {a.id: a for a in made}
    for filters, keeps in FILTERS:
        expected = [i for i in everything if keeps(by_id[i])]
        total = alerts.count(cache, filters)
        assert total == len(expected), filters
        for limit in (1, 7, 50):
            offsets = {0, 3, total // 2 - 1, total // 2, total - limit, total - 1, total}
            for offset in sorted(o for o in offsets if o >= 0):
                for known in (total, None):
                    got = [r.id for r in alerts.page(cache, filters, sort, offset, limit, known)]
                    assert got == expected[offset : offset + limit], (filters, offset, limit)


def _vm_steps(cache: Cache, action: Callable[[], Any]) -> int:
    """SQLite virtual-machine steps `action` runs (in hundreds): a cost without a clock."""
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += 1
        return 0

    def install(connection: Any, *_: Any) -> None:
        connection.connection.driver_connection.set_progress_handler(tick, 100)

    event.listen(cache.engine, "before_cursor_execute", install)
    try:
        action()
    finally:
        event.remove(cache.engine, "before_cursor_execute", install)
    return steps


def test_the_open_dens_by_any_column_cost_less_than_a_window_of_everything(cache: Cache) -> None:
    """At 1,000,000 alerts the open DENs sorted by device walked the whole device index
    (4.6 s at the last window); reading the few DENs and sorting them costs less than
    the first window of the unfiltered queue does."""
    made = [
        (den_alert if n % 500 == 0 else alert)(
            f"b{n:05}", "1", title=f"Alert {n}", status=AlertStatus.NEW
        )
        for n in range(4000)
    ]
    write_alerts(cache, TENANT, made, resource="alerts", state={})
    everything = Filters()
    floor = _vm_steps(
        cache, lambda: alerts.page(cache, everything, Sort("last_activity", True), 0, 100, 4000)
    )
    open_dens = Filters(den_only=True, statuses=("new", "inProgress"))
    assert alerts.count(cache, open_dens) == 8
    # An excluded severity must not lead the planner away from the DENs either.
    not_low = replace(open_dens, exclude={"severity": ("informational",)})
    for filters in (open_dens, not_low):
        total = alerts.count(cache, filters)
        assert total == 8
        for sort in (Sort("device"), Sort("title"), Sort("severity", True), Sort("created")):
            for offset in (0, total - 1):
                cost = _vm_steps(
                    cache,
                    lambda: alerts.page(cache, filters, sort, offset, 100, total),  # noqa: B023
                )
                assert cost < floor, (filters, sort, offset, cost, floor)
        counting = _vm_steps(cache, lambda: alerts.count(cache, filters))  # noqa: B023
        assert counting < floor, (filters, counting, floor)


def _plans(cache: Cache, action: Callable[[], Any]) -> list[str]:
    """The query-plan lines of every statement `action` runs, as SQLite would run them."""
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(cache.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(cache.engine, "before_cursor_execute", record)
    lines: list[str] = []
    with cache.engine.connect() as connection:
        raw: Any = connection.connection.driver_connection
        for statement, parameters in statements:
            lines += [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)]
    return lines


def test_a_time_range_is_counted_and_sorted_by_any_column_without_reading_the_table(
    seeded: tuple[Cache, list[Alert]],
) -> None:
    """At 1,000,000 alerts the last 30 days (26,000 alerts spread over the table) read
    each matching row to sort it or to check a second filter: 65-100 ms a window, for
    any sort. The covering time index answers the count and the window's ids; only the
    window's own rows are read from the table, by primary key. The cache is not
    analysed, as a real one is not: this is the plan SQLite picks without statistics."""
    cache, _ = seeded
    ranges = [
        Filters(since=at(2), until=at(7)),
        Filters(since=at(2), until=at(7), statuses=("resolved",), severities=("high",)),
        Filters(since=at(2), until=at(4), assigned_to=(None,), exclude={"device": ("host-1",)}),
    ]
    for filters in ranges:
        total = alerts.count(cache, filters)
        assert total > 0
        for column in alerts.ENTITY.sort_columns:
            for sort in (Sort(column), Sort(column, True)):
                for offset in (0, max(0, total - 50)):
                    lines = _plans(
                        cache,
                        lambda: (
                            alerts.count(cache, filters),  # noqa: B023
                            alerts.page(cache, filters, sort, offset, 50, total),  # noqa: B023
                        ),
                    )
                    # The look-up of gone rows reads their tiny partial index, and the
                    # largest pk ("SEARCH alerts" alone) is one step to the table's end.
                    reads = [
                        line
                        for line in lines
                        if line.startswith(("SEARCH alerts ", "SCAN alerts"))
                        and "ix_alerts_gone" not in line
                    ]
                    assert reads, (filters, sort)
                    for line in reads:
                        assert "COVERING INDEX" in line or "PRIMARY KEY" in line, (
                            filters,
                            sort,
                            line,
                        )
