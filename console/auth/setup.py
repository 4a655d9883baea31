"""A profile's sign-in, whatever its method, with its token cache in the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from console.auth.browser import BrowserOpener
from console.auth.profiles import ProfileStore, SignInMethod, TenantProfile

if TYPE_CHECKING:
    from console.auth.service import TenantSignIn
    from console.settings import Settings


def tokens_folder() -> Path:
    from console.paths import data_dir

    return data_dir() / "tokens"


def open_profile_store(settings: Settings | None = None) -> ProfileStore:
    """The settings' profiles merged with the policy files' (machine and the analyst's);
    raises `console.auth.policy.PolicyError` naming each mistake (file, line, field). The
    store's `policy.problems` are the analyst's overrides it refused, to be shown."""
    from console.auth.policy import load_policy
    from console.settings import default_settings

    return ProfileStore(settings or default_settings(), load_policy())


def profile_store_or_own(settings: Settings | None = None) -> ProfileStore:
    """`open_profile_store`, or with a policy file that cannot be read the analyst's own
    profiles alone (the window names the file's mistakes when the Tenants page opens)."""
    from console.auth.policy import PolicyError
    from console.settings import default_settings

    try:
        return open_profile_store(settings)
    except PolicyError:
        return ProfileStore(settings or default_settings())


def open_service(
    profile: TenantProfile,
    *,
    folder: Path | None = None,
    open_browser: BrowserOpener | None = None,
) -> TenantSignIn:
    """The sign-in for `profile`. A delegated one's cache is encrypted, in memory, or the
    opt-in file (`service.token_storage` says which); app and external tokens stay in
    memory (their credential or source mints new ones)."""
    if profile.method in (SignInMethod.APP_SECRET, SignInMethod.APP_CERTIFICATE):
        from console.auth.app_sign_in import AppSignIn

        return AppSignIn(profile)
    if profile.method in (SignInMethod.TOKEN_ENV, SignInMethod.TOKEN_COMMAND):
        from console.auth.external_tokens import ExternalTokens

        return ExternalTokens(profile)
    # Here, not at import: the window reads the profile store at start-up, and msal,
    # requests and keyring (~0.1 s) wait until a profile is signed in to.
    from console.auth.service import SignInService
    from console.auth.token_cache import cache_location, open_token_cache

    location = cache_location(folder or tokens_folder(), profile.name)
    cache = open_token_cache(location, allow_plain_file=profile.allow_plain_token_file)
    return SignInService(profile, cache, open_browser=open_browser)
