"""File-level care of an SQLite cache: header check, online backup, quarantine."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from console.cache.errors import CacheCorruptError
from console.private_files import create_private, private_dir

SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def timestamp() -> str:
    """A UTC stamp safe in file names that sorts in time order."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def check_header(path: Path) -> None:
    """Raise CacheCorruptError if `path` exists, is not empty and is not an SQLite file."""
    if not path.exists():
        return
    if not path.is_file():
        raise CacheCorruptError(f"{path}: is not a file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise CacheCorruptError(f"{path}: is not an SQLite database (unknown file header)")


def backup(path: Path, label: str) -> Path:
    """Copy the database beside itself with SQLite's online backup API.

    A plain file copy of a WAL database can miss committed pages still in the
    -wal file; the backup API copies a consistent snapshot.
    """
    target = path.with_name(f"{path.stem}.backup-{label}-{timestamp()}{path.suffix}")
    create_private(target)  # SQLite would create it with the umask's mode
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def quarantine(path: str | Path) -> Path:
    """Move a broken cache and its -wal/-shm files into `quarantine/<timestamp>/` beside it.

    Returns the folder they were moved to, so the UI can tell the analyst where
    they are. Nothing is deleted; a fresh cache can then be created at `path`.
    """
    db = Path(path)
    if not db.exists():
        raise FileNotFoundError(f"{db}: no such cache file to quarantine")
    folder = db.parent / "quarantine" / timestamp()
    folder.mkdir(parents=True, exist_ok=False)
    private_dir(folder, root=db.parent / "quarantine")
    for candidate in (db, *(db.with_name(db.name + side) for side in _SIDE_FILES)):
        if candidate.exists():
            shutil.move(str(candidate), str(folder / candidate.name))
    return folder.resolve()  # absolute: the analyst is told where to find it


def move_with_side_files(path: Path, target: Path) -> None:
    """Rename a cache and its -wal/-shm files to `target` (and `target`-wal...): SQLite
    finds a -wal by its database's name, so the last transactions move with the file."""
    path.rename(target)
    for side in _SIDE_FILES:
        companion = path.with_name(path.name + side)
        if companion.exists():
            companion.rename(target.with_name(target.name + side))


def free_name(path: Path) -> Path:
    """`path`, or `path` with -2, -3... before its side files' names: none taken."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate
