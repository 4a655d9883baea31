"""The one-line promise, as a property: whatever a user types, `hunting-console` exits 0, 1
or 2 (130 on interrupt) and never shows a traceback.

Each headless subcommand is one entry in `SUBCOMMANDS`; its options are read
from the real parser, so a new option is exercised without touching this file,
and a new subcommand needs only its entry (plus value hints for options the
generic ones do not cover). Values come from pools that matter: the emulator's
loopback URLs (and wrong paths under them; never a host elsewhere, and never a
closed port, whose retries would only be slow), caches that exist, are
missing, are folders or are not caches, outputs in missing folders, text that
is not UTF-8 and tokens that are not latin-1.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from console.cli import build_parser
from tests.integration.conftest import RunResult, run_cli, sync_args, token_env

pytestmark = pytest.mark.slow

ALLOWED_EXIT_CODES = {0, 1, 2, 130}
TOKEN_VARIABLE = "HC_TEST_TOKEN"
EXAMPLE_TIMEOUT = 60  # seconds: a hung subcommand fails the example instead of CI

# The headless subcommands: name -> {option dest: strategy} hints over the generic pools.
# `--cache` and the URLs are covered by name below, so most entries stay empty.
SUBCOMMANDS: dict[str, dict[str, st.SearchStrategy[str]]] = {
    "sync": {"only": st.sampled_from(["incidents", "alerts,devices", "devices,", "nope", ""])},
    "export": {},
    "cache": {},
}


def not_utf8() -> st.SearchStrategy[str]:
    """Text as Python receives undecodable argv bytes (surrogate escapes)."""
    return st.binary(min_size=1, max_size=8).filter(lambda b: b"\0" not in b).map(os.fsdecode)


def plain_text() -> st.SearchStrategy[str]:
    return st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)))


def value_pools(world: dict[str, str]) -> dict[str, st.SearchStrategy[str]]:
    """Strategies by the kind of value an option takes, guessed from its dest."""
    junk = st.one_of(plain_text(), plain_text(), not_utf8())
    urls = st.sampled_from(
        [
            world["graph_url"],
            world["defender_url"],
            world["base_url"],
            world["base_url"] + "/nope",
            world["base_url"].replace("http://", "ftp://"),
            "127.0.0.1",
        ]
    )
    paths = st.sampled_from(
        [
            world["cache"],
            world["cache"],
            world["fresh_cache"],
            world["tmp"],
            world["tmp"] + "/missing-folder/cache.db",
            world["not_a_cache"],
            world["tmp"] + "/out.json",
        ]
    )
    return {
        "url": mostly(urls, junk),
        "path": mostly(paths, junk),
        "tenant": mostly(st.just(world["tenant"]), junk),
        "env": mostly(st.sampled_from([TOKEN_VARIABLE, TOKEN_VARIABLE, "HC_NOT_SET"]), junk),
        "text": mostly(st.sampled_from(["Defender Experts", "incidents", "-", "--"]), junk),
    }


def mostly(good: st.SearchStrategy[str], junk: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """`good` values about 7 times in 8: runs get far enough to meet real failures."""
    return st.integers(0, 7).flatmap(lambda roll: junk if roll == 0 else good)


def kind_of(dest: str) -> str:
    if dest.endswith("url"):
        return "url"
    if dest in ("cache", "output", "path", "file", "ready_file"):
        return "path"
    if dest.endswith("env"):
        return "env"
    if dest == "tenant":
        return "tenant"
    return "text"


def subcommand_parser(name: str) -> argparse.ArgumentParser:
    subparsers = next(
        a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)
    )
    return subparsers.choices[name]


@st.composite
def command_lines(draw, world: dict[str, str]) -> list[str]:
    name = draw(st.sampled_from(sorted(SUBCOMMANDS)))
    return [name, *draw(arguments_for(subcommand_parser(name), SUBCOMMANDS[name], world))]


@st.composite
def arguments_for(
    draw, parser: argparse.ArgumentParser, hints: dict[str, st.SearchStrategy[str]], world
) -> list[str]:
    """Arguments for `parser`'s own actions; a nested subcommand (`cache check`) recurses."""
    pools = value_pools(world)
    argv: list[str] = []
    nested: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            name = draw(st.sampled_from(sorted(action.choices)))
            nested = [name, *draw(arguments_for(action.choices[name], hints, world))]
            continue
        # Required options are mostly given, so runs get past argparse into the command.
        if not draw(st.booleans()) and not (action.required and draw(st.integers(0, 9)) > 0):
            continue
        if action.nargs == 0:
            argv.append(action.option_strings[0])
            continue
        if action.dest in hints:
            values = hints[action.dest]
        elif action.choices:
            values = mostly(st.sampled_from(sorted(action.choices)), pools["text"])
        else:
            values = pools[kind_of(action.dest)]
        value = draw(values)
        if action.option_strings:
            argv += [action.option_strings[0], value]
        else:
            argv.append(value)
    return argv + nested


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from console.emulator import Emulator
    from tests.integration.conftest import small_config

    tmp = tmp_path_factory.mktemp("properties")
    cache = tmp / "cache.db"
    not_a_cache = tmp / "notes.txt"
    not_a_cache.write_text("not a cache\n")
    with Emulator(small_config(incidents=30, devices=10, alerts_per_incident=2)) as emu:
        result = run_cli(*sync_args(emu, cache), env=token_env(emu))
        assert result.returncode == 0, result.stderr
        yield {
            "tmp": str(tmp),
            "cache": str(cache),
            "fresh_cache": str(tmp / "fresh.db"),
            "not_a_cache": str(not_a_cache),
            "graph_url": emu.graph_url,
            "defender_url": emu.defender_url,
            "base_url": emu.base_url,
            "tenant": emu.tenants[0].id,
            "token": emu.issue_token(emu.tenants[0].id),
        }


@st.composite
def tokens(draw, world: dict[str, str]) -> str:
    good = world["token"]
    return draw(st.sampled_from([good, good, good, good + "\u20ac", "expired", " "]))


def assert_one_line_promise(argv: list[str], result: RunResult) -> None:
    assert result.returncode in ALLOWED_EXIT_CODES, (argv, result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, (argv, result.stderr)
    if result.returncode == 1:
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith("hunting-console: "), (argv, result.stderr)


@settings(
    max_examples=30,
    deadline=None,
    database=None,
    # No shrinking: each example is a process, so shrinking a failure takes
    # minutes; the failing argv is printed as drawn, which is enough to rerun.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_the_one_line_promise_holds_for_any_arguments(world, data):
    argv = data.draw(command_lines(world), label="argv")
    token = data.draw(tokens(world), label="token")
    Path(world["tmp"], "out.json").unlink(missing_ok=True)  # else --output is always refused
    result = run_cli(
        *argv, env={TOKEN_VARIABLE: token}, timeout=EXAMPLE_TIMEOUT, cwd=Path(world["tmp"])
    )
    event(f"{argv[0]} exit {result.returncode}")  # see --hypothesis-show-statistics
    assert_one_line_promise(argv, result)
