"""When a queue's side pane shows, and how wide it is.

The pane takes room from the table, so it shows only when there is something to show:
hidden until a row is selected, hidden while the filter panel takes its place, and
hidden when the analyst closes it (the Details button, or dragging the splitter to the
edge) until they open it again. Its width and whether it is open are remembered per queue.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QSplitter, QWidget

from console.ui.queues.store import QueueStore

DEFAULT_WIDTH = 340
# Narrower than this the pane's facts wrap word by word: the splitter collapses it instead.
MIN_WIDTH = 300


class DetailsPane(QObject):
    def __init__(
        self,
        splitter: QSplitter,
        pane: QWidget,
        button: QAbstractButton,
        store: QueueStore,
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._pane = pane
        self._button = button
        self._store = store
        saved = store.details()
        self.wanted = bool(saved.get("open", True))
        self._width = _width(saved.get("width"))
        self._has_row = False
        self._filters_open = False
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self._save)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)
        splitter.splitterMoved.connect(self._moved)
        button.setCheckable(True)
        button.setChecked(self.wanted)
        button.toggled.connect(self.set_wanted)
        self._apply()

    @property
    def width(self) -> int:
        return self._width

    def set_row_selected(self, selected: bool) -> None:
        if selected != self._has_row:
            self._has_row = selected
            self._apply()

    def set_filters_open(self, open_: bool) -> None:
        if open_ != self._filters_open:
            self._filters_open = open_
            self._apply()

    def set_wanted(self, wanted: bool) -> None:
        """The analyst opens or closes the pane (remembered)."""
        if self._button.isChecked() != wanted:
            self._button.setChecked(wanted)  # comes back here through toggled
            return
        if wanted != self.wanted:
            self.wanted = wanted
            self._save()
            self._apply()

    def is_shown(self) -> bool:
        return self.wanted and self._has_row and not self._filters_open

    def _apply(self) -> None:
        shown = self.is_shown()
        # isHidden, not isVisible: the pane of a queue not on screen yet is not visible
        # either, and must still be hidden for when it is.
        if shown == (not self._pane.isHidden()) and (not shown or self._pane.width() > 0):
            return
        self._pane.setVisible(shown)
        if shown:
            total = sum(self._splitter.sizes()) or self._splitter.width()
            width = max(self._width, self._pane.minimumWidth())
            self._splitter.setSizes([max(1, total - width), width])

    def _moved(self, _pos: int, _index: int) -> None:
        width = self._splitter.sizes()[1]
        if width == 0:  # dragged to the edge: the analyst closed it
            self.set_wanted(False)
            return
        self._width = width
        self._save_timer.start()

    def _save(self) -> None:
        self._store.save_details(self.wanted, self._width)


def _width(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= MIN_WIDTH:
        return min(value, 2000)
    return DEFAULT_WIDTH
