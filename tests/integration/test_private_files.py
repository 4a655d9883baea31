"""Everything the console writes is the analyst's alone: 700 folders, 600 files, any umask."""

from __future__ import annotations

import json
import os
from pathlib import Path

from console.emulator import Emulator
from console.emulator.cli import write_ready_file
from console.settings import LANGUAGE, Settings
from tests.integration.conftest import run_cli, small_config
from tests.private_modes import mode, permissive_umask, posix_only

pytestmark = posix_only
__all__ = ["permissive_umask"]  # the fixture, imported for pytest


def _demo(home: Path, *extra: str):
    result = run_cli(
        "demo",
        "--incidents",
        "6",
        "--devices",
        "3",
        *extra,
        env={"HUNTING_CONSOLE_HOME": str(home)},
    )
    assert result.returncode == 0, result.stderr
    return result


def test_the_demo_leaves_private_folders_cache_and_log(tmp_path: Path, permissive_umask: int):
    (tmp_path / "data").mkdir(mode=0o755)  # as an older version left it
    os.chmod(tmp_path / "data", 0o755)
    _demo(tmp_path)
    for folder in ("data", "data/demo", "logs"):
        assert mode(tmp_path / folder) == 0o700, folder
    cache = tmp_path / "data" / "demo" / "cache.db"
    for path in (cache, *cache.parent.glob("cache.db-*"), *(tmp_path / "logs").iterdir()):
        assert mode(path) == 0o600, path.name


def test_export_creates_600_files_and_keeps_the_mode_of_one_it_replaces(
    tmp_path: Path, permissive_umask: int
):
    cache = tmp_path / "demo.db"
    _demo(tmp_path, "--cache", str(cache))
    fresh, shared = tmp_path / "fresh.json", tmp_path / "shared.csv"
    shared.write_text("old")
    os.chmod(shared, 0o640)  # the analyst chose to share this one with their group
    for output, fmt in ((fresh, "json"), (shared, "csv")):
        result = run_cli(
            "export",
            "incidents",
            "--cache",
            str(cache),
            "--format",
            fmt,
            "--output",
            str(output),
            "--force",
        )
        assert result.returncode == 0, result.stderr
    assert json.loads(fresh.read_text()) and mode(fresh) == 0o600
    assert shared.read_text(encoding="utf-8-sig").startswith('"id",') and mode(shared) == 0o640


def test_settings_are_600_in_a_700_folder(tmp_path: Path, permissive_umask: int):
    path = tmp_path / "config" / "settings.json"
    Settings(path).set(LANGUAGE, "fr")
    assert mode(path.parent) == 0o700 and mode(path) == 0o600
    assert Settings(path).get(LANGUAGE) == "fr"


def test_the_emulator_ready_file_is_600(tmp_path: Path, permissive_umask: int):
    ready = tmp_path / "ready.json"
    with Emulator(small_config(incidents=2, devices=1)) as emulator:
        write_ready_file(ready, emulator)
    assert mode(ready) == 0o600 and json.loads(ready.read_text())["tenants"]
