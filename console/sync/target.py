"""Where a sync reads from: a factory of API clients for one tenant.

The window (or any other runner) never knows how a tenant is reached (the
demo's in-process emulator today, a signed-in tenant later): the composition
root, `console.launch`, builds the target, and the runner asks it for fresh
clients at the start of each run, on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from console.sync.engine import DefenderSource, GraphSource, SyncOptions

if TYPE_CHECKING:
    from console.sync.child import ChildSync

WaitCallback = Callable[[str, float], None]  # (reason, seconds), as console.api reports waits
ClientFactory = Callable[[WaitCallback], tuple[GraphSource, DefenderSource]]


@dataclass(frozen=True)
class SyncTarget:
    tenant_id: str
    make_clients: ClientFactory
    options: SyncOptions = field(default_factory=SyncOptions)
    # The same tenant for a sync in a process of its own (console.sync.child), asked for
    # at the start of each run like `make_clients`; None runs it on a thread here.
    in_child: Callable[[], ChildSync] | None = None
