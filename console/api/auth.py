"""Where bearer tokens come from.

`ApiSession` asks its `TokenProvider` for a token before every request, so a
provider that refreshes (MSAL's `acquire_token_silent`, one provider per resource:
Graph and Defender for Endpoint need separate tokens) plugs in here later without
touching the session. Providers never log or print the token, and their repr
does not show it.
"""

from __future__ import annotations

import os
from typing import Protocol, runtime_checkable

from console.api.errors import AuthError


def checked_token(value: str, source: str) -> str:
    """`value` if it can travel in an HTTP header as a bearer token; else AuthError.

    Entra tokens are base64url text; anything else (a pasted smart quote, a
    stray newline) would fail deep in the HTTP stack, or split the header.
    The message names where the token came from, never the token.
    """
    if not value.isascii() or not value.isprintable() or " " in value:
        raise AuthError(
            f"{source} does not hold a usable access token; it has characters no token has "
            "(spaces, control or non-ASCII characters)"
        )
    return value


@runtime_checkable
class TokenProvider(Protocol):
    def token(self) -> str:
        """A bearer token for the resource this provider was made for; raises AuthError."""
        ...


class StaticTokenProvider:
    """A fixed token (tests, the emulator, a token pasted for a one-off run)."""

    def __init__(self, token: str) -> None:
        if not token:
            raise AuthError("the token is empty")
        self._token = checked_token(token, "the token given")

    def token(self) -> str:
        return self._token

    def __repr__(self) -> str:
        return "StaticTokenProvider(<redacted>)"


class EnvTokenProvider:
    """A token read from an environment variable at each request (headless sync jobs)."""

    def __init__(self, variable: str) -> None:
        self.variable = variable

    def token(self) -> str:
        value = os.environ.get(self.variable)
        if value is None:
            raise AuthError(f"no access token: environment variable {self.variable} is not set")
        value = value.strip()
        if not value:
            raise AuthError(f"no access token: environment variable {self.variable} is empty")
        return checked_token(value, f"environment variable {self.variable}")

    def __repr__(self) -> str:
        return f"EnvTokenProvider({self.variable!r})"
