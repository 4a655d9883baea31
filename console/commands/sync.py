"""`hunting-console sync`: sync one tenant into a cache file, or every profile's, headless.

`--all-profiles` is for scheduled runs (cron, Task Scheduler): every profile syncs into
the desk's cache the window shows (or each into a file of its own in `--cache-dir`),
one status line per tenant on stdout, exit 1 if any failed; no one is
asked to sign in (a delegated profile must have signed in before).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from console.api.redact import redact
from console.commands import CommandError
from console.commands.cache import damaged
from console.commands.terminal_text import plain_line


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "sync",
        help="sync one tenant's incidents, alerts and devices into a cache, headless",
        description="Sync one tenant from the Microsoft Graph security API (incidents, alerts) "
        "and the Defender for Endpoint API (devices) into a local cache. Incremental unless "
        "--full; an interrupted sync resumes where it stopped. Progress goes to stderr.",
    )
    parser.add_argument(
        "--cache",
        help="cache file (created if missing); with --profile the default is the desk's "
        "cache, the one the window shows",
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="a tenant profile (`hunting-console profiles add`): its sign-in gives both tokens "
        "and its cloud the URLs; signs in on the terminal when needed",
    )
    parser.add_argument(
        "--all-profiles",
        action="store_true",
        help="sync every tenant profile into the desk's cache (the window's All tenants), or "
        "each into its own file in --cache-dir; one status line per tenant, exit 1 if any "
        "failed",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="with --all-profiles or --profile: a folder where each profile gets a cache file "
        "of its own (default: none, the desk's one cache for every profile)",
    )
    parser.add_argument("--tenant", metavar="ID", help="Entra tenant id (without --profile)")
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
    parser.add_argument(
        "--parallel",
        type=_positive,
        default=None,
        metavar="N",
        help="with --all-profiles: tenants synced at once, each in a process of its own "
        "(default: 4)",
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
    from console.sync.progress import StreamProgress

    if args.all_profiles:
        if args.profile or args.tenant or args.token_env or args.defender_token_env or args.cache:
            raise CommandError(
                "--all-profiles syncs every profile into its own cache; leave out "
                "--profile/--tenant/--token-env/--cache"
            )
        return _sync_all_profiles(args)
    if args.parallel is not None:
        raise CommandError("--parallel is for --all-profiles: one tenant syncs alone")
    if args.profile is None and not (args.tenant and args.token_env):
        raise CommandError(
            "sync needs --profile NAME, --all-profiles, or --tenant ID with --token-env VAR"
        )
    if args.profile is not None and (args.tenant or args.token_env or args.defender_token_env):
        raise CommandError(
            "--profile names the tenant and signs in; leave out --tenant/--token-env"
        )
    if args.cache is None:
        if args.profile is None:
            raise CommandError("sync with --token-env needs --cache FILE")
        args.cache = str(profile_cache_path(args.profile, args.cache_dir))
    resources = _resources(args)

    if args.profile is None and "devices" in resources and not args.defender_token_env:
        # A token is minted for one audience: the Graph token must never go to Defender.
        raise CommandError(
            "devices come from Defender for Endpoint, which needs its own token: pass "
            "--defender-token-env VAR, or leave devices out with --only incidents,alerts"
        )
    progress = StreamProgress(sys.stderr)
    if args.profile is not None:
        graph, defender = _profile_clients(args, progress)
    else:
        graph, defender = _token_env_clients(args, progress)
    _sync(args, resources, graph, defender, progress)
    return 0


def _resources(args: argparse.Namespace) -> tuple[str, ...]:
    from console.sync.engine import RESOURCES

    resources = tuple(r.strip() for r in args.only.split(",") if r.strip())
    unknown = [r for r in resources if r not in RESOURCES]
    if unknown or not resources:
        raise CommandError(f"--only takes {', '.join(RESOURCES)}; got {args.only!r}")
    return resources


def profile_cache_path(name: str, folder: Path | None = None) -> Path:
    """Where a profile syncs (its folder made, private): the desk's cache, which the window
    shows (every profile's rows keyed by tenant), or in `folder` a file of its own, its
    name made safe for every file system."""
    from console.launch import desk_cache_path
    from console.paths import data_dir
    from console.private_files import private_dir

    if folder is None:
        path = desk_cache_path()
        private_dir(path.parent, root=data_dir())
        return path
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "profile"
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]  # two names, one safe form
    private_dir(folder)
    return folder / f"{safe}-{digest}.db"


def _sync_all_profiles(args: argparse.Namespace) -> int:
    """Every profile, up to --parallel at once, each in a process of its own
    (console.sync.desk). Failures never stop the rest (nor slow them: a tenant waiting
    out throttling waits alone). Progress goes to stderr as it happens, each line led by
    its tenant; then one line per tenant on stdout, in name order, for scripts to read."""
    from console.commands.signin import profile_store
    from console.sync.desk import DEFAULT_LIMIT, TenantJob, sync_tenants
    from console.sync.engine import SyncOptions

    resources = _resources(args)
    profiles = profile_store().all()
    if not profiles:
        raise CommandError(
            "no tenant profiles to sync; add one with `hunting-console profiles add`"
        )
    lines: dict[str, str] = {}
    failed: set[str] = set()
    jobs: list[TenantJob] = []
    for name in sorted(profiles):
        try:  # sign-in stays here; a tenant that cannot sign in fails alone, at once
            tenant_id, settings = _profile_settings(name)
        except CommandError as error:
            lines[name] = f"{name}: FAILED: {plain_line(redact(str(error)))}"
            failed.add(name)
            continue
        options = SyncOptions(full=args.full, resources=resources)
        cache_path = profile_cache_path(name, args.cache_dir)
        jobs.append(TenantJob(name, tenant_id, cache_path, settings, options))
    _prepare_caches(job.cache_path for job in jobs)
    outcomes = sync_tenants(
        jobs,
        limit=args.parallel or DEFAULT_LIMIT,
        observer_for=lambda job: _named_progress(job.name),
        on_wait_for=lambda job: _named_progress(job.name).waiting,
    )
    for outcome in outcomes:
        job = outcome.job
        if outcome.report is not None:
            items = outcome.report.items
            lines[job.name] = f"{job.name}: synced {items:,} items for tenant {job.tenant_id}"
        else:
            assert outcome.error is not None
            stopped = _stopped(outcome.error, job.cache_path, job.name)
            lines[job.name] = f"{job.name}: FAILED: {plain_line(redact(str(stopped)))}"
            failed.add(job.name)
    for name in sorted(lines):
        print(lines[name], flush=True)
    if failed:
        names = ", ".join(sorted(failed))
        raise CommandError(f"{len(failed)} of {len(profiles)} tenants failed: {names}")
    return 0


def _prepare_caches(paths: Iterable[Path]) -> None:
    """Make and migrate each cache once, before the tenants' processes start: on a fresh desk
    cache they all did it at once, and one could wait out SQLite's busy timeout behind
    another's migration ("cache locked" on a busy machine)."""
    from console.cache.engine import open_cache
    from console.cache.errors import CacheError

    for path in dict.fromkeys(paths):
        # Read-only, damaged, newer, a full disk: each tenant's own run says so, in its line.
        with contextlib.suppress(CacheError, OSError):
            open_cache(path).close()


def _named_progress(name: str) -> Any:
    """Progress on stderr, each line led by the tenant's name: several tenants interleave."""
    from console.sync.progress import StreamProgress

    class Named(StreamProgress):
        def _line(self, text: str, *, final: bool) -> None:
            super()._line(f"{name}: {text}", final=True)  # never a line rewritten in place

    return Named(sys.stderr)


def _profile_settings(name: str) -> tuple[str, Any]:
    """The profile's tenant and how a sync process reaches it, signed in without asking
    anyone (a scheduled run has no one to type a code)."""
    from console.commands.signin import load_profile, open_signed_in
    from console.launch import profile_target

    service = open_signed_in(load_profile(name), interactive=False)
    target = profile_target(service, in_child=True)
    assert target.in_child is not None
    return target.tenant_id, target.in_child


def _profile_clients(
    args: argparse.Namespace, progress: Any, *, interactive: bool = True
) -> tuple[Any, Any]:
    from console.api.errors import ApiError
    from console.commands.signin import load_profile, open_signed_in
    from console.launch import profile_target

    service = open_signed_in(load_profile(args.profile), interactive=interactive)
    target = profile_target(service)
    args.tenant = target.tenant_id
    try:
        return target.make_clients(progress.waiting)
    except ApiError as error:
        raise CommandError(str(error)) from error


def _token_env_clients(args: argparse.Namespace, progress: Any) -> tuple[Any, Any]:
    from console.api.auth import EnvTokenProvider
    from console.api.errors import ApiError
    from console.domain.tenants import canonical_tenant_id
    from console.sync.clients import make_clients

    args.tenant = canonical_tenant_id(args.tenant)
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
    return graph, defender


def _sync(
    args: argparse.Namespace, resources: tuple[str, ...], graph: Any, defender: Any, progress: Any
) -> int:
    from console.api.errors import ApiError
    from console.cache.engine import CacheDamagedError, CacheError, open_cache, storage_errors
    from console.sync.engine import SyncOptions, sync_tenant

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
        raise _stopped(error, Path(args.cache), args.profile) from error
    except (CacheError, ApiError) as error:
        raise _stopped(error, Path(args.cache), args.profile) from error
    finally:
        cache.close()
    print(f"synced {report.items:,} items for tenant {args.tenant}", file=sys.stderr)
    return int(report.items)


def _stopped(error: BaseException, cache_path: Path, profile: str | None) -> CommandError:
    """What the analyst reads when a tenant's sync stopped with `error`."""
    from console.api.errors import AuthError
    from console.cache.engine import CacheDamagedError, CacheError

    if isinstance(error, CacheDamagedError):
        return damaged(cache_path, error)  # moved aside, and said where
    if isinstance(error, CacheError):  # read-only, disk full: the store, not the data
        return CommandError(f"sync stopped: {error}. Every page before it is kept.")
    if isinstance(error, AuthError) and profile is not None:
        # The tenant's sign-in no longer works (a 401, or MSAL needs the analyst): nothing
        # is lost, the outbox waits, and a new sign-in continues where this stopped.
        return CommandError(
            f"sync of {profile!r} stopped: sign in again (`hunting-console sign-in "
            f"--profile {profile}`), then run the same command to continue. Every page "
            f"before it is kept. ({error})"
        )
    return CommandError(
        f"sync stopped: {error}. Every page before it is kept; run the same command "
        "again to continue."
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of tenants, 1 or more; got {text!r}"
        )
    return value
