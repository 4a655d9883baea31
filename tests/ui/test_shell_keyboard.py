# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""The keyboard as an analyst uses it: Ctrl+digit lands on the list, `/` searches, Esc
comes back, and the shortcuts sheet lists every shortcut the window has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from console.ui.shell.pages import PAGES, QUEUE_KEYS
from console.ui.shell.shortcuts import shortcut_rows
from console.ui.triage.keys import TRIAGE_KEYS
from tests.ui.shell_fixtures import window  # noqa: F401 (fixture)


@pytest.mark.parametrize("key", QUEUE_KEYS)
def test_ctrl_digit_puts_the_focus_on_the_queue_table_and_j_moves_down(window, qtbot, key):
    digit = next(n for n, spec in enumerate(PAGES, 1) if spec.key == key)
    window.show_page("home")
    window.activateWindow()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)
    queue = window.queues.page(key)
    assert QApplication.focusWidget() is queue.table
    before = queue.table.currentIndex().row()  # the row Qt makes current on focus, or none
    qtbot.keyClick(queue.table, Qt.Key.Key_J)
    assert queue.search.text() == ""  # "j" moved, it did not type into the search
    assert queue.table.currentIndex().row() == max(before, -1) + 1


def test_slash_searches_and_esc_clears_the_search_and_returns_to_the_table(window, qtbot):
    window.activateWindow()
    window.show_page("incidents", focus=True)
    queue = window.queues.page("incidents")
    shown = queue.model.count()
    qtbot.keyClick(queue.table, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is queue.search
    qtbot.keyClicks(queue.search, "ransomware")
    qtbot.keyClick(queue.search, Qt.Key.Key_Return)
    assert queue.model.count() < shown
    qtbot.keyClick(queue.search, Qt.Key.Key_Escape)
    assert queue.search.text() == ""
    assert queue.model.count() == shown
    assert QApplication.focusWidget() is queue.table


def test_the_shortcuts_sheet_lists_every_shortcut_the_window_has(window):
    for spec in PAGES:  # every page built, with its own shortcuts
        window.show_page(spec.key)
    sheet = {keys for keys, _what in shortcut_rows()}
    listed = set()
    for keys in sheet:  # "↑ ↓  or  j k" lists two; "Ctrl+1" one
        listed |= {part.strip().upper() for part in keys.replace(" or ", ",").split(",")}
        listed |= {part.upper() for part in keys.split()}
    bound = {
        shortcut.key().toString() for shortcut in window.findChildren(QShortcut) if shortcut.key()
    }
    bound |= {
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    }
    bound.discard(QKeySequence(QKeySequence.StandardKey.Back).toString())  # listed as Alt+Left
    bound = {"Enter" if keys == "Return" else keys for keys in bound}  # one key to the analyst
    missing = {keys for keys in bound if keys.upper() not in listed}
    assert missing == set(), f"bound but not on the shortcuts sheet: {sorted(missing)}"
    assert {key.shown.upper() for key in TRIAGE_KEYS} <= listed
