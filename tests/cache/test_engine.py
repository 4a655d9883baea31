"""Opening caches: fresh, older (upgraded after a backup), newer, corrupt, foreign."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from console.cache import CacheCorruptError, CacheError, incidents, migrate, open_cache, quarantine
from console.cache.filters import Filters, Sort
from console.cache.schema import metadata
from tests.cache.factories import TENANT


def test_fresh_file_is_created_at_head_with_wal(cache_path: Path) -> None:
    with open_cache(cache_path) as cache, cache.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() > 0
    assert not list(cache_path.parent.glob("*.backup-*"))


def test_migrations_build_exactly_the_schema_the_code_uses(cache_path: Path) -> None:
    with open_cache(cache_path) as cache, cache.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    # FTS5 virtual tables (and their shadow tables) are not modelled in metadata.
    differences = [d for d in differences if not (d[0] == "remove_table" and "_fts" in d[1].name)]
    assert differences == []


def _make_0001_cache_with_data(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, str(path), None, target="0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO tenants(tenant_id) VALUES (:t)"), {"t": TENANT})
        connection.execute(
            text(
                "INSERT INTO incidents(tenant_id, id, id_key, display_name, raw, is_den)"
                " VALUES (:t, '5', '00000000000000000005', 'Old incident', '{\"id\": \"5\"}', 1)"
            ),
            {"t": TENANT},
        )
        connection.execute(
            text(
                "INSERT INTO alerts(tenant_id, id, incident_id, title, raw, search_assets)"
                " VALUES (:t, 'a5', '5', 'Old alert', '{}', 'legacy-pc.contoso.com')"
            ),
            {"t": TENANT},
        )
    engine.dispose()


def test_an_0001_cache_is_backed_up_then_upgraded_keeping_its_data(cache_path: Path) -> None:
    _make_0001_cache_with_data(cache_path)
    with open_cache(cache_path) as cache:
        rows = incidents.page(cache, Filters(), Sort("id"), 0, 10)
        assert [(r.id, r.name, r.is_den) for r in rows] == [("5", "Old incident", True)]
        # The new search index was filled from the rows already there.
        assert incidents.count(cache, Filters(text="legacy-pc")) == 1
    [backup] = cache_path.parent.glob("cache.backup-rev0001-*.db")
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT display_name FROM incidents").fetchall() == [("Old incident",)]


def test_a_cache_from_a_newer_app_is_refused(cache_path: Path) -> None:
    open_cache(cache_path).close()
    with sqlite3.connect(cache_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    with pytest.raises(CacheError, match=r"0999.*newer"):
        open_cache(cache_path)


def test_a_non_sqlite_file_is_corrupt_and_can_be_quarantined(cache_path: Path) -> None:
    cache_path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(CacheCorruptError) as raised:
        open_cache(cache_path)
    message = str(raised.value)
    assert str(cache_path) in message and "not an SQLite database" in message
    assert "\n" not in message
    assert cache_path.read_bytes().startswith(b"this is a spreadsheet")  # never overwritten

    folder = quarantine(cache_path)
    assert folder.parent == cache_path.parent / "quarantine"
    assert (folder / "cache.db").exists() and not cache_path.exists()
    open_cache(cache_path).close()  # a fresh cache can now be made


def test_a_damaged_sqlite_file_is_corrupt(cache_path: Path) -> None:
    open_cache(cache_path).close()
    data = bytearray(cache_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    cache_path.write_bytes(bytes(data))
    with pytest.raises(CacheCorruptError, match=r"unreadable|malformed|damaged"):
        open_cache(cache_path)


def test_quarantine_takes_the_wal_and_shm_files_too(cache_path: Path) -> None:
    cache = open_cache(cache_path)
    with cache.engine.connect() as connection:  # keep -wal and -shm present
        connection.execute(text("SELECT 1"))
        for side in ("-wal", "-shm"):
            assert cache_path.with_name("cache.db" + side).exists()
    cache.close()
    for side in ("-wal", "-shm"):
        cache_path.with_name("cache.db" + side).write_bytes(b"x")
    folder = quarantine(cache_path)
    assert sorted(p.name for p in folder.iterdir()) == ["cache.db", "cache.db-shm", "cache.db-wal"]


def test_another_apps_sqlite_database_is_not_taken_for_a_cache(cache_path: Path) -> None:
    with sqlite3.connect(cache_path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(CacheCorruptError, match="not a Hunting Console cache"):
        open_cache(cache_path)


def test_a_sqlalchemy_url_opens_too(cache_path: Path) -> None:
    with open_cache(f"sqlite:///{cache_path}") as cache:
        assert cache.sqlite_path == cache_path
        assert incidents.count(cache, Filters()) == 0


def test_the_fast_revision_check_knows_the_real_head() -> None:
    from console.cache import migrate

    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_a_cache_creation_cut_short_leaves_nothing_half_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a sync killed while the cache file is first being created: the schema is
    # written in one transaction, so the next open starts again from an empty file.
    from alembic.operations import Operations

    calls = {"n": 0}
    original = Operations.create_index

    def fail_midway(self: Operations, *args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("killed")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_index", fail_midway)
    path = tmp_path / "cache.db"
    with pytest.raises(RuntimeError, match="killed"):
        open_cache(path)
    monkeypatch.setattr(Operations, "create_index", original)
    with open_cache(path) as cache, cache.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
