"""The cache, its -wal/-shm files, its backups and its quarantine are the analyst's alone."""

from __future__ import annotations

import os
from pathlib import Path

from console.cache import incidents, open_cache, quarantine
from console.cache.filters import Filters
from tests.cache.factories import TENANT
from tests.cache.test_engine import _make_0001_cache_with_data
from tests.private_modes import mode, permissive_umask, posix_only

pytestmark = posix_only
__all__ = ["permissive_umask"]  # the fixture, imported for pytest


def _write_something(path: Path) -> None:
    from sqlalchemy import text

    with open_cache(path) as cache, cache.engine.begin() as connection:
        connection.execute(text("INSERT INTO tenants(tenant_id) VALUES (:t)"), {"t": TENANT})
        # Still open: the -wal and -shm files exist now.
        for side in ("", "-wal", "-shm"):
            assert mode(f"{path}{side}") == 0o600, side


def test_a_new_cache_and_its_wal_and_shm_are_600(tmp_path: Path, permissive_umask: int) -> None:
    _write_something(tmp_path / "cache.db")


def test_a_world_readable_cache_of_an_older_version_is_made_600(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    with open_cache(path):
        pass
    for side in ("", "-wal", "-shm"):
        if os.path.exists(f"{path}{side}"):
            os.chmod(f"{path}{side}", 0o644)
    _write_something(path)


def test_the_backup_before_a_migration_is_600(tmp_path: Path, permissive_umask: int) -> None:
    path = tmp_path / "cache.db"
    _make_0001_cache_with_data(path)
    with open_cache(path) as cache:
        assert incidents.count(cache, Filters()) == 1
    [backup] = tmp_path.glob("cache.backup-rev0001-*.db")
    assert mode(backup) == 0o600


def test_the_quarantine_folder_is_700(tmp_path: Path, permissive_umask: int) -> None:
    path = tmp_path / "cache.db"
    path.write_bytes(b"not a database")
    folder = quarantine(path)
    assert mode(folder) == 0o700
    assert mode(folder.parent) == 0o700
