"""Device tags from the devices queue: one tag added to (or removed from) the selected
devices, one, many, or all the filters match. Queued like triage changes, under each row's
own tenant, and sent 500 devices per call (console.triage.device_tags)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from console.triage.service import TooMany
from console.ui.numbers import number
from console.ui.triage.actions import too_many_text
from console.ui.triage.device_tag_dialog import open_device_tag_dialog
from console.ui.triage.queue_triage import select_all_action, selected_items

if TYPE_CHECKING:
    from console.ui.queues.queue_view import QueueView

Item = tuple[str, str]  # (tenant id, machine id)


class QueueDeviceTags(QObject):
    def __init__(self, view: QueueView) -> None:
        super().__init__(view)
        self.view = view

    def ask(self, remove: bool) -> QInputDialog | None:
        """The tag dialog for the selected devices (opened, not exec'd); None without any."""
        try:
            items = selected_items(self.view)
        except TooMany as error:
            self.view.status.setText(too_many_text(error.count))
            return None
        if not items:
            return None
        tenants = sorted({tenant_id for tenant_id, _ in items})
        choices = self.view.spec.tags(self.view.context.cache, tenants)
        return open_device_tag_dialog(
            self.view,
            remove=remove,
            choices=choices,
            count=len(items),
            on_chosen=lambda tag: self.tag(items, tag, remove),
        )

    def tag(self, items: list[Item], tag: str, remove: bool) -> dict[str, int]:
        """Queue the tag on `items`; the queue shows it pending until it is sent."""
        triage = self.view.context.triage
        if triage is None:
            return {}
        queued = triage.tag_devices(items, tag, remove=remove)
        self.view.context.events.triage_acted(queued)
        done = sum(queued.values())
        text = (
            QueueDeviceTags.tr("Tag “%1” removed from %Ln devices: pending until sent", "", done)  # type: ignore[arg-type]
            if remove
            else QueueDeviceTags.tr("Tag “%1” added to %Ln devices: pending until sent", "", done)  # type: ignore[arg-type]
        )
        self.view.status.setText(text.replace("%1", tag.strip()))
        return queued

    def add_menu_actions(self, menu: QMenu) -> list[QAction]:
        """Add a tag…, Remove a tag…, Select all N in this view (the cell menu's part)."""
        count = self.view.selection.count()
        if count > 1:
            add_text = QCoreApplication.translate(
                "DeviceTags", "Add a tag to %1 selected devices…"
            ).replace("%1", number(count))
            remove_text = QCoreApplication.translate(
                "DeviceTags", "Remove a tag from %1 selected devices…"
            ).replace("%1", number(count))
        else:
            add_text = QCoreApplication.translate("DeviceTags", "Add a tag…")
            remove_text = QCoreApplication.translate("DeviceTags", "Remove a tag…")
        made: list[QAction] = []
        for name, text, remove in (
            ("addTagToSelectedAction", add_text, False),
            ("removeTagFromSelectedAction", remove_text, True),
        ):
            action = QAction(text, menu)
            action.setObjectName(name)
            action.setEnabled(count > 0)
            action.triggered.connect(lambda _c=False, r=remove: self.ask(r))
            made.append(action)
        made.append(select_all_action(self.view, menu))
        for action in made:
            menu.addAction(action)
        return made
