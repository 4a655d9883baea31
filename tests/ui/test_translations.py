"""The French catalogue is complete, current, and used by every screen."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
)

from console.cache import alerts as alert_queries
from console.cache import devices as device_queries
from console.cache import incidents as incident_queries
from console.cache import summary, triage
from console.cache.filters import DeviceFilters, Filters, Sort
from console.domain.triage import Change, EntityKind, FieldConflict
from console.ui.audit.audit_page import AuditPage
from console.ui.i18n import TRANSLATIONS_DIR
from console.ui.main_window import MainWindow
from console.ui.queues.menus import build_cell_menu
from console.ui.shell.pages import PAGES
from console.ui.shell.shortcuts import shortcut_groups, shortcut_rows
from console.ui.shell.sync_controller import SyncController
from console.ui.triage.actions import open_manage
from console.ui.triage.keys import TRIAGE_KEYS
from tests.ui.queues_helpers import READ_TIMEOUT_MS, wait_for_reads
from tests.ui.triage_helpers import choose, with_triage

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
    for number, row in page.model.loaded_rows():
        if row.state == state:
            return number
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
