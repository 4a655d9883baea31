"""Caches of the earlier layout, one per tenant profile, adopted into the desk's cache.

Before the desk, each profile synced into a file of its own: `tenants/<hash>/cache.db`
for the window and `profiles/<name>-<hash>.db` for `sync --profile`. Their incidents,
alerts and devices come back with the next sync; the analyst's own records do not (the
outbox: actions taken offline and not yet sent; the audit log; questions to Defender
Experts and their replies; tenant settings). Those are copied into the desk's cache, then
the old file (with its -wal/-shm) is renamed `<name>.adopted`: kept, never deleted.

The copy is idempotent (outbox entries by idempotency key, questions and settings by
their keys, audit entries equal in every field skipped), so a start that stopped between
the copy and the rename copies nothing twice when it tries again.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from console.cache.engine import Cache
from console.cache.errors import CacheError
from console.cache.files import free_name, move_with_side_files
from console.cache.salvage import IRREPLACEABLE, copy_table, open_read_only
from console.cache.schema import audit_log, outbox

log = logging.getLogger(__name__)

OLD_LAYOUTS = ("tenants/*/cache.db", "profiles/*.db")
ADOPTED_SUFFIX = ".adopted"
# Row ids numbered by each file: copied, they would collide with the desk's own (and be
# ignored as duplicates). Left out, the desk numbers them; the outbox's idempotency key
# still makes an entry copied twice one entry, and the audit log's equal rows are skipped.
RENUMBERED = {outbox.name, audit_log.name}


def old_caches(data_folder: Path) -> list[Path]:
    return sorted(path for layout in OLD_LAYOUTS for path in data_folder.glob(layout))


def adopt_old_caches(cache: Cache, data_folder: Path) -> dict[Path, int]:
    """Copy every old cache's own records into `cache`; the rows kept, by old file.

    A file that cannot be read (damaged, not a cache) is left where it is, logged: the
    next start tries again, and `cache check` can look at it.
    """
    adopted: dict[Path, int] = {}
    for path in old_caches(data_folder):
        if cache.sqlite_path is not None and path.resolve() == cache.sqlite_path.resolve():
            continue
        try:
            adopted[path] = _adopt(cache, path)
        except (sqlite3.Error, OSError, SQLAlchemyError, CacheError) as error:
            log.warning("could not adopt the earlier cache %s: %s", path, error)
            continue
        try:
            move_with_side_files(path, free_name(path.with_name(path.name + ADOPTED_SUFFIX)))
        except OSError as error:  # copied already; the next start copies nothing twice
            log.warning("adopted %s but could not rename it: %s", path, error)
        log.info("adopted %d record(s) of the earlier cache %s", adopted[path], path)
    return adopted


def _adopt(cache: Cache, path: Path) -> int:
    source = open_read_only(path)
    try:
        kept = 0
        with cache.write() as target:  # all of one file, or none of it
            for table in IRREPLACEABLE:
                columns = [
                    c.name for c in table.c if not (c.name == "id" and table.name in RENUMBERED)
                ]
                # The audit log has no key of its own: equal rows are the same entry.
                skip_equal = table.name == audit_log.name
                copied, whole = copy_table(
                    source, target, table.name, columns, skip_equal=skip_equal
                )
                if not whole:  # the file stays, renamed: what could not be read is still there
                    log.warning("some rows of %s in %s could not be read", table.name, path)
                kept += copied
        return kept
    finally:
        source.close()
