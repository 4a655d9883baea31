"""The pair of API clients a sync reads from, for one tenant.

Graph (incidents, alerts) and Defender for Endpoint (devices) take separate
tokens in production (one token is valid for one resource); the emulator and the
demo accept one token for both. Every entry point (the CLI, the demo, the
window) builds its clients here, so session settings live in one place.
"""

from __future__ import annotations

from typing import Any

from console.api.auth import TokenProvider
from console.api.defender import DefenderClient
from console.api.graph import GraphClient
from console.api.retry import WaitCallback
from console.api.session import ApiSession


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
    """Clients for `tenant_id`; one session when both APIs share a token provider."""
    graph_session = ApiSession(tokens, on_wait=on_wait, **session_options)
    defender_session = (
        graph_session
        if defender_tokens is None or defender_tokens is tokens
        else ApiSession(defender_tokens, on_wait=on_wait, **session_options)
    )
    return (
        GraphClient(graph_session, graph_url, tenant_id=tenant_id),
        DefenderClient(defender_session, defender_url, tenant_id=tenant_id),
    )
