"""Fixtures for tests that run the sync against the emulator on 127.0.0.1."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from console.emulator import Emulator, EmulatorConfig

TOKEN_ENV = "HC_TEST_TOKEN"
DEFENDER_TOKEN_ENV = "HC_TEST_DEFENDER_TOKEN"
# Tables whose rows carry clock times of the sync itself, not tenant data.
BOOKKEEPING_TABLES = {
    "sync_state",
    "sync_listing",
    "sync_seen",
    "sync_missed",
    "outbox",
    "audit_log",
    "alembic_version",
}


@dataclass
class RunResult:
    returncode: int
    stdout: str
    stderr: str


def small_config(**overrides) -> EmulatorConfig:
    values = {"seed": 11, "tenants": 1, "incidents": 120, "devices": 40, "alerts_per_incident": 4}
    values.update(overrides)
    return EmulatorConfig(**values)


@pytest.fixture
def emulator():
    with Emulator(small_config()) as emu:
        yield emu


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    cwd: Path | None = None,
) -> RunResult:
    """Run `hunting-console` as a user would: a separate process, real exit code.

    `cwd` keeps relative paths among the arguments out of the source tree.
    """
    completed = subprocess.run(
        [sys.executable, "-m", "console", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )
    return RunResult(completed.returncode, completed.stdout, completed.stderr)


def sync_args(emu: Emulator, cache: Path, *extra: str) -> list[str]:
    return [
        "sync",
        "--cache",
        str(cache),
        "--tenant",
        emu.tenants[0].id,
        "--graph-url",
        emu.graph_url,
        "--defender-url",
        emu.defender_url,
        "--token-env",
        TOKEN_ENV,
        "--defender-token-env",
        DEFENDER_TOKEN_ENV,
        *extra,
    ]


def token_env(emu: Emulator) -> dict[str, str]:
    """A Graph and a Defender token, as a real sign-in gives (one per audience)."""
    tenant = emu.tenants[0].id
    return {TOKEN_ENV: emu.issue_token(tenant), DEFENDER_TOKEN_ENV: emu.issue_token(tenant)}


def dump_cache(path: Path) -> dict[str, list[tuple]]:
    """Every tenant-data table's rows, sorted: two caches with equal dumps hold the same data."""
    conn = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        virtual = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
            )
        }
        shadow = {n for n in names for v in virtual if n.startswith(v + "_")}
        dump = {}
        for name in names:
            if name in BOOKKEEPING_TABLES or name in shadow:
                continue
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            dump[name] = sorted(rows, key=repr)
        return dump
    finally:
        conn.close()
