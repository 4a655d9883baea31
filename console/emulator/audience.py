"""Which service a token is for, from the scopes it was requested with.

A real access token carries an ``aud`` claim, and Graph refuses one minted for
Defender for Endpoint (and the reverse). The emulator's tokens are opaque, so the
audience is kept beside each grant and checked by the server before a route runs.
"""

from __future__ import annotations

from urllib.parse import urlsplit

GRAPH = "graph"
DEFENDER = "defender"
# Tokens made by the test hooks (`Emulator.issue_token`, `--accept-token`): one token
# for every service, as the demo and the older tests use them.
ANY = "any"

# Resource hosts of every cloud (see the reference's API surface): the Graph and the
# Defender for Endpoint API hosts of commercial, GCC, GCC High and DoD.
_GRAPH_HOSTS = {"graph.microsoft.com", "graph.microsoft.us", "dod-graph.microsoft.us"}
_GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000"
_DEFENDER_APP_ID = "fc780465-2017-40d4-a0c5-307022471b92"  # WindowsDefenderATP
_RESERVED = {"openid", "profile", "offline_access", "email"}


def resource_of(scope: str) -> str | None:
    """`GRAPH`, `DEFENDER`, or None for a scope of neither (or a reserved OIDC scope)."""
    if scope in _RESERVED:
        return None
    if scope.startswith(_GRAPH_APP_ID):
        return GRAPH
    if scope.startswith(_DEFENDER_APP_ID):
        return DEFENDER
    host = (urlsplit(scope).hostname or "").lower()
    if host in _GRAPH_HOSTS:
        return GRAPH
    if "securitycenter" in host or host.startswith("api.security.") or "windowsdefender" in host:
        return DEFENDER
    return None


def resources_of(scopes: str) -> list[str]:
    """The distinct resources a space-separated scope string names, in order."""
    found: list[str] = []
    for scope in scopes.split():
        resource = resource_of(scope)
        if resource is not None and resource not in found:
            found.append(resource)
    return found
