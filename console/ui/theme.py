"""The look: Fusion with the system's light or dark palette (or the analyst's choice).

We never hard-code backgrounds: Fusion takes its palette from the platform,
and Qt follows the system scheme as it changes. `COLOR_SCHEME` can pin light
or dark for analysts whose desktop does not report one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

SCHEMES = ("system", "light", "dark")

_QT_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,  # Unknown means "follow the platform"
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def apply_theme(app: QApplication, scheme: str = "system") -> None:
    app.setStyle("Fusion")
    set_color_scheme(scheme)


def set_color_scheme(scheme: str) -> None:
    """Pin light or dark, or follow the system again ("system"); takes effect live."""
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(_QT_SCHEMES.get(scheme, Qt.ColorScheme.Unknown))
