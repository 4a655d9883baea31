"""Start-up of the console window on a cached tenant: launch to a usable window.

"Usable" means the window is shown and the incidents queue has counted its rows
and fetched the first ones (the app prints a marker then). Each run is a fresh
process, offscreen, so the figure includes Python, Qt and SQLAlchemy imports.

    python -m benchmarks.ui_startup [--cache FILE --tenant ID] [--runs 5]

Without --cache it syncs a synthetic tenant from the emulator first.
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

BUDGET_SECONDS = 1.5
MARKER = "HUNTING_CONSOLE_READY"


def build_cache(folder: Path, incidents: int) -> tuple[Path, str]:
    from console.api.auth import StaticTokenProvider
    from console.cache.engine import open_cache
    from console.emulator import Emulator, EmulatorConfig
    from console.sync.clients import make_clients
    from console.sync.engine import sync_tenant

    path = folder / "cache.db"
    with Emulator(EmulatorConfig(seed=11, incidents=incidents, devices=200)) as emulator:
        tenant = emulator.tenants[0]
        graph, defender = make_clients(
            tenant.id,
            emulator.graph_url,
            emulator.defender_url,
            StaticTokenProvider(emulator.issue_token(tenant.id)),
        )
        with open_cache(path) as cache:
            sync_tenant(
                cache,
                tenant.id,
                graph=graph,
                defender=defender,
            )
    return path, tenant.id


def one_start(cache: Path, tenant: str, home: Path) -> tuple[float, str]:
    code = (
        "import sys; from console.app import main; "
        f"sys.exit(main(cache_path={str(cache)!r}, tenant_id={tenant!r}, tenant_name='Bench'))"
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HUNTING_CONSOLE_HOME=str(home),
        HUNTING_CONSOLE_EXIT_WHEN_READY="quit",
    )
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.startswith(MARKER):
                return time.perf_counter() - began, line.strip()
        raise RuntimeError("the console exited without reporting a usable window")
    finally:
        process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--tenant")
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        if args.cache:
            cache, tenant = args.cache, args.tenant
        else:
            print(f"syncing a {args.incidents:,}-incident tenant from the emulator…")
            cache, tenant = build_cache(folder, args.incidents)
        one_start(cache, tenant, folder / "home")  # warm the OS file cache
        times = []
        for _ in range(args.runs):
            seconds, line = one_start(cache, tenant, folder / "home")
            times.append(seconds)
            print(f"  launch to usable window: {seconds * 1000:.0f} ms ({line})")
    median = statistics.median(times)
    verdict = "OK" if median < BUDGET_SECONDS else "OVER BUDGET"
    print(
        f"start-up median {median * 1000:.0f} ms (budget {BUDGET_SECONDS * 1000:.0f} ms): {verdict}"
    )
    return 0 if median < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
