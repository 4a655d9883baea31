"""The tour's callout: "Step n of m", a title, a few lines, and Back, Next and Skip.

The keyboard works without the mouse: Left and Right go back and on, Enter goes on (or
presses the focused button), Esc ends the tour, and Tab stays among the callout's
buttons (what is behind the dim layer is not reachable while the tour runs). The keys
are the callout's own, not the window's: the window's shortcuts sheet lists only what
works everywhere. Sizes are in the font's units, so the callout grows with the system
font size; colours are the palette's, light or dark.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.ui.style import scaled_font

# The callout's width in average characters: about eight words a line.
WIDTH_IN_CHARACTERS = 56
_BORDER = 2


class TourCallout(QFrame):
    back_requested = Signal()
    next_requested = Signal()
    skip_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourCallout")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(False)
        layout = self._layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em, em * 3 // 4, em, em * 3 // 4)
        layout.setSpacing(em // 2)

        self.step_label = QLabel(self)
        self.step_label.setObjectName("tourStepLabel")
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.step_label)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("tourTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        # Relative: follows the system font size.
        self.title_label.setFont(scaled_font(self.title_label, 1.2))
        layout.addWidget(self.title_label)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("tourText")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label)

        buttons = QHBoxLayout()
        buttons.setSpacing(em // 2)
        self.skip_button = self._button("tourSkipButton", self.skip_requested)
        self.back_button = self._button("tourBackButton", self.back_requested)
        self.next_button = self._button("tourNextButton", self.next_requested)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addSpacing(em // 4)
        layout.addLayout(buttons)
        self.installEventFilter(self)

    def _button(self, name: str, signal: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(signal)
        button.installEventFilter(self)  # the callout's keys work with the focus on it
        return button

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return (self.skip_button, self.back_button, self.next_button)

    def show_step(self, number: int, count: int, title: str, text: str) -> None:
        """Step `number` (from 1) of `count`."""
        step = self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(count))
        self.step_label.setText(step)
        self.title_label.setText(title)
        self.text_label.setText(text)
        last = number == count
        self.back_button.setText(self.tr("Back"))
        self.back_button.setEnabled(number > 1)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.skip_button.setText(self.tr("Skip the tour"))
        where = self.tr("Quick tour, %1: %2").replace("%1", step).replace("%2", title)
        self.setAccessibleName(where)
        self.setAccessibleDescription(text)
        self.step_label.setAccessibleName(step)
        self.step_label.setAccessibleDescription(self.tr("Where you are in the quick tour"))
        self.title_label.setAccessibleName(title)
        self.title_label.setAccessibleDescription(self.tr("What this step shows"))
        self.text_label.setAccessibleName(title)
        self.text_label.setAccessibleDescription(text)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(
            self.tr("The previous step of the tour (Left arrow)")
        )
        if last:
            self.next_button.setAccessibleName(self.tr("Finish"))
            does = self.tr("End the tour and put the window back as it was (Enter)")
        else:
            self.next_button.setAccessibleName(self.tr("Next"))
            does = self.tr("The next step of the tour (Right arrow or Enter)")
        # The focus stays on Next from step to step: its description carries the step, so
        # a screen reader has the new one to say (with the events below).
        self.next_button.setAccessibleDescription(
            self.tr("%1. %2 %3.").replace("%1", where).replace("%2", text).replace("%3", does)
        )
        self.skip_button.setAccessibleName(self.tr("Skip the tour"))
        self.skip_button.setAccessibleDescription(
            self.tr("End the tour now and put the window back as it was (Esc)")
        )
        self._announce()

    def _announce(self) -> None:
        """Tell assistive technology the step's names and descriptions changed."""
        changes = (
            (self, QAccessible.Event.NameChanged),
            (self, QAccessible.Event.DescriptionChanged),
            (self.title_label, QAccessible.Event.NameChanged),
            (self.text_label, QAccessible.Event.NameChanged),
            (self.text_label, QAccessible.Event.DescriptionChanged),
            (self.next_button, QAccessible.Event.NameChanged),
            (self.next_button, QAccessible.Event.DescriptionChanged),
        )
        for widget, change in changes:
            QAccessible.updateAccessibility(QAccessibleEvent(widget, change))

    def preferred_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS

    def minimum_width(self) -> int:
        """What its buttons need side by side (French words are longer)."""
        return self._layout.minimumSize().width()

    def fit(self, width: int) -> None:
        """As wide as `width`, as tall as its text then needs."""
        self.setFixedWidth(width)
        layout = self._layout
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.setFixedHeight(max(height, self.sizeHint().height()))

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handle_key(event)
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        """The tour's keys; True when the key was one (also used for a popup menu's keys)."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Alt+Left is the window's Back, Ctrl+digit its pages
        key = event.key()
        if key == Qt.Key.Key_Left:
            if self.back_button.isEnabled():
                self.back_requested.emit()
        elif key == Qt.Key.Key_Right:
            self.next_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            pressed = [b for b in (self.back_button, self.skip_button) if b is focused]
            if pressed and pressed[0].isEnabled():
                pressed[0].click()  # Enter presses the focused button, as Space does
            else:
                self.next_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.skip_requested.emit()
        else:
            return False
        event.accept()
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the callout's buttons, never behind the dim layer."""
        order = [button for button in self.buttons if button.isEnabled()]
        if not order:
            return False
        focused = self.focusWidget()
        position = order.index(focused) if focused in order else -1
        step = 1 if next else -1
        order[(position + step) % len(order)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    # -- look ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), _BORDER))
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        half = _BORDER / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 8, 8)
        painter.end()
