"""GUI event-loop delay while a sync writes into the cache behind the open window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.ui_responsiveness
    ... --scale 0.1          # a 100,000-alert cache instead of 1,000,000
    ... --scale 0            # sync into an empty cache
    ... --cache PATH         # reuse (or create and keep) the seeded cache; each run
                             # syncs into a copy of it, so runs measure the same sync
    ... --incidents 1000     # size of the emulator tenant that is synced
    ... --profile            # cProfile of the GUI thread during the sync (top 30)

1. Seeds a large cache (benchmarks/cache_queries.py) under the emulator tenant.
2. Starts the emulator in its own process (its CPU stays out of this process).
3. Opens the main window on the incidents queue with a row selected, as an
   analyst would, and runs asyncio on the Qt loop as the app does (qasync). The
   sync runs in a process of its own, as the window runs a tenant's
   (console.sync.child); before it did, on a thread, the worst was 58-74 ms.
4. A QTimer fires every 10 ms; how late each tick comes is how long the GUI
   thread was held. Measured idle first, then during a full sync, in one run.

Budget (issue 8): during the sync the worst delay is under 50 ms and the median
is within 2x the idle median. Prints median/p95/worst for both and exits 1 when
over budget. Not part of the unit suite: wall-clock figures belong here.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.cache_queries import seed_large
from benchmarks.emulator_process import EmulatorProcess, start_emulator
from console.api.auth import StaticTokenProvider
from console.cache import open_cache
from console.settings import Settings
from console.sync.clients import ClientSettings
from console.sync.engine import SyncOptions
from console.sync.target import SyncTarget, WaitCallback
from console.ui.context import AppContext
from console.ui.gc_policy import GuiThreadCollector
from console.ui.main_window import MainWindow
from console.ui.shell.navigator import ShellNavigator
from console.ui.shell.sync_controller import OK, SyncController

TOKEN = "benchmark-token"
TICK_MS = 10
WORST_BUDGET_MS = 50.0
MEDIAN_RATIO_BUDGET = 2.0
SYNC_TIMEOUT_SECONDS = 900


class LoopProbe(QObject):
    """A repeating 10 ms timer on the GUI thread; each tick records how late it came."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.delays_ms: list[float] = []

    def start(self) -> None:
        self.delays_ms = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return self.delays_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.delays_ms.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self._last = now


class CollectionTimes:
    """How long each cyclic collection took, by generation, while installed."""

    def __init__(self) -> None:
        self.ms: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._began = 0.0

    def __enter__(self) -> CollectionTimes:
        gc.callbacks.append(self._record)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self._record)

    def _record(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.ms[info["generation"]].append((time.perf_counter() - self._began) * 1000)

    def line(self) -> str:
        return "collections during the sync: " + ", ".join(
            f"gen{generation} {len(times)} (worst {max(times, default=0):.1f} ms)"
            for generation, times in self.ms.items()
        )


@dataclass(frozen=True)
class Delays:
    median: float
    p95: float
    worst: float
    ticks: int

    @classmethod
    def of(cls, delays_ms: list[float]) -> Delays:
        if len(delays_ms) < 2:
            raise SystemExit("hunting-console: too few timer ticks to measure the event loop")
        p95 = statistics.quantiles(delays_ms, n=20, method="inclusive")[18]
        return cls(statistics.median(delays_ms), p95, max(delays_ms), len(delays_ms))

    def line(self, name: str) -> str:
        return (
            f"{name:20} median {self.median:7.2f} ms   p95 {self.p95:7.2f} ms"
            f"   worst {self.worst:7.1f} ms   ({self.ticks:,} ticks)"
        )


def emulator_sync_target(emulator: EmulatorProcess) -> SyncTarget:
    """The window's sync, reading the emulator process over HTTP like a real tenant."""

    tokens = StaticTokenProvider(TOKEN)
    settings = ClientSettings(
        emulator.info["graph_url"], emulator.info["defender_url"], tokens, tokens
    )

    def make_clients(on_wait: WaitCallback):  # type: ignore[no-untyped-def]
        return settings.clients(emulator.tenant_id, on_wait)

    # In a sync process of its own, as the window runs a tenant's sync.
    return SyncTarget(emulator.tenant_id, make_clients, SyncOptions(full=True), lambda: settings)


def measure(
    path: Path,
    emulator: EmulatorProcess,
    idle_seconds: float,
    profile: bool = False,
    gui_collector: bool = True,
) -> tuple[Delays, Delays]:
    app = QApplication.instance() or QApplication(sys.argv)
    print(f"Qt platform: {QApplication.platformName()}", flush=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with open_cache(path) as cache:
        context = AppContext(
            cache, Settings(None), emulator.tenant_id, "Benchmark", navigator=ShellNavigator()
        )
        controller = SyncController(context, emulator_sync_target(emulator))
        window = MainWindow(context, controller)
        window.resize(1440, 900)
        if gui_collector:  # as console.app does
            GuiThreadCollector(window)
        window.show()
        window.show_page("incidents")
        window.queues.page("incidents").table.selectRow(3)  # the details pane is open
        refreshes: list[float] = []
        context.events.changed.connect(lambda _changes: refreshes.append(time.perf_counter()))
        probe = LoopProbe()

        async def scenario() -> tuple[list[float], list[float]]:
            await asyncio.sleep(1.0)  # first paints and one-time costs, before measuring
            probe.start()
            await asyncio.sleep(idle_seconds)
            idle = probe.stop()
            began = time.perf_counter()
            if not controller.start():
                raise SystemExit("hunting-console: the window would not start a sync")
            probe.start()
            task = controller.task
            assert task is not None
            # cProfile follows this (the GUI) thread only: what holds it during the sync.
            profiler = cProfile.Profile() if profile else None
            if profiler is not None:
                profiler.enable()
            with CollectionTimes() as collections:
                outcome = await task
            print(collections.line(), flush=True)
            if profiler is not None:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            during = probe.stop()
            if outcome.kind != OK:
                raise SystemExit(f"hunting-console: the sync failed: {outcome.reason}")
            seconds = time.perf_counter() - began
            print(f"sync: {seconds:.1f} s, {len(refreshes)} view refreshes", flush=True)
            return idle, during

        try:
            idle, during = loop.run_until_complete(
                asyncio.wait_for(scenario(), SYNC_TIMEOUT_SECONDS)
            )
        finally:
            window.close()
            window.deleteLater()
            loop.close()
            asyncio.set_event_loop(None)
    return Delays.of(idle), Delays.of(during)


def verdict(idle: Delays, during: Delays) -> bool:
    worst_ok = during.worst < WORST_BUDGET_MS
    # An idle median of a few microseconds would make any ratio huge: it is floored at
    # 0.1 ms, well under what an analyst could notice, so the ratio says something.
    ratio = during.median / max(idle.median, 0.1)
    ratio_ok = ratio <= MEDIAN_RATIO_BUDGET
    print(idle.line("idle"))
    print(during.line("during the sync"))
    print(
        f"worst during the sync {during.worst:.1f} ms (budget <{WORST_BUDGET_MS:.0f} ms)"
        f"{'' if worst_ok else '  OVER'}"
    )
    print(
        f"median during / idle {ratio:.1f}x (budget <={MEDIAN_RATIO_BUDGET:.0f}x)"
        f"{'' if ratio_ok else '  OVER'}"
    )
    return worst_ok and ratio_ok


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="of a 1,000,000-alert cache")
    parser.add_argument("--cache", type=Path, help="seeded cache to reuse (created if missing)")
    parser.add_argument("--incidents", type=int, default=1000, help="in the synced tenant")
    parser.add_argument("--idle-seconds", type=float, default=3.0)
    parser.add_argument("--profile", action="store_true", help="cProfile the GUI thread")
    parser.add_argument(
        "--collector",
        choices=("gui", "python"),
        default="gui",
        help="gui: collection on the GUI thread only, as the app does; python: CPython's own",
    )
    args = parser.parse_args()
    emulator = start_emulator("--incidents", str(args.incidents), token=TOKEN)
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = args.cache or Path(folder) / "responsiveness.db"
            if not path.exists():
                n_incidents, n_alerts = int(200_000 * args.scale), int(1_000_000 * args.scale)
                began = time.perf_counter()
                if n_alerts:
                    seed_large(
                        path, n_incidents, n_alerts, random.Random(7), tenant=emulator.tenant_id
                    )
                else:
                    open_cache(path).close()
                print(
                    f"seeded {n_alerts:,} alerts, {n_incidents:,} incidents"
                    f" in {time.perf_counter() - began:.1f} s",
                    flush=True,
                )
            # A run syncs into a copy: the kept cache stays unsynced, so every run
            # measures the same full sync instead of a near-empty incremental one.
            work = Path(folder) / "synced-copy.db"
            shutil.copyfile(path, work)
            if Path(f"{path}-wal").exists():  # a cache left unchecked-pointed
                shutil.copyfile(f"{path}-wal", f"{work}-wal")
            idle, during = measure(
                work, emulator, args.idle_seconds, args.profile, args.collector == "gui"
            )
    finally:
        emulator.stop()
    ok = verdict(idle, during)
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
