"""The HTTP client MSAL signs in through: the console's network settings, timeouts.

MSAL takes any object with requests' `get`/`post`; this is a `NetworkSession`
(`console.api.network`): the OS trust store plus the profile's CA bundle, the proxy in
force, so the sign-in reaches the network exactly as the sync and the experts channel
do. Verification is never turned off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from console.api.errors import CaBundleError
from console.api.network import NetworkSession, NetworkSettings
from console.auth.errors import SignInError, SignInReason

if TYPE_CHECKING:
    from console.auth.profiles import TenantProfile


class SignInHttp(NetworkSession):
    def __init__(self, network: NetworkSettings, timeout: tuple[float, float] = (5, 30)) -> None:
        try:
            super().__init__(network)
        except CaBundleError as error:
            raise SignInError(SignInReason.CERTIFICATE, str(error)) from None
        self.default_timeout = timeout

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", self.default_timeout)
        return super().request(method, url, *args, **kwargs)


def sign_in_http(profile: TenantProfile, timeout: tuple[float, float] = (5, 30)) -> SignInHttp:
    """The profile's sign-in client; a proxy password missing from the store is a
    SignInError (SECRET_MISSING) that says how to store it."""
    from console.auth.network import network_for
    from console.auth.secret_store import SecretStoreError

    try:
        network = network_for(profile)
    except SecretStoreError as error:
        raise SignInError(SignInReason.SECRET_MISSING, str(error)) from None
    return SignInHttp(network, timeout)
