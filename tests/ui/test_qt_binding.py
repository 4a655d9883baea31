"""The Qt binding the console runs on keeps Python's reference counts. PySide6 6.12.0 on
Python 3.11 (where None is not yet immortal) dropped a reference to None on every call of a
method that returns nothing; a window uses tens of thousands of such calls, a report's PDF
thousands more, and when the count reached zero the process aborted (none_dealloc).
pyproject.toml keeps 6.12.0 out; this fails on any binding that does it again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_calls_that_return_nothing_leave_none_alone(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.setMinimumHeight(10)
    after = sys.getrefcount(None)
    # Other threads may take or drop a few references meanwhile; a leak would be 1000.
    assert abs(after - before) < 100
