"""Help › About: which console this is, on which Qt, and under which licences.

What support asks first (the version, Qt's and PySide6's, where the data and the log
live), and what the licences of Qt (LGPL v3, as Qt for Python ships it) and of every
library the console runs on (theirs too) require it to say. The libraries and their licences are
read from the installed packages' metadata, so the list cannot drift from what runs.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console import __version__
from console.paths import data_dir, log_dir

DISTRIBUTION = "hunting-console"
_NAME = re.compile(r"[A-Za-z0-9._-]+")
_EXTRA = re.compile(r"\bextra\s*==")


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def libraries() -> list[Library]:
    """Every library the console runs on, its dependencies' dependencies too (shiboken6 under
    PySide6), as installed; not the test tools (an extra's requirements are left out)."""
    found: dict[str, Library] = {}
    waiting = _required(DISTRIBUTION)
    while waiting:
        name = waiting.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()  # PEP 503: lazy_loader is lazy-loader
        if key in found:
            continue
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:  # another platform's (pymsalruntime on Windows)
            continue
        found[key] = Library(meta["Name"], meta["Version"], _licence(meta))
        waiting += _required(name)
    return sorted(found.values(), key=lambda library: library.name.lower())


def _required(distribution: str) -> list[str]:
    """The names `distribution` requires, but for its extras'. Platform markers are not
    evaluated: a library another platform needs is not installed here, and is skipped."""
    try:
        requirements = metadata.requires(distribution) or []
    except metadata.PackageNotFoundError:  # run from a tree that was never installed
        return []
    names = []
    for requirement in requirements:
        match = _NAME.match(requirement)
        if match is not None and not _EXTRA.search(requirement):
            names.append(match.group(0))
    return names


def _licence(meta: metadata.PackageMetadata) -> str:
    """The SPDX expression when the package gives one, else its short License field, else
    its trove classifiers' names."""
    # A missing field is a KeyError on newer Pythons: ask first.
    if "License-Expression" in meta:
        return str(meta["License-Expression"])
    text = str(meta["License"]).strip() if "License" in meta else ""
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "?"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Hunting Console"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Hunting Console %1").replace("%1", __version__), self)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.versions = QLabel(self.versions_text(), self)
        self.versions.setObjectName("aboutVersions")
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.versions)
        licence = QLabel(
            self.tr(
                "Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public "
                "License v3; their source is at %1. Each library below comes under its own "
                "licence."
            ).replace("%1", '<a href="https://code.qt.io">code.qt.io</a>'),
            self,
        )
        licence.setObjectName("aboutLicence")
        licence.setWordWrap(True)
        licence.setTextFormat(Qt.TextFormat.RichText)  # our text; the link only
        licence.setOpenExternalLinks(True)
        layout.addWidget(licence)
        self.table = self._libraries_table()
        layout.addWidget(self.table, 1)
        where = QLabel(
            self.tr("Data: %1\nLog: %2")
            .replace("%1", str(data_dir()))
            .replace("%2", str(log_dir())),
            self,
        )
        where.setObjectName("aboutFolders")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.setObjectName("aboutQtButton")
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def versions_text(self) -> str:
        return (
            self.tr("Qt %1 · PySide6 %2 · Python %3 · %4")
            .replace("%1", qVersion())
            .replace("%2", PySide6.__version__)
            .replace("%3", platform.python_version())
            .replace("%4", platform.platform(terse=True))
        )

    def _libraries_table(self) -> QTableWidget:
        found = libraries()
        table = QTableWidget(len(found), 3, self)
        table.setObjectName("aboutLibraries")
        table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        for row, library in enumerate(found):
            for column, text in enumerate((library.name, library.version, library.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table
