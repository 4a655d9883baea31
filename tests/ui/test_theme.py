# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""Light, dark and the system's scheme: chosen from the View menu, applied live and at the
next start, and every colour that carries meaning readable on both."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication

from console.settings import COLOR_SCHEME
from console.ui import style, theme
from tests.ui.shell_fixtures import window  # noqa: F401 (fixture)

_Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def _light_again(qapp):
    yield
    theme.set_color_scheme("light")


def _window_colour(app) -> QColor:
    return app.palette().color(_Role.Window)


def _ticked(window) -> list[str]:
    menu = window.findChild(object, "colorSchemeMenu")
    return [a.objectName() for a in menu.actions() if a.isChecked()]


def test_dark_from_the_menu_applies_at_once_and_at_the_next_start(window, context, qapp):
    window.findChild(QAction, "scheme_darkAction").trigger()
    assert _window_colour(qapp).lightness() < 80
    assert style.is_dark()
    assert _ticked(window) == ["scheme_darkAction"]  # one choice, never two ticked
    assert context.settings.get(COLOR_SCHEME) == "dark"
    theme.set_color_scheme("light")  # as if the console were closed: then started again
    theme.apply_theme(qapp, context.settings.get(COLOR_SCHEME))
    assert _window_colour(qapp).lightness() < 80
    window.findChild(QAction, "scheme_lightAction").trigger()
    assert _window_colour(qapp).lightness() > 200
    assert _ticked(window) == ["scheme_lightAction"]
    window.findChild(QAction, "scheme_systemAction").trigger()
    assert _ticked(window) == ["scheme_systemAction"]
    assert theme.current_scheme() == "system"


def test_the_language_menu_ticks_one_language(window):
    menu = window.findChild(object, "languageMenu")
    french = window.findChild(QAction, "language_frAction")
    french.trigger()
    assert [a.objectName() for a in menu.actions() if a.isChecked()] == ["language_frAction"]


def test_a_queue_recolours_its_severities_when_the_scheme_changes(window, qapp):
    window.show_page("incidents")
    queue = window.queues.page("incidents")
    section = next(n for n, c in enumerate(queue.model.columns) if c.key == "severity")
    light = queue.model.cell_look(0, section)[2]
    theme.set_color_scheme("dark")
    QApplication.processEvents()
    dark = queue.model.cell_look(0, section)[2]
    assert light is not None and dark is not None
    assert light != dark


def _backgrounds(palette: QPalette) -> list[tuple[str, QColor]]:
    return [
        (role.name, palette.color(role)) for role in (_Role.Base, _Role.AlternateBase, _Role.Window)
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_status_and_severity_colours_keep_4_5_to_1_on_every_background(qapp, scheme):
    theme.set_color_scheme(scheme)
    palette = qapp.palette()
    values = [*style._SEVERITY, *style._STATUS]
    colours = {
        f"severity/status {v}": style.severity_color(v) or style.status_color(v) for v in values
    }
    colours["Defender Experts accent"] = style.den_color()
    low = [
        f"{name} on {where}: {theme.contrast(colour, background):.2f}"
        for name, colour in colours.items()
        for where, background in _backgrounds(palette)
        if colour is not None and theme.contrast(colour, background) < 4.5
    ]
    assert low == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_palette_texts_keep_4_5_to_1(qapp, scheme):
    theme.set_color_scheme(scheme)
    palette = qapp.palette()
    pairs = [
        (_Role.Text, _Role.Base),
        (_Role.Text, _Role.AlternateBase),
        (_Role.WindowText, _Role.Window),
        (_Role.ButtonText, _Role.Button),
        (_Role.HighlightedText, _Role.Highlight),
        (_Role.ToolTipText, _Role.ToolTipBase),
    ]
    low = [
        f"{text.name} on {back.name}: {ratio:.2f}"
        for text, back in pairs
        if (ratio := theme.contrast(palette.color(text), palette.color(back))) < 4.5
    ]
    assert low == []


def test_the_details_pane_is_rebuilt_in_the_new_scheme(window, qapp):
    from PySide6.QtWidgets import QLabel

    window.show_page("incidents")
    queue = window.queues.page("incidents")
    queue.table.selectRow(0)
    before = queue.details.widget()
    theme.set_color_scheme("dark")
    QApplication.processEvents()
    after = queue.details.widget()
    assert after is not before
    severity = next(label for label in after.findChildren(QLabel) if label.text() == "High")
    assert style.severity_color("high").name() in severity.styleSheet()  # the dark red
