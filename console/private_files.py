"""Files only the analyst can read: 700 folders and 600 files on POSIX, whatever the umask.

A cache holds a tenant's incidents, so another local account must not read it.
Every writer of the console (cache, backups, quarantine, settings, exports, the
log, the emulator's ready file) goes through these few functions instead of
trusting the process umask. On Windows the folders sit under the user's own
%LOCALAPPDATA%, whose ACL already keeps other users out, so nothing is changed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

_POSIX = os.name == "posix"
# SQLite opens these beside a database and gives them the database's mode.
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def private_dir(path: Path, *, root: Path | None = None) -> Path:
    """Create `path` as a 700 folder; folders from `root` (default: `path`) down to it too.

    Folders this call creates are always 700. Existing ones are made 700 only
    from `root` down (the console's own folders, possibly 755 from an older
    version), never above it: the analyst's home or a folder they chose for a
    cache is theirs to set.
    """
    path = Path(path)
    root = Path(root) if root is not None else path
    chain = [path, *path.parents]
    ours = chain[: chain.index(root) + 1] if root in chain else []
    missing = [folder for folder in chain if not folder.exists()]
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        for folder in {*ours, *missing}:
            os.chmod(folder, PRIVATE_FOLDER_MODE)
    return path


def make_private(path: Path) -> None:
    """Make an existing file 600 (an older version may have left it 644)."""
    if _POSIX and os.path.lexists(path) and not os.path.islink(path):
        # A side file SQLite removes meanwhile (another opener's -journal) is no harm.
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, PRIVATE_FILE_MODE)


def create_private(path: Path) -> Path:
    """Make sure `path` exists as a 600 file (empty if new), for writers such as SQLite
    that create their files with their own mode."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    make_private(path)
    return path


def private_sqlite(path: Path) -> None:
    """Make an SQLite database 600 before it is opened, and the side files it left before.

    SQLite creates -wal and -shm with the database file's mode, so a 600
    database keeps them 600; a missing folder is left for SQLite to report.
    """
    if not Path(path).parent.is_dir():
        return
    try:
        create_private(path)
        for side in SQLITE_SIDE_FILES:
            make_private(Path(f"{path}{side}"))
    except OSError as error:
        # Not ours to change (another account's cache opened read-only, a read-only
        # folder): SQLite says what it can or cannot open.
        log.warning("cannot make %s private (%s)", path, error)


def open_private(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """`open(path, mode)` for writing ("w", "a", "wb", "ab"), the file 600 even if it existed."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    try:
        if _POSIX:
            os.fchmod(fd, PRIVATE_FILE_MODE)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def replace_keeping_mode(temporary: Path | str, target: Path | str) -> None:
    """Rename a finished temporary file onto `target`: 600 if new, or the mode the analyst
    gave the file it replaces (an export they chose to share stays shared)."""
    if _POSIX:
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mode = PRIVATE_FILE_MODE
        os.chmod(temporary, mode)
    os.replace(temporary, target)
