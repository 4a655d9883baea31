"""The pair of API clients a sync reads from, for one tenant.

Graph (incidents, alerts) and Defender for Endpoint (devices) take separate
tokens in production (a token is minted for one audience). Each client gets its
own session, scoped to its base URL (`console.api.scope`), so a token only ever
goes under the URL it belongs to even when the emulator or the demo accept one
token for both. The two sessions share one budget for waiting before retries,
since they serve one run. Every entry point (the CLI, the demo, the window)
builds its clients here, so session settings live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from console.api.auth import TokenProvider
from console.api.defender import DefenderClient
from console.api.graph import GraphClient
from console.api.network import NetworkSettings
from console.api.retry import Backoff, WaitBudget, WaitCallback
from console.api.scope import BaseUrl
from console.api.session import ApiSession


@dataclass(frozen=True)
class ClientSettings:
    """How one tenant is reached: its two base URLs, a token provider for each, and the
    sessions' settings. A sync on a thread builds its clients from it; a sync process gets
    it whole but for the providers, which stay in the window (console.sync.child)."""

    graph_url: str
    defender_url: str
    graph_tokens: TokenProvider
    defender_tokens: TokenProvider
    network: NetworkSettings | None = None
    max_attempts: int = 6
    backoff: Backoff | None = None
    timeout: tuple[float, float] = (5, 60)

    def clients(
        self, tenant_id: str, on_wait: WaitCallback | None = None
    ) -> tuple[GraphClient, DefenderClient]:
        options: dict[str, Any] = {"max_attempts": self.max_attempts, "timeout": self.timeout}
        if self.backoff is not None:
            options["backoff"] = self.backoff
        if self.network is not None:
            options["network"] = self.network
        return make_clients(
            tenant_id,
            self.graph_url,
            self.defender_url,
            self.graph_tokens,
            defender_tokens=self.defender_tokens,
            on_wait=on_wait,
            **options,
        )


def make_clients(
    tenant_id: str,
    graph_url: str,
    defender_url: str,
    tokens: TokenProvider,
    *,
    defender_tokens: TokenProvider | None = None,
    on_wait: WaitCallback | None = None,
    **session_options: Any,
) -> tuple[GraphClient, DefenderClient]:
    """Clients for `tenant_id`; raises `RefusedUrlError` for a base URL the rule refuses.

    `defender_tokens` defaults to `tokens`, which only the emulator and the demo
    accept; the sync CLI asks for both.
    """
    graph_base, defender_base = BaseUrl(graph_url), BaseUrl(defender_url)
    session_options.setdefault("wait_budget", WaitBudget())
    graph_session = ApiSession(tokens, on_wait=on_wait, base_url=graph_base, **session_options)
    defender_session = ApiSession(
        defender_tokens or tokens, on_wait=on_wait, base_url=defender_base, **session_options
    )
    return (
        GraphClient(graph_session, graph_url, tenant_id=tenant_id),
        DefenderClient(defender_session, defender_url, tenant_id=tenant_id),
    )
