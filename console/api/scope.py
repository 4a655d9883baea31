"""Where a request may go: the one rule for base URLs and the URLs under them.

A token is minted for one audience, so a session sends it only under the base URL
of the service it belongs to (scheme, host, port and path prefix of the Graph URL,
the Defender URL or the experts endpoint). A next link or a redirect anywhere else
is refused, so neither the token nor what a foreign host serves ever crosses it.

Plain `http://` is accepted only for this machine (loopback addresses: the
emulator, tests); anything else needs https, whose verification is never off.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from console.api.errors import RefusedUrlError

_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_loopback(host: str) -> bool:
    """`localhost` (answered from the hosts file) or a literal loopback address.

    Not other names under .localhost: this machine looks them up in DNS, so a
    hostile resolver could send them, and plain http with its token, anywhere.
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class _Parts:
    scheme: str
    host: str
    port: int
    path: str


def _parts(url: str) -> _Parts:
    """Scheme, host, port and path of `url`; raises `RefusedUrlError` when it has none."""
    try:
        split = urlsplit(url)
        port = split.port
    except ValueError as error:  # the URL itself stays out of messages: it may hold secrets
        raise RefusedUrlError(f"refused a malformed URL ({error})") from None
    scheme = split.scheme.lower()
    host = (split.hostname or "").lower()
    if scheme not in _DEFAULT_PORTS or not host:
        raise RefusedUrlError(
            f"refused a URL that is not http(s) with a host (scheme {scheme or 'missing'!r})"
        )
    if split.username is not None or split.password is not None:
        raise RefusedUrlError(f"refused a URL for {host}: it carries a user name or password")
    if scheme == "http" and not is_loopback(host):
        raise RefusedUrlError(
            f"refused plain http to {host}: only this machine may be reached without https"
        )
    return _Parts(scheme, host, port or _DEFAULT_PORTS[scheme], split.path)


def check_transport(url: str) -> None:
    """Raise `RefusedUrlError` unless `url` is https, or http to a loopback address."""
    _parts(url)


class BaseUrl:
    """The base URL a session's token belongs to; `check` refuses URLs outside it."""

    def __init__(self, url: str) -> None:
        parts = _parts(url)
        self.url = url.rstrip("/")
        self.host = parts.host
        self._origin = (parts.scheme, parts.host, parts.port)
        self._prefix = parts.path.rstrip("/")

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"BaseUrl({self.url!r})"

    def covers(self, url: str) -> bool:
        try:
            parts = _parts(url)
        except RefusedUrlError:
            return False
        if (parts.scheme, parts.host, parts.port) != self._origin:
            return False
        path = parts.path
        if self._prefix and path != self._prefix and not path.startswith(self._prefix + "/"):
            return False
        # "/v1.0/../x" would leave the prefix once the server resolves it.
        return ".." not in unquote(path).split("/")

    def check(self, url: str, *, what: str = "request") -> None:
        """Raise `RefusedUrlError` naming the host unless `url` is under this base URL."""
        check_transport(url)
        if not self.covers(url):
            raise RefusedUrlError(
                f"refused a {what} to {_where(url)}: it is outside {self.url}", url=url
            )


def _where(url: str) -> str:
    """``host`` or ``host:port`` as the URL names it, never its user name or password."""
    split = urlsplit(url)
    host = split.hostname or "an unknown host"
    try:
        port = split.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port is not None else host
