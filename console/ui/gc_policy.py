"""The cyclic garbage collector runs on the GUI thread only, on a timer.

CPython collects in whichever thread happens to allocate past a threshold. With the
sync and the cache readers on threads of their own, that was usually the sync's thread:

- a full collection there walked the whole heap (Qt's wrappers, SQLAlchemy, the views)
  while holding the GIL, and the window froze for up to 130 ms at a time
  (`benchmarks/ui_responsiveness.py`: 125 ms worst with collections anywhere);
- a Qt object whose Python wrapper sat in a reference cycle was destroyed on that
  thread, while Qt requires objects to die on the thread they live on (a crash seen
  under test as a timer firing on a deleted object).

So automatic collection is switched off, the heap built at start-up is frozen (moved
out of the collector's reach: it lives as long as the window anyway, and walking it
again and again was most of a full collection's cost), and a GUI-thread timer
collects each generation when its usual threshold has been passed, as the collector
itself would. Objects freed by reference counting (nearly all) are not affected.
This is the recipe PyQt and PySide applications such as Anki use.

The window's sync now runs in a process of its own (console.sync.child); the cache
readers and a sync run on a thread (tests, a target without `in_child`) still allocate here.

A check that comes late comes right after something else held the GUI thread (a view's
refresh, a repaint): a collection then would add its pause to that one (a young
collection of what a sync has in flight takes up to ~30 ms), so it waits a moment and lets
the events that queued up meanwhile (input, paints) run first.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500
# A check later than this came after the thread was held; it collects this much later.
LATE_MS = 15
DEFER_MS = 25


class GuiThreadCollector(QObject):
    """From its creation until `stop`, collection happens only in `collect_due`."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        gc.freeze()  # what start-up built: the window, its pages, the libraries
        self._interval_s = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._check)
        self._deferred = QTimer(self)
        self._deferred.setSingleShot(True)
        self._deferred.setInterval(DEFER_MS)
        self._deferred.timeout.connect(self.collect_due)
        self._last_check = time.perf_counter()
        self._timer.start()

    def _check(self) -> None:
        now = time.perf_counter()
        late = now - self._last_check - self._interval_s > LATE_MS / 1000
        self._last_check = now
        if late:
            self._deferred.start()
        else:
            self.collect_due()

    def collect_due(self) -> int:
        """Collect the generations past their threshold; returns what was freed."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young <= first:
            return 0
        freed = gc.collect(0)
        if middle + 1 > second:  # this young collection counts toward the middle one
            freed += gc.collect(1)
            if old + 1 > third:
                freed += gc.collect(2)
        return freed

    def stop(self) -> None:
        self._timer.stop()
        self._deferred.stop()
        if self._was_enabled:
            gc.enable()
