"""The dimmed layer over the window, with a lit hole and a ring around each target.

A child of the window, over everything in it (menu bar, toolbar, pages, status bar),
so it moves with the window by itself; the tour keeps it the window's size and on
top. It takes the mouse: a click beside the callout does nothing rather than change
what the tour is showing. Colours come from the palette, read at each paint, so a
switch between light and dark shows at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

# Around each target, so its edge (a frame, a focus line) is lit too.
HOLE_MARGIN = 4
_RADIUS = 6.0


def dim_colour(palette: QPalette) -> QColor:
    """The palette's shadow, see-through: darker than a dark window, so it dims it too."""
    colour = QColor(palette.color(QPalette.ColorRole.Shadow))
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    colour.setAlpha(175 if dark else 150)
    return colour


def merged(rects: Sequence[QRect]) -> list[QRect]:
    """Holes side by side (two labels of the status bar) as one: two rings crossing read
    as a mistake. A hole inside another (a button in its pane) or over another (a menu
    over its row) keeps its own ring, which is what points at it."""
    holes = list(rects)
    joined = True
    while joined:
        joined = False
        for first in range(len(holes)):
            for second in range(first + 1, len(holes)):
                a, b = holes[first], holes[second]
                if _neighbours(a, b):
                    holes[first] = a.united(b)
                    del holes[second]
                    joined = True
                    break
            if joined:
                break
    return holes


def _neighbours(a: QRect, b: QRect) -> bool:
    """Side by side, touching only by their margins (not one over the other, as a menu
    over its row)."""
    overlap = a.intersected(b)
    if overlap.isEmpty() or a.contains(b) or b.contains(a):
        return False
    return min(overlap.width(), overlap.height()) <= 2 * HOLE_MARGIN


class TourOverlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourOverlay")
        self.setAccessibleName(self.tr("Quick tour"))
        self.setAccessibleDescription(
            self.tr("The window is dimmed except for what the tour shows.")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._holes: list[QRect] = []

    def set_holes(self, rects: Sequence[QRect]) -> None:
        padded = [
            rect.adjusted(-HOLE_MARGIN, -HOLE_MARGIN, HOLE_MARGIN, HOLE_MARGIN) for rect in rects
        ]
        holes = merged(padded)
        if holes != self._holes:
            self._holes = holes
            self.update()

    def holes(self) -> list[QRect]:
        return list(self._holes)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dimmed = QPainterPath()
        dimmed.addRect(QRectF(self.rect()))
        for hole in self._holes:
            lit = QPainterPath()
            lit.addRoundedRect(QRectF(hole), _RADIUS, _RADIUS)
            dimmed = dimmed.subtracted(lit)
        palette = self.palette()
        painter.fillPath(dimmed, dim_colour(palette))
        # A ring in the highlight colour, edged in its text colour so that it reads on a
        # dark window as on a light one.
        ring = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
        edge = QPen(palette.color(QPalette.ColorRole.HighlightedText), 1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for hole in self._holes:
            shape = QRectF(hole).adjusted(-1.5, -1.5, 1.5, 1.5)
            painter.setPen(edge)
            painter.drawRoundedRect(shape.adjusted(-2, -2, 2, 2), _RADIUS + 2, _RADIUS + 2)
            painter.setPen(ring)
            painter.drawRoundedRect(shape, _RADIUS, _RADIUS)
        painter.end()

    # The mouse stops here: what is under the dim layer is not the tour's to change.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            event.accept()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()
        super().changeEvent(event)
