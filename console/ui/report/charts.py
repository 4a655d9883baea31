"""The report's charts, drawn with QPainter: columns, bars, and a spread of durations.

Why QPainter and not QtCharts: QtCharts comes with PySide6-Addons, which adds well over
100 MB to the installed footprint, and the Linux installer has a 250 MB budget. The
charts here are three simple shapes; each is one painting function taking a painter, a
rectangle and colours, so the same code draws on a widget on screen and on QPdfWriter's
page for the PDF (console.ui.report.pdf): screen and PDF share one code path.

Colours come from the window's palette on screen (light or dark) and from `PDF_COLORS`,
a fixed light palette, on paper. Every bar is labelled with its number: colour is never
the only signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.ui.numbers import number
from console.ui.style import DEN_ACCENT


@dataclass(frozen=True)
class ChartColors:
    text: QColor
    muted: QColor
    grid: QColor
    bar: QColor
    box: QColor


def screen_colors(palette: QPalette) -> ChartColors:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = QColor(text)
    muted.setAlphaF(0.7)
    grid = QColor(text)
    grid.setAlphaF(0.18)
    bar = QColor(DEN_ACCENT[1] if dark else DEN_ACCENT[0])
    box = QColor(bar)
    box.setAlphaF(0.35)
    return ChartColors(text, muted, grid, bar, box)


PDF_COLORS = ChartColors(
    QColor("#1a1a1a"), QColor("#555555"), QColor("#d8d8d8"), QColor(DEN_ACCENT[0]),
    QColor(92, 45, 145, 90),
)  # fmt: skip

# (label, value, colour or None for the chart's own) per bar.
Bar = tuple[str, int, QColor | None]
Paint = Callable[[QPainter, QRectF, ChartColors], None]


def _empty(painter: QPainter, rect: QRectF, colors: ChartColors, text: str) -> None:
    painter.setPen(colors.muted)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


def _no_notifications(painter: QPainter, rect: QRectF, colors: ChartColors) -> None:
    text = QCoreApplication.translate(
        "ReportCharts", "No Defender Experts notifications in this period."
    )
    _empty(painter, rect, colors, text)


def draw_columns(painter: QPainter, rect: QRectF, bars: Sequence[Bar], colors: ChartColors) -> None:
    """Vertical columns, one per bar, its value above it and its label below (DENs over time)."""
    if not bars:
        _no_notifications(painter, rect, colors)
        return
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    top, bottom = rect.top() + line, rect.bottom() - line * 1.4
    highest = max(value for _label, value, _colour in bars) or 1
    slot = rect.width() / len(bars)
    width = max(2.0, min(slot * 0.6, line * 3))
    # Labels that do not fit every slot are shown one in `step`.
    widest = max(metrics.horizontalAdvance(label) for label, _value, _colour in bars)
    step = max(1, int((widest + line * 0.5) // slot) + 1)
    painter.setPen(QPen(colors.grid, 1))
    painter.drawLine(QPointF(rect.left(), bottom), QPointF(rect.right(), bottom))
    for index, (label, value, colour) in enumerate(bars):
        centre = rect.left() + slot * (index + 0.5)
        height = (bottom - top) * value / highest
        column = QRectF(centre - width / 2, bottom - height, width, height)
        painter.fillRect(column, colour or colors.bar)
        painter.setPen(colors.text)
        above = QRectF(centre - slot / 2, column.top() - line, slot, line)
        if slot >= metrics.horizontalAdvance(number(value)) + 2:
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, number(value))
        if index % step == 0:
            painter.setPen(colors.muted)
            below = QRectF(centre - slot * step / 2, bottom + line * 0.2, slot * step, line)
            painter.drawText(
                below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label
            )


def draw_bars(painter: QPainter, rect: QRectF, bars: Sequence[Bar], colors: ChartColors) -> None:
    """Horizontal bars, the label on the left and the value at the bar's end (by severity,
    by category): long labels stay readable."""
    if not bars:
        _no_notifications(painter, rect, colors)
        return
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    row = min(rect.height() / len(bars), line * 1.8)
    label_width = min(rect.width() * 0.45, max(metrics.horizontalAdvance(b[0]) for b in bars) + 8)
    value_width = metrics.horizontalAdvance(number(max(b[1] for b in bars))) + 8
    span = max(1.0, rect.width() - label_width - value_width)
    highest = max(value for _label, value, _colour in bars) or 1
    for index, (label, value, colour) in enumerate(bars):
        y = rect.top() + row * index
        painter.setPen(colors.text)
        label_rect = QRectF(rect.left(), y, label_width - 8, row)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_rect.width())
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown
        )
        length = span * value / highest
        bar = QRectF(rect.left() + label_width, y + row * 0.2, max(length, 1.0), row * 0.6)
        painter.fillRect(bar, colour or colors.bar)
        value_rect = QRectF(bar.right() + 4, y, value_width, row)
        painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, number(value))


def hours_text(hours: float) -> str:
    """A duration in hours ("14.5 h"), or in days past two days ("3.2 d"), as the locale writes it."""
    locale = QLocale()
    if hours >= 48:
        return QCoreApplication.translate("ReportCharts", "%1 d").replace(
            "%1", locale.toString(hours / 24, "f", 1)
        )
    return QCoreApplication.translate("ReportCharts", "%1 h").replace(
        "%1", locale.toString(hours, "f", 1)
    )


def draw_spread(
    painter: QPainter,
    rect: QRectF,
    values: tuple[float | None, float | None, float | None, float | None, float | None],
    colors: ChartColors,
) -> None:
    """A box and whiskers on a line of hours: shortest, first quartile, median, third
    quartile, longest; the median named in words above the box."""
    shortest, q1, median, q3, longest = values
    if median is None or shortest is None or q1 is None or q3 is None or longest is None:
        _empty(
            painter,
            rect,
            colors,
            QCoreApplication.translate(
                "ReportCharts", "No resolved Defender Experts alerts in this period."
            ),
        )
        return
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    left, right = rect.left() + line, rect.right() - line
    scale = max(longest, 1e-6)

    def x(hours: float) -> float:
        return left + (right - left) * hours / scale

    middle = rect.top() + rect.height() * 0.45
    half = min(rect.height() * 0.18, line * 1.5)
    # The axis: zero to the longest, with the two ends named.
    axis_y = middle + half + line * 0.8
    painter.setPen(QPen(colors.grid, 1))
    painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
    painter.setPen(QPen(colors.text, 1.5))
    painter.drawLine(QPointF(x(shortest), middle), QPointF(x(q1), middle))
    painter.drawLine(QPointF(x(q3), middle), QPointF(x(longest), middle))
    for end in (shortest, longest):
        painter.drawLine(QPointF(x(end), middle - half / 2), QPointF(x(end), middle + half / 2))
    box = QRectF(QPointF(x(q1), middle - half), QPointF(max(x(q3), x(q1) + 2), middle + half))
    painter.fillRect(box, colors.box)
    painter.drawRect(box)
    painter.setPen(QPen(colors.bar, 3))
    painter.drawLine(QPointF(x(median), middle - half), QPointF(x(median), middle + half))
    painter.setPen(colors.text)
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    said = QCoreApplication.translate("ReportCharts", "Median %1").replace("%1", hours_text(median))
    width = QFontMetricsF(bold).horizontalAdvance(said) + 8
    centre = min(max(x(median), rect.left() + width / 2), rect.right() - width / 2)
    painter.drawText(
        QRectF(centre - width / 2, middle - half - line * 1.3, width, line),
        Qt.AlignmentFlag.AlignCenter,
        said,
    )
    painter.restore()
    painter.setPen(colors.muted)
    below = axis_y + line * 0.2
    painter.drawText(
        QRectF(left - line, below, right - left, line), Qt.AlignmentFlag.AlignLeft, "0"
    )
    painter.drawText(
        QRectF(left, below, right - left + line, line),
        Qt.AlignmentFlag.AlignRight,
        hours_text(longest),
    )
    quartiles = (
        QCoreApplication.translate("ReportCharts", "Middle half: %1 to %2")
        .replace("%1", hours_text(q1))
        .replace("%2", hours_text(q3))
    )
    painter.drawText(
        QRectF(rect.left(), below + line, rect.width(), line),
        Qt.AlignmentFlag.AlignHCenter,
        quartiles,
    )


class ChartWidget(QWidget):
    """One chart on screen: its painting function, with the palette's colours."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._paint: Paint | None = None

    def sizeHint(self) -> QSize:
        return QSize(360, 190)

    def set_paint(self, paint: Paint, description: str) -> None:
        self._paint = paint
        self.setAccessibleDescription(description)  # a screen reader reads the figures
        self.setToolTip(description)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self._paint is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(
            painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), screen_colors(self.palette())
        )
        painter.end()
