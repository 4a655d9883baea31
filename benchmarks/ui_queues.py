"""Queue views at scale: 1,000,000 alerts and 200,000 incidents, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_queues.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_queues.py --scale 0.1
    ... --cache PATH   # reuse (or create and keep) the seeded cache

Budgets (issue 9): opening a view (model + view shown, first rows painted),
applying a filter (every filter group of `queue_combinations`, alone and in
pairs) and jumping to its last row, sorting by any column and jumping to the
last row: each within 2.5x of the floor measured in the same run (count + the
first window of the unfiltered queue on its default sort, through the cache)
and under 100 ms; resident memory under 300 MB. Prints the steps over budget,
the worst ones and the count; exits 1 when one is over.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from benchmarks import queue_combinations
from benchmarks.cache_queries import TENANT, seed_devices, seed_large
from console.cache import open_cache
from console.settings import Settings
from console.ui.context import AppContext
from console.ui.queues import AlertsQueue, DevicesQueue, IncidentsQueue, QueueView
from console.ui.shell.navigator import ShellNavigator

STEP_BUDGET_MS = queue_combinations.STEP_BUDGET_MS
FLOOR_RATIO = queue_combinations.FLOOR_RATIO
RSS_BUDGET_MB = 300.0
QUEUES = {"incidents": IncidentsQueue, "alerts": AlertsQueue, "devices": DevicesQueue}


def _resident_mb() -> float:
    """Current resident set size (Linux /proc), else the peak from getrusage."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _paint(app: QApplication, queue: QueueView) -> None:
    """Let the view lay out, then paint the viewport now (each visible cell's data is read)."""
    app.processEvents()
    queue.table.viewport().repaint()


def _warm_up(app: QApplication) -> None:
    """Pay Qt's one-time costs (fonts, style, first paint) before measuring, as the
    console has when an analyst opens a view: its window is already on screen."""
    table = QTableView()
    table.resize(400, 300)
    table.show()
    app.processEvents()
    table.viewport().repaint()
    table.close()
    table.deleteLater()
    app.processEvents()


def _timed(action: Callable[[], Any]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


Report = Callable[[str, float], None]


def measure_queue(
    app: QApplication,
    context: AppContext,
    spec: queue_combinations.Queue,
    report: Report,
) -> None:
    """Open one queue, apply each filter combination, sort by every column, jump to the end."""
    kind = spec.name
    began = time.perf_counter()
    queue = QUEUES[kind](context)  # type: ignore[call-arg]
    queue.resize(1280, 800)
    queue.show()
    _paint(app, queue)
    report(f"{kind}: open (count + first rows painted)", (time.perf_counter() - began) * 1000)
    total = queue.model.rowCount()

    def jump() -> None:
        queue.table.scrollToBottom()
        _paint(app, queue)

    for label, filters in queue_combinations.combinations(spec):

        def apply(chosen: Any = filters) -> None:
            queue.set_filters(chosen)
            _paint(app, queue)

        report(f"{kind}: filter {label}", _timed(apply))
        report(f"{kind}:   then jump to the last row", _timed(jump))
        queue.table.scrollToTop()
    queue.set_filters(spec.blank)
    _paint(app, queue)
    header = queue.table.horizontalHeader()
    for position, column in enumerate(queue.model.columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
            began = time.perf_counter()
            header.setSortIndicator(position, order)
            _paint(app, queue)
            report(
                f"{kind}: sort by {column.key} {direction}", (time.perf_counter() - began) * 1000
            )
            report(f"{kind}:   then jump to the last row", _timed(jump))
            queue.table.scrollToTop()
    print(f"{kind}: {total:,} rows")
    queue.close()
    queue.deleteLater()
    app.processEvents()


def run(path: Path) -> bool:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    ok = True
    steps: list[tuple[float, str]] = []
    with open_cache(path) as cache:
        context = AppContext(cache, Settings(None), TENANT, "Benchmark", ShellNavigator())
        _warm_up(app)
        for spec in queue_combinations.queues():
            floor_ms = queue_combinations.floor_seconds(cache, spec) * 1000
            limit = min(FLOOR_RATIO * floor_ms, STEP_BUDGET_MS)
            over: list[tuple[float, str]] = []

            def report(name: str, ms: float, limit: float = limit, over: list[Any] = over) -> None:
                steps.append((ms, name))
                if ms > limit:
                    over.append((ms, name))
                    print(f"{name:60} {ms:8.1f} ms  OVER (budget {limit:.1f} ms)", flush=True)

            measure_queue(app, context, spec, report)
            ok &= not over
            print(
                f"{spec.name}: floor {floor_ms:.1f} ms, budget {limit:.1f} ms ="
                f" min({FLOOR_RATIO}x floor, {STEP_BUDGET_MS:.0f} ms); {len(over)} steps over;"
                f" worst: "
                + ", ".join(
                    f"{name.strip()} {ms:.0f} ms" for ms, name in sorted(over or steps)[-3:]
                ),
                flush=True,
            )
            steps.clear()
        rss = _resident_mb()
        over_rss = rss >= RSS_BUDGET_MB
        ok &= not over_rss
        print(
            f"{'resident memory':60} {rss:8.1f} MB  (budget <{RSS_BUDGET_MB:.0f} MB)"
            f"{'  OVER' if over_rss else ''}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes")
    parser.add_argument("--cache", type=Path, help="seeded cache to reuse (created if missing)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.cache or Path(folder) / "queues.db"
        if not path.exists():
            n_incidents, n_alerts = int(200_000 * args.scale), int(1_000_000 * args.scale)
            began = time.perf_counter()
            seed_large(path, n_incidents, n_alerts, random.Random(7))
            print(
                f"seeded {n_alerts:,} alerts, {n_incidents:,} incidents"
                f" in {time.perf_counter() - began:.1f} s"
            )
        seed_devices(path, int(20_000 * args.scale), random.Random(7))
        ok = run(path)
    print("within budgets" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
