"""`hunting-console export`: cached incidents, alerts or devices as JSON or CSV."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from console.commands import CommandError
from console.commands.cache import damaged
from console.export import KINDS


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
    parser.add_argument(
        "--force", action="store_true", help="replace --output if it exists (keeping its mode)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from console.cache.engine import CacheError, open_cache, storage_errors
    from console.export import ExportError, export_file, export_records, write_csv, write_json

    if args.kind == "devices" and args.den_only:
        raise CommandError("--den-only applies to incidents and alerts, not devices")
    if not Path(args.cache).exists():
        raise CommandError(f"no cache at {args.cache}; run `hunting-console sync` first")
    try:
        cache = open_cache(args.cache)
    except CacheError as error:
        raise damaged(Path(args.cache), error) from error

    def raw_rows() -> Iterator[tuple[str, dict[str, Any], bool]]:
        return _raw_rows(cache, args)

    try:
        with storage_errors(cache):
            if args.output:
                count = export_file(
                    args.kind, raw_rows, Path(args.output), args.format, overwrite=args.force
                )
            elif args.format == "json":
                count = _to_stdout(
                    lambda out: write_json(export_records(args.kind, raw_rows), out), binary=True
                )
            else:
                count = _to_stdout(
                    lambda out: write_csv(lambda: export_records(args.kind, raw_rows), out),
                    binary=False,
                )
    except CacheError as error:
        # A damaged file is moved aside (its records salvaged); a partial --output is dropped.
        cache.close()
        raise damaged(Path(args.cache), error) from error
    except ExportError as error:
        raise CommandError(str(error)) from error
    finally:
        cache.close()
    if args.output:
        print(f"exported {count:,} {args.kind} to {args.output}", file=sys.stderr)
    return 0


def _to_stdout(write: Callable[[IO[Any]], int], *, binary: bool) -> int:
    """`write` to stdout; a reader that goes away (`| head`) or a full disk is one line."""
    out: IO[Any] = sys.stdout.buffer if binary else sys.stdout
    try:
        count = write(out)
        out.flush()
    except BrokenPipeError as error:
        _discard_stdout()
        raise CommandError(
            "standard output was closed before the export ended; what was read is incomplete"
        ) from error
    except OSError as error:
        _discard_stdout()
        raise CommandError(f"cannot write to standard output: {error.strerror or error}") from error
    except UnicodeEncodeError as error:
        raise CommandError(
            f"standard output cannot take this text (its encoding is {sys.stdout.encoding}); "
            "use --output FILE"
        ) from error
    return count


def _discard_stdout() -> None:
    # Python flushes stdout again at exit; with the reader gone that flush
    # would fail too and print "Exception ignored ...". Point it at devnull
    # (the recipe in Python's signal documentation).
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _raw_rows(cache: Any, args: argparse.Namespace) -> Iterator[tuple[str, dict[str, Any], bool]]:
    from console.cache import alerts, devices, incidents
    from console.cache.filters import DeviceFilters, Filters
    from console.domain.tenants import canonical_tenant_id

    tenants = (canonical_tenant_id(args.tenant),) if args.tenant else ()
    if args.kind == "devices":
        return devices.iter_raw(cache, DeviceFilters(tenant_ids=tenants, tags=tuple(args.tag)))
    filters = Filters(tenant_ids=tenants, tags=tuple(args.tag), den_only=args.den_only)
    iter_raw = incidents.iter_raw if args.kind == "incidents" else alerts.iter_raw
    return iter_raw(cache, filters)
