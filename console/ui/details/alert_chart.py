"""A small bar chart of a device's alerts per day or week, drawn with QPainter.

QtCharts is not part of the PySide6 wheels we ship, and a dozen bars do not need it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# Beyond this many days one bar per day gets too thin to read; switch to weeks.
_MAX_DAILY_SPAN = 45


def bucket_counts(times: Iterable[datetime | None]) -> tuple[list[tuple[date, int]], str]:
    """(bucket start, count) for every day or week between the first and last time, and the unit.

    Empty buckets are kept so the chart's time axis is honest about quiet periods.
    """
    days = sorted(t.astimezone().date() for t in times if t is not None)
    if not days:
        return [], "day"
    first, last = days[0], days[-1]
    weekly = (last - first).days > _MAX_DAILY_SPAN
    step = timedelta(days=7 if weekly else 1)

    def start_of(day: date) -> date:
        return day - timedelta(days=day.weekday()) if weekly else day

    counts = Counter(start_of(day) for day in days)
    buckets = []
    current = start_of(first)
    while current <= last:
        buckets.append((current, counts.get(current, 0)))
        current += step
    return buckets, "week" if weekly else "day"


class AlertsOverTimeChart(QWidget):
    """Bars of alert counts; the tooltip of the widget names the busiest bucket."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsOverTimeChart")
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.buckets: list[tuple[date, int]] = []
        self.unit = "day"

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    def set_times(self, times: Iterable[datetime | None]) -> None:
        self.buckets, self.unit = bucket_counts(times)
        if self.buckets:
            busiest = max(self.buckets, key=lambda bucket: bucket[1])
            text = (
                self.tr("Busiest week: %1 (%2 alerts)")
                if self.unit == "week"
                else self.tr("Busiest day: %1 (%2 alerts)")
            )
            self.setToolTip(
                text.replace("%1", busiest[0].isoformat()).replace("%2", str(busiest[1]))
            )
        else:
            self.setToolTip("")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(36, 8, -8, -(line + 8))
        if not self.buckets:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No alerts"))
            return
        peak = max(count for _, count in self.buckets) or 1
        # Axis and the peak value, so bar heights can be read without hovering.
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.setPen(text_color)
        painter.drawText(
            QRectF(0, area.top() - line / 2, 32, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(peak),
        )
        painter.drawText(
            QRectF(0, area.bottom() - line, 32, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "0",
        )
        slot = area.width() / len(self.buckets)
        bar_width = max(2.0, slot * 0.7)
        bar_color = palette.color(QPalette.ColorRole.Highlight)
        for index, (_start, count) in enumerate(self.buckets):
            height = area.height() * count / peak
            left = area.left() + index * slot + (slot - bar_width) / 2
            painter.fillRect(QRectF(left, area.bottom() - height, bar_width, height), bar_color)
        # First and last dates under the axis.
        painter.setPen(text_color)
        label_rect = QRectF(area.left(), area.bottom() + 4, area.width(), line)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft, self.buckets[0][0].isoformat())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight, self.buckets[-1][0].isoformat())
