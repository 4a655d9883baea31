"""Where the callout goes: beside what it describes, inside the window, covering none of
what is lit if it can.

Beside each lit rectangle in turn (a tall one's right, then left; a wide one's below,
then above), slid along that side to stay inside the window; the first place that
covers no lit rectangle wins. A target as large as a queue's table leaves no such
place: then the window's corners and sides are tried too, and the place covering the
least of the lit area wins (it stays readable, and most of the target shows).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QPoint, QRect, QSize


def place_callout(size: QSize, lit: Sequence[QRect], bounds: QRect, gap: int) -> QRect:
    """The callout's rectangle: `size` inside `bounds`, `gap` away from what it is beside."""
    candidates = [_inside(rect, bounds) for rect in _candidates(size, lit, bounds, gap)]
    for candidate in candidates:
        if not any(candidate.intersects(rect) for rect in lit):
            return candidate
    return min(candidates, key=lambda candidate: _covered(candidate, lit))


def _candidates(size: QSize, lit: Sequence[QRect], bounds: QRect, gap: int) -> Iterator[QRect]:
    for anchor in lit:
        yield from _beside(size, anchor, gap)
    w, h = size.width(), size.height()
    for x in (bounds.right() - w + 1, bounds.left(), bounds.center().x() - w // 2):
        for y in (bounds.bottom() - h + 1, bounds.top(), bounds.center().y() - h // 2):
            yield QRect(QPoint(x, y), size)


def _beside(size: QSize, anchor: QRect, gap: int) -> Iterator[QRect]:
    w, h = size.width(), size.height()
    right = QRect(QPoint(anchor.right() + 1 + gap, anchor.top()), size)
    left = QRect(QPoint(anchor.left() - gap - w, anchor.top()), size)
    below = QRect(QPoint(anchor.left(), anchor.bottom() + 1 + gap), size)
    above = QRect(QPoint(anchor.left(), anchor.top() - gap - h), size)
    if anchor.height() >= anchor.width():
        yield from (right, left, below, above)
    else:
        yield from (below, above, right, left)


def _inside(rect: QRect, bounds: QRect) -> QRect:
    """`rect` slid (never resized beyond `bounds`) to lie within `bounds`."""
    width = min(rect.width(), bounds.width())
    height = min(rect.height(), bounds.height())
    x = min(max(rect.left(), bounds.left()), bounds.right() - width + 1)
    y = min(max(rect.top(), bounds.top()), bounds.bottom() - height + 1)
    return QRect(x, y, width, height)


def _covered(candidate: QRect, lit: Sequence[QRect]) -> int:
    area = 0
    for rect in lit:
        overlap = candidate.intersected(rect)
        if not overlap.isEmpty():
            area += overlap.width() * overlap.height()
    return area
