"""The planner's statistics follow the queue tables' size, so the queues get the plans
their strategies were measured with (`console.cache.statistics`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from console.cache import Cache, alerts, statistics
from console.cache.filters import Filters, Sort
from console.cache.writer import write_alerts
from console.domain import AlertStatus, Severity
from tests.cache.factories import TENANT, alert, at, den_alert
from tests.cache.test_query_strategies import _plans, _vm_steps

SEVERITIES = [Severity.HIGH, Severity.LOW, Severity.MEDIUM, Severity.INFORMATIONAL]


def _write(cache: Cache, first: int, count: int) -> None:
    made = [
        alert(f"s{n:05}", "1", severity=SEVERITIES[n % 4], last_activity=at(n / 100))
        for n in range(first, first + count)
    ]
    write_alerts(cache, TENANT, made, resource="alerts", state={})


def _analysed(cache: Cache) -> dict[str, Any]:
    with cache.engine.connect() as connection:
        return {
            row[0]: row[1]
            for row in connection.execute(
                text("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'alerts'")
            )
        }


def test_a_table_is_analysed_when_it_has_no_statistics_and_again_once_it_has_doubled(
    cache: Cache,
) -> None:
    _write(cache, 0, 1000)
    assert statistics.refresh(cache) == ["alerts"]  # incidents and devices are empty
    assert _analysed(cache)["ix_alerts_severity"].startswith("1000 250 ")
    assert statistics.refresh(cache) == []  # no change: no second ANALYZE
    _write(cache, 1000, 600)
    assert statistics.refresh(cache) == []  # 1.6x: the statistics still hold
    _write(cache, 1600, 600)
    assert statistics.refresh(cache) == ["alerts"]
    assert _analysed(cache)["ix_alerts_severity"].startswith("2200 550 ")


def test_with_statistics_a_broad_filter_walks_the_sort_index(cache: Cache) -> None:
    """Without statistics SQLite took "severity high" (a quarter of the alerts) as
    selective and read every high alert to sort it: 600 ms a window at 1,000,000
    alerts, against 50 ms for the walk of the sort index it takes with them."""
    _write(cache, 0, 8000)
    high = Filters(severities=("high",))
    total = alerts.count(cache, high)
    assert total == 2000
    sort = Sort("last_activity", True)

    def first_window() -> None:
        alerts.page(cache, high, sort, 0, 100, total)

    unanalysed = _vm_steps(cache, first_window)
    statistics.refresh(cache)
    analysed = _vm_steps(cache, first_window)
    assert analysed * 3 < unanalysed, (analysed, unanalysed)


def test_an_analysed_cache_counts_recent_dens_through_the_dens_not_a_scan(cache: Cache) -> None:
    """The statistics see is_den as two even values: when the time index held it too,
    counting the last 30 days' open DENs scanned that whole index (280 ms at 1,000,000
    alerts) rather than the few DENs."""
    made = [
        (den_alert if n % 250 == 0 else alert)(
            f"d{n:05}", "1", status=AlertStatus.NEW, last_update=at(n / 100)
        )
        for n in range(4000)
    ]
    write_alerts(cache, TENANT, made, resource="alerts", state={})
    statistics.refresh(cache)
    recent_dens = Filters(den_only=True, statuses=("new", "inProgress"), since=at(10), until=at(30))
    assert alerts.count(cache, recent_dens) == 8
    lines = _plans(cache, lambda: alerts.count(cache, recent_dens))
    # (The look-up of gone rows scans their partial index, empty here.)
    scans = [line for line in lines if line.startswith("SCAN alerts") and "_gone" not in line]
    assert not scans, lines
