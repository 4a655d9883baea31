"""What the window says and does when its cache cannot be used: never a traceback.

A damaged cache (SQLite "database disk image is malformed", at open or mid-run)
is recovered at once by `console.cache.salvage`: the file goes to quarantine,
the analyst's own records move into a fresh cache at the same path, and the
window offers "Rebuild from the server" and "Open the demo". Any other
CacheError (a read-only file, a newer schema) is shown as it is.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from console.cache.engine import Cache, open_cache
from console.cache.errors import CacheCorruptError, CacheDamagedError, CacheError
from console.cache.salvage import Salvage, recover, recover_file

log = logging.getLogger(__name__)


def salvage_text(error: CacheError, salvage: Salvage) -> str:
    if not salvage.kept_rows:
        text = QCoreApplication.translate(
            "CacheProblem",
            "The cache file was damaged and has been moved to %1 (nothing was deleted). "
            "It held none of your own records (outbox, audit log, questions to Defender "
            "Experts, tenant settings): rebuild it from the server. Reason: %3",
        )
    else:
        text = QCoreApplication.translate(
            "CacheProblem",
            "The cache file was damaged and has been moved to %1 (nothing was deleted). "
            "%2 of your own records (outbox, audit log, questions to Defender Experts, "
            "tenant settings) were kept in a fresh cache; rebuild the rest from the server. "
            "Reason: %3",
        )
    return (
        text.replace("%1", str(salvage.quarantine))
        .replace("%2", f"{salvage.kept_rows:,}")
        .replace("%3", str(error))
    )


def unusable_text(error: CacheError) -> str:
    text = QCoreApplication.translate("CacheProblem", "The cache cannot be used: %1")
    return text.replace("%1", str(error))


def open_or_recover(path: Path) -> tuple[Cache, str]:
    """Open the window's cache; a damaged or unreadable one is quarantined and salvaged first.

    Returns the cache and the problem to show ("" when none). Any other
    CacheError (read-only, newer schema) is raised for the caller to show.
    """
    try:
        return open_cache(path), ""
    except CacheCorruptError as error:
        # The window's own cache (the last one opened): moving it aside is safe, and the
        # window needs a cache to open on.
        salvage = recover_file(path)
        return open_cache(path), salvage_text(error, salvage)


def recover_in_place(cache: Cache, error: CacheError) -> str:
    """A cache found damaged while the window runs: recover it under the same handle."""
    if not isinstance(error, CacheDamagedError) or cache.sqlite_path is None:
        return unusable_text(error)
    if error.engine is not None and error.engine is not cache.engine:
        # Met by a reader still on the engine a recovery replaced: that file is already
        # in quarantine, and moving the fresh one aside too would lose it.
        log.info("damage reported for a cache already recovered: %s", error)
        return ""
    try:
        salvage = recover(cache)
    except (OSError, CacheError) as failure:
        log.error("recovering the damaged cache failed: %s", failure)
        return unusable_text(error)
    return salvage_text(error, salvage)


def install_excepthook(on_cache_error: Callable[[CacheError], None]) -> None:
    """A CacheError raised in any slot (a view reading, an action writing) reaches the
    window as a message, not as a traceback on stderr."""
    previous = sys.excepthook

    def hook(
        kind: type[BaseException], value: BaseException, traceback: TracebackType | None
    ) -> None:
        if isinstance(value, CacheError):
            on_cache_error(value)
            return
        previous(kind, value, traceback)

    sys.excepthook = hook
