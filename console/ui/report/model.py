"""What the Defender Experts for Hunting report shows, read from the cache in one go.

`read_report` runs every figure of `console.cache.report` for one period and set of
tenants and returns plain frozen data: it reads no widget and touches no Qt object, so
the page runs it on a reader thread (console.ui.reader) and the PDF, the CSV files and
the benchmark reuse what the page shows.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from console.cache import report
from console.cache.engine import Cache
from console.ui.shell.periods import period_start

PERIODS = ("month", "1m", "3m", "6m", "custom")


@dataclass(frozen=True)
class Period:
    """A period as the analyst chose it: a preset key (PERIODS) and its bounds (aware)."""

    key: str
    since: datetime
    until: datetime


def preset_period(key: str, now: datetime) -> Period:
    """A preset period ending now; `now` is aware, in the analyst's zone."""
    return Period(key, period_start(key, now), now)


def custom_period(first_day: datetime, last_day: datetime) -> Period:
    """From the start of `first_day` to the end of `last_day` (both local dates, included)."""
    # Each midnight with the offset the system zone has on that day (a January period
    # chosen in summer starts at January's midnight, not an hour off).
    since = datetime.combine(first_day.date(), time()).astimezone()
    last = max(last_day.date(), first_day.date())
    until = datetime.combine(last + timedelta(days=1), time()).astimezone()
    return Period("custom", since, until)


@dataclass(frozen=True)
class TrendingRow:
    trend: report.Trending
    impacted: report.Impacted


@dataclass(frozen=True)
class ReportData:
    tenant_ids: tuple[str, ...]
    period: Period
    view: report.View
    made: datetime
    dens: int
    categories: tuple[report.CategoryCell, ...]
    trending: tuple[TrendingRow, ...]
    over_time: tuple[tuple[str, int], ...]
    by_severity: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str, int], ...]
    resolution: report.Resolution

    @property
    def scope(self) -> report.Scope:
        return scope_of(self.tenant_ids, self.period)


def scope_of(tenant_ids: tuple[str, ...], period: Period) -> report.Scope:
    return report.Scope(tenant_ids, period.since.astimezone(UTC), period.until.astimezone(UTC))


def read_report(
    cache: Cache, tenant_ids: tuple[str, ...], period: Period, view: report.View
) -> ReportData:
    """Every figure of the report for `period` (plain queries, for any thread).

    The trending activities (three months, and their devices and users) are read on a
    second thread beside the period's figures: each reads its own stretch of the alerts
    over its own pooled connection (WAL readers do not wait on each other), so the two
    costs overlap instead of adding up on a machine with two cores.
    """
    scope = scope_of(tenant_ids, period)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-trending") as pool:
        trending = pool.submit(_read_trending, cache, tenant_ids, scope.until)
        dens = report.den_count(cache, scope)
        categories = tuple(report.threat_categories(cache, scope, view))
        over_time = tuple(report.dens_over_time(cache, scope))
        by_severity = tuple(report.dens_by_severity(cache, scope))
        by_category = tuple(report.dens_by_category(cache, scope))
        resolution = report.resolution(cache, scope)
        trends = trending.result()
    return ReportData(
        tenant_ids=tenant_ids,
        period=period,
        view=view,
        made=datetime.now().astimezone(),
        dens=dens,
        categories=categories,
        trending=trends,
        over_time=over_time,
        by_severity=by_severity,
        by_category=by_category,
        resolution=resolution,
    )


def _read_trending(
    cache: Cache, tenant_ids: tuple[str, ...], until: datetime
) -> tuple[TrendingRow, ...]:
    trends = report.trending(cache, tenant_ids, until)
    lookback = report.Scope(tenant_ids, until - report.TRENDING_LOOKBACK, until)
    # By title alone, as trending counts them (its tactic is only the one shown).
    impacted = report.impacted_many(
        cache, lookback, report.View.SUSPICIOUS, [(None, t.activity) for t in trends]
    )
    return tuple(TrendingRow(t, impacted[(None, t.activity)]) for t in trends)


def read_categories(
    cache: Cache, data: ReportData, view: report.View
) -> tuple[report.CategoryCell, ...]:
    """The threat categories of `data`'s period in another view (the view switch)."""
    return tuple(report.threat_categories(cache, data.scope, view))
