"""Export the current filtered view to CSV or JSON off the UI thread.

A million alerts take seconds to write; the table must stay usable meanwhile,
so the writer runs in a thread and reports back through Qt signals (queued
to the UI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.export import export_records, write_csv, write_json
from console.private_files import open_private, replace_keeping_mode

RawRows = Callable[[], Iterator[tuple[str, dict[str, Any], bool]]]


def write_export(kind: str, raw_rows: RawRows, path: Path, fmt: str) -> int:
    """Write the rows to `path` as "csv" or "json"; returns how many were written."""
    temp = path.with_name(f".{path.name}.part")
    try:
        if fmt == "csv":
            with open_private(temp, "w", encoding="utf-8", newline="") as out:
                count = write_csv(lambda: export_records(kind, raw_rows), out)
        else:
            with open_private(temp, "wb") as out:
                count = write_json(export_records(kind, raw_rows), out)
        # Never leave a half-written file under the name the analyst chose.
        replace_keeping_mode(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return count


class ExportJob(QObject):
    """One export; `finished(count, path)` or `failed(reason)` arrive on the UI thread."""

    finished = Signal(int, str)
    failed = Signal(str)

    def __init__(self, kind: str, raw_rows: RawRows, path: Path, fmt: str) -> None:
        super().__init__()
        self._args = (kind, raw_rows, path, fmt)
        self._thread = threading.Thread(target=self._run, name="queue-export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        kind, raw_rows, path, fmt = self._args
        try:
            count = write_export(kind, raw_rows, path, fmt)
        except Exception as error:
            self.failed.emit(str(error) or type(error).__name__)
        else:
            self.finished.emit(count, str(path))
