"""What a tour step points at, found by `objectName`, and where it is in the window.

A target names a widget (`name`) under a part of the window (`scope`: a queue page,
the status bar, the window itself), optionally a piece of it (`part`: an entry of a
list, the button of a toolbar action, an action of a menu, the current row of a
table). Several widgets may share a name (each queue has a `filterButton`; every
right-click builds a `cellMenu`): the first *visible* one counts.

A target is resolved to a `Spot`: the widget and its rectangle in the window's
coordinates, clipped to what its scroll areas show, since the spotlight must never
point at something scrolled out of sight. A popup menu is a window of its own: its
rectangle is where it sits over the main window, unclipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QMenu,
    QScrollArea,
    QToolBar,
    QWidget,
)

if TYPE_CHECKING:
    from console.ui.main_window import MainWindow

Scope = Callable[["MainWindow"], QObject | None]


class Part(Protocol):
    """A piece of a widget, as a rectangle in the widget's own coordinates."""

    def rect(self, widget: QWidget) -> QRect | None: ...


@dataclass(frozen=True)
class ListEntry:
    """The entry of a list widget that reads `text` (a tag, a navigation entry)."""

    text: str

    def rect(self, widget: QWidget) -> QRect | None:
        if not isinstance(widget, QListWidget):
            return None
        found = widget.findItems(self.text, Qt.MatchFlag.MatchExactly)
        if not found:
            return None
        return _in_viewport(widget, widget.visualItemRect(found[0]))

    def __str__(self) -> str:
        return f"entry {self.text!r}"


@dataclass(frozen=True)
class ActionWidget:
    """The button a toolbar shows for an action, or the action's line in a menu, by the
    action's objectName."""

    name: str

    def rect(self, widget: QWidget) -> QRect | None:
        action = next((a for a in widget.actions() if a.objectName() == self.name), None)
        if action is None or not action.isVisible():
            return None
        if isinstance(widget, QMenu):
            return widget.actionGeometry(action)
        if isinstance(widget, QToolBar):
            button = widget.widgetForAction(action)
            return button.geometry() if button is not None and button.isVisible() else None
        return None

    def __str__(self) -> str:
        return f"action {self.name!r}"


@dataclass(frozen=True)
class CurrentRow:
    """The current row of a table, across its visible columns."""

    def rect(self, widget: QWidget) -> QRect | None:
        if not isinstance(widget, QAbstractItemView):
            return None
        index = widget.currentIndex()
        if not index.isValid():
            return None
        cell = widget.visualRect(index)
        row = QRect(0, cell.top(), widget.viewport().width(), cell.height())
        return _in_viewport(widget, row)

    def __str__(self) -> str:
        return "current row"


def _in_viewport(view: QAbstractItemView, rect: QRect) -> QRect | None:
    """An item's rectangle (viewport coordinates) in the view's own, clipped to the viewport."""
    viewport = view.viewport()
    shown = rect.intersected(viewport.rect())
    if shown.isEmpty():
        return None
    return shown.translated(viewport.mapTo(view, QPoint(0, 0)))


def whole_window(window: MainWindow) -> QObject:
    return window


@dataclass(frozen=True)
class Target:
    name: str
    scope: Scope = whole_window
    part: Part | None = None
    # Shown only when it is there (the offline banner): not a missing target when hidden.
    optional: bool = False
    # Scrolled into view first (a button at the bottom of a side pane).
    reveal: bool = False
    # Widgets of another class may carry the same name (an action and its button).
    kind: type[QObject] = field(default=QWidget)

    def __str__(self) -> str:
        return self.name if self.part is None else f"{self.name} ({self.part})"


@dataclass(frozen=True)
class Spot:
    """A resolved target: the widget and the rectangle lit, in the window's coordinates."""

    target: Target
    widget: QWidget
    rect: QRect


def find_widget(window: MainWindow, target: Target) -> QWidget | None:
    """The first visible widget the target names, under its scope."""
    root = target.scope(window)
    if root is None:
        return None
    candidates: list[QObject] = []
    if root.objectName() == target.name and isinstance(root, target.kind):
        candidates.append(root)
    candidates += root.findChildren(target.kind, target.name)
    for candidate in candidates:
        if isinstance(candidate, QWidget) and candidate.isVisible():
            return candidate
    return None


def resolve(window: MainWindow, target: Target) -> Spot | None:
    widget = find_widget(window, target)
    if widget is None:
        return None
    rect = widget.rect()
    if target.part is not None:
        part = target.part.rect(widget)
        if part is None:
            return None
        rect = part
    shown = rect_in_window(window, widget, rect)
    if shown is None:
        return None
    return Spot(target, widget, shown)


def rect_in_window(window: QWidget, widget: QWidget, rect: QRect) -> QRect | None:
    """`rect` (in `widget`'s coordinates) in the window's, clipped by every ancestor on the
    way (a scroll area's viewport shows only part of its content); None if nothing shows."""
    if widget.window() is not window:  # a popup menu: where it sits over the window
        top_left = window.mapFromGlobal(widget.mapToGlobal(rect.topLeft()))
        return QRect(top_left, rect.size())
    shown = QRect(rect)
    current = widget
    while current is not window:
        parent = current.parentWidget()
        if parent is None:
            return None
        shown = shown.translated(current.pos()).intersected(parent.rect())
        if shown.isEmpty():
            return None
        current = parent
    return shown


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area holding `widget` so that it shows."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():  # the innermost area first
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None and content.isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()


def settle_layouts() -> None:
    """Lay out what is waiting to be: a page just switched to, a pane just filled. Only
    layout requests run, not input, so nothing the analyst does happens in between."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def ancestors(widget: QWidget) -> list[QWidget]:
    """The widget and its parents up to its window: a move of any moves it on screen."""
    chain = []
    current: QWidget | None = widget
    while current is not None:
        chain.append(current)
        if current.isWindow():
            break
        current = current.parentWidget()
    return chain
