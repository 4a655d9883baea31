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

from console.export import export_file

RawRows = Callable[[], Iterator[tuple[str, dict[str, Any], bool]]]


def write_export(kind: str, raw_rows: RawRows, path: Path, fmt: str) -> int:
    """Write the rows to `path` as "csv" or "json"; returns how many were written.

    Replaces an existing file: the save dialog has already asked the analyst.
    """
    return export_file(kind, raw_rows, path, fmt, overwrite=True)


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
