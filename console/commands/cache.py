"""`hunting-console cache check`, and what every command does when it meets a damaged cache."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from console.commands import CommandError


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "cache",
        help="look after the local cache file (check it for damage)",
        description="Look after the local cache file.",
    )
    actions = parser.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="read the whole cache and report damage (exit 0 sound, 1 damaged)",
        description="Run SQLite's full integrity check over the cache. It reads every page, "
        "so it takes a while on a large cache; ordinary runs only check the file header.",
    )
    check.add_argument(
        "--cache", metavar="FILE", help="cache file (default: the one the console window opens)"
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from console.cache.engine import CacheError, check, open_cache

    path = Path(args.cache) if args.cache else _window_cache()
    if not path.exists():
        raise CommandError(f"no cache at {path}")
    try:
        with open_cache(path) as cache:
            problems = check(cache)
    except CacheError as error:
        raise CommandError(str(error)) from error
    if problems:
        raise CommandError(
            f"{path}: damaged ({_first_problem(problems)}); the next sync or export moves it "
            "aside and keeps what can still be read"
        )
    print(f"{path}: ok", file=sys.stderr)
    return 0


def _first_problem(problems: list[str]) -> str:
    """SQLite's first finding, and how many more: its full list runs to many lines."""
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if not lines:
        return "integrity check failed"
    more = len(lines) - 1
    return f"{lines[0]}; {more} more problem(s) found" if more else lines[0]


def _window_cache() -> Path:
    from console.settings import default_settings, window_cache_path

    return window_cache_path(default_settings())


def damaged(path: Path, error: Exception) -> CommandError:
    """Quarantine a cache found damaged mid-run (closed by the caller) and say what to do.

    Only a damaged SQLite cache is moved: a file that was never a cache (a wrong
    --cache argument) is left where it is, with the reason.
    """
    from console.cache.errors import CacheDamagedError, CacheError
    from console.cache.salvage import recover_file

    if not isinstance(error, CacheDamagedError) or not path.is_file():
        return CommandError(str(error))
    try:
        salvage = recover_file(path)
    except (OSError, CacheError) as failure:
        return CommandError(f"{error}; moving it aside failed too ({failure})")
    return CommandError(
        f"{error}; {salvage.summary()}; run `hunting-console sync --full` to rebuild the rest"
    )
