"""`SignInService`: one profile's sign-in over `msal.PublicClientApplication`.

One sign-in gives both tokens: the browser sign-in asks for Graph and consents to
Defender for Endpoint too (`extra_scopes_to_consent`); after it, and after a device
code sign-in, each token comes from `acquire_token_silent`, which refreshes an
expired one with the refresh token. Every failure is a `SignInError` with a reason
(`console.auth.errors`). Tokens go only to MSAL's cache (`console.auth.token_cache`)
and to the provider's caller; nothing here logs or prints one.

Blocking calls: the window runs them in an executor, the CLI on its own thread.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import msal
import requests

from console.api.errors import AuthError, CertificateError, ProxyError
from console.api.scope import check_transport
from console.auth.browser import BrowserOpener, opening_with
from console.auth.errors import SignInError, SignInReason, from_msal
from console.auth.http import sign_in_http
from console.auth.profiles import SignInMethod, TenantProfile
from console.auth.token_cache import OpenedCache, TokenStorage
from console.domain.tenants import canonical_tenant_id


class Resource(StrEnum):
    GRAPH = "graph"
    DEFENDER = "defender"


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in to which tenant (the status bar's text)."""

    username: str
    tenant_id: str


@dataclass(frozen=True)
class DeviceCodePrompt:
    """What the analyst types where: shown by the window (with a copy button) or the CLI."""

    user_code: str
    verification_uri: str
    expires_at: float  # epoch seconds
    message: str  # the service's own sentence, in its language


class SignInService:
    def __init__(
        self,
        profile: TenantProfile,
        cache: OpenedCache,
        *,
        open_browser: BrowserOpener | None = None,
        timeout: tuple[float, float] = (5, 30),
        broker: bool | None = None,
    ) -> None:
        check_transport(profile.authority)
        self.profile = profile
        # Windows' Web Account Manager (None: where it can work, see wants_broker).
        self._broker = wants_broker(profile) if broker is None else broker
        self.token_storage = cache.storage
        self._open_browser = open_browser
        self._http = sign_in_http(profile, timeout)
        self._cache = cache.cache
        self._app: msal.PublicClientApplication | None = None
        self._lock = threading.Lock()  # MSAL's app and cache, shared by the two providers

    def close(self) -> None:
        self._http.close()

    # -- signing in ---------------------------------------------------------------------

    def sign_in(
        self,
        *,
        on_device_code: Callable[[DeviceCodePrompt], None] | None = None,
        cancel: threading.Event | None = None,
        timeout: float = 300,
        parent_window_handle: int | None = None,
    ) -> SignedIn:
        """Sign in with the profile's method; the device code goes to `on_device_code`."""
        if self.profile.method is SignInMethod.DEVICE_CODE:
            if on_device_code is None:
                raise ValueError("a device code sign-in needs on_device_code")
            return self.sign_in_with_device_code(on_device_code, cancel=cancel)
        return self.sign_in_with_browser(timeout=timeout, parent_window_handle=parent_window_handle)

    def sign_in_with_browser(
        self, *, timeout: float = 300, parent_window_handle: int | None = None
    ) -> SignedIn:
        """The system browser (or the injected opener): authorization code with PKCE on a
        loopback redirect; consents to both APIs at once.

        On Windows with msal[broker], MSAL signs in through the Web Account Manager
        instead, on top of `parent_window_handle` (the window's; None: the terminal's),
        which honours the desk's single sign-on and Conditional Access. The broker takes
        no extra scopes to consent, so Defender's consent then comes from a second prompt,
        and only if its token cannot be had silently. (The broker cannot run against the
        emulator: README, "Signing in on Windows", is the manual check.)"""
        endpoints = self.profile.endpoints
        app = self._application()
        handle = (
            msal.PublicClientApplication.CONSOLE_WINDOW_HANDLE
            if parent_window_handle is None
            else parent_window_handle
        )

        def interactive(scope: str, consent_too: list[str] | None) -> dict[str, Any]:
            return self._call(  # type: ignore[no-any-return]
                lambda: app.acquire_token_interactive(
                    [scope],
                    prompt="select_account",
                    extra_scopes_to_consent=consent_too,
                    timeout=timeout,
                    parent_window_handle=handle,
                )
            )

        with opening_with(self._open_browser):
            consent_too = None if self._broker else [endpoints.defender_scope]
            who = self._signed_in(
                interactive(endpoints.graph_scope, consent_too), device_code=False
            )
            if consent_too is None:
                try:
                    self.token(Resource.DEFENDER)
                except SignInError as error:
                    if error.reason not in _CONSENT_ANEW:
                        raise
                    self._signed_in(interactive(endpoints.defender_scope, None), device_code=False)
        return who

    def sign_in_with_device_code(
        self,
        on_code: Callable[[DeviceCodePrompt], None],
        *,
        cancel: threading.Event | None = None,
    ) -> SignedIn:
        """Show a code, then poll until done, declined, expired or `cancel` is set."""
        app = self._application()
        flow = self._call(lambda: app.initiate_device_flow([self.profile.endpoints.graph_scope]))
        if "user_code" not in flow:
            raise from_msal(flow, device_code=True)
        on_code(
            DeviceCodePrompt(
                flow["user_code"],
                flow["verification_uri"],
                float(flow.get("expires_at", time.time() + 900)),
                str(flow.get("message", "")),
            )
        )

        def finished(state: dict[str, Any]) -> bool:
            expired = float(state.get("expires_at", 0)) < time.time()
            return expired or (cancel is not None and cancel.is_set())

        result = self._call(lambda: app.acquire_token_by_device_flow(flow, exit_condition=finished))
        if cancel is not None and cancel.is_set() and "access_token" not in result:
            raise SignInError(SignInReason.CANCELLED)
        if result.get("error") == "authorization_pending":  # the loop ran out of time
            raise SignInError(SignInReason.DEVICE_CODE_EXPIRED)
        return self._signed_in(result, device_code=True)

    def _signed_in(self, result: dict[str, Any], *, device_code: bool) -> SignedIn:
        if "access_token" not in result:
            raise from_msal(result, device_code=device_code)
        claims = result.get("id_token_claims") or {}
        return SignedIn(
            str(claims.get("preferred_username") or "?"),
            str(claims.get("tid") or self.profile.tenant),
        )

    # -- after signing in ---------------------------------------------------------------

    def signed_in(self) -> SignedIn | None:
        account = self._account()
        if account is None:
            return None
        return SignedIn(str(account.get("username") or "?"), str(account.get("realm") or ""))

    def token(self, resource: Resource) -> str:
        """A valid token for `resource`, refreshed silently when it expired; raises
        SignInError (SIGN_IN_AGAIN when only a new sign-in can help)."""
        endpoints = self.profile.endpoints
        scope = endpoints.graph_scope if resource is Resource.GRAPH else endpoints.defender_scope
        account = self._account()
        if account is None:
            raise SignInError(
                SignInReason.SIGN_IN_AGAIN, f"no one is signed in to {self.profile.name}"
            )
        app = self._application()
        result = self._call(lambda: app.acquire_token_silent_with_error([scope], account=account))
        if result is None:
            raise SignInError(SignInReason.SIGN_IN_AGAIN, "no saved token for this API")
        if "access_token" not in result:
            raise from_msal(result)
        return str(result["access_token"])

    def provider(self, resource: Resource) -> ServiceTokenProvider:
        return ServiceTokenProvider(self, resource)

    def sign_out(self) -> None:
        """Forget this profile's accounts and their tokens (access and refresh)."""
        app = self._application()
        with self._lock:
            for account in app.get_accounts():
                app.remove_account(account)

    # -- MSAL ---------------------------------------------------------------------------

    def _application(self) -> msal.PublicClientApplication:
        with self._lock:
            if self._app is None:
                known = is_microsoft_login(self.profile.endpoints.login_url)
                self._app = self._call(
                    lambda: msal.PublicClientApplication(
                        self.profile.client_id,
                        authority=self.profile.authority,
                        token_cache=self._cache,
                        http_client=self._http,
                        instance_discovery=None if known else False,
                        enable_broker_on_windows=self._broker,
                    )
                )
            return self._app

    def _account(self) -> dict[str, Any] | None:
        app = self._application()
        with self._lock:
            accounts = app.get_accounts()
        tenant = self.profile.tenant.lower()
        for account in accounts:
            if str(account.get("realm", "")).lower() == tenant:
                return account  # type: ignore[no-any-return]
        return accounts[0] if accounts else None  # a domain profile: the realm is the GUID

    def _call(self, action: Callable[[], Any]) -> Any:
        return call_msal(action)


def call_msal(action: Callable[[], Any]) -> Any:
    """MSAL's network and discovery failures as SignInErrors."""
    try:
        return action()
    except CertificateError as error:  # described by the session: host, subject, issuer
        raise SignInError(SignInReason.CERTIFICATE, error.message, network=error) from None
    except ProxyError as error:
        raise SignInError(SignInReason.NETWORK, error.message, network=error) from None
    except requests.exceptions.SSLError as error:
        raise SignInError(SignInReason.CERTIFICATE, _first_line(error)) from None
    except requests.exceptions.RequestException as error:
        raise SignInError(SignInReason.NETWORK, _first_line(error)) from None
    except ValueError as error:
        text = str(error)
        if "authority" in text.lower() or "tenant" in text.lower():
            # MSAL could not read the tenant's discovery document: no such tenant here.
            raise SignInError(SignInReason.TENANT_WRONG, _first_line(error)) from None
        raise


def is_microsoft_login(login_url: str) -> bool:
    """A host Microsoft does not know (custom cloud) has no instance metadata at
    login.microsoftonline.com; its discovery is its own."""
    return login_url in _MICROSOFT_LOGIN_HOSTS


class TenantSignIn(Protocol):
    """What the console needs of a profile's sign-in, whatever its method: the
    delegated `SignInService`, app credentials (`console.auth.app_sign_in`) or tokens
    from the environment or a command (`console.auth.external_tokens`)."""

    @property
    def profile(self) -> TenantProfile: ...

    @property
    def token_storage(self) -> TokenStorage: ...

    def signed_in(self) -> SignedIn | None: ...

    def sign_in(
        self,
        *,
        on_device_code: Callable[[DeviceCodePrompt], None] | None = None,
        cancel: threading.Event | None = None,
        timeout: float = 300,
        parent_window_handle: int | None = None,
    ) -> SignedIn: ...

    def token(self, resource: Resource) -> str: ...

    def provider(self, resource: Resource) -> ServiceTokenProvider: ...

    def sign_out(self) -> None: ...

    def close(self) -> None: ...


# A Defender token refused for these is one more interactive prompt away.
_CONSENT_ANEW = frozenset({SignInReason.CONSENT_MISSING, SignInReason.SIGN_IN_AGAIN})


def wants_broker(profile: TenantProfile, platform: str = sys.platform) -> bool:
    """Windows' Web Account Manager for a browser sign-in to Microsoft's own login host
    (MSAL falls back to the browser where msal[broker] is missing)."""
    return (
        platform == "win32"
        and profile.method is SignInMethod.INTERACTIVE
        and is_microsoft_login(profile.endpoints.login_url)
    )


def tenant_guid(sign_in: TenantSignIn) -> str:
    """The tenant's GUID, the key of its cached rows: a profile named by its domain
    learns it at sign-in (the token's tenant), before which the profile's own value."""
    who = sign_in.signed_in()
    return canonical_tenant_id(who.tenant_id if who and who.tenant_id else sign_in.profile.tenant)


class ServiceTokenProvider:
    """`console.api.auth.TokenProvider` for one API of one signed-in profile."""

    def __init__(self, service: TenantSignIn, resource: Resource) -> None:
        self.service = service
        self.resource = resource

    def token(self) -> str:
        try:
            return self.service.token(self.resource)
        except SignInError as error:
            raise AuthError(str(error)) from None

    def __repr__(self) -> str:
        return f"ServiceTokenProvider({self.service.profile.name!r}, {self.resource.value})"


_MICROSOFT_LOGIN_HOSTS = {"https://login.microsoftonline.com", "https://login.microsoftonline.us"}


def _first_line(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:300]
