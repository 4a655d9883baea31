"""`hunting-console sync`: sync one tenant into a cache file, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from console.commands import CommandError
from console.commands.cache import damaged


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "sync",
        help="sync one tenant's incidents, alerts and devices into a cache, headless",
        description="Sync one tenant from the Microsoft Graph security API (incidents, alerts) "
        "and the Defender for Endpoint API (devices) into a local cache. Incremental unless "
        "--full; an interrupted sync resumes where it stopped. Progress goes to stderr.",
    )
    parser.add_argument("--cache", required=True, help="cache file (created if missing)")
    parser.add_argument("--tenant", required=True, metavar="ID", help="Entra tenant id")
    parser.add_argument(
        "--graph-url",
        default="https://graph.microsoft.com/v1.0",
        metavar="URL",
        help="Graph base URL (default: %(default)s)",
    )
    parser.add_argument(
        "--defender-url",
        default="https://api.securitycenter.microsoft.com",
        metavar="URL",
        help="Defender for Endpoint base URL (default: %(default)s)",
    )
    parser.add_argument(
        "--token-env",
        required=True,
        metavar="VAR",
        help="environment variable holding the Microsoft Graph bearer token (incidents, "
        "alerts; never pass a token as an argument)",
    )
    parser.add_argument(
        "--defender-token-env",
        metavar="VAR",
        help="environment variable holding the Defender for Endpoint token (devices); a token "
        "is valid for one API only, so devices need this one",
    )
    parser.add_argument("--full", action="store_true", help="read everything, not just changes")
    parser.add_argument(
        "--only",
        default="incidents,alerts,devices",
        metavar="LIST",
        help="comma-separated resources to sync (default: %(default)s)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from console.api.auth import EnvTokenProvider
    from console.api.errors import ApiError
    from console.cache.engine import CacheDamagedError, CacheError, open_cache, storage_errors
    from console.domain.tenants import canonical_tenant_id
    from console.sync.clients import make_clients
    from console.sync.engine import RESOURCES, SyncOptions, sync_tenant
    from console.sync.progress import StreamProgress

    args.tenant = canonical_tenant_id(args.tenant)
    resources = tuple(r.strip() for r in args.only.split(",") if r.strip())
    unknown = [r for r in resources if r not in RESOURCES]
    if unknown or not resources:
        raise CommandError(f"--only takes {', '.join(RESOURCES)}; got {args.only!r}")

    if "devices" in resources and not args.defender_token_env:
        # A token is minted for one audience: the Graph token must never go to Defender.
        raise CommandError(
            "devices come from Defender for Endpoint, which needs its own token: pass "
            "--defender-token-env VAR, or leave devices out with --only incidents,alerts"
        )
    progress = StreamProgress(sys.stderr)
    graph_tokens = EnvTokenProvider(args.token_env)
    defender_tokens = EnvTokenProvider(args.defender_token_env) if args.defender_token_env else None
    try:
        # Fail before any work when a token is missing or a URL is refused.
        graph_tokens.token()
        if defender_tokens is not None:
            defender_tokens.token()
        graph, defender = make_clients(
            args.tenant,
            args.graph_url,
            args.defender_url,
            graph_tokens,
            defender_tokens=defender_tokens,
            on_wait=progress.waiting,
        )
    except ApiError as error:
        raise CommandError(str(error)) from error
    try:
        cache = open_cache(args.cache)
    except CacheError as error:
        raise damaged(Path(args.cache), error) from error
    try:
        with storage_errors(cache):
            report = sync_tenant(
                cache,
                args.tenant,
                graph=graph,
                defender=defender,
                options=SyncOptions(full=args.full, resources=resources),
                observer=progress,
            )
    except CacheDamagedError as error:
        # A damaged page stops the run before anything more is written into the file.
        cache.close()
        raise damaged(Path(args.cache), error) from error
    except CacheError as error:  # read-only, disk full: the store, not the data
        raise CommandError(f"sync stopped: {error}. Every page before it is kept.") from error
    except ApiError as error:
        raise CommandError(
            f"sync stopped: {error}. Every page before it is kept; run the same command "
            "again to continue."
        ) from error
    finally:
        cache.close()
    print(f"synced {report.items:,} items for tenant {args.tenant}", file=sys.stderr)
    return 0
