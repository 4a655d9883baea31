"""A tenant profile's network settings: its CA bundle and proxy, or the policy file's.

The policy's values apply where the profile names none, and always where the policy
locks them (`Policy.locks`). A proxy URL may carry a user name (http://jdoe@proxy:8080);
its password is read from the OS credential store (`console.auth.secret_store`), never
from the settings or the policy file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from console.api.network import NetworkSettings, ProxySetting
from console.auth.secret_store import SecretKind, get_secret

if TYPE_CHECKING:
    from console.auth.profiles import TenantProfile


@dataclass(frozen=True)
class NetworkPolicy:
    """What the policy file says of the network, as the store hands it to each profile."""

    proxy_url: str | None = None
    no_proxy: tuple[str, ...] = ()
    ca_bundle: str | None = None
    proxy_locked: bool = False
    ca_bundle_locked: bool = False


def network_for(profile: TenantProfile) -> NetworkSettings:
    """Raises `SecretStoreError` when the proxy names a user whose password is not stored."""
    policy = profile.network_policy or NetworkPolicy()
    ca_bundle = profile.ca_bundle
    if policy.ca_bundle and (policy.ca_bundle_locked or ca_bundle is None):
        ca_bundle = policy.ca_bundle
    proxy_url, no_proxy = profile.proxy, profile.no_proxy
    if policy.proxy_url and (policy.proxy_locked or proxy_url is None):
        proxy_url, no_proxy = policy.proxy_url, policy.no_proxy
    if proxy_url is None:
        return NetworkSettings(ca_bundle=ca_bundle)
    password = None
    if urlsplit(proxy_url).username:
        password = get_secret(profile.name, SecretKind.PROXY_PASSWORD)
    return NetworkSettings(ca_bundle, ProxySetting(proxy_url, no_proxy, password))
