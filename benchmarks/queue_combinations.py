"""Every filter group alone and in pairs, with every sort, at the top and the bottom.

What a queue does when an analyst applies a filter and sorts a column: COUNT,
then the first 100-row window ("top" step); scrolling to the end asks the last
window with the count known ("bottom" step). Each step is judged against a floor
measured in the same run (count plus the first window of the unfiltered queue on
its default sort) and an absolute budget, so a busy machine moves both.

A `scope` (tenant ids) puts `tenant_ids` on every combination, as a tenant's queue
or the All tenants view does, and adds the scope alone ("tenant only"); the floor
stays the unscoped queue's, so a scope is held to the budgets of one tenant's cache.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from console.cache import alerts, devices, incidents
from console.cache.engine import Cache
from console.cache.filters import DeviceFilters, Filters, Sort

FLOOR_RATIO, STEP_BUDGET_MS, WINDOW = 2.5, 100.0, 100


@dataclass(frozen=True)
class Queue:
    name: str
    module: Any  # alerts, incidents or devices: count(cache, f) and page(cache, f, sort, ...)
    default_sort: Sort
    groups: dict[str, Any]  # filter group name -> the filters' fields it sets
    blank: Any  # the unfiltered filters object


def queues(scope: Sequence[str] = ()) -> list[Queue]:
    """The three queues; with `scope`, each one's blank filters are those tenants'."""
    month = datetime(2027, 6, 1, tzinfo=UTC)
    shared = {
        "status resolved": {"statuses": ("resolved",)},
        "severity high": {"severities": ("high",)},
        "text host-01234": {"text": "host-01234"},
        "unassigned": {"assigned_to": (None,)},
        "last 30 days": {"since": month, "until": month + timedelta(days=30)},
    }
    return [
        Queue(
            "alerts",
            alerts,
            Sort("last_activity", True),
            {
                **shared,
                "DEN + new/active": {"den_only": True, "statuses": ("new", "inProgress")},
                "include device": {"include": {"device": ("host-00042", "host-00043")}},
                "exclude severity": {"exclude": {"severity": ("informational", "low")}},
            },
            Filters(tenant_ids=tuple(scope)),
        ),
        Queue(
            "incidents",
            incidents,
            Sort("last_update", True),
            {
                **shared,
                "DEN + active": {"den_only": True, "statuses": ("active",)},
                "tag Defender Experts": {"tags": ("Defender Experts",)},
                "exclude severity": {"exclude": {"severity": ("informational", "low")}},
            },
            Filters(tenant_ids=tuple(scope)),
        ),
        Queue(
            "devices",
            devices,
            Sort("risk", True),
            {
                "risk high": {"risk_scores": ("High",)},
                "text host-0123": {"text": "host-0123"},
                "tag Tier1": {"tags": ("Tier1",)},
                "seen last 30 days": {"since": datetime(2026, 1, 10, tzinfo=UTC)},
                "exclude risk": {"exclude": {"risk": ("None", "Low")}},
            },
            DeviceFilters(tenant_ids=tuple(scope)),
        ),
    ]


def combinations(queue: Queue) -> Iterator[tuple[str, Any]]:
    """Each group alone, then each pair (two groups setting one field are skipped);
    first, when the queue is scoped to tenants, the scope alone."""
    if queue.blank.tenant_ids:
        yield "tenant only", queue.blank
    names = list(queue.groups)
    for size in (1, 2):
        for chosen in itertools.combinations(names, size):
            fields: dict[str, Any] = {}
            for name in chosen:
                if set(queue.groups[name]) & set(fields):
                    break
                fields.update(queue.groups[name])
            else:
                yield " & ".join(chosen), replace(queue.blank, **fields)


@dataclass
class Step:
    queue: str
    filters: str
    sort: str
    where: str  # "top" or "bottom"
    rows: int
    seconds: float


def _best(action: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - began)
    return best


def floor_seconds(cache: Cache, queue: Queue, repeat: int = 5) -> float:
    def opening() -> None:
        total = queue.module.count(cache, queue.blank)
        queue.module.page(cache, queue.blank, queue.default_sort, 0, WINDOW, total)

    return _best(opening, repeat)


def steps(cache: Cache, queue: Queue, directions: Sequence[bool]) -> Iterator[Step]:
    module = queue.module
    for label, filters in combinations(queue):
        for column in module.ENTITY.sort_columns:
            for descending in directions:
                sort = Sort(column, descending)
                shown = f"{column}{' desc' if descending else ''}"
                began = time.perf_counter()
                total = module.count(cache, filters)
                module.page(cache, filters, sort, 0, WINDOW, total)
                yield Step(queue.name, label, shown, "top", total, time.perf_counter() - began)
                last = max(0, total - WINDOW)
                seconds = _best(lambda: module.page(cache, filters, sort, last, WINDOW, total), 1)  # noqa: B023
                yield Step(queue.name, label, shown, "bottom", total, seconds)


def retime(cache: Cache, by_name: dict[str, Queue], step: Step, repeat: int = 3) -> float:
    """Best of `repeat` for a step first found over budget (a busy machine's spike)."""
    queue = by_name[step.queue]
    filters = dict(combinations(queue))[step.filters]
    column, _, direction = step.sort.partition(" ")
    sort = Sort(column, direction == "desc")
    module = queue.module
    if step.where == "top":
        return _best(
            lambda: module.page(cache, filters, sort, 0, WINDOW, module.count(cache, filters)),
            repeat,
        )
    last = max(0, step.rows - WINDOW)
    return _best(lambda: module.page(cache, filters, sort, last, WINDOW, step.rows), repeat)


def report(
    cache: Cache,
    directions: Sequence[bool] = (False, True),
    worst: int = 15,
    scope: Sequence[str] = (),
    scope_label: str = "",
) -> bool:
    """Print the floors, the worst steps and the count over budget; True when none is.

    With `scope`, every combination is scoped to those tenants and every line
    starts with `[scope_label]`; the floor is still the unscoped queue's.
    """
    by_name = {queue.name: queue for queue in queues(scope)}
    unscoped = {queue.name: queue for queue in queues()}
    mark = f"[{scope_label}] " if scope_label else ""
    everything: list[tuple[Step, float]] = []  # (step, its queue's floor) of every queue
    ok = True
    for queue in by_name.values():
        floor = floor_seconds(cache, unscoped[queue.name])
        limit = min(floor * FLOOR_RATIO, STEP_BUDGET_MS / 1000)
        all_steps = list(steps(cache, queue, directions))
        for step in all_steps:
            if step.seconds > limit:
                step.seconds = retime(cache, by_name, step)
        over = [s for s in all_steps if s.seconds > limit]
        over_ratio = sum(s.seconds > floor * FLOOR_RATIO for s in all_steps)
        over_absolute = sum(s.seconds > STEP_BUDGET_MS / 1000 for s in all_steps)
        ok &= not over
        everything.extend((step, floor) for step in all_steps)
        print(
            f"{mark}{queue.name}: floor {floor * 1000:.1f} ms (count + first window, "
            f"{queue.default_sort.column}{' desc' if queue.default_sort.descending else ''});"
            f" {len(all_steps)} steps: {over_ratio} over {FLOOR_RATIO}x floor,"
            f" {over_absolute} over {STEP_BUDGET_MS:.0f} ms, {len(over)} over either;"
            f" worst {max(s.seconds for s in all_steps) * 1000:.1f} ms",
            flush=True,
        )
        for step in sorted(all_steps, key=lambda s: -s.seconds)[:worst]:
            print(
                f"  {mark}{step.seconds * 1000:8.1f} ms  {step.where:6} {step.rows:>9,} rows"
                f"  {step.filters:40} by {step.sort}"
            )
        print(f"  {mark}worst step of each filter combination:")
        by_filters: dict[str, Step] = {}
        for step in all_steps:
            if step.filters not in by_filters or step.seconds > by_filters[step.filters].seconds:
                by_filters[step.filters] = step
        for step in sorted(by_filters.values(), key=lambda s: -s.seconds):
            print(
                f"  {mark}{step.seconds * 1000:8.1f} ms  {step.filters:40} {step.where:6}"
                f" by {step.sort}"
            )
    if scope_label:
        over_ratio = sum(s.seconds > f * FLOOR_RATIO for s, f in everything)
        over_absolute = sum(s.seconds > STEP_BUDGET_MS / 1000 for s, _ in everything)
        print(
            f"{mark}all queues: {len(everything)} steps, {over_absolute} over"
            f" {STEP_BUDGET_MS:.0f} ms, {over_ratio} over {FLOOR_RATIO}x their queue's floor;"
            " worst 5:"
        )
        for step, _ in sorted(everything, key=lambda e: -e[0].seconds)[:5]:
            print(
                f"  {mark}{step.seconds * 1000:8.1f} ms  {step.queue:9} {step.where:6}"
                f" {step.rows:>9,} rows  {step.filters:40} by {step.sort}"
            )
    return ok
