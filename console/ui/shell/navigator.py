"""Where widgets ask to go: a QObject made before the window, which connects to its signals.

A widget calls `context.navigator.open_alert(...)` and never needs the main
window; the window, built afterwards on a complete context, listens. So the
context is whole when it is made (the window no longer writes itself into it),
and anything else (the tour, a test) can listen to the same requests.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from console.cache.filters import DeviceFilters, Filters


class ShellNavigator(QObject):
    """Implements `console.ui.context.Navigator` by emitting what was asked for."""

    # The filters to show (Filters, DeviceFilters for devices), or None for the defaults.
    incidents_requested = Signal(object)
    alerts_requested = Signal(object)
    devices_requested = Signal(object)
    # (tenant id, item id)
    incident_requested = Signal(str, str)
    alert_requested = Signal(str, str)
    device_requested = Signal(str, str)
    url_requested = Signal(str)

    def show_incidents(self, filters: Filters | None = None) -> None:
        self.incidents_requested.emit(filters)

    def show_alerts(self, filters: Filters | None = None) -> None:
        self.alerts_requested.emit(filters)

    def show_devices(self, filters: DeviceFilters | None = None) -> None:
        self.devices_requested.emit(filters)

    def open_incident(self, tenant_id: str, incident_id: str) -> None:
        self.incident_requested.emit(tenant_id, incident_id)

    def open_alert(self, tenant_id: str, alert_id: str) -> None:
        self.alert_requested.emit(tenant_id, alert_id)

    def open_device(self, tenant_id: str, device_id: str) -> None:
        self.device_requested.emit(tenant_id, device_id)

    def open_url(self, url: str) -> None:
        self.url_requested.emit(url)
