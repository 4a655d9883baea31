"""The look: Fusion, light or dark as the analyst chooses, or as the system says.

Qt switches its palette with the system's scheme only where the platform theme can
(Windows, macOS, GNOME with xdg-desktop-portal); under plain X11, and with Fusion on
most Linux desktops, asking for Dark changes nothing. So the console sets Fusion's
palette itself: its standard (light) palette, or the dark one below. "Follow the
system" reads the platform's scheme and follows it as it changes; a platform that
reports none is light.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = ("system", "light", "dark")

_QT_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,  # Unknown means "follow the platform"
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}

_Role = QPalette.ColorRole
# Fusion's own dark palette lacks in Qt 6 on X11: these are its roles, each text colour
# at least 4.5:1 against the background it is drawn on (tests/ui/test_theme.py).
_DARK = {
    _Role.Window: "#2b2b2e",
    _Role.WindowText: "#e6e6e6",
    _Role.Base: "#1e1e20",
    _Role.AlternateBase: "#28282b",
    _Role.ToolTipBase: "#3a3a3e",
    _Role.ToolTipText: "#f0f0f0",
    _Role.PlaceholderText: "#9a9a9e",
    _Role.Text: "#e6e6e6",
    _Role.Button: "#37373b",
    _Role.ButtonText: "#e6e6e6",
    _Role.BrightText: "#ff6b6b",
    _Role.Light: "#4a4a4f",
    _Role.Midlight: "#404045",
    _Role.Mid: "#2f2f33",
    _Role.Dark: "#18181a",
    _Role.Shadow: "#000000",
    _Role.Highlight: "#1f5fa8",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#7ab8ff",
    _Role.LinkVisited: "#c3a6ff",
}
_DARK_DISABLED = {
    _Role.WindowText: "#8a8a8e",
    _Role.Text: "#8a8a8e",
    _Role.ButtonText: "#8a8a8e",
    _Role.Highlight: "#3a3a3e",
    _Role.HighlightedText: "#b0b0b4",
}


LIGHT_HIGHLIGHT = "#2367a8"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette(app: QApplication) -> QPalette:
    """Fusion's light palette, its selection a darker blue: white on Fusion's own
    #308cc6 is 3.7:1, under the 4.5:1 a selected row's text needs."""
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorGroup.Active, _Role.Highlight, QColor(LIGHT_HIGHLIGHT))
    palette.setColor(QPalette.ColorGroup.Inactive, _Role.Highlight, QColor(LIGHT_HIGHLIGHT))
    return palette


def apply_theme(app: QApplication, scheme: str = "system") -> None:
    app.setStyle("Fusion")
    set_color_scheme(scheme)
    # "Follow the system" follows it live; the follower is the application's child.
    if app.findChild(_SystemFollower) is None:
        _SystemFollower(app)


def current_scheme(app: QApplication | None = None) -> str:
    """The scheme the analyst chose ("system", "light" or "dark"), as last applied."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    value = app.property("hcColorScheme") if app is not None else None
    return value if value in SCHEMES else "system"


def set_color_scheme(scheme: str) -> None:
    """Light, dark, or the system's ("system"); takes effect at once, every window."""
    app = QApplication.instance()
    scheme = scheme if scheme in SCHEMES else "system"
    if isinstance(app, QApplication):
        # First: a platform that switches at once signals colorSchemeChanged from the call
        # below, and the follower must then see the new choice, not "system".
        app.setProperty("hcColorScheme", scheme)
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(_QT_SCHEMES[scheme])  # where the platform can, it switches too
    if not isinstance(app, QApplication):
        return
    dark = scheme == "dark" or (scheme == "system" and hints.colorScheme() == Qt.ColorScheme.Dark)
    app.setPalette(dark_palette() if dark else light_palette(app))


class _SystemFollower(QObject):
    """Re-applies "Follow the system" when the platform's scheme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._changed)

    def _changed(self, _scheme: Qt.ColorScheme) -> None:
        if current_scheme() == "system":
            set_color_scheme("system")


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
