"""The French catalogue is complete, current, and used by every screen."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView

from console.cache import summary
from console.cache.filters import Filters
from console.ui.i18n import TRANSLATIONS_DIR
from console.ui.main_window import MainWindow
from console.ui.queues.menus import build_cell_menu
from console.ui.shell.pages import PAGES
from console.ui.shell.shortcuts import shortcut_rows
from console.ui.shell.sync_controller import SyncController

ROOT = Path(__file__).resolve().parents[2]
FRENCH_TS = TRANSLATIONS_DIR / "hunting_console_fr.ts"
QT_OWN_CONTEXT = re.compile(r"^Q[A-Z]")  # Qt's own widgets ask too: QLineEdit, QShortcut...


def messages(ts: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is not None and translation.get("type") == "unfinished"
            text = "" if translation is None or unfinished else (translation.text or "")
            found[(name, message.findtext("source") or "")] = text
    return found


def test_every_french_message_is_translated():
    missing = [key for key, text in messages(FRENCH_TS).items() if not text.strip()]
    assert missing == []


def test_placeholders_survive_translation():
    for (_, source), text in messages(FRENCH_TS).items():
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source


@pytest.mark.slow
def test_catalogue_is_current_with_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "console").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(messages(fresh))
    in_catalogue = set(messages(FRENCH_TS))
    assert in_code - in_catalogue == set(), "run scripts/translations.sh and translate"
    assert in_catalogue - in_code == set(), "stale messages: run scripts/translations.sh"


class RecordingTranslator(QTranslator):
    """Answers from the French catalogue and remembers what it could not answer.

    PySide asks a subclass's own context first and then its bases' (IncidentsQueue,
    then QueueView), so a text counts as missed only when no context answered it.
    """

    def __init__(self, french: QTranslator) -> None:
        super().__init__()
        self.french = french
        self.asked: set[tuple[str, str]] = set()
        self.answered: set[str] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        text = self.french.translate(context, source, disambiguation, n)
        if text:
            self.answered.add(source)
        elif source.strip() and not QT_OWN_CONTEXT.match(context):
            self.asked.add((context, source))
        # None, not "": an empty string is a (blank) translation to Qt, and would
        # stop the lookup in the base classes' contexts.
        return text or None

    @property
    def misses(self) -> set[tuple[str, str]]:
        return {(c, s) for c, s in self.asked if s not in self.answered}

    def isEmpty(self):
        return False


@pytest.fixture
def french(qapp):
    catalogue = QTranslator()
    assert catalogue.load(str(TRANSLATIONS_DIR / "hunting_console_fr.qm"))
    recorder = RecordingTranslator(catalogue)
    QCoreApplication.installTranslator(recorder)
    QLocale.setDefault(QLocale("fr"))
    yield recorder
    QCoreApplication.removeTranslator(recorder)
    QLocale.setDefault(QLocale("en"))


def visible_texts(widget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisible()]
    return [t for t in texts if t]


def test_every_screen_asks_for_and_gets_french(qtbot, context, french):
    window = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    english_only = {
        source
        for (_, source), text in messages(FRENCH_TS).items()
        if text != source and len(source) > 3
    }
    seen: list[str] = []
    # Every page of the registry, so that a page added there is checked without a word here.
    for spec in PAGES:
        window.show_page(spec.key)
        QApplication.processEvents()
        assert window.current_page() == spec.key
        seen += visible_texts(window)
    window.show_incidents(Filters(tags=("Defender Experts",)))
    view = window.findChild(QTableView, "incidentsView")
    view.selectRow(0)
    QApplication.processEvents()
    seen += visible_texts(window)
    seen += [
        view.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(view.model().columnCount())
    ]
    queue = window.queues.page("incidents")
    menu = build_cell_menu(queue, view.model().index(0, 0))
    seen += [a.text() for a in menu.actions() if a.text()]
    den = summary.recent_dens(context.cache, context.tenant_id, 1)[0]
    window.open_incident(den.tenant_id, den.id)
    QApplication.processEvents()
    seen += visible_texts(window)

    assert french.misses == set()
    untranslated = sorted({text for text in seen if text in english_only})
    assert untranslated == []
    assert "Incidents" in seen and "Alertes" in seen and "Appareils" in seen


def test_navigation_and_shortcuts_sheet_name_every_page_in_french(qtbot, context, french):
    window = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(window)
    navigation = window.navigation
    titles = [navigation.item(row).text() for row in range(navigation.count())]
    assert titles == ["Accueil", "Incidents", "Alertes", "Appareils", "Messages Defender Experts"]
    sheet = dict(shortcut_rows())
    assert [sheet[f"Ctrl+{n}"] for n in range(1, 6)] == titles
