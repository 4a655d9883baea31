"""The quick tour over the real window: one step at a time, then the window as it was.

For each step the tour lets the step open what it needs (`prepare`), waits one turn of
the event loop for the layouts, scrolls what must show into view, then finds the
step's targets and lights them. A target it cannot find is logged and kept in
`skipped` (the tests fail on any); a step with nothing to show is passed over.

The tour follows the window: an event filter on the window, and on every target and
its parents, re-places the lit holes and the callout when any of them moves, is
resized, shown or hidden (the window resized or moved, another page switched to, a
pane filled), once per turn of the event loop however many events came.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from console.ui.tour.callout import TourCallout
from console.ui.tour.overlay import HOLE_MARGIN, TourOverlay
from console.ui.tour.placement import place_callout
from console.ui.tour.steps import TOUR_STEPS, Stage, TourStep
from console.ui.tour.targets import (
    Spot,
    ancestors,
    find_widget,
    resolve,
    reveal,
    settle_layouts,
)
from console.ui.tour.window_state import WindowState

if TYPE_CHECKING:
    from console.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# What moves a target on screen, seen on it or on one of its parents.
_MOVES = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
}
_WINDOW_CHANGES = _MOVES | {
    QEvent.Type.WindowStateChange,
    QEvent.Type.ChildAdded,  # a new child of the window would paint over the tour
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
}


class Tour(QObject):
    """The tour running over `window`; `finished` when it ends, however it ends."""

    finished = Signal()
    # A step is shown, its targets lit (its index): what tests and scripts wait for.
    step_shown = Signal(int)

    def __init__(self, window: MainWindow, steps: Sequence[TourStep] = TOUR_STEPS) -> None:
        super().__init__(window)
        self.setObjectName("quickTour")
        self._window = window
        self._steps = tuple(steps)
        self.step_index = -1
        self.running = False
        self.completed = False  # True once the last step's Finish was pressed
        # "step: target" for each target not found; the tests assert it stays empty.
        self.skipped: list[str] = []
        self._direction = 1
        self._stage: Stage | None = None
        self._spots: list[Spot] = []
        self._settled = False  # the step's targets were looked for
        # The widgets found when the step settled: watched even while hidden (another
        # page switched to), so the spotlight comes back with them.
        self._followed: list[QWidget] = []
        self._watched: list[QWidget] = []
        self._scrolls: list[QAbstractItemView] = []
        self._state: WindowState | None = None
        self._waiting_for_window = False  # started before the window was shown
        self._begun = False  # the window's state was taken and the first step shown
        self.overlay = TourOverlay(window)
        self.overlay.hide()
        self.callout = TourCallout(window)
        self.callout.hide()
        self.callout.back_requested.connect(self.back)
        self.callout.next_requested.connect(self.next)
        self.callout.skip_requested.connect(self.skip)
        self._settle_timer = QTimer(self, singleShot=True, interval=0)
        self._settle_timer.timeout.connect(self._settle)
        self._place_timer = QTimer(self, singleShot=True, interval=0)
        self._place_timer.timeout.connect(self.place)

    @property
    def steps(self) -> tuple[TourStep, ...]:
        return self._steps

    @property
    def step(self) -> TourStep | None:
        running = self.running and 0 <= self.step_index < len(self._steps)
        return self._steps[self.step_index] if running else None

    def spots(self) -> list[Spot]:
        """The targets lit now, each with its rectangle in the window's coordinates."""
        return list(self._spots)

    # -- moving through the steps --------------------------------------------------------

    def start(self) -> None:
        """Start over the window, or once it shows (the welcome wizard may start the tour
        before the window is on screen: its targets would all look missing)."""
        if self.running or not self._steps:
            return
        self.running = True
        self._window.installEventFilter(self)
        if self._window.isVisible():
            self._begin()
        else:
            self._waiting_for_window = True

    def _begin(self) -> None:
        self._waiting_for_window = False
        if not self.running or self._begun:
            return  # two Show events in one turn: the window's state is taken once
        self._begun = True
        self._state = WindowState.take(self._window)
        self.overlay.setGeometry(self._window.rect())
        self.overlay.show()
        self.callout.show()
        self._window.activateWindow()  # the keys reach the callout
        self._go(0, 1)

    def next(self) -> None:
        if not self.running:
            return
        if self.step_index + 1 >= len(self._steps):
            self._end(completed=True)
        else:
            self._go(self.step_index + 1, 1)

    def back(self) -> None:
        if self.running and self.step_index > 0:
            self._go(self.step_index - 1, -1)

    def skip(self) -> None:
        """End the tour now (Skip, Esc); the window is put back as it was."""
        self._end(completed=False)

    def _go(self, index: int, direction: int) -> None:
        self._leave_stage()
        self.step_index, self._direction = index, direction
        step = self._steps[index]
        self._settled = False
        self._followed = []
        self._show_spots([])
        self.callout.show_step(
            index + 1, len(self._steps), step.display_title(), step.display_text()
        )
        try:
            self._stage = step.prepare(self._window)
        except Exception:  # a step that cannot open what it shows: its targets are missing
            log.exception("The tour could not prepare its step %r", step.key)
            self._stage = None
        self.place()
        self._settle_timer.start()  # once the layouts have placed what the step opened

    def _settle(self) -> None:
        step = self.step
        if step is None:
            return
        settle_layouts()
        for target in step.targets:
            widget = find_widget(self._window, target) if target.reveal else None
            if widget is not None:
                reveal(widget)
        settle_layouts()
        spots = []
        for target in step.targets:
            spot = resolve(self._window, target)
            if spot is not None:
                spots.append(spot)
            elif not target.optional:
                self._missing(step, str(target))
        if not spots:
            self._pass_over()
            return
        self._settled = True
        self._followed = [spot.widget for spot in spots]
        self._show_spots(spots)
        self.place()
        self.callout.next_button.setFocus()
        self.step_shown.emit(self.step_index)

    def _missing(self, step: TourStep, target: str) -> None:
        name = f"{step.key}: {target}"
        if name not in self.skipped:
            self.skipped.append(name)
        log.warning("The tour's step %r found no %s: skipped", step.key, target)

    def _pass_over(self) -> None:
        """Nothing of this step shows: on to the next one, the way the analyst was going."""
        if self._direction < 0 and self.step_index > 0:
            self._go(self.step_index - 1, -1)
        elif self.step_index + 1 < len(self._steps):
            self._go(self.step_index + 1, 1)
        else:
            self._end(completed=True)

    def _leave_stage(self) -> None:
        stage, self._stage = self._stage, None
        if stage is not None:
            stage.leave()

    def _end(self, *, completed: bool) -> None:
        if not self.running:
            return
        self.running = False
        self.completed = completed
        self._settle_timer.stop()
        self._place_timer.stop()
        self._leave_stage()
        self._followed = []
        self._show_spots([])
        self._window.removeEventFilter(self)
        for widget in (self.overlay, self.callout):
            widget.hide()
            widget.deleteLater()
        if self._state is not None:
            self._state.put_back(self._window)
            self._state = None
        self.finished.emit()
        self.deleteLater()

    # -- following the window ------------------------------------------------------------

    def place(self) -> None:
        """Light the step's targets where they are now and put the callout beside them."""
        if not self.running:
            return
        window = self._window
        self.overlay.setGeometry(window.rect())
        self.overlay.raise_()
        self.callout.raise_()
        if self._stage is not None:
            self._stage.follow()
        step = self.step
        if step is not None and self._settled:
            spots = [spot for t in step.targets if (spot := resolve(window, t)) is not None]
            self._show_spots(spots)
        self._place_callout()

    def _place_callout(self) -> None:
        area = self.overlay.rect()
        margin = self.callout.fontMetrics().height() // 2
        bounds = area.adjusted(margin, margin, -margin, -margin)
        callout = self.callout
        wanted = max(callout.preferred_width(), callout.minimum_width())
        callout.fit(max(1, min(wanted, bounds.width())))
        lit = [
            spot.rect.adjusted(-HOLE_MARGIN, -HOLE_MARGIN, HOLE_MARGIN, HOLE_MARGIN).intersected(
                area
            )
            for spot in self._spots
        ]
        lit = [rect for rect in lit if not rect.isEmpty()]
        gap = margin * 2
        self.callout.setGeometry(place_callout(self.callout.size(), lit, bounds, gap))

    def _show_spots(self, spots: list[Spot]) -> None:
        self._spots = spots
        self.overlay.set_holes([spot.rect for spot in spots])
        shown = [spot.widget for spot in spots if spot.widget not in self._followed]
        self._watch(self._followed + shown)

    def _watch(self, widgets: list[QWidget]) -> None:
        """Filter the targets and their parents; item views' scrolling too (their entries
        move without a widget moving)."""
        valid = [w for w in widgets if shiboken6.isValid(w)]
        wanted: list[QWidget] = []
        for widget in valid:
            wanted += [w for w in ancestors(widget) if w is not self._window and w not in wanted]
        if wanted != self._watched:
            self._unwatch_moves()
            for widget in wanted:
                widget.installEventFilter(self)
            self._watched = wanted
        scrolls: list[QAbstractItemView] = []
        for widget in valid:
            if isinstance(widget, QAbstractItemView) and widget not in scrolls:
                scrolls.append(widget)
        if scrolls != self._scrolls:  # the same parents may hold other targets
            self._unwatch_scrolls()
            for view in scrolls:
                view.verticalScrollBar().valueChanged.connect(self._place_soon)
                view.horizontalScrollBar().valueChanged.connect(self._place_soon)
            self._scrolls = scrolls

    def _unwatch_moves(self) -> None:
        # A watched pane may have been replaced (deleted) since: nothing to undo on it.
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []

    def _unwatch_scrolls(self) -> None:
        for view in self._scrolls:
            if shiboken6.isValid(view):
                view.verticalScrollBar().valueChanged.disconnect(self._place_soon)
                view.horizontalScrollBar().valueChanged.disconnect(self._place_soon)
        self._scrolls = []

    def _place_soon(self, *_args: object) -> None:
        if self.running:
            self._place_timer.start()  # once, after this turn's events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.running:
            return False
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.Show and self._waiting_for_window:
                QTimer.singleShot(0, self, self._begin)  # once the window has laid out
            elif kind == QEvent.Type.Close:
                # Put back now what is saved at once (a side pane opened is remembered).
                self.skip()
            elif kind in _WINDOW_CHANGES:
                self._place_soon()
            return False
        if isinstance(watched, QMenu) and kind == QEvent.Type.KeyPress:
            # A popup menu takes the keyboard: the tour's keys still work on it, and Space
            # does not trigger the action lit in it.
            assert isinstance(event, QKeyEvent)
            return self.callout.handle_key(event) or event.text() == " "
        if kind in _MOVES:
            self._place_soon()
        return False


def start_tour(window: MainWindow) -> Tour:
    """Start the quick tour over `window` (or return the one already running over it)."""
    for running in window.findChildren(Tour):
        if running.running:
            return running
    tour = Tour(window)
    tour.start()
    return tour
