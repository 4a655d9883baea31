"""Colours that carry meaning (severity, risk, status), for light and dark schemes.

Colour is never the only signal: every coloured cell also says its value in
words. The palettes keep at least 4.5:1 contrast against the window colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from console.domain.enums import WireEnum

# value -> (light-scheme colour, dark-scheme colour)
_SEVERITY = {
    "high": ("#b3261e", "#ff8a80"),
    "medium": ("#a85400", "#ffb74d"),
    "low": ("#7a6a00", "#e6d35a"),
    "informational": ("#3d5a80", "#90caf9"),
    "none": ("#4f5b62", "#b0bec5"),
}
_STATUS = {
    "active": ("#b3261e", "#ff8a80"),
    "new": ("#b3261e", "#ff8a80"),
    "inProgress": ("#a85400", "#ffb74d"),
    "awaitingAction": ("#6a1b9a", "#ce93d8"),
    "resolved": ("#2a7030", "#81c784"),
    "redirected": ("#4f5b62", "#b0bec5"),
}
DEN_ACCENT = ("#5c2d91", "#c3a6ff")  # Defender Experts purple


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if is_dark() else pair[0])


def severity_color(value: WireEnum | str | None) -> QColor | None:
    """Colour for a severity, risk or exposure level; None for unknown values."""
    pair = _SEVERITY.get(str(value)) if value is not None else None
    return _pick(pair) if pair else None


def status_color(value: WireEnum | str | None) -> QColor | None:
    pair = _STATUS.get(str(value)) if value is not None else None
    return _pick(pair) if pair else None


def den_color() -> QColor:
    return _pick(DEN_ACCENT)


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    """The widget's font, `factor` times its size: the headings of pages and cards."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:  # a font sized in pixels has no point size (-1)
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font
