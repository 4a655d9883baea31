# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""Help: the README's sections read locally, and About with the versions and licences."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtWidgets import QLabel, QMenu, QTableWidget

from console import __version__
from console.ui.shell.about import AboutDialog
from console.ui.shell.documentation import README, DocumentationDialog, sections
from tests.ui.shell_fixtures import window  # noqa: F401 (fixture)
from tests.ui.test_translations import french, visible_texts  # noqa: F401 (fixture)


def test_help_menu_offers_documentation_shortcuts_log_folder_and_about(window):
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    names = [action.objectName() for action in help_menu.actions() if not action.isSeparator()]
    assert names == [
        "documentationAction",
        "shortcutsAction",
        "showWelcomeWizardAction",  # tests/ui/test_onboarding.py
        "takeTourAgainAction",
        "openLogFolderAction",
        "aboutAction",
    ]
    window.documentation_action.trigger()
    assert window.findChild(DocumentationDialog, "documentationDialog").isVisible()
    window.about_action.trigger()
    assert window.findChild(AboutDialog, "aboutDialog").isVisible()


def test_f1_opens_the_documentation(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(DocumentationDialog, "documentationDialog")
    assert dialog is not None and dialog.isVisible()


def test_documentation_lists_the_readmes_sections_and_shows_each(qtbot):
    dialog = DocumentationDialog()
    qtbot.addWidget(dialog)
    titles = [dialog.contents.item(row).text() for row in range(dialog.contents.count())]
    assert titles[0] == "Hunting Console"  # the overview, before the first section
    assert {"Connect your tenant", "Languages", "Where files live"} <= set(titles)
    # A shell comment in a code block is not a heading.
    assert not any(title.startswith("or a certificate") for title in titles)
    assert dialog.show_titled("Connect your tenant")
    text = dialog.browser.toPlainText()
    assert "Allow public client flows" in text
    assert "## " not in text  # rendered, not shown as Markdown source
    assert not dialog.show_titled("No such section")


def test_documentation_opens_web_links_and_files_beside_it_but_nothing_else(qtbot, tmp_path):
    (tmp_path / "shot.png").write_bytes(b"\x89PNG")
    (tmp_path / "run.sh").write_text("echo hi\n", encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# Tool\n\nIntro.\n\n## Run, test\n\nSee [shot](shot.png).\n")
    dialog = DocumentationDialog(readme)
    qtbot.addWidget(dialog)
    opened: list[QUrl] = []
    dialog.opener = opened.append
    for link in (
        "https://learn.microsoft.com/defender-xdr/",
        "shot.png",
        "../outside.txt",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "run.sh",  # a script beside it: never handed to the desktop
        "#run-test",
    ):
        dialog.browser.anchorClicked.emit(QUrl(link))
    assert opened == [
        QUrl("https://learn.microsoft.com/defender-xdr/"),
        QUrl.fromLocalFile(str((tmp_path / "shot.png").resolve())),
    ]
    assert dialog.contents.currentItem().text() == "Run, test"  # the heading's link


def test_documentation_says_so_when_it_is_not_installed(qtbot, tmp_path):
    dialog = DocumentationDialog(tmp_path / "README.md")
    qtbot.addWidget(dialog)
    missing = dialog.findChild(QLabel, "documentationMissing")
    assert missing is not None and "not installed" in missing.text()
    assert dialog.contents.count() == 0


def test_sections_cut_only_at_second_level_headings_outside_code():
    found = sections("# T\n\nintro\n\n## A\n\n```sh\n## not a heading\n```\n\n## B\nb\n")
    assert [s.title for s in found] == ["T", "A", "B"]
    assert "## not a heading" in found[1].markdown


def test_about_names_versions_and_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    versions = dialog.versions.text()
    assert qVersion() in versions and PySide6.__version__ in versions
    assert "Lesser General Public License" in dialog.findChild(QLabel, "aboutLicence").text()
    table = dialog.findChild(QTableWidget, "aboutLibraries")
    rows = {
        table.item(row, 0).text().lower(): table.item(row, 2).text()
        for row in range(table.rowCount())
    }
    assert "LGPL-3.0" in rows["pyside6_essentials"]
    assert rows["sqlalchemy"] == "MIT"
    assert rows["msal-extensions"] == "MIT License"  # no License-Expression: its License field
    assert "LGPL-3.0" in rows["shiboken6"]  # a dependency's dependency is listed too
    # Only what the console runs on: the test tools are not shipped.
    assert "pytest" not in rows and "mypy" not in rows
    assert README.exists()


def test_help_dialogs_speak_french(qtbot, french):
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    documentation = DocumentationDialog()
    qtbot.addWidget(documentation)
    documentation.show()
    assert about.windowTitle() == "À propos de Hunting Console"
    assert documentation.windowTitle() == "Documentation"
    texts = visible_texts(about) + visible_texts(documentation)
    assert "À propos de Qt" in texts
    assert french.misses == set()


def test_a_screenshot_wider_than_the_page_is_shown_to_fit(qtbot, tmp_path):
    from PySide6.QtGui import QImage

    wide = QImage(3000, 1500, QImage.Format.Format_RGB32)
    wide.fill(0x336699)
    assert wide.save(str(tmp_path / "wide.png"))
    readme = tmp_path / "README.md"
    readme.write_text("# Tool\n\n![a screen](wide.png)\n", encoding="utf-8")
    dialog = DocumentationDialog(readme)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_section(0)
    widths = []
    block = dialog.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            found = fragments.fragment().charFormat()
            if found.isImageFormat():
                widths.append(found.toImageFormat().width())
            fragments += 1
        block = block.next()
    assert widths and 0 < widths[0] <= dialog.browser.viewport().width()
