"""`hunting-console export`: cached incidents, alerts or devices as JSON or CSV."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from console.commands import CommandError
from console.commands.cache import damaged
from console.export import KINDS
from console.private_files import replace_keeping_mode


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "export",
        help="export cached incidents, alerts or devices as JSON or CSV",
        description="Export from the local cache. JSON is an array of objects keyed by the API's "
        "own property names (Graph for incidents and alerts, Defender for Endpoint for devices), "
        "each with tenantId and, for incidents and alerts, isDefenderExperts. CSV has the same "
        "columns, flattened.",
    )
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--cache", required=True, help="cache file")
    parser.add_argument("--tenant", metavar="ID", help="only this tenant (default: all)")
    parser.add_argument(
        "--den-only",
        action="store_true",
        help="only Defender Experts notifications: DEN incidents, or alerts raised by "
        "Defender Experts",
    )
    parser.add_argument("--tag", action="append", default=[], help="only items with this tag")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--output", metavar="FILE", help="write here instead of stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from console.cache.engine import CacheError, open_cache
    from console.export import export_records, write_csv, write_json

    if not Path(args.cache).exists():
        raise CommandError(f"no cache at {args.cache}; run `hunting-console sync` first")
    try:
        cache = open_cache(args.cache)
    except CacheError as error:
        raise damaged(Path(args.cache), error) from error

    def records() -> Iterator[dict[str, Any]]:
        return export_records(args.kind, lambda: _raw_rows(cache, args))

    try:
        with _output(args.output, binary=args.format == "json") as out:
            count = write_json(records(), out) if args.format == "json" else write_csv(records, out)
    except CacheError as error:
        # The partial output is dropped (see _output); the damaged file is moved aside.
        cache.close()
        raise damaged(Path(args.cache), error) from error
    finally:
        cache.close()
    if args.output:
        print(f"exported {count:,} {args.kind} to {args.output}", file=sys.stderr)
    return 0


def _raw_rows(cache: Any, args: argparse.Namespace) -> Iterator[tuple[str, dict[str, Any], bool]]:
    from console.cache import alerts, devices, incidents
    from console.cache.filters import DeviceFilters, Filters

    tenants = (args.tenant,) if args.tenant else ()
    if args.kind == "devices":
        if args.den_only:
            raise CommandError("--den-only applies to incidents and alerts, not devices")
        return devices.iter_raw(cache, DeviceFilters(tenant_ids=tenants, tags=tuple(args.tag)))
    filters = Filters(tenant_ids=tenants, tags=tuple(args.tag), den_only=args.den_only)
    module = incidents if args.kind == "incidents" else alerts
    return module.iter_raw(cache, filters)


@contextlib.contextmanager
def _output(path: str | None, *, binary: bool) -> Iterator[IO[Any]]:
    """stdout, or a file written beside its final name and renamed when complete."""
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        mode = "wb" if binary else "w"
        with os.fdopen(
            fd, mode, **({} if binary else {"encoding": "utf-8-sig", "newline": ""})
        ) as out:
            yield out
        replace_keeping_mode(temp, target)  # 600 (from mkstemp) unless it replaces a file
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
