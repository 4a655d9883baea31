"""Where tokens are kept: encrypted where a secure store works, else memory unless opted in.

The suite runs with no D-Bus session, so these exercise the memory-only and the opt-in
file paths; tests/auth/test_secret_service.py runs the encrypted path against
gnome-keyring in a D-Bus session of its own.
"""

from __future__ import annotations

import os
from pathlib import Path

import msal
import pytest

from console.auth.token_cache import TokenStorage, cache_location, open_token_cache


def secure_store_works(tmp_path: Path) -> bool:
    try:
        from msal_extensions import build_encrypted_persistence

        persistence = build_encrypted_persistence(str(tmp_path / "probe"))
        persistence.save("{}")
        return True
    except Exception:
        return False


def test_without_a_secure_store_tokens_stay_in_memory(tmp_path: Path) -> None:
    if secure_store_works(tmp_path):
        pytest.skip("this machine has a secure store; the fallback is not reachable")
    opened = open_token_cache(cache_location(tmp_path / "tokens", "Contoso"))
    assert opened.storage is TokenStorage.MEMORY and opened.reason
    assert type(opened.cache) is msal.SerializableTokenCache  # nothing persisted
    assert not any(p.is_file() for p in (tmp_path / "tokens").iterdir())


def test_the_opt_in_file_is_readable_only_by_the_analyst(tmp_path: Path) -> None:
    if secure_store_works(tmp_path):
        pytest.skip("this machine has a secure store, which wins over the file")
    location = cache_location(tmp_path / "tokens", "Contoso")
    opened = open_token_cache(location, allow_plain_file=True)
    assert opened.storage is TokenStorage.PLAIN_FILE
    assert os.stat(location).st_mode & 0o777 == 0o600
    assert os.stat(location.parent).st_mode & 0o777 == 0o700


def test_each_profile_has_its_own_cache_whatever_its_name(tmp_path: Path) -> None:
    first = cache_location(tmp_path, "Contoso / SOC")
    assert first.parent == tmp_path and "/" not in first.name
    assert first != cache_location(tmp_path, "Fabrikam")
