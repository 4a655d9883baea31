"""What the window says and does when its cache cannot be used: never a traceback.

A damaged cache (SQLite "database disk image is malformed", at open or mid-run)
is recovered at once by `console.cache.salvage` (at open through
`console.cache.problem.open_or_recover`, whose `CacheProblem` is worded here):
the file goes to quarantine, the analyst's own records move into a fresh cache
at the same path, and the window offers "Rebuild from the server" and "Open the demo". Any other
CacheError (a read-only file, a newer schema) is shown as it is.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from console.cache.engine import Cache
from console.cache.errors import CacheDamagedError, CacheError
from console.cache.problem import CacheProblem, CacheProblemKind
from console.cache.salvage import recover
from console.ui.numbers import number
from console.ui.reader import wait_for_readers

log = logging.getLogger(__name__)


def problem_text(problem: CacheProblem) -> str:
    """The window's message for what `open_or_recover` or a recovery found."""
    if problem.kind is CacheProblemKind.UNUSABLE:
        text = QCoreApplication.translate("CacheProblem", "The cache cannot be used: %1")
        return text.replace("%1", problem.reason)
    if not problem.kept_rows:
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
        text.replace("%1", str(problem.quarantine))
        .replace("%2", number(problem.kept_rows))
        .replace("%3", problem.reason)
    )


def recover_in_place(cache: Cache, error: CacheError) -> str:
    """A cache found damaged while the window runs: recover it under the same handle."""
    if not isinstance(error, CacheDamagedError) or cache.sqlite_path is None:
        return problem_text(CacheProblem.unusable(error))
    if error.engine is not None and error.engine is not cache.engine:
        # Met by a reader still on the engine a recovery replaced: that file is already
        # in quarantine, and moving the fresh one aside too would lose it.
        log.info("damage reported for a cache already recovered: %s", error)
        return ""
    # A view's background read may still hold a connection to the file: moving it aside
    # under that reader (or the reader reopening the path in between) could lose rows.
    # Reads start only from this thread, so none begins while the recovery runs.
    wait_for_readers()
    try:
        salvage = recover(cache)
    except (OSError, CacheError) as failure:
        log.error("recovering the damaged cache failed: %s", failure)
        return problem_text(CacheProblem.unusable(error))
    return problem_text(CacheProblem.salvaged(error, salvage))


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
