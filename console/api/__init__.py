"""HTTP layer: Graph security and Defender for Endpoint clients, paging, retries, parsing.

Turns wire JSON into `console.domain` objects and back. Never writes the cache,
never imports Qt. Every logger of this package redacts bearer tokens.
"""

from typing import TYPE_CHECKING

import lazy_loader

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
__getattr__, __dir__, _ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "auth": ["EnvTokenProvider", "StaticTokenProvider", "TokenProvider"],
        "defender": ["DefenderClient", "MDE_API"],
        "errors": [
            "ApiError",
            "AuthError",
            "MalformedPageError",
            "NetworkError",
            "ParseError",
            "ThrottledError",
        ],
        "graph": ["GRAPH_V1", "GraphClient"],
        "paging": ["Page", "iter_pages"],
        "parse": [
            "parse_alert",
            "parse_datetime",
            "parse_device",
            "parse_evidence",
            "parse_incident",
            "parse_mde_alert",
        ],
        "retry": ["Backoff"],
        "session": ["ApiSession", "JsonResponse"],
    },
)


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
