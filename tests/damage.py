"""Ways a real cache file gets broken on an analyst's disk, for the broken-cache tests."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def checkpoint(path: Path) -> None:
    """Fold the -wal into the file, so bytes written into a page are what SQLite reads."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def table_root_page(path: Path, table: str) -> tuple[int, int]:
    """(page number of `table`'s b-tree root, page size)."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        connection.close()
    return int(root), int(page_size)


def wreck_table(path: Path, table: str = "incidents", seed: int = 7) -> None:
    """Random bytes over the root page of `table`, in the middle of the file; header intact."""
    checkpoint(path)
    root, page_size = table_root_page(path, table)
    noise = random.Random(seed).randbytes(page_size)
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(noise)


def truncate(path: Path) -> None:
    """Keep only the first third of the file, as a full disk or a killed copy leaves it."""
    checkpoint(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def integrity_problems(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def wreck_leaf(path: Path, table: str, which: int = 1, seed: int = 7) -> None:
    """Random bytes over one leaf page of `table` (its `which`-th), leaving the rest readable."""
    checkpoint(path)
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        leaves = [
            page
            for (page,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path",
                (table,),
            )
        ]
    finally:
        connection.close()
    with path.open("r+b") as handle:
        handle.seek((leaves[which] - 1) * page_size)
        handle.write(random.Random(seed).randbytes(page_size))
