"""Failures a user meets on the command line end in one line and exit 1, never a traceback.

Each test runs `hunting-console` as a separate process, so the exit code and
stderr are the ones a user or a scheduled job sees.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import RunResult, run_cli, sync_args, token_env
from tests.integration.filesystems import read_only_folder, resize, small_disk


def assert_one_line_failure(result: RunResult, *names: str) -> str:
    """Exit 1, no traceback, and a last stderr line that names each of `names`."""
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("hunting-console: "), result.stderr
    # Foreseen failures are handled where they arise, not by main()'s last resort.
    assert "unexpected error" not in line, line
    for name in names:
        assert name in line, line
    return line


@pytest.fixture(scope="module")
def synced(tmp_path_factory):
    from console.emulator import Emulator
    from tests.integration.conftest import small_config

    cache = tmp_path_factory.mktemp("failures") / "cache.db"
    with Emulator(small_config()) as emu:
        result = run_cli(*sync_args(emu, cache), env=token_env(emu))
        assert result.returncode == 0, result.stderr
        yield cache


def export(cache: Path, *args: str) -> RunResult:
    return run_cli("export", "incidents", "--cache", str(cache), *args)


# ---- the cache ---------------------------------------------------------------------------


def test_sync_into_a_folder_that_does_not_exist(emulator, tmp_path):
    missing = tmp_path / "no-such-folder"
    result = run_cli(*sync_args(emulator, missing / "cache.db"), env=token_env(emulator))
    assert_one_line_failure(result, str(missing), "does not exist")
    assert not missing.exists()


@pytest.mark.parametrize("command", ["sync", "export"])
def test_a_read_only_cache(command, synced, emulator, tmp_path):
    with read_only_folder(tmp_path / "ro", synced) as folder:
        cache = folder / synced.name
        if command == "sync":
            result = run_cli(*sync_args(emulator, cache), env=token_env(emulator))
        else:
            result = export(cache)
        assert_one_line_failure(result, str(cache))


def test_sync_onto_a_full_disk_stops_in_one_line_and_the_next_run_finishes(emulator, tmp_path):
    with small_disk(tmp_path / "disk", "1200k") as disk:
        cache = disk / "cache.db"
        result = run_cli(*sync_args(emulator, cache), env=token_env(emulator))
        assert_one_line_failure(result, str(cache), "disk is full")
        resize(disk, "64m")
        again = run_cli(*sync_args(emulator, cache), env=token_env(emulator))
        assert again.returncode == 0, again.stderr
        assert "synced" in again.stderr


# ---- the output --------------------------------------------------------------------------


def test_output_in_a_folder_that_does_not_exist(synced, tmp_path):
    missing = tmp_path / "no-such-folder"
    result = export(synced, "--output", str(missing / "out.json"))
    assert_one_line_failure(result, str(missing), "does not exist")


def test_output_naming_a_folder(synced, tmp_path):
    result = export(synced, "--output", str(tmp_path))
    assert_one_line_failure(result, str(tmp_path), "folder")
    assert not [p for p in tmp_path.parent.iterdir() if p.name.startswith(f".{tmp_path.name}.")]


def test_an_existing_output_is_kept_unless_forced_and_then_keeps_its_mode(synced, tmp_path):
    target = tmp_path / "incidents.csv"
    target.write_text("last week's export\n")
    target.chmod(0o640)
    refused = export(synced, "--format", "csv", "--output", str(target))
    assert_one_line_failure(refused, str(target), "--force")
    assert target.read_text() == "last week's export\n"

    forced = export(synced, "--format", "csv", "--output", str(target), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "last week" not in target.read_text(encoding="utf-8-sig")
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_output_onto_a_full_disk_leaves_no_temporary_file(synced, tmp_path):
    with small_disk(tmp_path / "disk", "16k") as disk:
        target = disk / "incidents.json"
        result = export(synced, "--output", str(target))
        assert_one_line_failure(result, str(target), "No space left")
        assert list(disk.iterdir()) == []


def test_stdout_on_a_full_disk(synced):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        completed = subprocess.run(
            [sys.executable, "-m", "console", "export", "incidents", "--cache", str(synced)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    result = RunResult(completed.returncode, "", completed.stderr)
    assert_one_line_failure(result, "standard output", "No space left")


def test_a_reader_that_goes_away_is_a_broken_pipe_in_one_line(synced):
    # `| head -0`, made deterministic: the reading end is closed before the export
    # writes its first byte, so every write meets a broken pipe.
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "export", "incidents", "--cache", str(synced)],
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(read_end)
    os.close(write_end)
    _, stderr = process.communicate(timeout=120)
    result = RunResult(process.returncode, "", stderr)
    assert_one_line_failure(result, "standard output")
    assert "Exception ignored" not in stderr


# ---- what the user typed -----------------------------------------------------------------


def test_a_tenant_that_is_not_utf8(emulator, tmp_path):
    args = sync_args(emulator, tmp_path / "cache.db")
    args[args.index("--tenant") + 1] = os.fsdecode(b"contoso\xff")
    result = run_cli(*args, env=token_env(emulator))
    assert_one_line_failure(result, "contoso\\xff", "UTF-8")


def test_a_tag_that_is_not_utf8(synced):
    result = export(synced, "--tag", os.fsdecode(b"\xfe\xffDefender"))
    assert_one_line_failure(result, "\\xfe\\xffDefender", "UTF-8")


def test_a_token_that_is_not_latin1_names_the_variable_not_the_token(emulator, tmp_path):
    token = emulator.issue_token(emulator.tenants[0].id) + "\u20ac"
    result = run_cli(*sync_args(emulator, tmp_path / "cache.db"), env={"HC_TEST_TOKEN": token})
    line = assert_one_line_failure(result, "HC_TEST_TOKEN")
    assert token[:-1] not in result.stderr and token not in line


def test_emulator_on_a_port_already_in_use(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("emulator", "--port", str(port), timeout=60)
    assert_one_line_failure(result, f"127.0.0.1:{port}")


def test_demo_with_a_folder_as_its_cache(tmp_path):
    result = run_cli("demo", "--incidents", "10", "--devices", "3", "--cache", str(tmp_path))
    assert_one_line_failure(result, str(tmp_path))


def test_a_secret_that_is_not_utf8_is_named_not_echoed():
    secret = os.fsdecode(b"s3cr3t-\xff")
    result = run_cli("emulator", "--accept-token", secret, "--port", "1")
    line = assert_one_line_failure(result, "--accept-token", "UTF-8")
    assert "s3cr3t" not in line
