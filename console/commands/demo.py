"""The demo tenant: the emulator started in-process, synced into a fresh cache.

`hunting-console demo` (and `make run` where there is no display) prints what
an analyst would first look at: the counts, and the Defender Experts
notifications with their titles.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from console.launch import DEMO_DEVICES, DEMO_INCIDENTS, DEMO_SEED, demo_cache_path, emulator_target

NO_WINDOW_NOTICE = (
    "No display is available for the console window, so here is the headless demo instead."
)


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "demo",
        help="headless demo: start the emulator, sync the demo tenant, print a summary",
    )
    parser.add_argument("--incidents", type=int, default=DEMO_INCIDENTS, help="demo tenant size")
    parser.add_argument("--devices", type=int, default=DEMO_DEVICES, help="demo tenant size")
    parser.add_argument("--cache", metavar="FILE", help="cache file (default: in the data folder)")
    parser.set_defaults(handler=lambda args: run_headless_demo(args))


def display_available() -> bool:
    """Whether a window could be shown: a display server, or a platform with its own."""
    if sys.platform in ("win32", "darwin"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal")):
        return False
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def fresh_demo_cache(path: Path) -> Path:
    """Remove the previous demo cache (and its WAL files) so every demo starts clean."""
    from console.paths import data_dir
    from console.private_files import private_dir

    private_dir(path.parent, root=data_dir())
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def run_headless_demo(args: argparse.Namespace | None = None, *, out: Any = None) -> int:
    from console.cache.engine import CacheError, open_cache, storage_errors
    from console.commands import CommandError
    from console.emulator import Emulator, EmulatorConfig
    from console.sync.engine import sync_tenant
    from console.sync.progress import StreamProgress

    stream = out or sys.stdout
    incidents = getattr(args, "incidents", DEMO_INCIDENTS)
    devices = getattr(args, "devices", DEMO_DEVICES)
    wanted = Path(args.cache) if args and args.cache else demo_cache_path()
    try:
        cache_path = fresh_demo_cache(wanted)
    except OSError as error:
        raise CommandError(
            f"cannot make the demo cache {wanted}: {error.strerror or error}"
        ) from error
    config = EmulatorConfig(seed=DEMO_SEED, tenants=1, incidents=incidents, devices=devices)
    with Emulator(config) as emulator:
        tenant = emulator.tenants[0]
        print(
            f"Demo tenant {tenant.name} ({tenant.id}) served by the emulator at "
            f"{emulator.base_url}",
            file=stream,
        )
        progress = StreamProgress(sys.stderr)
        graph, defender = emulator_target(emulator, tenant.id).make_clients(progress.waiting)
        try:
            cache = open_cache(cache_path)
            try:
                with storage_errors(cache):
                    sync_tenant(
                        cache,
                        tenant.id,
                        graph=graph,
                        defender=defender,
                        observer=progress,
                    )
                    _print_summary(stream, cache, tenant.id, tenant.name, cache_path)
            finally:
                cache.close()
        except CacheError as error:
            raise CommandError(str(error)) from error
    return 0


def _print_summary(stream: Any, cache: Any, tenant_id: str, name: str, path: Path) -> None:
    from console.cache import summary
    from console.commands.terminal_text import plain_line

    incidents, alerts, devices, den_count = summary.counts(cache, tenant_id)
    dens = summary.recent_dens(cache, tenant_id, limit=50)
    print(f"\nCache: {path}", file=stream)
    print(
        f"Tenant {name}: {incidents:,} incidents, {alerts:,} alerts, {devices:,} devices, "
        f"{den_count:,} Defender Experts notifications",
        file=stream,
    )
    print("\nDefender Experts notifications (most recently updated first):", file=stream)
    for den in dens:
        severity = str(den.severity or "unknown")
        print(f"  {severity:<13} {den.id:>8}  {plain_line(den.name)}", file=stream)
