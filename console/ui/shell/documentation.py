"""Help › Documentation: the README's sections, read from the copy shipped with the console.

Offline by design (a SOC desk may have no web access, and the analyst reads about the
version they run): the README is rendered by Qt's own Markdown support, a section at a
time, its screenshots found beside it. Web links open in the browser; nothing else does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# At the top of the source tree, found the way console.ui.i18n finds the translations.
README = Path(__file__).resolve().parents[3] / "README.md"
_FENCE = re.compile(r"^\s*(```|~~~)")
_WEB_SCHEMES = ("https", "http", "mailto")
# What a link to a file beside the README may open (its screenshots, other docs): never a
# script or a Makefile, which a desktop may run or hand to an editor.
_LOCAL_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".md", ".txt")


@dataclass(frozen=True)
class Section:
    title: str
    markdown: str


def sections(text: str) -> list[Section]:
    """The README cut at its `## ` headings (the first, untitled part is the overview);
    a `#` inside a fenced code block is a shell comment, not a heading."""
    found: list[Section] = []
    title, fenced = "", False
    lines: list[str] = []
    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            found.append(Section(title, "\n".join(lines).strip()))
            title, lines = line[3:].strip(), []
        lines.append(line)
    found.append(Section(title, "\n".join(lines).strip()))
    first = found[0]
    heading = next(
        (ln[2:].strip() for ln in first.markdown.splitlines() if ln.startswith("# ")), ""
    )
    found[0] = Section(heading, first.markdown)
    return [section for section in found if section.markdown]


class DocumentationDialog(QDialog):
    def __init__(self, readme: Path = README, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentationDialog")
        self.setWindowTitle(self.tr("Documentation"))
        self.readme = readme
        self.opener = QDesktopServices.openUrl  # the browser: the edge tests replace
        layout = QVBoxLayout(self)
        try:
            self.sections = sections(readme.read_text(encoding="utf-8"))
        except OSError as error:
            self.sections = []
            missing = QLabel(
                self.tr("The documentation is not installed with this console (%1).").replace(
                    "%1", error.strerror or str(readme)
                ),
                self,
            )
            missing.setObjectName("documentationMissing")
            missing.setWordWrap(True)
            layout.addWidget(missing)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.contents = QListWidget(splitter)
        self.contents.setObjectName("documentationSections")
        self.contents.setAccessibleName(self.tr("Sections"))
        self.contents.addItems([section.title for section in self.sections])
        self.browser = QTextBrowser(splitter)
        self.browser.setObjectName("documentationBrowser")
        self.browser.setOpenLinks(False)  # each link decided in _follow
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(readme.parent)])  # its screenshots, locally
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 640])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.contents.currentRowChanged.connect(self.show_section)
        if self.sections:
            self.contents.setCurrentRow(0)
        self.resize(900, 640)

    def show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.browser.setMarkdown(self.sections[row].markdown)
            self._fit_images()

    def _fit_images(self) -> None:
        """Screenshots at most as wide as the page (a third of it in a three-column table):
        at their own size they overlapped and ran off the side."""
        document = self.browser.document()
        page = max(self.browser.viewport().width(), 600) - 40
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    table = cursor.currentTable()
                    room = page // table.columns() - 12 if table is not None else page
                    self._fit(cursor, fragment.charFormat().toImageFormat(), room)
                fragments += 1
            block = block.next()

    def _fit(self, cursor: QTextCursor, image_format: QTextImageFormat, room: int) -> None:
        image = QImage(str(self.readme.parent / image_format.name()))
        if image.isNull() or image.width() <= room:
            return
        image_format.setWidth(room)
        image_format.setHeight(image.height() * room / image.width())
        cursor.setPosition(cursor.position() + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)

    def show_titled(self, title: str) -> bool:
        """Open the section called `title`; False when the README has none."""
        for row, section in enumerate(self.sections):
            if section.title == title:
                self.contents.setCurrentRow(row)
                return True
        return False

    def _follow(self, url: QUrl) -> None:
        if url.scheme().lower() in _WEB_SCHEMES:
            self.opener(url)
        elif not url.scheme() and url.path():  # a file beside the README (a screenshot)
            folder = self.readme.parent.resolve()
            target = (folder / url.path()).resolve()
            suffix = target.suffix.lower()
            if target.is_relative_to(folder) and target.is_file() and suffix in _LOCAL_SUFFIXES:
                self.opener(QUrl.fromLocalFile(str(target)))
        elif url.hasFragment() and not url.path():  # a link to a heading: its section
            wanted = _anchor(url.fragment())
            for row, section in enumerate(self.sections):
                if _anchor(section.title) == wanted:
                    self.contents.setCurrentRow(row)


def _anchor(text: str) -> str:
    """A heading as GitHub's anchors spell it, letters and digits only ("Run, test, check"
    and "#run-test-check" alike)."""
    return "".join(c for c in text.casefold() if c.isalnum())
