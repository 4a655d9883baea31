"""Where an export's Save dialog opens (the folder of the last export, else Documents), and
the "Open folder" an export offers once written.

Before, the dialog opened in the process's working folder (for `make run`, the
repository itself). The folder a file was last exported to is remembered in settings
(a path, never data); a folder since removed falls back to Documents, then home.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from console.settings import Setting, Settings
from console.ui.details.widgets import escaped_tooltip

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


class OpenFolderButton(QPushButton):
    """ "Open folder" beside an export's "Exported N rows to file.csv", for a while: the
    analyst usually wants the file next (attach it, open it), and the Save dialog's
    folder is gone. It opens the folder in the desktop's file manager."""

    OFFER_MS = 30_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open folder"), parent)
        self.setObjectName("openExportFolderButton")
        self.folder: Path | None = None
        self.offer_ms = self.OFFER_MS
        # The desktop's file manager is the edge tests cannot run: they replace this.
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.clicked.connect(self._open)
        self.hide()

    def offer(self, path: str | Path) -> None:
        self.folder = Path(path).parent
        said = self.tr("Open %1").replace("%1", str(self.folder))
        self.setToolTip(escaped_tooltip(said))  # a folder may be named like markup
        self.setAccessibleDescription(said)
        self.show()
        self._timer.start(self.offer_ms)

    def withdraw(self) -> None:
        self._timer.stop()
        self.hide()

    def _open(self) -> None:
        if self.folder is not None:
            self.opener(QUrl.fromLocalFile(str(self.folder)))
