"""Tenant profiles: how to reach one tenant and sign in to it, kept in the settings.

A profile holds names and addresses only (never a token or secret): display name,
tenant (GUID or domain), cloud or custom base URLs, the app registration's client id,
the sign-in method and an optional CA bundle for TLS. Profiles live under one
settings key, by name; the last one used is remembered for the window.

IT may provision profiles in the policy file (`console.auth.policy`): the store shows
them `managed`, refuses edits to their `locked` fields and refuses to remove them; an
analyst's own edits to a managed profile are kept as overrides of the unlocked fields.
Secrets (a client secret, a certificate's password) live in the OS credential store
(`console.auth.secret_store`), never here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from console.auth.clouds import KNOWN, Cloud, Endpoints, custom_endpoints, has_experts_channel
from console.settings import Settings

if TYPE_CHECKING:
    from console.auth.network import NetworkPolicy
    from console.auth.policy import Policy, SyncSchedule

PROFILES_KEY = "auth/profiles"
LAST_PROFILE_KEY = "auth/last_profile"


class SignInMethod(StrEnum):
    INTERACTIVE = "interactive"  # the system browser, authorization code + PKCE
    DEVICE_CODE = "device-code"  # a code typed on another device
    # No analyst signs in: a desk account or a scheduled sync (app-only, "acting as" names
    # the analyst for "assign to me" and the audit).
    APP_SECRET = "app-secret"  # client credentials with a client secret (in the OS store)
    APP_CERTIFICATE = "app-certificate"  # a signed client assertion (PEM or PFX)
    TOKEN_ENV = "token-env"  # tokens from environment variables
    TOKEN_COMMAND = "token-command"  # tokens printed by a command (az account get-access-token)

    @property
    def delegated(self) -> bool:
        """An analyst signs in (and MSAL knows who); otherwise `acting_as` says who."""
        return self in (SignInMethod.INTERACTIVE, SignInMethod.DEVICE_CODE)


# The placeholder a token command's arguments name the API with (its resource URI).
RESOURCE_PLACEHOLDER = "{resource}"
# Fields the store sets from the policy, never read from or written to the settings.
_POLICY_ONLY = ("managed", "locked", "network_policy")


@dataclass(frozen=True)
class TenantProfile:
    name: str  # the display name, also the profile's key
    tenant: str  # GUID or domain (contoso.onmicrosoft.com)
    # The tenant's app registration (a public client, or a confidential one for app
    # sign-in); the console ships none. Token profiles need none.
    client_id: str = ""
    cloud: Cloud = Cloud.COMMERCIAL
    method: SignInMethod = SignInMethod.INTERACTIVE
    ca_bundle: str | None = None  # PEM file trusted besides the system's (a TLS proxy)
    # http(s)://host:port, maybe with a user name (its password in the OS credential store);
    # None: the policy's, else the environment's, else the system's (console.api.network).
    proxy: str | None = None
    no_proxy: tuple[str, ...] = ()  # hosts reached without the profile's proxy
    # Only for Cloud.CUSTOM: every base URL named.
    login_url: str | None = None
    graph_url: str | None = None
    defender_url: str | None = None
    # Keep tokens in a file only the analyst can read where no secure store exists
    # (an explicit choice, shown with a warning); otherwise they stay in memory.
    allow_plain_token_file: bool = False
    # App and token profiles: the analyst (UPN) the console acts for.
    acting_as: str | None = None
    certificate: str | None = None  # APP_CERTIFICATE: a .pem (key and certificate) or .pfx
    token_env: str | None = None  # TOKEN_ENV: the variable with the Graph token
    defender_token_env: str | None = None  # TOKEN_ENV: the one with the Defender token
    # TOKEN_COMMAND: argv (no shell); "{resource}" stands for the API's resource URI.
    token_command: tuple[str, ...] | None = None
    token_command_timeout: float = 30.0
    experts_channel: str | None = None  # service, portal, email; None: the console's default
    sync_every_minutes: int | None = None  # None: no scheduled sync
    sync_at_start: bool = False
    # Set by the store from the policy file: provisioned by IT, and the fields it locks.
    managed: bool = False
    locked: frozenset[str] = frozenset()
    # Set by the store from the policy file for every profile: its proxy and CA bundle.
    network_policy: NetworkPolicy | None = None

    def __post_init__(self) -> None:
        needed = ["name", "tenant"]
        if self.method in (SignInMethod.TOKEN_ENV, SignInMethod.TOKEN_COMMAND):
            pass  # the token's source names its app; a client id is not needed
        else:
            needed.append("client_id")
        missing = [f for f in needed if not str(getattr(self, f)).strip()]
        if missing:
            raise ValueError(f"a tenant profile needs {', '.join(missing)}")
        if not self.method.delegated and not (self.acting_as and "@" in self.acting_as):
            raise ValueError(
                f"a {self.method.value} profile needs acting_as: the UPN of the analyst the "
                "console acts for (no one signs in to tell it)"
            )
        if self.method is SignInMethod.APP_CERTIFICATE and not self.certificate:
            raise ValueError("an app-certificate profile needs certificate (a .pem or .pfx file)")
        if self.method is SignInMethod.TOKEN_ENV and not self.token_env:
            raise ValueError("a token-env profile needs token_env (the Graph token's variable)")
        if self.method is SignInMethod.TOKEN_COMMAND and not (
            self.token_command and any(RESOURCE_PLACEHOLDER in part for part in self.token_command)
        ):
            raise ValueError(
                "a token-command profile needs token_command, with {resource} where the "
                "command takes the API's resource URI (one token per API)"
            )
        if self.proxy is not None and not self.proxy.startswith(("http://", "https://")):
            raise ValueError("proxy must start with http:// or https://")
        if ":" in (urlsplit(self.proxy).netloc.rpartition("@")[0] if self.proxy else ""):
            raise ValueError("the proxy's password goes to the OS credential store, not its URL")
        if self.experts_channel not in (None, "service", "portal", "email"):
            raise ValueError("experts_channel must be service, portal or email")
        if self.sync_every_minutes is not None and self.sync_every_minutes < 1:
            raise ValueError("sync_every_minutes must be 1 or more")
        if self.cloud is Cloud.CUSTOM and not (
            self.login_url and self.graph_url and self.defender_url
        ):
            raise ValueError("a custom cloud needs the login, Graph and Defender base URLs")

    @property
    def endpoints(self) -> Endpoints:
        if self.cloud is Cloud.CUSTOM:
            assert self.login_url and self.graph_url and self.defender_url
            return custom_endpoints(self.login_url, self.graph_url, self.defender_url)
        return KNOWN[self.cloud]

    @property
    def authority(self) -> str:
        return f"{self.endpoints.login_url.rstrip('/')}/{self.tenant}"

    @property
    def has_experts_channel(self) -> bool:
        return has_experts_channel(self.cloud)

    def to_json(self) -> dict[str, Any]:
        values = dataclasses.asdict(self)
        for name in _POLICY_ONLY:
            values.pop(name)
        if self.token_command is not None:
            values["token_command"] = list(self.token_command)
        values["no_proxy"] = list(self.no_proxy)
        if not self.no_proxy:
            values.pop("no_proxy")
        return {k: v for k, v in values.items() if v is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TenantProfile:
        fields = {f.name for f in dataclasses.fields(cls)} - set(_POLICY_ONLY)
        values = {k: v for k, v in data.items() if k in fields}
        values["cloud"] = Cloud(values.get("cloud", Cloud.COMMERCIAL))
        values["method"] = SignInMethod(values.get("method", SignInMethod.INTERACTIVE))
        if values.get("token_command") is not None:
            command = values["token_command"]
            if not isinstance(command, list) or not all(isinstance(a, str) for a in command):
                raise ValueError("token_command must be a list of strings")
            values["token_command"] = tuple(command)
        if "no_proxy" in values:
            hosts = values["no_proxy"]
            if not isinstance(hosts, list) or not all(isinstance(h, str) for h in hosts):
                raise ValueError("no_proxy must be a list of host names")
            values["no_proxy"] = tuple(hosts)
        return cls(**values)


def sync_schedule(profile: TenantProfile, policy: Policy | None) -> SyncSchedule:
    """When the window syncs `profile` by itself (off: only Sync now).

    The profile's own schedule; one that sets none takes the policy file's default. A
    policy schedule analysts may not override wins over the analyst's, but not over the
    one IT gave a provisioned profile (the night sync's hourly run)."""
    from console.auth.policy import SyncSchedule

    own = SyncSchedule(profile.sync_every_minutes, profile.sync_at_start)
    default = policy.sync_schedule if policy is not None else None
    if default is None:
        return own
    assert policy is not None
    sets_own = own != SyncSchedule()
    if sets_own and (profile.managed or not policy.locks("sync_schedule")):
        return own
    return default


def experts_channel(profile: TenantProfile, policy: Policy | None) -> str | None:
    """How the profile's questions reach Defender Experts, by the same rule as the schedule
    (None: the console's default)."""
    default = policy.experts_channel if policy is not None else None
    if default is None or (
        profile.experts_channel is not None
        and (profile.managed or not (policy is not None and policy.locks("experts_channel")))
    ):
        return profile.experts_channel
    return default


def profile_fields() -> set[str]:
    """The names a profile's JSON (settings, policy file) may use."""
    return {f.name for f in dataclasses.fields(TenantProfile)} - set(_POLICY_ONLY)


class ProfileLockedError(ValueError):
    """An edit the policy file forbids; the message names the profile and the fields."""


class ProfileStore:
    """The profiles in `settings`, merged with those the policy file provisions.

    A hand-edited entry that no longer parses is skipped. For a managed profile the
    settings keep only the analyst's overrides of its unlocked fields."""

    def __init__(self, settings: Settings, policy: Policy | None = None) -> None:
        self.settings = settings
        self.policy = policy

    def _raw(self) -> dict[str, Any]:
        raw = self.settings.get_raw(PROFILES_KEY) or {}
        return dict(raw) if isinstance(raw, dict) else {}

    def _managed(self) -> dict[str, TenantProfile]:
        return dict(self.policy.profiles) if self.policy is not None else {}

    def users_may_add(self) -> bool:
        return self.policy is None or self.policy.user_may_override_setting("profiles")

    def all(self) -> dict[str, TenantProfile]:
        raw = self._raw()
        managed = self._managed()
        profiles: dict[str, TenantProfile] = {}
        if self.users_may_add():
            for name, data in raw.items():
                if name in managed:
                    continue
                try:
                    profiles[name] = TenantProfile.from_json(data)
                except (TypeError, ValueError):
                    continue
        for name, base in managed.items():
            profiles[name] = _with_overrides(base, raw.get(name))
        network = self._network_policy()
        if network is None:
            return profiles
        return {n: dataclasses.replace(p, network_policy=network) for n, p in profiles.items()}

    def _network_policy(self) -> NetworkPolicy | None:
        policy = self.policy
        if policy is None or (policy.proxy is None and policy.ca_bundle is None):
            return None
        from console.auth.network import NetworkPolicy

        return NetworkPolicy(
            proxy_url=policy.proxy.url if policy.proxy else None,
            no_proxy=policy.proxy.no_proxy if policy.proxy else (),
            ca_bundle=policy.ca_bundle,
            proxy_locked=policy.locks("proxy"),
            ca_bundle_locked=policy.locks("ca_bundle"),
        )

    def get(self, name: str) -> TenantProfile | None:
        return self.all().get(name)

    def save(self, profile: TenantProfile) -> None:
        """Keep `profile`; raises ProfileLockedError for an edit the policy forbids."""
        raw = self._raw()
        base = self._managed().get(profile.name)
        if base is None:
            if not self.users_may_add():
                raise ProfileLockedError(
                    "the policy file does not let users add tenant profiles; "
                    "ask IT to provision this one"
                )
            raw[profile.name] = profile.to_json()
        else:
            mine, theirs = profile.to_json(), base.to_json()
            changed = {k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k)}
            refused = sorted(changed & base.locked)
            if refused:
                raise ProfileLockedError(
                    f"tenant profile {profile.name!r} is managed by the policy file, which "
                    f"locks {', '.join(refused)}"
                )
            raw[profile.name] = {k: mine.get(k) for k in sorted(changed)}
        self.settings.set_raw(PROFILES_KEY, raw)

    def remove(self, name: str) -> None:
        if name in self._managed():
            raise ProfileLockedError(
                f"tenant profile {name!r} is provisioned by the policy file; only IT can remove it"
            )
        raw = self._raw()
        raw.pop(name, None)
        self.settings.set_raw(PROFILES_KEY, raw)
        if self.last_used() == name:
            self.settings.set_raw(LAST_PROFILE_KEY, None)

    def last_used(self) -> str | None:
        value = self.settings.get_raw(LAST_PROFILE_KEY)
        return value if isinstance(value, str) else None

    def mark_used(self, name: str) -> None:
        self.settings.set_raw(LAST_PROFILE_KEY, name)


def _with_overrides(base: TenantProfile, override: Any) -> TenantProfile:
    """`base` with the analyst's values for its unlocked fields (a stale or bad override,
    e.g. of a field IT has locked since, is ignored)."""
    if not isinstance(override, dict):
        return base
    allowed = {k: v for k, v in override.items() if k in profile_fields() - base.locked - {"name"}}
    try:
        merged = TenantProfile.from_json({**base.to_json(), **allowed})
    except (TypeError, ValueError):
        return base
    return dataclasses.replace(merged, managed=True, locked=base.locked)
