"""The report as a PDF a manager can read: QPdfWriter, A4, always light.

A title page (tenant, period, when it was made, the threats identified), a page of
charts (the same painting functions as the screen's, console.ui.report.charts, with the
fixed light colours), then the threat categories and the trending activities, their
rows carried over as many pages as they need. Every page is numbered "Page n of m": the
pages are laid out first, then painted.

The file is written readable by the analyst only (console.private_files): the PDF is
made in memory, written to a 600 temporary file beside the target, then renamed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

from console.private_files import replace_keeping_mode
from console.ui.numbers import number
from console.ui.report import texts
from console.ui.report.charts import PDF_COLORS, draw_bars, draw_columns, draw_spread
from console.ui.report.model import ReportData

RESOLUTION = 96  # dots per inch: points and pixels nearly agree, fonts measure as on screen
Page = Callable[[QPainter, QRectF], None]


def pdf_bytes(data: ReportData, tenant_names: Sequence[str]) -> tuple[bytes, int]:
    """The PDF's bytes and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(QCoreApplication.translate("DehReport", "Defender Experts for Hunting report"))
    writer.setCreator("Hunting Console")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    font = QFont(painter.font())
    font.setPointSizeF(9.5)
    painter.setFont(font)
    area = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
    area = QRectF(0, 0, area.width(), area.height())
    pages = _layout(painter, area, data, tenant_names)
    for number_, page in enumerate(pages, start=1):
        if number_ > 1:
            writer.newPage()
        painter.save()
        page(painter, area)
        painter.restore()
        _footer(painter, area, number_, len(pages))
    painter.end()
    buffer.close()
    return bytes(buffer.data().data()), len(pages)


def write_pdf(path: Path, data: ReportData, tenant_names: Sequence[str]) -> int:
    """Write the report to `path` (replacing it); returns how many pages it has."""
    content, pages = pdf_bytes(data, tenant_names)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 600
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        replace_keeping_mode(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return pages


def _font(painter: QPainter, factor: float, bold: bool = False) -> QFont:
    font = QFont(painter.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _footer(painter: QPainter, area: QRectF, page: int, pages: int) -> None:
    painter.save()
    painter.setFont(_font(painter, 0.85))
    painter.setPen(PDF_COLORS.muted)
    said = (
        QCoreApplication.translate("DehReport", "Page %1 of %2")
        .replace("%1", number(page))
        .replace("%2", number(pages))
    )
    line = QFontMetricsF(painter.font()).height()
    painter.drawText(
        QRectF(area.left(), area.bottom() - line, area.width(), line),
        Qt.AlignmentFlag.AlignRight,
        said,
    )
    painter.restore()


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont | None = None) -> float:
    """Draw wrapped `text` from the top of `rect`; returns the height it took."""
    painter.save()
    if font is not None:
        painter.setFont(font)
    painter.setPen(PDF_COLORS.text)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    used = QFontMetricsF(painter.font()).boundingRect(rect, int(flags), text)
    painter.drawText(rect, int(flags), text)
    painter.restore()
    return used.height()


def _layout(
    painter: QPainter, area: QRectF, data: ReportData, tenant_names: Sequence[str]
) -> list[Page]:
    pages: list[Page] = [lambda p, a: _title_page(p, a, data, tenant_names)]
    pages.append(lambda p, a: _charts_page(p, a, data))
    categories = [texts.category_row(cell) for cell in data.categories]
    trending = [texts.trending_row(row)[:5] for row in data.trending]
    impacted = [texts.impacted_text(row.impacted) for row in data.trending]
    pages += _table_pages(
        painter,
        area,
        QCoreApplication.translate("DehReport", "Threat categories: %1").replace(
            "%1", texts.view_name(data.view)
        ),
        texts.view_hint(data.view),
        texts.category_headers(),
        (0.24, 0.48, 0.1, 0.18),
        categories,
        QCoreApplication.translate("DehReport", "No activities in this view for this period."),
    )
    pages += _table_pages(
        painter,
        area,
        QCoreApplication.translate("DehReport", "Top trending suspicious activities"),
        QCoreApplication.translate(
            "DehReport",
            "Seen at least 3 times in at least 2 different weeks over the three months "
            "before the period's end; by severity, then frequency.",
        ),
        texts.trending_headers()[:5],
        (0.44, 0.2, 0.14, 0.11, 0.11),
        trending,
        QCoreApplication.translate(
            "DehReport",
            "No activity was seen repeatedly in the three months before the period's end.",
        ),
        details=impacted,  # each activity's devices and users, on a line of their own
    )
    return pages


def _title_page(
    painter: QPainter, area: QRectF, data: ReportData, tenant_names: Sequence[str]
) -> None:
    y = area.top() + area.height() * 0.18
    y += _text(
        painter,
        QRectF(area.left(), y, area.width(), area.height()),
        QCoreApplication.translate("DehReport", "Defender Experts for Hunting report"),
        _font(painter, 2.4, bold=True),
    )
    y += 18
    for line in (
        texts.tenants_text(tenant_names),
        texts.period_text(data.period),
        texts.made_text(data),
    ):
        y += _text(
            painter, QRectF(area.left(), y, area.width(), area.height()), line, _font(painter, 1.3)
        )
        y += 6
    y += 40
    y += _text(
        painter,
        QRectF(area.left(), y, area.width(), 200),
        QCoreApplication.translate("DehReport", "Threats identified"),
        _font(painter, 1.3, bold=True),
    )
    y += _text(
        painter,
        QRectF(area.left(), y, area.width(), 200),
        number(data.dens),
        _font(painter, 4.0, bold=True),
    )
    said = texts.dens_caption() if data.dens else texts.empty_text(data.period)
    y += _text(painter, QRectF(area.left(), y, area.width(), 200), said, _font(painter, 1.1))
    y += 24
    _text(
        painter,
        QRectF(area.left(), y, area.width(), 200),
        QCoreApplication.translate("DehReport", "Time to resolution: %1").replace(
            "%1", texts.resolution_summary(data)
        ),
        _font(painter, 1.1),
    )


def _charts_page(painter: QPainter, area: QRectF, data: ReportData) -> None:
    titles = texts.chart_titles()
    heading = _font(painter, 1.15, bold=True)
    line = QFontMetricsF(heading).height()
    y = area.top()
    y += _text(
        painter,
        QRectF(area.left(), y, area.width(), 60),
        QCoreApplication.translate("DehReport", "Charts"),
        _font(painter, 1.6, True),
    )
    y += 8
    if not data.dens:
        y += _text(painter, QRectF(area.left(), y, area.width(), 80), texts.empty_text(data.period))
        y += 8
    slot = (area.bottom() - y - line * 2) / 4
    charts: list[tuple[str, Callable[[QRectF], None]]] = [
        ("over_time", lambda r: draw_columns(painter, r, texts.over_time_bars(data), PDF_COLORS)),
        ("by_severity", lambda r: draw_bars(painter, r, texts.severity_bars(data), PDF_COLORS)),
        ("by_category", lambda r: draw_bars(painter, r, texts.category_bars(data), PDF_COLORS)),
        ("resolution", lambda r: _resolution(painter, r, data)),
    ]
    for key, draw in charts:
        _text(painter, QRectF(area.left(), y, area.width(), line), titles[key], heading)
        painter.save()
        draw(QRectF(area.left(), y + line * 1.3, area.width(), slot - line * 1.8))
        painter.restore()
        y += slot


def _resolution(painter: QPainter, rect: QRectF, data: ReportData) -> None:
    note_font = _font(painter, 0.85)
    note_height = QFontMetricsF(note_font).height() * 2.4
    values = data.resolution.spread()
    draw_spread(painter, rect.adjusted(0, 0, 0, -note_height), values, PDF_COLORS)
    _text(
        painter,
        QRectF(rect.left(), rect.bottom() - note_height, rect.width(), note_height),
        texts.resolution_note(data),
        note_font,
    )


def _table_pages(
    painter: QPainter,
    area: QRectF,
    title: str,
    hint: str,
    headers: list[str],
    widths: tuple[float, ...],
    rows: list[list[str]],
    empty: str,
    details: list[str] | None = None,
) -> list[Page]:
    """The table's pages: each row as tall as its longest cell wrapped (up to three lines),
    and its detail below it across the page if any; as many rows on a page as fit above
    the footer."""
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    heading_height = QFontMetricsF(_font(painter, 1.6, True)).height() + line * 3.5
    room = area.height() - heading_height - line * 2
    header_height = _row_height(painter, area, headers, widths, bold=True)
    detail_font = _font(painter, 0.85)
    chunks: list[list[tuple[list[str], float, str, float]]] = [[]]
    used = header_height
    for index, cells in enumerate(rows):
        height = _row_height(painter, area, cells, widths)
        detail = details[index] if details is not None else ""
        below = (
            min(_wrapped_height(detail_font, detail, area.width() - 4 * _PADDING),
                QFontMetricsF(detail_font).height() * _MOST_LINES) + _PADDING
            if detail else 0.0
        )  # fmt: skip
        if chunks[-1] and used + height + below > room:
            chunks.append([])
            used = header_height
        chunks[-1].append((cells, height, detail, below))
        used += height + below

    def page(chunk: list[tuple[list[str], float, str, float]], first: bool) -> Page:
        def paint(p: QPainter, a: QRectF) -> None:
            y = a.top()
            shown = (
                title
                if first
                else QCoreApplication.translate("DehReport", "%1 (continued)").replace("%1", title)
            )
            y += _text(p, QRectF(a.left(), y, a.width(), 80), shown, _font(p, 1.6, True))
            y += _text(p, QRectF(a.left(), y, a.width(), 60), hint, _font(p, 0.95)) + 8
            if not chunk:
                _text(p, QRectF(a.left(), y, a.width(), 80), empty)
                return
            _row(p, a, y, headers, widths, header_height, bold=True)
            y += header_height
            for index, (cells, height, detail, below) in enumerate(chunk):
                if index % 2:
                    band = QRectF(a.left(), y, a.width(), height + below)
                    p.fillRect(band, QColor("#f2f2f2"))
                _row(p, a, y, cells, widths, height)
                y += height
                if detail:
                    p.save()
                    p.setFont(detail_font)
                    p.setPen(PDF_COLORS.muted)
                    box = QRectF(
                        a.left() + 2 * _PADDING, y - _PADDING, a.width() - 4 * _PADDING, below
                    )
                    _draw_wrapped(p, box, detail)
                    p.restore()
                    y += below

        return paint

    return [page(chunk, index == 0) for index, chunk in enumerate(chunks)]


_PADDING = 4.0
_MOST_LINES = 3


def _cell_option() -> QTextOption:
    # At word boundaries, or anywhere in a word longer than its column (a host name).
    option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _wrapped(font: QFont, text: str, width: float) -> tuple[QTextLayout, float]:
    """`text` laid out in lines of `width`, and their height."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_cell_option())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def _wrapped_height(font: QFont, text: str, width: float) -> float:
    return _wrapped(font, text, width)[1]


def _draw_wrapped(painter: QPainter, rect: QRectF, text: str) -> None:
    """Drawn through QTextLayout: PySide6 6.12's drawText(QRectF, str, QTextOption) drops a
    reference to None at each call, and the process aborts after a few thousand cells."""
    layout, _height = _wrapped(painter.font(), text, rect.width())
    painter.save()
    painter.setClipRect(rect)
    layout.draw(painter, rect.topLeft())
    painter.restore()


def _row_height(
    painter: QPainter,
    area: QRectF,
    cells: Sequence[str],
    widths: Sequence[float],
    bold: bool = False,
) -> float:
    font = _font(painter, 1.0, bold=bold)
    line = QFontMetricsF(font).height()
    tallest = line
    for cell, share in zip(cells, widths, strict=True):
        width = area.width() * share - 2 * _PADDING
        tallest = max(tallest, _wrapped_height(font, cell, width))
    return min(tallest, line * _MOST_LINES) + 2 * _PADDING


def _row(
    painter: QPainter,
    area: QRectF,
    y: float,
    cells: Sequence[str],
    widths: Sequence[float],
    height: float,
    bold: bool = False,
) -> None:
    painter.save()
    painter.setFont(_font(painter, 1.0, bold=bold))
    painter.setPen(PDF_COLORS.text)
    x = area.left()
    for cell, share in zip(cells, widths, strict=True):
        width = area.width() * share
        rect = QRectF(x + _PADDING, y + _PADDING, width - 2 * _PADDING, height - 2 * _PADDING)
        _draw_wrapped(painter, rect, cell)
        x += width
    if bold:
        painter.setPen(PDF_COLORS.muted)
        painter.drawLine(QPointF(area.left(), y + height), QPointF(area.right(), y + height))
    painter.restore()
