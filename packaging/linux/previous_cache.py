"""The upgrade check's cache: what an analyst's desk holds when a new package arrives.

    python packaging/linux/previous_cache.py make FILE EXPECTED.json
        a cache at the previous Alembic revision (head minus one), with actions waiting in its
        outbox (taken offline, not yet sent); the outbox entries are written to EXPECTED.json
    python packaging/linux/previous_cache.py verify FILE EXPECTED.json
        after the upgraded app opened it: at the head revision, every entry still there as it was

Run from the source tree's environment (packaging/linux/check-deb.sh); the installed app is
what migrates the file in between.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine

from console.cache import outbox
from console.cache.engine import open_cache
from console.cache.migrate import HEAD_REVISION, alembic_config, previous_revision

OUTBOX_COLUMNS = "id, tenant_id, idempotency_key, kind, entity_kind, entity_id, payload, status"


def make(path: Path, expected: Path) -> None:
    from alembic import command

    with open_cache(path) as cache:
        for number in range(3):
            outbox.enqueue(
                cache,
                "tenant-upgrade",
                "triage.change",
                "incident",
                f"inc-{number}",
                {"status": "resolved", "classification": "truePositive", "n": number},
                f"upgrade-check-{number}",
            )
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), previous_revision())
    engine.dispose()
    expected.write_text(json.dumps({"revision": previous_revision(), "outbox": _outbox(path)}))
    print(f"{path}: at revision {revision(path)}, {len(_outbox(path))} outbox entries")


def verify(path: Path, expected: Path) -> None:
    before = json.loads(expected.read_text())
    found = revision(path)
    if found != HEAD_REVISION:
        sys.exit(f"{path}: at revision {found}, not {HEAD_REVISION}: not migrated")
    if _outbox(path) != before["outbox"]:
        sys.exit(f"{path}: the outbox changed in the upgrade: {_outbox(path)}")
    print(
        f"{path}: migrated {before['revision']} -> {found}, {len(before['outbox'])} outbox entries kept"
    )


def revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _outbox(path: Path) -> list[list[object]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(f"SELECT {OUTBOX_COLUMNS} FROM outbox ORDER BY id").fetchall()
    return [list(row) for row in rows]


if __name__ == "__main__":
    action, file, expected_file = sys.argv[1:4]
    {"make": make, "verify": verify}[action](Path(file), Path(expected_file))
