"""Queues scoped to some of a desk's tenants (issue 13): the right rows, by the right plan.

Three tenants: two large, one small. The small one alone holds a few hundredths of
each table, so its tenant term is a plain `tenant_id IN (...)` that a tenant-led
index serves; a large one with it holds about half, so the term stays hidden from
the planner (`tenant_id || ''`) and the sort indexes keep serving; all three need
no term at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from console.cache import Cache, alerts, devices, incidents, open_cache, query
from console.cache.filters import DeviceFilters, Filters, Sort
from console.cache.writer import write_alerts, write_devices, write_incidents
from console.domain.enums import Severity
from tests.cache.factories import alert, at, device, incident

LARGE = "aaaaaaaa-0000-4000-8000-000000000001"
OTHER_LARGE = "bbbbbbbb-0000-4000-8000-000000000002"
SMALL = "cccccccc-0000-4000-8000-000000000003"
SIZES = {LARGE: 30, OTHER_LARGE: 30, SMALL: 2}
NARROW = (SMALL,)  # 2 of 62 rows per table: under query.NARROW_SHARE
BROAD = (LARGE, SMALL)  # 32 of 62
EVERY = (LARGE, OTHER_LARGE, SMALL)

# (module, filters type, default sort, the queue's table)
QUEUES = {
    "alerts": (alerts, Filters, Sort("last_activity", True)),
    "incidents": (incidents, Filters, Sort("last_update", True)),
    "devices": (devices, DeviceFilters, Sort("risk", True)),
}


def _write(cache: Cache, tenant: str, first: int, count: int) -> None:
    numbers = range(first, first + count)
    write_incidents(
        cache,
        tenant,
        [incident(str(n), tenant_id=tenant, last_update=at(n)) for n in numbers],
        resource="incidents",
        state={},
    )
    write_alerts(
        cache,
        tenant,
        [alert(f"a{n}", str(n), tenant_id=tenant, last_activity=at(n)) for n in numbers],
        resource="alerts",
        state={},
    )
    write_devices(
        cache,
        tenant,
        [
            device(
                f"d{n}",
                f"host-{tenant[:4]}-{n}.contoso.com",
                tenant_id=tenant,
                machine_tags=("Tier1",) if n % 2 else (),
            )
            for n in numbers
        ],
        resource="devices",
        state={},
    )


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    path: Path = tmp_path_factory.mktemp("tenant_scope") / "cache.db"
    with open_cache(path) as cache:
        for tenant, size in SIZES.items():
            _write(cache, tenant, 1, size)
        yield cache


def _expected(queue: str, scope: tuple[str, ...]) -> set[tuple[str, str]]:
    prefix = {"alerts": "a", "incidents": "", "devices": "d"}[queue]
    return {(t, f"{prefix}{n}") for t in scope for n in range(1, SIZES[t] + 1)}


def _plan(connection: Any, stmt: Any) -> str:
    sql = str(stmt.compile(connection, compile_kwargs={"literal_binds": True}))
    return " ".join(str(row[3]) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def _plans(cache: Cache, queue: str, scope: tuple[str, ...]) -> tuple[str, str]:
    """The query plans of the scope's count and of its first window on the default sort."""
    module, filters_type, sort = QUEUES[queue]
    entity = module.ENTITY
    with cache.connect() as connection:
        where = module.conditions(connection, filters_type(tenant_ids=scope))
        count = select(func.count()).select_from(entity.table).where(*where)
        window = select(entity.table.c.pk).where(*where).order_by(*entity.order_by(sort))
        return _plan(connection, count), _plan(connection, window.limit(100))


@pytest.mark.parametrize("queue", QUEUES)
@pytest.mark.parametrize("scope", [NARROW, BROAD, EVERY], ids=["narrow", "broad", "every"])
def test_a_scope_keeps_exactly_its_tenants_rows_in_counts_and_windows(
    desk: Cache, queue: str, scope: tuple[str, ...]
) -> None:
    module, filters_type, sort = QUEUES[queue]
    filters = filters_type(tenant_ids=scope)
    wanted = _expected(queue, scope)
    total = module.count(desk, filters)
    first = module.page(desk, filters, sort, 0, 10)
    last = module.page(desk, filters, sort, max(0, total - 10), 10, total)
    every = module.page(desk, filters, sort, 0, 1000, total)
    assert total == len(wanted)
    assert {(row.tenant_id, row.id) for row in every} == wanted
    assert [row.id for row in first] == [row.id for row in every[:10]]
    assert [row.id for row in last] == [row.id for row in every[-10:]]


@pytest.mark.parametrize("queue", QUEUES)
def test_a_narrow_scope_is_read_through_a_tenant_led_index(desk: Cache, queue: str) -> None:
    # Hidden from the planner, one tenant's term had counts and windows walk every
    # row of the table: up to 1.1 s a step for one tenant of 50 at 1,000,000 alerts.
    count, window = _plans(desk, queue, NARROW)
    assert "(tenant_id=?" in count, count
    assert "(tenant_id=?" in window, window


@pytest.mark.parametrize(
    ("queue", "index"),
    [
        ("alerts", "ix_alerts_tenant_last_activity"),
        ("incidents", "ix_incidents_tenant_last_update"),
    ],
)
def test_one_tenants_default_sort_is_walked_in_order(desk: Cache, queue: str, index: str) -> None:
    # Without a tenant-led index of the default sort, each window of one tenant of
    # 50 sorted its 20,000 alerts (18 ms to open the queue; 9 ms with it).
    _, window = _plans(desk, queue, NARROW)
    assert index in window, window
    assert "TEMP B-TREE" not in window, window


@pytest.mark.parametrize("queue", QUEUES)
def test_a_broad_scope_keeps_the_tenant_term_off_the_indexes(desk: Cache, queue: str) -> None:
    # As an index term, half the tenants had SQLite read and sort all their rows for
    # each window (0.8 s at 1,000,000 alerts) instead of walking the sort index.
    count, window = _plans(desk, queue, BROAD)
    assert "tenant_id=" not in count, count
    assert "tenant_id=" not in window, window
    assert "TEMP B-TREE" not in window, window


def test_the_narrow_answer_is_asked_again_once_the_table_grows(tmp_path: Path) -> None:
    # The probe's answer is kept while the table's size stays the same; a tenant that
    # has grown past the threshold is then hidden from the planner again.
    with open_cache(tmp_path / "cache.db") as cache:
        for tenant, size in SIZES.items():
            _write(cache, tenant, 1, size)
        table = alerts.ENTITY.table
        with cache.connect() as connection:
            before = query.tenant_condition(connection, table, NARROW)
        _write(cache, SMALL, 100, 20)  # 22 of 82 alerts
        with cache.connect() as connection:
            after = query.tenant_condition(connection, table, NARROW)
        assert alerts.count(cache, Filters(tenant_ids=NARROW)) == 22
    assert before is not None and "||" not in str(before)
    assert after is not None and "||" in str(after)


def test_a_text_search_checks_each_found_devices_tags(desk: Cache) -> None:
    # Started from the tags, "Tier1" and a host name looked up every tagged device
    # to keep the few the text found: 150 ms at 20,000 devices, 0.1 ms this way.
    filters = DeviceFilters(text=f"host-{LARGE[:4]}-1", tags=("Tier1",))
    found = devices.page(desk, filters, Sort("risk", True), 0, 100)
    assert sorted(row.id for row in found) == ["d1", "d11", "d13", "d15", "d17", "d19"]
    assert devices.count(desk, filters) == 6
    with desk.connect() as connection:
        where = devices.conditions(connection, filters)
        plan = _plan(
            connection, select(func.count()).select_from(devices.ENTITY.table).where(*where)
        )
    assert "ix_tags_tag" not in plan, plan
    assert "USING INTEGER PRIMARY KEY" in plan, plan


def test_a_narrow_scope_checks_each_of_its_devices_tags(desk: Cache) -> None:
    # Started from the tags, one tenant of 50 looked up all 13,333 "Tier1" devices
    # of every tenant to keep its own 266 (60 ms); from its tenant index, 6 ms.
    filters = DeviceFilters(tenant_ids=NARROW, tags=("Tier1",))
    found = devices.page(desk, filters, Sort("risk", True), 0, 100)
    assert [(row.tenant_id, row.id) for row in found] == [(SMALL, "d1")]
    assert devices.count(desk, filters) == 1
    broad = DeviceFilters(tenant_ids=BROAD, tags=("Tier1",))
    assert devices.count(desk, broad) == 16
    with desk.connect() as connection:
        where = devices.conditions(connection, filters)
        plan = _plan(
            connection, select(func.count()).select_from(devices.ENTITY.table).where(*where)
        )
    assert "ix_tags_tag" not in plan, plan
    assert "(tenant_id=?)" in plan, plan


@pytest.mark.parametrize("queue", QUEUES)
@pytest.mark.parametrize("descending", [False, True])
def test_the_tenant_column_sorts_by_the_rank_given_in_windows_across_tenants(
    desk: Cache, queue: str, descending: bool
) -> None:
    # A desk names SMALL "Alpha", OTHER_LARGE "Beta", LARGE "Gamma": that order, not the ids'.
    module, filters_type, _default = QUEUES[queue]
    sort = Sort("tenant", descending, rank=(SMALL, OTHER_LARGE))  # LARGE unranked: last
    filters = filters_type(tenant_ids=EVERY)
    whole = module.page(desk, filters, sort, 0, 1000)
    tenants = [row.tenant_id for row in whole]
    groups = list(dict.fromkeys(tenants))
    assert groups == ([LARGE, OTHER_LARGE, SMALL] if descending else [SMALL, OTHER_LARGE, LARGE])
    assert len(whole) == sum(SIZES.values()) == len({(r.tenant_id, r.id) for r in whole})
    # Windows that cut across tenants give the same rows, in the same order.
    windows = [module.page(desk, filters, sort, start, 7) for start in range(0, len(whole), 7)]
    assert [r.id for window in windows for r in window] == [r.id for r in whole]
    # Within a tenant, rows keep the column's tie-break order (by id), as without a rank.
    for tenant in groups:
        alone = module.page(
            desk, filters_type(tenant_ids=(tenant,)), Sort("tenant", descending), 0, 1000
        )
        assert [r.id for r in whole if r.tenant_id == tenant] == [r.id for r in alone]


def test_a_sync_that_moves_a_match_between_tenants_never_shifts_the_tenant_windows(
    tmp_path: Path,
) -> None:
    # Five tenants of ten high alerts, and one low in the last: a sync turns one of the
    # middle tenant's high alerts low and the low one high. The total stays 50.
    names = [f"{letter * 8}-0000-4000-8000-00000000000{n}" for n, letter in enumerate("abcde")]

    def write(tenant: str, number: int, severity: Severity) -> None:
        item = alert(
            f"a{number:02}",
            None,
            tenant_id=tenant,
            severity=severity,
            raw={"n": number, "s": str(severity)},
        )
        write_alerts(cache, tenant, [item], resource="alerts", state={}, rewrite=True)

    with open_cache(tmp_path / "cache.db") as cache:
        for tenant in names:
            for number in range(1, 11):
                write(tenant, number, Severity.HIGH)
        write(names[4], 0, Severity.LOW)
        filters = Filters(severities=(Severity.HIGH,))
        sort = Sort("tenant", rank=tuple(names))

        def windows() -> list[tuple[str, str]]:
            total = alerts.count(cache, filters)
            return [
                (row.tenant_id, row.id)
                for start in range(0, total, 10)
                for row in alerts.page(cache, filters, sort, start, 10, total)
            ]

        before = windows()  # deep windows count every tenant together, and keep it
        assert len(before) == 50
        write(names[2], 10, Severity.LOW)
        write(names[4], 0, Severity.HIGH)
        after = windows()
        assert len(after) == len(set(after)) == 50
        assert (names[2], "a10") not in after and (names[4], "a00") in after
