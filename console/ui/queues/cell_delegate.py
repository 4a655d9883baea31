"""Paints a queue's cells with one call into Python per cell instead of eight.

Qt's delegate asks the model for seven roles per painted cell, and the view asks for its
flags: each is a call from C++ into Python that must take the GIL. During a sync the
sync's thread holds the GIL most of the time and hands it over only every switch
interval (5 ms), so a repaint of one screen of rows waited for it eight times per cell:
50-140 ms per repaint beside a busy thread, against 15-40 ms with this delegate.

Overriding `multiData` would be the natural fix, but PySide6 6.12 drops a reference to
None each time a QModelRoleDataSpan is used from Python (a crash within seconds). So this
fills the style option the way `QStyledItemDelegate::initStyleOption` does from the
model's roles, but from one call to the model (`LazyQueueModel.cell_look`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QIcon, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.ui.queues.model import LazyQueueModel

_Feature = QStyleOptionViewItem.ViewItemFeature


class QueueCellDelegate(QStyledItemDelegate):
    def __init__(self, model: LazyQueueModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # As Qt's own initStyleOption, role by role: check state and background are never
        # set by the queues' model, so they keep the view's defaults; the font only turns
        # italic for a pending change.
        option.styleObject = None  # type: ignore[assignment]
        option.index = index  # type: ignore[assignment]
        look = self._model.cell_look(index.row(), index.column())
        if look is None:
            return
        text, alignment, color, icon, italic = look
        option.displayAlignment = alignment
        if italic:  # a triage change not sent yet (console.ui.queues.pending)
            option.font.setItalic(True)
        if color is not None:
            palette = QPalette(option.palette)
            palette.setBrush(QPalette.ColorRole.Text, QBrush(color))
            option.palette = palette
        if icon is not None and not icon.isNull():
            self._decorate(option, icon)
        option.features |= _Feature.HasDisplay
        option.text = self.displayText(text, option.locale)

    @staticmethod
    def _decorate(option: QStyleOptionViewItem, icon: QIcon) -> None:
        option.features |= _Feature.HasDecoration
        option.icon = icon
        state = option.state
        if not state & QStyle.StateFlag.State_Enabled:
            mode = QIcon.Mode.Disabled
        elif state & QStyle.StateFlag.State_Selected:
            mode = QIcon.Mode.Selected
        else:
            mode = QIcon.Mode.Normal
        on = QIcon.State.On if state & QStyle.StateFlag.State_Open else QIcon.State.Off
        actual = icon.actualSize(option.decorationSize, mode, on)
        # High-dpi icons may be larger than asked: clamped, as Qt does.
        option.decorationSize = actual.boundedTo(option.decorationSize)
