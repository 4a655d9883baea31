"""A store that refuses writes is a CacheError naming the file, not an SQLAlchemy traceback."""

from __future__ import annotations

import pytest

from console.cache import tenant_settings
from console.cache.engine import CacheError, open_cache, storage_errors


def test_a_write_to_a_read_only_cache_says_so_and_names_the_file(tmp_path):
    path = tmp_path / "cache.db"
    open_cache(path).close()
    # SQLite's read-only open stands in for a file the user may not write (the
    # permission bits do not stop root, who runs some CI jobs).
    cache = open_cache(f"sqlite:///file:{path}?mode=ro&uri=true")
    with cache, pytest.raises(CacheError, match="read-only") as raised, storage_errors(cache):
        tenant_settings.write(cache, "tenant-1", "columns", ["id"])
    assert str(path) in str(raised.value)


def test_a_cache_in_a_folder_that_does_not_exist(tmp_path):
    missing = tmp_path / "no-such-folder"
    with pytest.raises(CacheError, match="does not exist"):
        open_cache(missing / "cache.db")
    assert not missing.exists()


def test_a_cache_another_program_keeps_locked_says_so(tmp_path, monkeypatch):
    import sqlite3

    from console.cache import engine

    path = tmp_path / "cache.db"
    open_cache(path).close()
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)  # SQLite's wait, not the test's
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a second sync holding the write lock
    try:
        cache = open_cache(path)
        with cache, pytest.raises(CacheError, match="locked") as raised:
            tenant_settings.write(cache, "tenant-1", "columns", ["id"])
        assert str(path) in str(raised.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
