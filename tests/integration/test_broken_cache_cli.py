"""Damaged caches on the command line: one line, exit 1, the file moved aside, nothing lost."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3

import pytest

from tests.damage import checkpoint, integrity_problems, truncate, wreck_table
from tests.integration.conftest import run_cli, sync_args, token_env

OWN_RECORDS = {"outbox": 2, "audit_log": 3, "expert_requests": 1, "expert_replies": 1}


@pytest.fixture(scope="module")
def synced(tmp_path_factory):
    """A synced cache holding some of the analyst's own records (outbox, audit, questions)."""
    from console.emulator import Emulator
    from tests.integration.conftest import small_config

    cache = tmp_path_factory.mktemp("broken") / "cache.db"
    with Emulator(small_config()) as emu:
        result = run_cli(*sync_args(emu, cache), env=token_env(emu))
        assert result.returncode == 0, result.stderr
        _add_own_records(cache, emu.tenants[0].id)
        checkpoint(cache)  # the copies below take the main file only
        yield cache, emu


def _add_own_records(path, tenant):
    now = "2024-05-01 10:00:00.000000"
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        for n in range(OWN_RECORDS["outbox"]):
            db.execute(
                "INSERT INTO outbox (tenant_id, idempotency_key, kind, entity_kind, entity_id,"
                " payload, status, attempts, created, updated)"
                " VALUES (?, ?, 'status', 'incident', ?, '{}', 'pending', 0, ?, ?)",
                (tenant, f"key-{n}", str(n), now, now),
            )
        for n in range(OWN_RECORDS["audit_log"]):
            db.execute(
                "INSERT INTO audit_log (tenant_id, at, actor, action, entity_kind, entity_id,"
                " detail) VALUES (?, ?, 'analyst', 'status', 'incident', ?, '{}')",
                (tenant, now, str(n)),
            )
        db.execute(
            "INSERT INTO expert_requests (id, tenant_id, category, question, entity_kind,"
            " entity_id, context, priority, channel, status, created, updated)"
            " VALUES ('q1', ?, 'general', 'Is this lateral movement?', 'incident', '1', '{}',"
            " 'normal', 'service', 'pending', ?, ?)",
            (tenant, now, now),
        )
        db.execute(
            "INSERT INTO expert_replies (id, tenant_id, request_id, author, text, created,"
            " from_experts) VALUES ('r1', ?, 'q1', 'analyst', 'More context', ?, 0)",
            (tenant, now),
        )


@pytest.fixture
def damaged(synced, tmp_path):
    cache, emu = synced
    copy = tmp_path / "cache.db"
    shutil.copy(cache, copy)
    wreck_table(copy, "incidents")
    assert integrity_problems(copy)
    return copy, emu


def _assert_moved_aside_and_salvaged(cache, stderr):
    assert stderr.startswith("hunting-console: ") and stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    [folder] = (cache.parent / "quarantine").iterdir()
    assert (folder / cache.name).exists() and str(folder) in stderr
    assert integrity_problems(folder / cache.name)  # the damaged file itself, untouched
    assert integrity_problems(cache) == []  # a fresh, sound cache in its place
    with sqlite3.connect(cache) as db:
        for table, rows in OWN_RECORDS.items():
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == rows, table
        assert db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    assert "sync --full" in stderr


def test_export_of_a_damaged_incidents_page_moves_the_file_aside_and_keeps_own_records(damaged):
    cache, _ = damaged
    result = run_cli("export", "incidents", "--cache", str(cache))
    assert result.returncode == 1
    assert "malformed" in result.stderr
    _assert_moved_aside_and_salvaged(cache, result.stderr)


def test_a_damaged_cache_named_by_a_relative_path_is_salvaged_too(damaged):
    # The salvage opened the quarantined copy by file URI, which a relative path has not:
    # the file was moved aside but nothing was kept, behind an "unexpected error".
    cache, _ = damaged
    result = run_cli("export", "incidents", "--cache", cache.name, cwd=cache.parent)
    assert result.returncode == 1
    assert "unexpected" not in result.stderr
    _assert_moved_aside_and_salvaged(cache, result.stderr)


def test_full_sync_into_a_damaged_cache_stops_and_a_second_run_rebuilds_it(damaged):
    cache, emu = damaged
    result = run_cli(*sync_args(emu, cache, "--full"), env=token_env(emu))
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("hunting-console: ") and "malformed" in last
    assert "Traceback" not in result.stderr
    _assert_moved_aside_and_salvaged(cache, last + "\n")

    again = run_cli(*sync_args(emu, cache, "--full"), env=token_env(emu))
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 120
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == OWN_RECORDS["outbox"]


def test_a_truncated_cache_is_moved_aside_when_opened(synced, tmp_path):
    cache, _ = synced
    copy = tmp_path / "cache.db"
    shutil.copy(cache, copy)
    truncate(copy)
    result = run_cli("export", "alerts", "--cache", str(copy))
    assert result.returncode == 1
    assert result.stderr.startswith("hunting-console: ") and result.stderr.count("\n") == 1
    assert (copy.parent / "quarantine").is_dir() and "moved to" in result.stderr


def test_a_file_that_is_not_sqlite_is_refused_and_left_where_it_is(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"my notes, not a cache\n" * 50)
    result = run_cli("export", "incidents", "--cache", str(notes))
    assert result.returncode == 1
    assert (
        result.stderr == f"hunting-console: {notes}: is not an SQLite database "
        "(unknown file header)\n"
    )
    assert notes.read_bytes().startswith(b"my notes") and not (tmp_path / "quarantine").exists()


def test_cache_check_finds_damage_the_header_check_cannot(synced, tmp_path):
    cache, _ = synced
    copy = tmp_path / "cache.db"
    shutil.copy(cache, copy)
    sound = run_cli("cache", "check", "--cache", str(copy))
    assert sound.returncode == 0, sound.stderr
    assert sound.stderr == f"{copy}: ok\n"

    wreck_table(copy, "devices")
    broken = run_cli("cache", "check", "--cache", str(copy))
    assert broken.returncode == 1
    assert broken.stderr.startswith(f"hunting-console: {copy}: damaged (database disk image")
    assert broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr
    assert len(broken.stderr) < 500  # SQLite's first finding, not its whole list
    assert copy.exists()  # a check only reports


def test_cache_check_defaults_to_the_cache_the_window_opens(tmp_path):
    home = tmp_path / "home"
    result = run_cli("cache", "check", env={"HUNTING_CONSOLE_HOME": str(home)})
    assert result.returncode == 1
    assert result.stderr == f"hunting-console: no cache at {home / 'data/no-tenant/cache.db'}\n"
