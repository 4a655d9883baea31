"""Tenant profiles: how to reach one tenant and sign in to it, kept in the settings.

A profile holds names and addresses only (never a token or secret): display name,
tenant (GUID or domain), cloud or custom base URLs, the app registration's client id,
the sign-in method and an optional CA bundle for TLS. Profiles live under one
settings key, by name; the last one used is remembered for the window.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from console.auth.clouds import KNOWN, Cloud, Endpoints, custom_endpoints, has_experts_channel
from console.settings import Settings

PROFILES_KEY = "auth/profiles"
LAST_PROFILE_KEY = "auth/last_profile"


class SignInMethod(StrEnum):
    INTERACTIVE = "interactive"  # the system browser, authorization code + PKCE
    DEVICE_CODE = "device-code"  # a code typed on another device


@dataclass(frozen=True)
class TenantProfile:
    name: str  # the display name, also the profile's key
    tenant: str  # GUID or domain (contoso.onmicrosoft.com)
    client_id: str  # the tenant's app registration (a public client); the console ships none
    cloud: Cloud = Cloud.COMMERCIAL
    method: SignInMethod = SignInMethod.INTERACTIVE
    ca_bundle: str | None = None  # PEM file trusted besides the system's (a TLS proxy)
    # Only for Cloud.CUSTOM: every base URL named.
    login_url: str | None = None
    graph_url: str | None = None
    defender_url: str | None = None
    # Keep tokens in a file only the analyst can read where no secure store exists
    # (an explicit choice, shown with a warning); otherwise they stay in memory.
    allow_plain_token_file: bool = False

    def __post_init__(self) -> None:
        missing = [f for f in ("name", "tenant", "client_id") if not getattr(self, f).strip()]
        if missing:
            raise ValueError(f"a tenant profile needs {', '.join(missing)}")
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
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TenantProfile:
        fields = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in fields}
        values["cloud"] = Cloud(values.get("cloud", Cloud.COMMERCIAL))
        values["method"] = SignInMethod(values.get("method", SignInMethod.INTERACTIVE))
        return cls(**values)


class ProfileStore:
    """The profiles in `settings`; a hand-edited entry that no longer parses is skipped."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def all(self) -> dict[str, TenantProfile]:
        raw = self.settings.get_raw(PROFILES_KEY) or {}
        profiles: dict[str, TenantProfile] = {}
        if isinstance(raw, dict):
            for name, data in raw.items():
                try:
                    profiles[name] = TenantProfile.from_json(data)
                except (TypeError, ValueError):
                    continue
        return profiles

    def get(self, name: str) -> TenantProfile | None:
        return self.all().get(name)

    def save(self, profile: TenantProfile) -> None:
        raw = dict(self.settings.get_raw(PROFILES_KEY) or {})
        raw[profile.name] = profile.to_json()
        self.settings.set_raw(PROFILES_KEY, raw)

    def remove(self, name: str) -> None:
        raw = dict(self.settings.get_raw(PROFILES_KEY) or {})
        raw.pop(name, None)
        self.settings.set_raw(PROFILES_KEY, raw)
        if self.last_used() == name:
            self.settings.set_raw(LAST_PROFILE_KEY, None)

    def last_used(self) -> str | None:
        value = self.settings.get_raw(LAST_PROFILE_KEY)
        return value if isinstance(value, str) else None

    def mark_used(self, name: str) -> None:
        self.settings.set_raw(LAST_PROFILE_KEY, name)
