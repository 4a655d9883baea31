"""The French catalogue is complete, current, and used by every screen."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTreeView,
)

from console.cache import alerts as alert_queries
from console.cache import devices as device_queries
from console.cache import incidents as incident_queries
from console.cache import summary, triage
from console.cache.filters import DeviceFilters, Filters, Sort
from console.domain.models import Evidence
from console.domain.triage import Change, EntityKind, FieldConflict
from console.ui.audit.audit_page import AuditPage
from console.ui.details.related import evidence_table
from console.ui.i18n import TRANSLATIONS_DIR
from console.ui.labels import category_label
from console.ui.main_window import MainWindow
from console.ui.numbers import number
from console.ui.queues.menus import build_cell_menu
from console.ui.shell.pages import PAGES
from console.ui.shell.shortcuts import shortcut_groups, shortcut_rows
from console.ui.shell.sync_controller import SyncController
from console.ui.triage.actions import open_manage
from console.ui.triage.keys import TRIAGE_KEYS
from tests.ui.queues_helpers import READ_TIMEOUT_MS, shown_rows, wait_for_reads
from tests.ui.triage_helpers import choose, with_triage

ROOT = Path(__file__).resolve().parents[2]
FRENCH_TS = TRANSLATIONS_DIR / "hunting_console_fr.ts"
QT_OWN_CONTEXT = re.compile(r"^Q[A-Z]")  # Qt's own widgets ask too: QLineEdit, QShortcut...


ENGLISH_TS = TRANSLATIONS_DIR / "hunting_console_en.ts"


def translations(ts: Path) -> dict[tuple[str, str], list[str]]:
    """Each message's translation: one text, or a count's plural forms ("%Ln entries")."""
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                forms = [""]
            elif message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found[(name, message.findtext("source") or "")] = forms
    return found


def messages(ts: Path) -> dict[tuple[str, str], str]:
    """Each message's translation as one text ("" while a form is missing)."""
    return {
        key: "" if any(not form.strip() for form in forms) else " | ".join(forms)
        for key, forms in translations(ts).items()
    }


def test_every_french_message_is_translated():
    missing = [key for key, text in messages(FRENCH_TS).items() if not text.strip()]
    assert missing == []


def test_placeholders_survive_translation():
    for (_, source), forms in translations(FRENCH_TS).items():
        for text in forms:
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source


def test_every_count_has_its_plural_forms_in_both_languages():
    """A count is "%Ln …" with a singular and a plural in each catalogue: English holds only
    those (the source text is its own translation), French holds every message."""
    french = {key: forms for key, forms in translations(FRENCH_TS).items() if "%Ln" in key[1]}
    english = translations(ENGLISH_TS)
    assert french, "no plural forms found: the counts went back to templates"
    assert set(english) == set(french)
    for catalogue in (english, french):
        for (_, source), forms in catalogue.items():
            assert len(forms) == 2, source
            for form in forms:
                assert form.count("%Ln") == 1, (source, form)
                assert sorted(re.findall(r"%\d", form)) == sorted(re.findall(r"%\d", source))


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 entry", "4,062 entries"),
        ("fr", "1 entrée", "4\u202f062 entrées"),  # Qt's French groups with U+202F
    ],
)
def test_counts_read_as_each_language_writes_them(qapp, language, one, many):
    catalogue = QTranslator()
    assert catalogue.load(str(TRANSLATIONS_DIR / f"hunting_console_{language}.qm"))
    QCoreApplication.installTranslator(catalogue)
    QLocale.setDefault(QLocale(language))
    try:
        assert QCoreApplication.translate("AuditPage", "%Ln entries", "", 1) == one
        assert QCoreApplication.translate("AuditPage", "%Ln entries", "", 4062) == many
        assert number(4062) == many.split(" ")[0]
    finally:
        QCoreApplication.removeTranslator(catalogue)
        QLocale.setDefault(QLocale("en"))


def test_a_number_is_grouped_even_in_the_c_locale(qapp):
    QLocale.setDefault(QLocale.c())
    try:
        assert number(1_000_000) == "1,000,000"
    finally:
        QLocale.setDefault(QLocale("en"))


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
    texts += [w.placeholderText() for w in widget.findChildren(QLineEdit) if w.isVisible()]
    for combo in (w for w in widget.findChildren(QComboBox) if w.isVisible()):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for table in (w for w in widget.findChildren(QTableWidget) if w.isVisible()):
        texts += header_texts(table)
    return [t for t in texts if t]


def header_texts(table: QTableView) -> list[str]:
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def column_texts(table: QTableView, column: int) -> list[str]:
    """A column's cells, for the columns that hold the console's own words (not API data)."""
    model = table.model()
    return [model.index(row, column).data() or "" for row in range(model.rowCount())]


def tooltip_notes(table: QTableView) -> list[str]:
    """What the cells' tooltips add under the value (a pending change's mark, explained)."""
    model = table.model()
    notes = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            tooltip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            notes += str(tooltip or "").splitlines()[1:]
    return notes


ACTOR = "analyst@contoso.com"


def _queue(context, kind: EntityKind, values: dict, item_id: str):
    [entry_id] = triage.queue(
        context.cache, context.tenant_id, ACTOR, Change(kind, values), [item_id]
    )
    return triage.get(context.cache, entry_id)


def _changes_in_every_state(context) -> None:
    """On the Defender Experts incidents the test shows: one change pending, one held in
    conflict and one refused; and a change sent on an alert, for its Activity tab."""
    dens = incident_queries.page(
        context.cache, Filters(tags=("Defender Experts",)), Sort("id"), 0, 3
    )
    assert len(dens) == 3
    pending, conflict, refused = dens
    _queue(context, EntityKind.INCIDENT, {"status": "inProgress"}, pending.id)
    held = _queue(context, EntityKind.INCIDENT, {"status": "inProgress"}, conflict.id)
    triage.mark_conflict(
        context.cache,
        held,
        [FieldConflict("status", held.expected["status"], "inProgress", "resolved")],
        {},
    )
    tags = (*refused.tags, "triaged")
    rejected = _queue(context, EntityKind.INCIDENT, {"customTags": tags}, refused.id)
    triage.mark_rejected(context.cache, rejected, "403 Forbidden")
    alert = alert_queries.page(context.cache, Filters(), Sort("id"), 0, 1)[0]
    sent = _queue(context, EntityKind.ALERT, {"classification": "falsePositive"}, alert.id)
    triage.mark_sent(context.cache, sent, {"classification": "falsePositive"}, False)


def _held_entry(page: AuditPage, state: str) -> int:
    for row_number, row in page.model.loaded_rows():
        if row.state == state:
            return row_number
    pytest.fail(f"no {state} entry on the Audit page")


def _manage_texts(qtbot, context, window, kind: EntityKind, items, resolve: bool) -> list[str]:
    """What the Manage dialog says: its title, fields and choices, the resolve hint or the
    refusal of an empty change."""
    dialog = open_manage(context, kind, items, parent=window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    if resolve:
        choose(dialog.status, "resolved")  # the hint asks for a note
    else:
        dialog.save()  # nothing changed: it says so
        assert dialog.error.isVisible()
    QApplication.processEvents()
    texts = [dialog.windowTitle(), *visible_texts(dialog)]
    dialog.reject()
    return texts


def test_every_screen_asks_for_and_gets_french(qtbot, context, french):
    # A window that can triage, so its triage screens are built and asked for French.
    context = with_triage(context, {context.tenant_id: ACTOR})
    _changes_in_every_state(context)
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
    notes = tooltip_notes(view)  # the pending changes' marks say what they mean
    assert len(set(notes)) >= 3, notes  # Defender Experts, pending, held
    seen += notes
    queue = window.queues.page("incidents")
    menu = build_cell_menu(queue, view.model().index(0, 0))
    seen += [a.text() for a in menu.actions() if a.text()]
    queue.selection.select_all()  # the menu and the counts for many rows
    menu = build_cell_menu(queue, view.model().index(0, 0))
    seen += [a.text() for a in menu.actions() if a.text()]
    QApplication.processEvents()
    seen += visible_texts(window)

    # The status bar: a send under way, and the changes held for the analyst.
    triage_status = window.status.triage_status
    qtbot.waitUntil(triage_status.attention_button.isVisible, timeout=READ_TIMEOUT_MS)
    triage_status.show_progress(context.tenant_id, 3, 10, 30.0)
    seen += visible_texts(window)
    triage_status.show_progress(context.tenant_id, 3, 10, 4000.0)
    seen += visible_texts(window)
    seen.append(triage_status.attention_button.toolTip())

    # The Audit page on its held changes: the conflict panel for a conflict, then a refusal.
    window.show_page("audit")
    audit = window.page("audit")
    assert isinstance(audit, AuditPage)
    qtbot.waitUntil(lambda: audit.held_count == 2, timeout=READ_TIMEOUT_MS)
    wait_for_reads(qtbot)
    seen += header_texts(audit.table)
    for key in ("item", "status", "change"):
        seen += column_texts(audit.table, audit.model.column_index(key))
    for state in ("conflict", "rejected"):
        audit.select_row(_held_entry(audit, state))
        assert audit.panel.isVisible()
        QApplication.processEvents()
        seen += visible_texts(window)

    # The Manage dialog: one incident, several, and an alert.
    den = summary.recent_dens(context.cache, context.tenant_id, 1)[0]
    incidents = incident_queries.keys(context.cache, Filters(tenant_ids=(context.tenant_id,)))
    seen += _manage_texts(qtbot, context, window, EntityKind.INCIDENT, [incidents[0]], False)
    seen += _manage_texts(qtbot, context, window, EntityKind.INCIDENT, incidents[:3], True)
    alert = alert_queries.page(context.cache, Filters(), Sort("id"), 0, 1)[0]
    alert_item = (alert.tenant_id, alert.id)
    seen += _manage_texts(qtbot, context, window, EntityKind.ALERT, [alert_item], True)

    # The opened pages, each on its Activity tab, with their Actions menus.
    window.open_incident(den.tenant_id, den.id)
    window.open_alert(alert.tenant_id, alert.id)
    device = device_queries.page(context.cache, DeviceFilters(), Sort("name"), 0, 1)[0]
    window.open_device(device.tenant_id, device.id)
    for opened in window.pages.opened_pages:
        page = opened.content
        window.pages.setCurrentWidget(opened)
        page.tabs.setCurrentIndex(page.tab_index("activity"))
        QApplication.processEvents()
        seen += visible_texts(window)
        seen += column_texts(page.activity.table, 1) + column_texts(page.activity.table, 3)
        menu = getattr(page, "menu", None)
        seen += [a.text() for a in (menu.actions() if menu else []) if a.text()]
    assert any(t.startswith("Envoyé\xa0: Classification\xa0: ") for t in seen)  # the alert's

    assert french.misses == set()
    # The alert's category is the API's own word ("Malware"), shown as sent, as the queues do.
    api_words = {alert.category}
    untranslated = sorted({text for text in seen if text in english_only} - api_words)
    assert untranslated == []
    assert "Incidents" in seen and "Alertes" in seen and "Appareils" in seen


def test_navigation_and_shortcuts_sheet_name_every_page_in_french(qtbot, context, french):
    window = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(window)
    navigation = window.navigation
    titles = [navigation.item(row).text() for row in range(navigation.count())]
    # Every page of the registry, in its order, by the catalogue's French title.
    catalogue = messages(FRENCH_TS)
    french_titles = [catalogue[("MainWindow", spec.title)] for spec in PAGES]
    assert all(french_titles)
    assert titles == french_titles
    sheet = dict(shortcut_rows())
    assert [sheet[spec.shortcut] for spec in PAGES if spec.shortcut] == [
        title for spec, title in zip(PAGES, titles, strict=True) if spec.shortcut
    ]
    # The sheet's groups, the triage keys' rows in French (the keys themselves are not).
    groups = dict(shortcut_groups())
    assert list(groups) == ["Général", "Triage"]
    assert [does for _keys, does in groups["Triage"]] == [
        catalogue[("Shortcuts", key.does)] for key in TRIAGE_KEYS
    ]
    assert not {does for _keys, does in groups["Triage"]} & {key.does for key in TRIAGE_KEYS}


class QtDialogRecorder(QTranslator):
    """Qt's catalogue, then ours, as the app asks them; remembers the texts of Qt's own
    contexts that neither answered (those a French analyst would read in English)."""

    def __init__(self, catalogues: list[QTranslator]) -> None:
        super().__init__()
        self.catalogues = catalogues
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        for catalogue in self.catalogues:
            text = catalogue.translate(context, source, disambiguation, n)
            if text:
                return text
        # A file's type comes from the desktop's MIME database (shared-mime-info, with its
        # own translations), not a catalogue: whatever a folder holds, TOML included.
        if source.strip() and QT_OWN_CONTEXT.match(context) and context != "QMimeType":
            self.missed.add((context, source))
        return None

    def isEmpty(self):
        return False


@pytest.fixture
def french_with_qt(qapp):
    qt = QTranslator()
    assert qt.load("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = QTranslator()
    assert ours.load(str(TRANSLATIONS_DIR / "hunting_console_fr.qm"))
    recorder = QtDialogRecorder([qt, ours])
    QCoreApplication.installTranslator(recorder)
    QLocale.setDefault(QLocale("fr"))
    yield recorder
    QCoreApplication.removeTranslator(recorder)
    QLocale.setDefault(QLocale("en"))


def _file_dialog(mode: str, folder: Path) -> QFileDialog:
    """The file dialogs the console opens: export (save), import a profile (open), the
    investigation package's folder. Qt's own widgets, as on a desktop without a portal."""
    dialog = QFileDialog(None, "", str(folder), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "open":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def test_qt_dialogs_the_console_opens_speak_french(qtbot, french_with_qt, tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "incidents.csv").write_text("id\n", encoding="utf-8")
    seen: list[str] = []
    for mode in ("save", "open", "directory"):
        dialog = _file_dialog(mode, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        view = dialog.findChild(QTreeView)
        qtbot.waitUntil(lambda v=view: v.model().rowCount(v.rootIndex()) > 0, timeout=5000)
        seen += visible_texts(dialog) + header_texts(view)
        seen += [action.text() for action in dialog.findChildren(QAction)]
        dialog.reject()
    question = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(question)
    question.show()
    seen += visible_texts(question)
    asked = QInputDialog()
    qtbot.addWidget(asked)
    asked.show()
    seen += visible_texts(asked)
    assert french_with_qt.missed == set()
    # What Qt's catalogue lacks, from ours; what it has, from Qt's.
    assert {"&Regarder dans\u00a0:", "Fichiers de &type\u00a0:", "&Oui", "&Non"} <= set(seen)
    assert {"Dossier", "document CSV"} <= set(dialog_type_column(tmp_path, qtbot))


def dialog_type_column(folder: Path, qtbot) -> list[str]:
    dialog = _file_dialog("open", folder)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView)
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0, timeout=5000)
    model, root = view.model(), view.rootIndex()
    qtbot.waitUntil(
        lambda: all(model.index(r, 2, root).data() for r in range(model.rowCount(root))),
        timeout=5000,
    )
    texts = [model.index(r, 2, root).data() for r in range(model.rowCount(root))]
    dialog.reject()
    return texts


def test_evidence_and_categories_read_in_french(qtbot, french):
    alert = SimpleNamespace(title="Suspicious PowerShell")
    items = [
        Evidence("process", "powershell.exe", verdict="malicious", roles=("compromised",)),
        Evidence("registry", "HKLM\\Run", verdict="suspicious", remediation_status="blocked"),
        Evidence("kubernetesSecret", "db-password", verdict="noThreatsFound"),
    ]
    table = evidence_table([(alert, item) for item in items], with_alert=False)
    qtbot.addWidget(table)
    assert column_texts(table, 0) == ["Processus", "Registre", "Kubernetes secret"]
    assert column_texts(table, 2) == ["Malveillant", "Suspect", "Aucune menace détectée"]
    assert column_texts(table, 3) == ["", "Bloqué", ""]
    assert column_texts(table, 4) == ["Compromis", "", ""]
    assert category_label("CredentialAccess") == "Accès aux informations d'identification"
    # A category this version does not name reads as its words, never in camel case.
    assert category_label("CloudPostureDrift") == "Cloud posture drift"
    assert french.misses == set()


def test_queue_cells_and_panes_name_categories_in_french(qtbot, context, french):
    from console.ui.queues import AlertsQueue, IncidentsQueue
    from console.ui.queues.columns import ALERT_COLUMNS, INCIDENT_COLUMNS, cell_text

    incidents = IncidentsQueue(context)
    qtbot.addWidget(incidents)
    categories = next(c for c in INCIDENT_COLUMNS if c.key == "categories")
    alerts = AlertsQueue(context)
    qtbot.addWidget(alerts)
    category = next(c for c in ALERT_COLUMNS if c.key == "category")
    wait_for_reads(qtbot)
    shown = {cell_text(categories, row) for row in shown_rows(incidents)}
    shown |= {cell_text(category, row) for row in shown_rows(alerts)}
    raw = {"CredentialAccess", "CommandAndControl", "DefenseEvasion", "InitialAccess"}
    assert not any(name in text for text in shown for name in raw)
    assert any("Accès initial" in text or "Exécution" in text for text in shown)
