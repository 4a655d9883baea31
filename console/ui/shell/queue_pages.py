"""The three queues and the full pages, built from `console.ui.queues` and `console.ui.details`.

The shell only wires them: which pane a selected row shows, which page Enter
opens, and the row menus (the device menu; Ask Defender Experts on every row). If a part is missing from this build (a
partial checkout), its page says so instead of the console failing to start.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from console.ui.context import AppContext

log = logging.getLogger(__name__)

_QUEUE_CLASSES = {"incidents": "IncidentsQueue", "alerts": "AlertsQueue", "devices": "DevicesQueue"}
_PANES = {"incidents": "incident_pane", "alerts": "alert_pane", "devices": "device_pane"}
_PAGES = {"incident": "IncidentPage", "alert": "AlertPage", "device": "DevicePage"}


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name is None or not name.startswith(error.name):
            raise  # a real bug inside the module, not a missing part
        log.warning("%s is not part of this build", name)
        return None


class _Missing(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)

    # The calls the shell makes on a queue, so a placeholder can stand in for one.
    def set_filters(self, filters: Any) -> None:
        pass

    def refresh(self) -> None:
        pass


class QueuePages:
    def __init__(self, context: AppContext, parent: QWidget) -> None:
        self._context = context
        self._queues_module = _module("console.ui.queues")
        self._details_module = _module("console.ui.details")
        self._pages: dict[str, QWidget] = {}
        for key in _QUEUE_CLASSES:
            self._pages[key] = self._build(key, parent)

    def _build(self, key: str, parent: QWidget) -> QWidget:
        cls = getattr(self._queues_module, _QUEUE_CLASSES[key], None)
        if cls is None:
            return _Missing(
                QCoreApplication.translate(
                    "QueuePages", "This view is not available in this build."
                ),
                parent,
            )
        pane_fn = getattr(self._details_module, _PANES[key], None)
        details_factory = None
        if pane_fn is not None:

            def details_factory(row: Any, pane_fn: Any = pane_fn) -> QWidget:
                return pane_fn(self._context, row)  # type: ignore[no-any-return]

        extender = None
        build_menu = getattr(self._details_module, "build_device_menu", None)
        if key == "devices" and build_menu is not None:

            def extender(menu: QMenu, row: Any) -> None:
                # The device menu's actions, inline under the cell actions; the device
                # menu is a child of `menu`, so its actions live exactly as long.
                device_menu = build_menu(self._context, row, menu)
                for action in device_menu.actions():
                    menu.addAction(action)

        elif key in ("incidents", "alerts"):
            kind = key[:-1]

            def extender(menu: QMenu, row: Any, kind: str = kind) -> None:
                from console.ui.experts.action import ask_action_for

                menu.addAction(ask_action_for(self._context, kind, row.tenant_id, row.id, menu))

        queue = cls(self._context, details_factory=details_factory, row_menu_extender=extender)
        queue.open_requested.connect(lambda row, key=key: self._open(key, row))
        return queue  # type: ignore[no-any-return]

    def _open(self, key: str, row: Any) -> None:
        navigator = self._context.navigator
        if navigator is None or row is None:
            return
        if key == "incidents":
            navigator.open_incident(row.tenant_id, row.id)
        elif key == "alerts":
            navigator.open_alert(row.tenant_id, row.id)
        else:
            navigator.open_device(row.tenant_id, row.id)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def queue(self, key: str) -> Any:
        return self._pages[key]

    def activate(self, key: str) -> None:
        """A queue became visible: nothing to do today (models are lazy already)."""

    def set_filters(self, key: str, filters: Any) -> None:
        page: Any = self._pages.get(key)
        if page is not None:
            page.set_filters(filters)

    def refresh(self) -> None:
        for page in self._pages.values():
            page.refresh()  # type: ignore[attr-defined]

    def full_page(self, kind: str, tenant_id: str, item_id: str) -> QWidget:
        cls = getattr(self._details_module, _PAGES[kind], None)
        if cls is None:
            return _Missing(
                QCoreApplication.translate(
                    "QueuePages", "Item pages are not available in this build."
                )
            )
        return cls(self._context, tenant_id, item_id)  # type: ignore[no-any-return]
