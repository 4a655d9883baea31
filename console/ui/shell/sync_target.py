"""Where a sync from the UI reads from: a factory of API clients for one tenant.

The window never knows how a tenant is reached (the demo's in-process
emulator today, a signed-in tenant later); it asks its `SyncTarget` for fresh
clients at the start of each run, on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from console.sync.engine import DefenderSource, GraphSource, SyncOptions

if TYPE_CHECKING:
    from console.api.retry import Backoff

WaitCallback = Callable[[str, float], None]  # (reason, seconds), as console.api reports waits
ClientFactory = Callable[[WaitCallback], tuple[GraphSource, DefenderSource]]


@dataclass(frozen=True)
class SyncTarget:
    tenant_id: str
    make_clients: ClientFactory
    options: SyncOptions = field(default_factory=SyncOptions)


def emulator_target(
    emulator: object,
    tenant_id: str,
    *,
    options: SyncOptions | None = None,
    max_attempts: int = 6,
    backoff: Backoff | None = None,
) -> SyncTarget:
    """A target on a running `console.emulator.Emulator` (the demo, tests)."""

    def make_clients(on_wait: WaitCallback) -> tuple[GraphSource, DefenderSource]:
        # Imported here: `requests` and the clients load with the first sync, not at start-up.
        from console.api.auth import StaticTokenProvider
        from console.sync.clients import make_clients as clients_for

        return clients_for(
            tenant_id,
            emulator.graph_url,  # type: ignore[attr-defined]
            emulator.defender_url,  # type: ignore[attr-defined]
            StaticTokenProvider(emulator.issue_token(tenant_id)),  # type: ignore[attr-defined]
            on_wait=on_wait,
            max_attempts=max_attempts,
            backoff=backoff,
            timeout=(3, 60),
        )

    return SyncTarget(tenant_id, make_clients, options or SyncOptions())
