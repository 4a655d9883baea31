"""HTTP layer: Graph security and Defender for Endpoint clients, paging, retries, parsing.

Turns wire JSON into `console.domain` objects and back. Never writes the cache,
never imports Qt. Every logger of this package redacts bearer tokens.
"""

from typing import TYPE_CHECKING, Any

from console.api.redact import RedactingFilter, install_redaction, redact

if TYPE_CHECKING:
    from console.api.auth import EnvTokenProvider, StaticTokenProvider, TokenProvider
    from console.api.defender import MDE_API, DefenderClient
    from console.api.errors import (
        ApiError,
        AuthError,
        MalformedPageError,
        NetworkError,
        ParseError,
        ThrottledError,
    )
    from console.api.graph import GRAPH_V1, GraphClient
    from console.api.paging import Page, iter_pages
    from console.api.parse import (
        parse_alert,
        parse_datetime,
        parse_device,
        parse_evidence,
        parse_incident,
        parse_mde_alert,
    )
    from console.api.retry import Backoff
    from console.api.session import ApiSession, JsonResponse

install_redaction(__name__)

# Loaded on first use: importing `requests` and the clients costs a fifth of a
# second, which a console opening on its cache (and not syncing yet) need not pay.
_WHERE = {
    "ApiError": "console.api.errors",
    "ApiSession": "console.api.session",
    "AuthError": "console.api.errors",
    "Backoff": "console.api.retry",
    "DefenderClient": "console.api.defender",
    "EnvTokenProvider": "console.api.auth",
    "GRAPH_V1": "console.api.graph",
    "GraphClient": "console.api.graph",
    "JsonResponse": "console.api.session",
    "MDE_API": "console.api.defender",
    "MalformedPageError": "console.api.errors",
    "NetworkError": "console.api.errors",
    "Page": "console.api.paging",
    "ParseError": "console.api.errors",
    "StaticTokenProvider": "console.api.auth",
    "ThrottledError": "console.api.errors",
    "TokenProvider": "console.api.auth",
    "iter_pages": "console.api.paging",
    "parse_alert": "console.api.parse",
    "parse_datetime": "console.api.parse",
    "parse_device": "console.api.parse",
    "parse_evidence": "console.api.parse",
    "parse_incident": "console.api.parse",
    "parse_mde_alert": "console.api.parse",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'console.api' has no attribute {name!r}")


__all__ = [
    "GRAPH_V1",
    "MDE_API",
    "ApiError",
    "ApiSession",
    "AuthError",
    "Backoff",
    "DefenderClient",
    "EnvTokenProvider",
    "GraphClient",
    "JsonResponse",
    "MalformedPageError",
    "NetworkError",
    "Page",
    "ParseError",
    "RedactingFilter",
    "StaticTokenProvider",
    "ThrottledError",
    "TokenProvider",
    "install_redaction",
    "iter_pages",
    "parse_alert",
    "parse_datetime",
    "parse_device",
    "parse_evidence",
    "parse_incident",
    "parse_mde_alert",
    "redact",
]
