"""Writing an export file: beside its final name, renamed into place only when complete.

The CLI and the window both write through `export_file`, so the rules live in
one place: a half-written file never sits under the name the analyst chose, no
temporary file is left behind when writing fails, an existing file is replaced
only when the caller says so (the CLI's `--force`, the window's save dialog
having asked) and keeps its permissions, and every failure is an `ExportError`
whose message names the file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from console.export.records import RawRows, export_records
from console.export.writers import write_csv, write_json
from console.private_files import replace_keeping_mode

FORMATS = ("json", "csv")


class ExportError(Exception):
    """The export cannot be written; the message names the file and is fit to show."""


class ExportExistsError(ExportError):
    """The target exists and the caller did not allow replacing it."""


def export_file(
    kind: str, raw_rows: Callable[[], RawRows], path: Path, fmt: str, *, overwrite: bool
) -> int:
    """Write `kind` records as "json" or "csv" to `path`; returns how many were written."""
    return write_records(lambda: export_records(kind, raw_rows), path, fmt, overwrite=overwrite)


def write_records(
    records: Callable[[], Iterator[dict[str, Any]]], path: Path, fmt: str, *, overwrite: bool
) -> int:
    """Write any records (the audit log's, say) as "json" or "csv" to `path`, by the same
    rules as `export_file`; `records` is called twice for CSV (its columns first)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    with replaced_file(path, binary=fmt == "json", overwrite=overwrite) as out:
        if fmt == "csv":
            return write_csv(records, out)
        return write_json(records(), out)


def _check_target(path: Path, *, overwrite: bool) -> None:
    """Refuse a missing folder, a folder as the target, and an existing file unless allowed."""
    parent = path.parent
    if not parent.is_dir():
        raise ExportError(f"cannot write {path}: the folder {parent} does not exist")
    try:
        existing = path.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    if stat.S_ISDIR(existing.st_mode):
        raise ExportError(f"cannot write {path}: it is a folder; name a file inside it")
    if not overwrite:
        raise ExportExistsError(f"{path} already exists; pass --force to replace it")


@contextlib.contextmanager
def replaced_file(path: Path, *, binary: bool, overwrite: bool) -> Iterator[IO[Any]]:
    """A stream for `path`, written to a temporary file beside it and renamed when complete.

    CSV gets a UTF-8 byte-order mark so Excel reads it as UTF-8, not the
    locale's code page.
    """
    _check_target(path, overwrite=overwrite)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    try:
        options: dict[str, Any] = {} if binary else {"encoding": "utf-8-sig", "newline": ""}
        with os.fdopen(fd, "wb" if binary else "w", **options) as out:
            yield out
        replace_keeping_mode(temp, path)  # 600 (mkstemp) unless it replaces a file
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
