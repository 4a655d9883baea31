"""The alert page's process tree: every process evidence under its parent, with what an
analyst pivots on (command line, path, hashes, start time), each cell copyable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from console.domain.models import Evidence
from console.ui.details.evidence_facts import ProcessNode, process_forest
from console.ui.details.widgets import copy_to_clipboard, escaped_tooltip
from console.ui.labels import local_time

# Columns the analyst reads first stay narrow enough to see; hashes are wide and last.
_FITTED = 4  # Process, Process id, Started, Command line are sized to their contents
MAX_COMMAND_LINE_WIDTH = 420


class ProcessTree(QTreeWidget):
    def __init__(self, evidence: Sequence[Evidence], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processTree")
        self.setHeaderLabels(
            [
                self.tr("Process"),
                self.tr("Process id"),
                self.tr("Started"),
                self.tr("Command line"),
                self.tr("Path"),
                self.tr("User"),
                self.tr("SHA-1"),
                self.tr("SHA-256"),
            ]
        )
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu_at)
        QShortcut(QKeySequence.StandardKey.Copy, self, self.copy_current).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        forest = process_forest(evidence)
        for root in forest:
            self._add(root, None)
        if not forest:
            self.addTopLevelItem(QTreeWidgetItem([self.tr("No process evidence on this alert")]))
        self.expandAll()
        for column in range(_FITTED):
            self.resizeColumnToContents(column)
        # An encoded PowerShell line would push path, user and hashes off screen; the cell
        # elides and its tooltip and Copy give the whole line.
        self.setColumnWidth(3, min(self.columnWidth(3), MAX_COMMAND_LINE_WIDTH))

    def _add(self, node: ProcessNode, parent: QTreeWidgetItem | None) -> None:
        image = node.image or self.tr("Unknown process")
        if not node.known:
            image = self.tr("%1 (parent, not in evidence)").replace("%1", image)
        texts = [
            image,
            "" if node.pid is None else str(node.pid),
            local_time(node.started) if node.started else "",
            node.command_line,
            node.path,
            node.user,
            node.sha1,
            node.sha256,
        ]
        item = QTreeWidgetItem(texts)
        for column, text in enumerate(texts):
            # Qt reads tooltip text that looks like HTML as rich text; evidence is untrusted.
            item.setToolTip(column, escaped_tooltip(text))
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        for child in node.children:
            self._add(child, item)

    def current_text(self) -> str:
        item = self.currentItem()
        return item.text(self.currentColumn()) if item is not None else ""

    def copy_current(self) -> None:
        if text := self.current_text():
            copy_to_clipboard(text)

    def _menu_at(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        menu = self.context_menu()
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()  # one per right click: not kept for the page's life

    def context_menu(self) -> QMenu:
        """Copy the cell, or the row's hashes: what goes into a hunting query or a ticket."""
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"))
        copy.setObjectName("copyProcessCellAction")
        copy.setEnabled(bool(self.current_text()))
        copy.triggered.connect(self.copy_current)
        item = self.currentItem()
        hashes = [item.text(6), item.text(7)] if item is not None else []
        copy_hashes = menu.addAction(self.tr("Copy SHA-1 and SHA-256"))
        copy_hashes.setObjectName("copyProcessHashesAction")
        copy_hashes.setEnabled(any(hashes))
        copy_hashes.triggered.connect(lambda: copy_to_clipboard("\n".join(h for h in hashes if h)))
        return menu
