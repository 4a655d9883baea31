"""The device page's Tags fact: the device's tags as they will be once the changes made here
are sent, in italics with a line saying so while any waits; read again (off the GUI
thread) when a tag is queued here or sent, so the page never shows a stale list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.cache import device_tags
from console.cache import devices as device_queries
from console.ui.context import AppContext
from console.ui.details.widgets import plain_label
from console.ui.events import DEVICES, TRIAGE, CacheChange, RefreshWhenShown, touches
from console.ui.queues import pending
from console.ui.reader import BackgroundRead

Tags = tuple[tuple[str, ...], bool]  # the tags shown, and whether a change waits


class DeviceTagsFact(QWidget):
    def __init__(
        self, context: AppContext, tenant_id: str, device_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._cache = context.cache
        self._device = (tenant_id, device_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.value = plain_label("", name="tagsValue")
        layout.addWidget(self.value)
        self.note = pending.note_label("pending")
        self.note.setObjectName("tagsPendingNote")
        layout.addWidget(self.note)
        self._reads = BackgroundRead(self._show, self)
        self._follow = RefreshWhenShown(self, self.refresh)
        # A bound slot: Qt drops the connection with the page.
        context.events.changed.connect(self.cache_changed)
        self._show(self._reader()())  # built with its page, as the other facts are

    @property
    def waiting(self) -> bool:
        """Whether the tags shown include a change not sent yet."""
        return self.value.property("pending") is True

    def cache_changed(self, changes: tuple[CacheChange, ...]) -> None:
        if touches(changes, (TRIAGE, DEVICES), self._device[0]):
            self._follow.request()

    def refresh(self) -> None:
        self._reads.request(self._reader)

    def _reader(self) -> Callable[[], Tags]:
        cache, (tenant_id, device_id) = self._cache, self._device

        def read() -> Tags:
            device = device_queries.get(cache, tenant_id, device_id)
            if device is None:
                return (), False
            shown, waits = device_tags.overlay_device(cache, device)
            return shown.machine_tags, waits

        return read

    def _show(self, tags: Tags) -> None:
        names, waits = tags
        none = QCoreApplication.translate("DevicePage", "None")
        self.value.setText(", ".join(names) or none)
        font = self.value.font()
        font.setItalic(waits)
        self.value.setFont(font)
        self.value.setProperty("pending", waits)
        self.note.setVisible(waits)
