"""How a queue cell shows a triage change not sent yet: the new value in italics, with a
small clock (waiting to be sent) or a warning mark (held: a conflict or a refusal)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui import style
from console.ui.queues.columns import CONTEXT

_WAITING = QT_TRANSLATE_NOOP("QueueColumns", "Changed here, not sent yet: sent when online.")
_CONFLICT = QT_TRANSLATE_NOOP(
    "QueueColumns", "Someone changed this meanwhile: choose on the Audit page."
)
_REJECTED = QT_TRANSLATE_NOOP(
    "QueueColumns", "The service refused this change: see why on the Audit page."
)
_TEXTS = {"conflict": _CONFLICT, "rejected": _REJECTED}

_icons: dict[tuple[str, bool], QIcon] = {}


def is_pending(column_key: str, row: Any) -> bool:
    """Whether this cell shows a value the service does not have yet."""
    return column_key in getattr(row, "pending", ())


def note(row: Any) -> str:
    """The tooltip line that says what the italics mean for this row."""
    return note_for(getattr(row, "pending_state", ""))


def note_for(state: str) -> str:
    """What the italics mean for a change in `state` (pending, conflict, rejected)."""
    return QCoreApplication.translate(CONTEXT, _TEXTS.get(state, _WAITING))


def icon(row: Any) -> QIcon:
    """The mark of a pending cell: drawn in the palette's colours (light or dark)."""
    held = getattr(row, "pending_state", "") in _TEXTS
    key = ("held" if held else "waiting", style.is_dark())
    found = _icons.get(key)
    if found is None:
        found = _icons[key] = _draw(held)
    return found


def forget_icons() -> None:
    """Light/dark switch: the marks are drawn again."""
    _icons.clear()


def _draw(held: bool) -> QIcon:
    size = 14
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if held:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#d97706"))
        painter.drawPolygon(QPolygonF([QPointF(7, 1), QPointF(13, 13), QPointF(1, 13)]))
        painter.setPen(QPen(QColor("white"), 1.6))
        painter.drawLine(QPointF(7, 5), QPointF(7, 9))
        painter.drawPoint(QPointF(7, 11.2))
    else:
        color = QColor("#9ca3af") if style.is_dark() else QColor("#4b5563")
        painter.setPen(QPen(color, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(7, 7), 5.5, 5.5)
        painter.drawLine(QPointF(7, 7), QPointF(7, 3.5))
        painter.drawLine(QPointF(7, 7), QPointF(9.5, 8.5))
    painter.end()
    return QIcon(pixmap)


def italicize(widget: Any) -> None:
    """A shown value that is a change not sent yet: in italics, as in the queues."""
    font = widget.font()
    font.setItalic(True)
    widget.setFont(font)
    widget.setProperty("pending", True)


def note_label(state: str) -> Any:
    """The line under a pane's or a page's facts that says what the italics mean."""
    from console.ui.details.widgets import plain_label

    label = plain_label(note_for(state))
    label.setObjectName("pendingNote")
    label.setWordWrap(True)
    italicize(label)
    return label
