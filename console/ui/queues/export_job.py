"""Export the current filtered view (a queue's, the Audit page's) to CSV or JSON off the
UI thread.

A million alerts take seconds to write; the table must stay usable meanwhile,
so the writer runs in a thread and reports back through Qt signals (queued
to the UI thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.export import export_file, write_records
from console.ui.error_texts import reason_text

log = logging.getLogger(__name__)

RawRows = Callable[[], Iterator[tuple[str, dict[str, Any], bool]]]
Records = Callable[[], Iterator[dict[str, Any]]]


def write_export(kind: str, raw_rows: RawRows, path: Path, fmt: str) -> int:
    """Write the rows to `path` as "csv" or "json"; returns how many were written.

    Replaces an existing file: the save dialog has already asked the analyst.
    """
    return export_file(kind, raw_rows, path, fmt, overwrite=True)


class BackgroundExport(QObject):
    """One export on a thread of its own (`write` returns how many records it wrote);
    `finished(count, path)` or `failed(reason)` arrive on the UI thread."""

    finished = Signal(int, str)
    failed = Signal(str)

    def __init__(self, write: Callable[[], int], path: Path) -> None:
        super().__init__()
        self._write = write
        self._path = path
        self._thread = threading.Thread(target=self._run, name="view-export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            count = self._write()
        except Exception as error:
            log.warning("export to %s failed: %s", self._path, error)
            self.failed.emit(reason_text(error))
        else:
            self.finished.emit(count, str(self._path))


class ExportJob(BackgroundExport):
    """A queue's export: the rows matching its filters, as the API named their fields."""

    def __init__(self, kind: str, raw_rows: RawRows, path: Path, fmt: str) -> None:
        super().__init__(lambda: write_export(kind, raw_rows, path, fmt), path)


def records_export(records: Records, path: Path, fmt: str) -> BackgroundExport:
    """An export of any records (the Audit page's), replacing the file the save dialog
    asked about, through the same writers (and CSV formula guard) as the queues'."""
    return BackgroundExport(lambda: write_records(records, path, fmt, overwrite=True), path)
