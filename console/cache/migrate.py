"""Bring a cache to the schema this app knows, with Alembic, programmatically.

Alembic is imported only when a cache is not at `HEAD_REVISION` already: the
import costs about half a second, a third of the console's start-up budget,
and an up-to-date cache (every start but the first after an update) needs none
of it. `tests/cache` checks that `HEAD_REVISION` is the scripts' head.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from console.cache import files, locking
from console.cache.errors import CacheCorruptError, CacheError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0010"


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the cache, read with one plain query (no Alembic)."""
    with engine.connect() as connection:
        try:
            value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None  # no alembic_version table: a new file (or not a cache)
    return str(value) if value is not None else None


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for our scripts, running on `connection` (env.py takes it)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def script_problems() -> list[str]:
    """What is wrong with the migration scripts this installation carries, in words (none: one
    head, the code's HEAD_REVISION, and every revision back to the first): a package that
    lost a script could not open an older cache. `hunting-console --self-test` asks."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    try:
        heads = script.get_heads()
        chain = [revision.revision for revision in script.walk_revisions()]
    except (CommandError, KeyError) as error:  # a script names a down revision not there
        return [f"the chain of migrations is broken (revision {error} is missing)"]
    if heads != [HEAD_REVISION]:
        return [f"the migrations' head is {heads}, the code expects {HEAD_REVISION}"]
    if chain[-1] != "0001" or len(chain) != int(HEAD_REVISION):
        return [f"migrations are missing: found {', '.join(sorted(chain))}"]
    return []


def previous_revision(revision: str = HEAD_REVISION) -> str:
    """The revision `revision` upgrades from (the packaging check's "previous release")."""
    from alembic.script import ScriptDirectory

    down = ScriptDirectory.from_config(alembic_config()).get_revision(revision).down_revision
    if not isinstance(down, str):
        raise CacheError(f"revision {revision} has no single previous revision")
    return down


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, where: str, sqlite_path: Path | None, target: str = "head") -> None:
    """Upgrade to `target`; back an older SQLite file up first. Raise CacheError if too new."""
    if target == "head" and stored_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    scripts = ScriptDirectory.from_config(alembic_config())
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
    # Two processes opening a new cache at once: the second waits for the first's lock,
    # then finds the schema at head and has nothing to do.
    with locking.write_transaction(engine) as connection:
        command.upgrade(alembic_config(connection), target)
