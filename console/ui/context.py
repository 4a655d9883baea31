"""The application context handed to every widget (no globals, no god window).

Widgets read the cache through `console.cache` query functions with
`context.cache`, keep their preferences in `context.settings`, and ask the
`navigator` (a ShellNavigator) to move between screens, so a widget never
needs the main window.
Writers announce what they changed through `context.events` (console.ui.events).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from console.cache.engine import Cache
from console.settings import Settings
from console.ui.events import CacheEvents
from console.ui.shell.navigator import ShellNavigator

if TYPE_CHECKING:
    from console.auth.service import TenantSignIn
    from console.experts import ExpertsService
    from console.triage.response import ResponseService
    from console.triage.service import TriageService


@dataclass(frozen=True)
class DeskTenantView:
    """Another tenant of the desk, as the window shows it: its rows are in the same cache."""

    tenant_id: str
    name: str
    experts: ExpertsService | None = None
    sign_in: TenantSignIn | None = None


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
    # A desk's other tenants, shown beside this one (queues of All tenants, Home per
    # tenant); empty when the window shows one tenant.
    desk: tuple[DeskTenantView, ...] = ()
    # Managing incidents and alerts (queued, then sent by the triage controller); None in
    # a window that cannot change anything (a widget test that does not need it).
    triage: TriageService | None = None
    # Device response (isolate, scan...): online only, for the tenants it can reach.
    response: ResponseService | None = None

    @property
    def tenant_ids(self) -> tuple[str, ...]:
        """Every tenant the window shows: its own first."""
        return (self.tenant_id, *(tenant.tenant_id for tenant in self.desk))

    @property
    def many_tenants(self) -> bool:
        return bool(self.desk)

    def tenant_names(self) -> dict[str, str]:
        """Each shown tenant's name by id, in the window's order."""
        names = {self.tenant_id: self.tenant_name}
        names.update((tenant.tenant_id, tenant.name) for tenant in self.desk)
        return names

    def tenant_ids_by_name(self) -> tuple[str, ...]:
        """The shown tenants' ids in the order of their names, as a desk lists them."""
        names = self.tenant_names()
        return tuple(sorted(names, key=lambda tenant: names[tenant].casefold()))

    def experts_services(self) -> dict[str, ExpertsService]:
        """Each shown tenant's Defender Experts service by id, its own first (those with one)."""
        services = {self.tenant_id: self.experts} if self.experts is not None else {}
        services.update((t.tenant_id, t.experts) for t in self.desk if t.experts is not None)
        return services

    def for_tenant(self, tenant_id: str) -> AppContext:
        """The context of one shown tenant: its name, sign-in and experts service, and no
        desk, so what is built on it (a details page, Ask Defender Experts) stays inside
        that tenant. A tenant not shown gets no experts service and no sign-in."""
        if tenant_id == self.tenant_id and not self.desk:
            return self
        if tenant_id == self.tenant_id:
            return dataclasses.replace(self, desk=())
        for tenant in self.desk:
            if tenant.tenant_id == tenant_id:
                return dataclasses.replace(
                    self,
                    tenant_id=tenant_id,
                    tenant_name=tenant.name,
                    experts=tenant.experts,
                    sign_in=tenant.sign_in,
                    desk=(),
                )
        return dataclasses.replace(
            self, tenant_id=tenant_id, tenant_name=tenant_id, experts=None, sign_in=None, desk=()
        )
