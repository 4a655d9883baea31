"""The console's log file: what an analyst sends to support, with every token redacted.

`hunting-console.log` lives in the platform's log folder (`console.paths.log_dir`):
~/.local/state/HuntingConsole/log on Linux, ~/Library/Logs/HuntingConsole on macOS,
%LOCALAPPDATA%\\HuntingConsole\\HuntingConsole\\Logs on Windows. It rotates at
`MAX_BYTES` (5 MiB) and keeps `BACKUP_COUNT` (3) older files, so it never takes
more than 20 MiB. The folder is 700 and each file 600 (`console.private_files`).

Every record of every logger reaches the file through its handler, and the
handler carries the redacting filter, so no logger can bypass it. Logging never
stops the console: a log folder it cannot write is said once on stderr and the
console runs on without a file.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

from console.api.redact import RedactingFilter
from console.private_files import open_private, private_dir

LOG_FILE_NAME = "hunting-console.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUP_COUNT = 3
LEVELS = ("debug", "info", "warning", "error")
DEFAULT_LEVEL = "info"
# `log.error(..., exc_info=True, extra=FILE_ONLY)`: for the log file, never the terminal
# (the last-resort handler's traceback: the analyst gets one line, support the rest).
FILE_ONLY = {"file_only": True}
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are 600, and which never raises into the app."""

    _complained = False

    def _open(self) -> Any:  # typeshed says TextIOWrapper; any text stream will do
        return open_private(Path(self.baseFilename), self.mode, encoding=self.encoding)

    def handleError(self, record: logging.LogRecord) -> None:
        # The default prints a traceback for every failed record (a full disk, a folder
        # removed under us); one line, once, is what the analyst needs.
        if not self._complained:
            self._complained = True
            error = sys.exc_info()[1]
            _say(f"cannot write the log file {self.baseFilename} ({error}); logging stops")


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at each record, as logging's last resort does (a
    test's capture, or None in a windowed app), so warnings reach stderr as before."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "file_only", False) and bool(super().filter(record))


class _MessageOnly(logging.Formatter):
    """The terminal gets the message alone: a traceback is for the log file, never stderr."""

    def format(self, record: logging.LogRecord) -> str:
        return record.getMessage()


def _say(text: str) -> None:
    # No usable stderr (a windowed app on Windows): nothing to tell, and nothing to crash.
    with contextlib.suppress(Exception):
        print(f"hunting-console: {text}", file=sys.stderr)


def log_file_path() -> Path:
    from console.paths import log_dir

    return log_dir() / LOG_FILE_NAME


def setup_logging(level: str = DEFAULT_LEVEL) -> Path | None:
    """Send every logger's records at `level` and above to the log file; returns its path,
    or None when it cannot be written. Warnings still reach stderr, as before there was a
    file. Calling it again replaces the handlers it installed."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hunting_console", False):
            root.removeHandler(handler)
            handler.close()
    numeric = getattr(logging, level.upper())
    root.setLevel(numeric)
    redacting = RedactingFilter()

    stderr = _CurrentStderr()
    stderr.setLevel(max(numeric, logging.WARNING))
    stderr.addFilter(redacting)
    stderr.setFormatter(_MessageOnly())
    _install(root, stderr)

    path = log_file_path()
    try:
        private_dir(path.parent)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as error:
        _say(f"cannot write the log file in {path.parent} ({error}); continuing without it")
        return None
    handler.setLevel(numeric)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(redacting)
    _install(root, handler)
    return path


def _install(root: logging.Logger, handler: logging.Handler) -> None:
    handler._hunting_console = True  # type: ignore[attr-defined]
    root.addHandler(handler)
