"""ElidedLabel: a long text never widens its window; cut, it says so ("…") and shows whole
in its tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from console.ui.elided_label import ElidedLabel

LONG = "Tag “Campaign-42” added to 1,200 devices: pending until sent"


def test_a_long_text_is_elided_with_its_whole_text_as_tooltip(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    label = ElidedLabel()
    layout.addWidget(label)
    label.setText(LONG)
    assert label.minimumSizeHint().width() == 0  # it never makes its window wider
    holder.resize(120, 40)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: label.shown_text().endswith("…"), timeout=2000)
    assert label.toolTip() == LONG and label.text() == LONG
    holder.resize(900, 40)
    qtbot.waitUntil(lambda: label.shown_text() == LONG, timeout=2000)
    assert label.toolTip() == ""
    label.setText("<b>not bold</b>")  # plain text: API texts are never read as HTML
    assert label.shown_text() == "<b>not bold</b>"
