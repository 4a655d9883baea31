"""Opening the cache a window or command lives on, and saying plainly what went wrong.

A damaged cache (SQLite "database disk image is malformed", or a file that is
not a cache) is recovered at once by `console.cache.salvage`: the file goes to
quarantine and the analyst's own records move into a fresh cache at the same
path. What happened is returned as a `CacheProblem`, a value the window turns
into its translated message (`console.ui.shell.cache_problem.problem_text`),
so this stays free of Qt and of wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from console.cache.engine import Cache, open_cache
from console.cache.errors import CacheCorruptError, CacheError
from console.cache.salvage import Salvage, recover_file


class CacheProblemKind(StrEnum):
    # The file was damaged: it is in quarantine and a fresh cache holds what could be kept.
    SALVAGED = "salvaged"
    # The cache cannot be used as it is (read-only, a newer schema): nothing was moved.
    UNUSABLE = "unusable"


@dataclass(frozen=True)
class CacheProblem:
    kind: CacheProblemKind
    reason: str
    quarantine: Path | None = None
    kept_rows: int = 0

    @classmethod
    def salvaged(cls, error: CacheError, salvage: Salvage) -> CacheProblem:
        return cls(CacheProblemKind.SALVAGED, str(error), salvage.quarantine, salvage.kept_rows)

    @classmethod
    def unusable(cls, error: BaseException) -> CacheProblem:
        return cls(CacheProblemKind.UNUSABLE, str(error))


def open_or_recover(path: Path) -> tuple[Cache, CacheProblem | None]:
    """Open the window's cache; a damaged or unreadable one is quarantined and salvaged first.

    Returns the cache and what was wrong with it (None when nothing). Any other
    CacheError (read-only, newer schema) is raised for the caller to show.
    """
    try:
        return open_cache(path), None
    except CacheCorruptError as error:
        # The window's own cache (the last one opened): moving it aside is safe, and the
        # window needs a cache to open on.
        salvage = recover_file(path)
        return open_cache(path), CacheProblem.salvaged(error, salvage)
