"""A profile's sign-in service with its token cache in the console's data folder."""

from __future__ import annotations

from pathlib import Path

from console.auth.browser import BrowserOpener
from console.auth.profiles import TenantProfile
from console.auth.service import SignInService
from console.auth.token_cache import cache_location, open_token_cache


def tokens_folder() -> Path:
    from console.paths import data_dir

    return data_dir() / "tokens"


def open_service(
    profile: TenantProfile,
    *,
    folder: Path | None = None,
    open_browser: BrowserOpener | None = None,
) -> SignInService:
    """The service for `profile`; its cache is encrypted, in memory, or the opt-in file
    (`service.token_storage` says which)."""
    location = cache_location(folder or tokens_folder(), profile.name)
    cache = open_token_cache(location, allow_plain_file=profile.allow_plain_token_file)
    return SignInService(profile, cache, open_browser=open_browser)
