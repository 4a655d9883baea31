"""How every HTTPS client of the console reaches the network: whom it trusts, which proxy.

The one place that builds those settings for Graph, Defender for Endpoint, the sign-in
(MSAL's `http_client`) and the experts endpoint (`NetworkSession`, which `ApiSession` and
`console.auth.http.SignInHttp` are). Trust: the operating system's store through
`truststore` (Windows certificate store, macOS Keychain, OpenSSL's store on Linux, which
`SSL_CERT_FILE`/`SSL_CERT_DIR` may point elsewhere), plus a profile's or the policy's CA
bundle loaded into the same context. Verification is never off and nothing can turn it off.

Proxy, per request: never for this machine (`console.api.scope.is_loopback`); else the
profile's or policy's proxy when one is set (bypassed for its `no_proxy` hosts and the
environment's `NO_PROXY`); else the environment's `HTTPS_PROXY`/`NO_PROXY`, then the
system's settings as `urllib.request.getproxies()` reads them (Windows registry, macOS
System Configuration). PAC/WPAD scripts are not read (see the README).
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import requests
import truststore
from requests.adapters import HTTPAdapter
from requests.utils import get_environ_proxies, should_bypass_proxies

from console.api.certificates import (
    describe_refusal,
    is_certificate_refusal,
    proxy_asks_for_credentials,
)
from console.api.errors import CaBundleError, ProxyError, one_line
from console.api.scope import is_loopback


@dataclass(frozen=True)
class ProxySetting:
    """A proxy named by a profile or the policy file. A user name goes in the URL
    (http://jdoe@proxy:8080); its password comes from the OS credential store."""

    url: str
    no_proxy: tuple[str, ...] = ()
    password: str | None = field(default=None, repr=False)

    @property
    def host(self) -> str:
        split = urlsplit(self.url)
        return f"{split.hostname}:{split.port}" if split.port else str(split.hostname)

    @property
    def user(self) -> str | None:
        return urlsplit(self.url).username

    def url_with_credentials(self) -> str:
        split = urlsplit(self.url)
        if not split.username or self.password is None:
            return self.url
        netloc = f"{quote(split.username, safe='')}:{quote(self.password, safe='')}@{self.host}"
        return urlunsplit((split.scheme, netloc, split.path, split.query, split.fragment))


@dataclass(frozen=True)
class NetworkSettings:
    """Trust and proxy for one tenant's clients; the default is the system's for both."""

    ca_bundle: str | None = None  # a PEM file trusted besides the system's store
    proxy: ProxySetting | None = None  # None: the environment's, then the system's

    def tls_context(self) -> ssl.SSLContext:
        """The OS trust store plus `ca_bundle`; raises `CaBundleError` for a bad bundle."""
        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if self.ca_bundle is not None:
            if not Path(self.ca_bundle).is_file():
                raise CaBundleError(f"the CA bundle {self.ca_bundle} is not a readable file")
            try:
                context.load_verify_locations(cafile=self.ca_bundle)
            except (OSError, ssl.SSLError) as error:
                raise CaBundleError(
                    f"the CA bundle {self.ca_bundle} holds no readable PEM certificate "
                    f"({type(error).__name__})"
                ) from None
        return context

    def proxy_for(self, url: str) -> str | None:
        """The proxy URL (credentials included) a request for `url` goes through, or None."""
        split = urlsplit(url)
        host = split.hostname or ""
        if not host or is_loopback(host):
            return None  # this machine's bytes never go to a proxy
        if self.proxy is not None:
            listed = ",".join(self.proxy.no_proxy) or None
            if should_bypass_proxies(url, no_proxy=listed) or (
                listed is not None and should_bypass_proxies(url, no_proxy=None)
            ):
                return None
            return self.proxy.url_with_credentials()
        found = get_environ_proxies(url)  # {} when NO_PROXY (or the system) bypasses it
        return found.get(split.scheme) or found.get("all")


class TrustedAdapter(HTTPAdapter):
    """An `HTTPAdapter` whose every TLS connection, direct or through a proxy's tunnel,
    verifies with one context (requests gives a proxied one its own default otherwise)."""

    def __init__(self, ssl_context: ssl.SSLContext, **kwargs: Any) -> None:
        self.ssl_context = ssl_context  # before super(): it builds the pool manager
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self.ssl_context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = self.ssl_context
        return super().proxy_manager_for(proxy, **proxy_kwargs)


class NetworkSession(requests.Session):
    """A `requests.Session` on `NetworkSettings`: the environment is read here, through
    the settings, never behind them (`trust_env` off: no REQUESTS_CA_BUNDLE replacing the
    trust, no proxy for loopback). A refused certificate or proxy raises `CertificateError`
    or `ProxyError` (one line, the host named)."""

    def __init__(
        self, network: NetworkSettings | None = None, adapter: TrustedAdapter | None = None
    ) -> None:
        super().__init__()
        self.network = network or NetworkSettings()
        self.trust_env = False
        adapter = adapter or TrustedAdapter(self.network.tls_context())
        self.mount("https://", adapter)
        self.mount("http://", adapter)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        # Every hop passes here, the first and each redirect.
        url = request.url or ""
        proxy = self.network.proxy_for(url)
        kwargs["proxies"] = {urlsplit(url).scheme: proxy} if proxy else {}
        if proxy is None:
            request.headers.pop("Proxy-Authorization", None)
        kwargs["verify"] = True  # the adapter's context decides; a path would be loaded into it
        try:
            return super().send(request, **kwargs)
        except requests.exceptions.SSLError as error:
            if is_certificate_refusal(error):
                raise describe_refusal(error, url, proxy) from None
            raise
        except requests.exceptions.ProxyError as error:
            raise _proxy_error(error, proxy) from None


def _proxy_error(error: requests.exceptions.ProxyError, proxy: str | None) -> ProxyError:
    host = ProxySetting(proxy).host if proxy else None
    where = host or "the proxy"
    if proxy_asks_for_credentials(error):
        return ProxyError(
            f"the proxy asks for credentials: {where} answered 407 (Proxy Authentication "
            "Required); put your user name in the proxy URL (http://user@proxy:port) and "
            "store the password with `hunting-console profiles set-secret PROFILE --kind "
            "proxy-password`",
            status=407,
            proxy=host,
        )
    cause = _cause(error)
    return ProxyError(f"cannot go through the proxy {where}: {cause}", proxy=host, detail=cause)


def _cause(error: BaseException) -> str:
    """What urllib3 said under requests' wrapping: "Tunnel connection failed: 403
    Forbidden", "[Errno 111] Connection refused"."""
    reason: object = error.args[0] if error.args else error
    reason = getattr(reason, "reason", None) or reason  # a MaxRetryError's
    inner: tuple[object, ...] = tuple(getattr(reason, "args", ()))
    if len(inner) > 1 and isinstance(inner[1], BaseException):  # urllib3's ProxyError
        reason = inner[1]
    return one_line(str(reason) or type(reason).__name__, 160)
