"""Bring a cache to the schema this app knows, with Alembic, programmatically."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from console.cache import files
from console.cache.errors import CacheCorruptError, CacheError

MIGRATIONS = Path(__file__).parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, where: str, sqlite_path: Path | None, target: str = "head") -> None:
    """Upgrade to `target`; back an older SQLite file up first. Raise CacheError if too new."""
    scripts = ScriptDirectory.from_config(_config())
    with engine.connect() as connection:
        current = current_revision(connection)
        if current is None and inspect(connection).get_table_names():
            raise CacheCorruptError(
                f"{where}: is an SQLite database but not a Hunting Console cache"
            )
    if current is not None:
        try:
            scripts.get_revision(current)
        except CommandError:
            raise CacheError(
                f"{where}: cache schema {current} is newer than this app knows "
                f"({scripts.get_current_head()}); update Hunting Console to open it"
            ) from None
    wanted = scripts.get_revision(target)
    assert wanted is not None
    if current == wanted.revision:
        return
    if current is not None and sqlite_path is not None:
        files.backup(sqlite_path, f"rev{current}")
    with engine.begin() as connection:
        command.upgrade(_config(connection), target)
