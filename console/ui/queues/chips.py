"""FilterChips: the active filters as removable chips, as the Defender portal shows them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from console.ui.queues.filter_state import Chip


class ChipWidget(QFrame):
    """One filter, e.g. "Tags: Defender Experts", with a remove button."""

    remove_clicked = Signal()

    def __init__(self, chip: Chip, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chip = chip
        self.setObjectName("filterChip")
        self.setProperty("chipKey", chip.key)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The palette's alternate base keeps the chip readable in light and dark schemes.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(chip.text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # values come from the API
        layout.addWidget(self.label)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeChipButton")
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove this filter"))
        self.remove_button.setAccessibleName(self.tr("Remove filter %1").replace("%1", chip.text))
        self.remove_button.clicked.connect(self.remove_clicked)
        layout.addWidget(self.remove_button)


class FilterChips(QWidget):
    """A row of chips; emits `chip_removed(chip)` and `clear_all()`."""

    chip_removed = Signal(object)
    clear_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterChips")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._clear = QToolButton(self)
        self._clear.setObjectName("clearFiltersButton")
        self._clear.setText(self.tr("Clear all"))
        self._clear.setAutoRaise(True)
        self._clear.clicked.connect(self.clear_all)
        self._layout.addWidget(self._clear)
        self._layout.addStretch(1)
        self.widgets: list[ChipWidget] = []
        self.set_chips(())

    def set_chips(self, chips: Sequence[Chip]) -> None:
        for widget in self.widgets:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.widgets = []
        for position, chip in enumerate(chips):
            widget = ChipWidget(chip, self)
            widget.remove_clicked.connect(lambda c=chip: self.chip_removed.emit(c))
            self._layout.insertWidget(position, widget)
            self.widgets.append(widget)
        self._clear.setVisible(len(chips) > 1)
        self.setVisible(bool(chips))

    def texts(self) -> list[str]:
        return [w.chip.text for w in self.widgets]

    def chip_widget(self, key: str) -> ChipWidget | None:
        return next((w for w in self.widgets if w.chip.key == key), None)
