"""Where an export's Save dialog opens: the folder of the last export, else Documents.

Before, the dialog opened in the process's working folder (for `make run`, the
repository itself). The folder a file was last exported to is remembered in settings
(a path, never data); a folder since removed falls back to Documents, then home.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from console.settings import Setting, Settings

LAST_EXPORT_FOLDER = Setting("export/last_folder", "")


def suggested_path(settings: Settings, file_name: str) -> str:
    """Where the dialog proposes to write `file_name`."""
    return str(_folder(settings) / file_name)


def remember(settings: Settings, path: str | Path) -> None:
    """The analyst chose `path`: the next export opens in its folder."""
    settings.set(LAST_EXPORT_FOLDER, str(Path(path).parent))


def _folder(settings: Settings) -> Path:
    last = str(settings.get(LAST_EXPORT_FOLDER) or "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()
