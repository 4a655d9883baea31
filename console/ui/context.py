"""The application context handed to every widget (no globals, no god window).

Widgets read the cache through `console.cache` query functions with
`context.cache`, keep their preferences in `context.settings`, and ask the
`navigator` (a ShellNavigator) to move between screens, so a widget never
needs the main window.
Writers announce what they changed through `context.events` (console.ui.events).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from console.cache.engine import Cache
from console.settings import Settings
from console.ui.events import CacheEvents
from console.ui.shell.navigator import ShellNavigator

if TYPE_CHECKING:
    from console.auth.service import TenantSignIn
    from console.experts import ExpertsService


@dataclass(frozen=True)
class AppContext:
    """Whole when made, never completed later: the launch knows every part before the
    window exists (a test that wants another part makes another context with
    `dataclasses.replace`, which keeps the same events)."""

    cache: Cache
    settings: Settings
    tenant_id: str
    tenant_name: str
    # Where widgets ask to go; the window, built afterwards, listens to its signals.
    navigator: ShellNavigator
    # Ask Defender Experts for this tenant; None when the tenant has no experts channel.
    experts: ExpertsService | None = None
    # What changed in the cache (a sync's pages, the outbox, a recovery) and the
    # analyst's activity with Defender Experts: writers announce, views decide.
    events: CacheEvents = field(default_factory=CacheEvents)
    # The tenant profile's sign-in (status bar, Sign out, Sign in again); None for the demo
    # and a cache reviewed offline.
    sign_in: TenantSignIn | None = None
