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
        self._token = token

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
        return value

    def __repr__(self) -> str:
        return f"EnvTokenProvider({self.variable!r})"
