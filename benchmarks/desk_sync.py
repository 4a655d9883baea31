"""Fifty small tenants synced at once, against the sum of their single syncs' floors.

    .venv/bin/python -m benchmarks.desk_sync [--tenants 50] [--incidents 40] [--parallel 4]
    ... --shared-cache      # every tenant into one cache file (All tenants)

1. Starts the emulator in its own process with `--tenants` tenants, each with its own
   token (the server tells them apart by it, as Graph does).
2. Floor: each tenant copied on its own by `benchmarks/sync_floor.py` (requests, orjson,
   executemany into the cache's own tables), one after another; their times summed.
3. The desk: every tenant synced by `console.sync.desk.sync_tenants`, `--parallel` at a
   time in sync processes that take one tenant after another, each tenant into its own
   cache, as `sync --all-profiles` does.
Budget (issue 13): the desk's wall time <= 1.5x the sum of the floors. Exit 1 when over.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.emulator_process import start_emulator
from benchmarks.sync_floor import run_floor
from console.api.auth import StaticTokenProvider
from console.sync.clients import ClientSettings
from console.sync.desk import DEFAULT_LIMIT, TenantJob, sync_tenants
from console.sync.engine import SyncOptions

RATIO_BUDGET = 1.5


def _tenant_ids(count: int, flags: list[str]) -> list[str]:
    """The tenants' ids for these flags (the data is a function of the seed)."""
    probe = start_emulator(*flags, token="probe", timeout=300)
    try:
        return [str(tenant["id"]) for tenant in probe.info["tenants"]][:count]
    finally:
        probe.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenants", type=int, default=50)
    parser.add_argument("--incidents", type=int, default=40, help="per tenant")
    parser.add_argument("--devices", type=int, default=20, help="per tenant")
    parser.add_argument("--parallel", type=int, default=DEFAULT_LIMIT)
    parser.add_argument(
        "--shared-cache",
        action="store_true",
        help="every tenant into one cache, as an All tenants view needs (writers take turns)",
    )
    args = parser.parse_args()
    flags = ["--seed", "3", "--tenants", str(args.tenants), "--incidents", str(args.incidents)]
    flags += ["--devices", str(args.devices)]
    tenants = _tenant_ids(args.tenants, flags)
    tokens = {tenant: f"desk-token-{number}" for number, tenant in enumerate(tenants)}
    first, *others = [f"{token}={tenant}" for tenant, token in tokens.items()]
    accept = [flag for entry in others for flag in ("--accept-token", entry)]
    # start_emulator passes its `token` as one more --accept-token: the first tenant's.
    emulator = start_emulator(*flags, *accept, token=first, timeout=300)
    graph, defender = emulator.info["graph_url"], emulator.info["defender_url"]
    folder = Path(tempfile.mkdtemp(prefix="hc-desk-"))
    try:
        floors = 0.0
        items = 0
        for number, (tenant, token) in enumerate(tokens.items()):
            began = time.perf_counter()
            items += run_floor(graph, defender, token, tenant, folder / f"floor-{number}.db")
            floors += time.perf_counter() - began

        def settings_for(token: str):  # type: ignore[no-untyped-def]
            provider = StaticTokenProvider(token)
            return lambda: ClientSettings(graph, defender, provider, provider)

        jobs = [
            TenantJob(
                f"tenant-{number}",
                tenant,
                folder / ("desk.db" if args.shared_cache else f"desk-{number}.db"),
                settings_for(token),
                SyncOptions(full=True),
            )
            for number, (tenant, token) in enumerate(tokens.items())
        ]
        began = time.perf_counter()
        outcomes = sync_tenants(jobs, limit=args.parallel)
        desk = time.perf_counter() - began
    finally:
        emulator.stop()
    failed = [o for o in outcomes if not o.ok]
    for outcome in failed:
        print(f"{outcome.job.name}: FAILED: {outcome.error}")
    synced = sum(o.report.items for o in outcomes if o.report is not None)
    ratio = desk / floors
    verdict = "OK" if ratio <= RATIO_BUDGET and not failed else "OVER BUDGET"
    print(f"{args.tenants} tenants, {items:,} items (floor) / {synced:,} items (desk)")
    print(f"sum of the single floors:              {floors:.2f} s")
    print(f"desk, {args.parallel} sync processes, tenant after tenant: {desk:.2f} s")
    print(f"{ratio:.2f}x the sum of the floors (budget {RATIO_BUDGET}x): {verdict}")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
