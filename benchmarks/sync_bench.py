"""Sync speed and memory against budgets (issue: the data plane).

    .venv/bin/python -m benchmarks.sync_bench [--incidents 20000] [--alerts-per-incident 5]

1. Starts the emulator in its own process with the tenant size asked for.
2. Floor: the same pages fetched with requests, parsed, inserted with executemany.
3. Full sync: `hunting-console sync --full` in a child process, timed; its peak
   resident memory read from the kernel (wait4).
4. No-change incremental sync, timed in-process (what the analyst waits for) and
   as a whole command (including interpreter start-up).
Budgets: full sync <= 1.3x the floor (the median of --runs), peak memory < 400 MB, incremental < 1 s.
Exit status 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.emulator_process import start_emulator
from benchmarks.sync_floor import run_floor

TOKEN = "benchmark-token"
FULL_SYNC_RATIO_BUDGET = 1.3
PEAK_MB_BUDGET = 400.0
INCREMENTAL_SECONDS_BUDGET = 1.0


def _sync_command(cache: Path, tenant: str, info: dict[str, str], *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "console",
        "sync",
        "--cache",
        str(cache),
        "--tenant",
        tenant,
        "--graph-url",
        info["graph_url"],
        "--defender-url",
        info["defender_url"],
        "--token-env",
        "HC_BENCH_TOKEN",
        # The emulator accepts one token for both APIs; the console still takes two.
        "--defender-token-env",
        "HC_BENCH_TOKEN",
        *extra,
    ]


def _run_child(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of a child process."""
    env = {**os.environ, "HC_BENCH_TOKEN": TOKEN}
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    stderr = child.stderr.read().decode() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"sync failed:\n{stderr}")
    return seconds, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def _incremental_in_process(cache: Path, tenant: str, info: dict[str, str]) -> float:
    from console.api.auth import StaticTokenProvider
    from console.api.defender import DefenderClient
    from console.api.graph import GraphClient
    from console.api.session import ApiSession
    from console.cache.engine import open_cache
    from console.sync.engine import sync_tenant

    session = ApiSession(StaticTokenProvider(TOKEN))
    graph = GraphClient(session, info["graph_url"], tenant_id=tenant)
    defender = DefenderClient(session, info["defender_url"], tenant_id=tenant)
    with open_cache(cache) as handle:
        started = time.perf_counter()
        sync_tenant(handle, tenant, graph=graph, defender=defender)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=20000)
    parser.add_argument("--alerts-per-incident", type=int, default=5)
    parser.add_argument("--devices", type=int, default=5000)
    parser.add_argument(
        "--runs", type=int, default=1, help="floor + full sync this many times; the median ratio"
    )
    parser.add_argument(
        "--profile", type=Path, help="write a cProfile of the (first) full sync to this file"
    )
    args = parser.parse_args()

    emulator = start_emulator(
        "--seed",
        "1",
        "--incidents",
        str(args.incidents),
        "--devices",
        str(args.devices),
        "--alerts-per-incident",
        str(args.alerts_per_incident),
        token=TOKEN,
        timeout=300,
    )
    workdir = Path(tempfile.mkdtemp(prefix="hc-bench-"))
    tenant = emulator.tenant_id
    try:
        ratios: list[float] = []
        for run in range(args.runs):
            started = time.perf_counter()
            items = run_floor(
                emulator.info["graph_url"],
                emulator.info["defender_url"],
                TOKEN,
                tenant,
                workdir / f"floor{run}.db",
            )
            floor = time.perf_counter() - started
            cache = workdir / f"cache{run}.db"
            command = _sync_command(cache, tenant, emulator.info, "--full")
            if args.profile and run == 0:
                command[1:3] = ["-m", "cProfile", "-o", str(args.profile), "-m", "console"]
            full, peak_mb = _run_child(command)
            ratios.append(full / floor)
            print(
                f"run {run + 1}: floor {floor:.2f} s, full sync {full:.2f} s, {full / floor:.2f}x"
            )
        incremental = _incremental_in_process(cache, tenant, emulator.info)
        incremental_cmd, _ = _run_child(_sync_command(cache, tenant, emulator.info))
    finally:
        emulator.stop()

    ratio = statistics.median(ratios)
    print(f"items moved: {items:,} (incidents + alerts + devices)")
    print(f"floor (requests + orjson + sqlite3.executemany): {floor:.2f} s")
    print(
        f"full sync (hunting-console sync --full):          {full:.2f} s  "
        f"= {ratio:.2f}x floor, median of {len(ratios)} (budget {FULL_SYNC_RATIO_BUDGET:.1f}x)"
    )
    print(
        f"full sync peak resident memory:                   {peak_mb:.0f} MB "
        f"(budget {PEAK_MB_BUDGET:.0f} MB)"
    )
    print(
        f"no-change incremental sync, in process:           {incremental:.2f} s "
        f"(budget {INCREMENTAL_SECONDS_BUDGET:.1f} s)"
    )
    print(f"no-change incremental sync, whole command:        {incremental_cmd:.2f} s")
    missed = [
        name
        for name, ok in (
            ("full sync ratio", ratio <= FULL_SYNC_RATIO_BUDGET),
            ("peak memory", peak_mb < PEAK_MB_BUDGET),
            ("incremental", incremental < INCREMENTAL_SECONDS_BUDGET),
        )
        if not ok
    ]
    if missed:
        print("OVER BUDGET: " + ", ".join(missed))
        return 1
    print("all within budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
