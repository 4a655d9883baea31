"""The application context handed to every widget (no globals, no god window).

Widgets read the cache through `console.cache` query functions with
`context.cache`, keep their preferences in `context.settings`, and ask the
`navigator` to move between screens, so a widget never needs the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from console.cache.engine import Cache
from console.cache.filters import DeviceFilters, Filters
from console.settings import Settings

if TYPE_CHECKING:
    from console.experts import ExpertsService


class Navigator(Protocol):
    """Moves between screens: `console.ui.shell.navigator.ShellNavigator`, made before the
    window, which listens to it."""

    def show_incidents(self, filters: Filters | None = None) -> None: ...

    def show_alerts(self, filters: Filters | None = None) -> None: ...

    def show_devices(self, filters: DeviceFilters | None = None) -> None: ...

    def open_incident(self, tenant_id: str, incident_id: str) -> None: ...

    def open_alert(self, tenant_id: str, alert_id: str) -> None: ...

    def open_device(self, tenant_id: str, device_id: str) -> None: ...

    def open_url(self, url: str) -> None: ...


@dataclass
class AppContext:
    cache: Cache
    settings: Settings
    tenant_id: str
    tenant_name: str
    navigator: Navigator | None = None
    # Called after data changed in the cache (a sync committed pages), so open
    # views re-query; the main window connects this to its views.
    data_changed_listeners: list[Callable[[], Any]] = field(default_factory=list)
    # Ask Defender Experts for this tenant; None when the tenant has no experts channel.
    experts: ExpertsService | None = None
    # Called after the analyst asked or replied, so the experts controller sends at once
    # and the messages page re-reads; widgets never need the controller itself.
    experts_listeners: list[Callable[[], Any]] = field(default_factory=list)

    def notify_data_changed(self) -> None:
        for listener in list(self.data_changed_listeners):
            listener()

    def notify_experts_changed(self) -> None:
        for listener in list(self.experts_listeners):
            listener()
