"""Where MSAL keeps a profile's tokens: encrypted at rest, or in memory only.

msal-extensions encrypts the cache with the system's secure store (DPAPI on Windows,
the Keychain on macOS, libsecret on Linux). Where none works (a headless Linux box,
most CI) the tokens stay in this process's memory and the analyst signs in at each
start, unless they explicitly accepted a file only they can read (600 in a 700
folder), which the window shows with a warning. The choice made is returned, so the
caller can say which it is.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import msal

from console.private_files import create_private, private_dir

log = logging.getLogger(__name__)


class TokenStorage(StrEnum):
    ENCRYPTED = "encrypted"  # the system's secure store
    MEMORY = "memory"  # no secure store: gone when the console closes
    PLAIN_FILE = "plain-file"  # the analyst's opt-in: a file only they can read


@dataclass(frozen=True)
class OpenedCache:
    cache: msal.SerializableTokenCache
    storage: TokenStorage
    # Why the secure store was not used (for the warning), or None.
    reason: str | None = None


def cache_location(folder: Path, profile_name: str) -> Path:
    """One file per profile, named by a hash so the profile's name never matters."""
    digest = hashlib.sha256(profile_name.encode("utf-8")).hexdigest()[:24]
    return folder / f"{digest}.msal-cache"


def open_token_cache(location: Path, *, allow_plain_file: bool = False) -> OpenedCache:
    """The profile's cache at `location`: encrypted if the secure store works here."""
    private_dir(location.parent)
    try:
        persistence = _encrypted(location)
    except Exception as error:  # ImportError, RuntimeError, D-Bus errors: no usable store
        reason = f"{type(error).__name__}: {error}".splitlines()[0]
        log.info("no secure token store on this machine (%s)", reason)
        if not allow_plain_file:
            return OpenedCache(msal.SerializableTokenCache(), TokenStorage.MEMORY, reason)
        from msal_extensions import FilePersistence, PersistedTokenCache

        create_private(location)  # 600 before the first token is written into it
        return OpenedCache(
            PersistedTokenCache(FilePersistence(str(location))), TokenStorage.PLAIN_FILE, reason
        )
    from msal_extensions import PersistedTokenCache

    return OpenedCache(PersistedTokenCache(persistence), TokenStorage.ENCRYPTED)


def _encrypted(location: Path) -> object:
    """The platform's encrypted persistence, proven to work by reading it once."""
    from msal_extensions import build_encrypted_persistence
    from msal_extensions.persistence import PersistenceNotFound

    persistence = build_encrypted_persistence(str(location))
    if not getattr(persistence, "is_encrypted", False):
        raise RuntimeError("the persistence offered is not encrypted")
    try:
        persistence.load()
    except PersistenceNotFound:
        persistence.save("{}")  # nothing saved yet: prove a write reaches the store
    return persistence
