"""The queue's menus, built by functions so tests can trigger their actions without exec()."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from console.ui.queues.columns import CONTEXT as COLUMNS_CONTEXT
from console.ui.queues.model import ROW_ROLE, VALUE_ROLE

if TYPE_CHECKING:
    from console.ui.queues.queue_view import QueueView


def build_cell_menu(view: QueueView, index: QModelIndex, parent: QWidget | None = None) -> QMenu:
    """Right-click on a cell: filter on / exclude its value, copy it, triage the selected rows
    (incidents and alerts) or tag them (devices), then the caller's actions."""
    menu = QMenu(parent or view)
    menu.setObjectName("cellMenu")
    column = view.model.columns[index.column()]
    row = index.data(ROW_ROLE)
    value = index.data(VALUE_ROLE)
    empty = value is None or value == () or value == ""
    include = QAction(QCoreApplication.translate("QueueMenus", "Filter on this value"), menu)
    include.setObjectName("filterOnValueAction")
    include.setEnabled(
        column.filter_field is not None and not (empty and column.key != "assigned_to")
    )
    include.triggered.connect(lambda: view.filter_on_cell(index, exclude=False))
    menu.addAction(include)
    exclude = QAction(QCoreApplication.translate("QueueMenus", "Exclude this value"), menu)
    exclude.setObjectName("excludeValueAction")
    exclude.setEnabled(column.excludable)
    exclude.triggered.connect(lambda: view.filter_on_cell(index, exclude=True))
    menu.addAction(exclude)
    menu.addSeparator()
    text = str(index.data() or "")
    copy = QAction(QCoreApplication.translate("QueueMenus", "Copy"), menu)
    copy.setObjectName("copyCellAction")
    copy.setEnabled(bool(text))
    copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(text))
    menu.addAction(copy)
    if row is not None:
        copy_id = QAction(QCoreApplication.translate("QueueMenus", "Copy ID"), menu)
        copy_id.setObjectName("copyIdAction")
        copy_id.triggered.connect(lambda: QGuiApplication.clipboard().setText(row.id))
        menu.addAction(copy_id)
    if view.triage is not None and row is not None:
        # Manage the picked rows (or all the filters match), assign them, or pick them all.
        menu.addSeparator()
        view.triage.add_menu_actions(menu)
    if view.device_tags is not None and row is not None:
        # Tag the picked devices (or all the filters match), or pick them all.
        menu.addSeparator()
        view.device_tags.add_menu_actions(menu)
    if view.row_menu_extender is not None and row is not None:
        menu.addSeparator()
        view.row_menu_extender(menu, row)
    return menu


def build_columns_menu(view: QueueView, parent: QWidget | None = None) -> QMenu:
    """A checkable entry per column; the first (the name) always stays visible."""
    menu = QMenu(parent or view)
    menu.setObjectName("columnsMenu")
    header = view.table.horizontalHeader()
    for position, column in enumerate(view.model.columns):
        action = QAction(QCoreApplication.translate(COLUMNS_CONTEXT, column.title), menu)
        action.setObjectName(f"column_{column.key}")
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(position))
        action.setEnabled(position != 0)
        action.toggled.connect(lambda on, p=position: view.set_column_visible(p, on))
        menu.addAction(action)
    menu.addSeparator()
    reset = QAction(QCoreApplication.translate("QueueMenus", "Reset columns"), menu)
    reset.setObjectName("resetColumnsAction")
    reset.triggered.connect(view.reset_columns)
    menu.addAction(reset)
    return menu


def build_export_menu(view: QueueView, parent: QWidget | None = None) -> QMenu:
    menu = QMenu(parent or view)
    menu.setObjectName("exportMenu")
    for fmt, text, name in (
        ("csv", QCoreApplication.translate("QueueMenus", "Export to CSV…"), "exportCsvAction"),
        ("json", QCoreApplication.translate("QueueMenus", "Export to JSON…"), "exportJsonAction"),
    ):
        action = QAction(text, menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, f=fmt: view.export_view(f))
        menu.addAction(action)
    return menu


def build_saved_filters_menu(view: QueueView, parent: QWidget | None = None) -> QMenu:
    """Apply a saved set, save the current filters, choose the default, delete a set."""
    menu = QMenu(parent or view)
    menu.setObjectName("savedFiltersMenu")
    names = view.store.filter_set_names()
    default = view.store.default_filter_set()
    for name in names:
        action = QAction(name, menu)
        action.setObjectName("applyFilterSetAction")
        action.setData(name)
        action.triggered.connect(lambda _=False, n=name: view.apply_filter_set(n))
        menu.addAction(action)
    if names:
        menu.addSeparator()
    save = QAction(QCoreApplication.translate("QueueMenus", "Save current filters…"), menu)
    save.setObjectName("saveFilterSetAction")
    save.triggered.connect(view.ask_save_filter_set)
    menu.addAction(save)
    defaults = menu.addMenu(
        QCoreApplication.translate("QueueMenus", "Default when the queue opens")
    )
    defaults.setObjectName("defaultFilterSetMenu")
    group = QActionGroup(defaults)
    for choice in [None, *names]:
        action = QAction(
            choice
            if choice is not None
            else QCoreApplication.translate("QueueMenus", "No filters"),
            defaults,
        )
        action.setObjectName("defaultFilterSetAction")
        action.setData(choice)
        action.setCheckable(True)
        action.setChecked(choice == default)
        action.triggered.connect(lambda _=False, n=choice: view.store.set_default_filter_set(n))
        group.addAction(action)
        defaults.addAction(action)
    if names:
        delete = menu.addMenu(QCoreApplication.translate("QueueMenus", "Delete"))
        delete.setObjectName("deleteFilterSetMenu")
        for name in names:
            action = QAction(name, delete)
            action.setObjectName("deleteFilterSetAction")
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: view.store.delete_filter_set(n))
            delete.addAction(action)
    return menu
