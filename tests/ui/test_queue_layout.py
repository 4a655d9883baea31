"""What a queue shows at the window's sizes: the key columns, a side pane only when a row
is selected, and a filter panel that closes on Apply. Real windows over a synced cache."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from console.ui.i18n import TRANSLATIONS_DIR
from console.ui.main_window import MainWindow
from console.ui.queues.details_pane import DEFAULT_WIDTH
from console.ui.shell.sync_controller import SyncController

# What the portal keeps in view, by queue: the columns an analyst triages on.
KEY_COLUMNS = {
    "incidents": ("name", "id", "severity", "status", "tags", "last_activity"),
    "alerts": ("title", "id", "severity", "status", "last_activity"),
}
# With a row's details open beside them, at 1280 px (French words are longer: the status
# "En attente d'une action du client" goes past the edge, and Details closes the pane).
KEY_COLUMNS_BESIDE_DETAILS = {
    ("incidents", "en"): ("name", "id", "severity", "status"),
    ("alerts", "en"): ("title", "id", "severity", "status"),
    ("incidents", "fr"): ("name", "id", "severity"),
    ("alerts", "fr"): ("title", "id", "severity", "status"),
}


@pytest.fixture
def french(qapp):
    catalogue = QTranslator()
    assert catalogue.load(str(TRANSLATIONS_DIR / "hunting_console_fr.qm"))
    QCoreApplication.installTranslator(catalogue)
    QLocale.setDefault(QLocale("fr"))
    yield catalogue
    QCoreApplication.removeTranslator(catalogue)
    QLocale.setDefault(QLocale("en"))


def _window(qtbot, context, width: int, height: int) -> MainWindow:
    window = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    return window


def _queue(window, key):
    window.show_page(key)
    queue = window.queues.page(key)
    QCoreApplication.processEvents()
    return queue


def _cut_columns(queue, keys) -> list[str]:
    """The key columns not wholly inside the table's viewport, or narrower than their header."""
    table, header = queue.table, queue.table.horizontalHeader()
    positions = {column.key: n for n, column in enumerate(queue.model.columns)}
    cut = []
    for key in keys:
        section = positions[key]
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        title = str(queue.model.headerData(section, Qt.Orientation.Horizontal))
        needed = header.fontMetrics().horizontalAdvance(title)
        if header.isSectionHidden(section) or right > table.viewport().width():
            cut.append(f"{key} (ends at {right} of {table.viewport().width()})")
        elif header.sectionSize(section) < needed:
            cut.append(
                f"{key} (header {title!r} needs {needed}, has {header.sectionSize(section)})"
            )
    return cut


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("kind", ["incidents", "alerts"])
def test_key_columns_show_at_1280x800_with_and_without_details(
    qtbot, context, request, language, kind
):
    if language == "fr":
        request.getfixturevalue("french")
    window = _window(qtbot, context, 1280, 800)
    queue = _queue(window, kind)
    assert not queue.details.isVisible()  # nothing selected: the table has the width
    assert _cut_columns(queue, KEY_COLUMNS[kind]) == []
    queue.table.selectRow(0)
    QCoreApplication.processEvents()
    assert queue.details.isVisible()
    assert _cut_columns(queue, KEY_COLUMNS_BESIDE_DETAILS[kind, language]) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_incidents_queue_stays_usable_at_1024x700(qtbot, context, request, language):
    if language == "fr":
        request.getfixturevalue("french")
    window = _window(qtbot, context, 1024, 700)
    assert window.width() <= 1024  # the window's minimum fits the screen
    queue = _queue(window, "incidents")
    assert _cut_columns(queue, ("name", "id", "severity", "status")) == []
    # The navigation gives its words' room to the queue, and keeps them in tooltips.
    navigation = window.navigation
    assert navigation.compact
    assert navigation.width() < 80
    first = navigation.item(0)
    assert first.toolTip() == navigation.entry_text("home") != ""
    queue.table.selectRow(0)
    QCoreApplication.processEvents()
    assert _cut_columns(queue, ("name", "id")) == []  # beside a row's details too
    window.resize(1280, 800)
    QCoreApplication.processEvents()
    assert not navigation.compact
    assert first.text() == navigation.entry_text("home")


def test_the_details_pane_opens_on_a_selection_and_stays_closed_once_closed(qtbot, context):
    window = _window(qtbot, context, 1280, 800)
    queue = _queue(window, "incidents")
    assert not queue.details.isVisible()
    queue.table.selectRow(0)
    assert queue.details.isVisible()
    assert queue.details.width() <= max(DEFAULT_WIDTH, queue.details.minimumWidth()) + 2
    queue.details_button.click()  # the analyst closes it
    assert not queue.details.isVisible()
    queue.table.selectRow(3)
    assert not queue.details.isVisible()  # another row does not reopen it
    # The choice is remembered: a new window opens with it closed, until Details.
    again = _window(qtbot, context, 1280, 800)
    queue = _queue(again, "incidents")
    queue.table.selectRow(0)
    assert not queue.details.isVisible()
    assert not queue.details_button.isChecked()
    queue.details_button.click()
    assert queue.details.isVisible()


def test_the_details_pane_keeps_the_width_the_analyst_drags_it_to(qtbot, context):
    window = _window(qtbot, context, 1280, 800)
    queue = _queue(window, "incidents")
    queue.table.selectRow(0)
    splitter = queue.splitter
    wider = queue.details.width() + 120
    # As the handle's drag does (offscreen, a synthetic drag does not reach the handle).
    table_width = splitter.sizes()[0] - 120
    splitter.setSizes([table_width, wider])
    splitter.splitterMoved.emit(table_width, 1)
    assert abs(queue.details.width() - wider) <= 8
    queue.details_pane._save()  # the save waits for the drag to settle (a timer)
    again = _window(qtbot, context, 1280, 800)
    queue = _queue(again, "incidents")
    queue.table.selectRow(0)
    QCoreApplication.processEvents()
    assert abs(queue.details.width() - wider) <= 8


def test_apply_closes_the_filter_panel_and_the_chips_say_what_is_applied(qtbot, context):
    window = _window(qtbot, context, 1280, 800)
    queue = _queue(window, "incidents")
    queue.table.selectRow(0)
    queue.filter_button.click()
    assert queue.filter_panel.isVisible()
    assert not queue.details.isVisible()  # the panel takes the pane's place
    severities = queue.filter_panel.lists["severities"]
    severities.item_by_text("High").setCheckState(Qt.CheckState.Checked)
    queue.filter_panel.apply_button.click()
    assert not queue.filter_panel.isVisible()
    assert not queue.filter_button.isChecked()
    assert [chip.chip.text for chip in queue.chips.widgets] == ["Severity: High"]
    queue.table.selectRow(0)
    assert queue.details.isVisible()  # the pane is back
    queue.filter_button.click()  # Filter opens it again, on what is applied
    assert queue.filter_panel.isVisible()
    assert severities.item_by_text("High").checkState() == Qt.CheckState.Checked


def test_a_long_sign_in_and_a_running_sync_still_fit_1024(qtbot, context):
    window = _window(qtbot, context, 1024, 700)
    status = window.status
    status.signed_in_label.setText(
        "Signed in as j.analyst@contoso.onmicrosoft.com to Contoso Ltd (Europe West)"
    )
    status.signed_in_label.show()
    status.sync_started()
    status.showMessage("The new language applies the next time the console starts.")
    QCoreApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1024
    window.resize(1024, 700)
    QCoreApplication.processEvents()
    assert window.width() == 1024
    label = status.signed_in_label
    if label.shown_text() != label.text():  # it gave way: its whole text is in the tooltip
        assert label.text() in label.toolTip()
