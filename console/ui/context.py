"""The application context handed to every widget (no globals, no god window).

Widgets read the cache through `console.cache` query functions with
`context.cache`, keep their preferences in `context.settings`, and ask the
`navigator` to move between screens, so a widget never needs the main window.
Writers announce what they changed through `context.events` (console.ui.events).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from console.cache.engine import Cache
from console.cache.filters import DeviceFilters, Filters
from console.settings import Settings
from console.ui.events import CacheEvents

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
    # Ask Defender Experts for this tenant; None when the tenant has no experts channel.
    experts: ExpertsService | None = None
    # What changed in the cache (a sync's pages, the outbox, a recovery) and the
    # analyst's activity with Defender Experts: writers announce, views decide.
    events: CacheEvents = field(default_factory=CacheEvents)
