"""Secrets (client secrets, certificate passwords, later proxy passwords) in the OS
credential store through keyring: the Windows Credential Manager, the macOS Keychain,
the Secret Service on Linux desktops.

Where none exists (a server without a desktop session: keyring's fail backend, or one
of its null/chainer backends with nothing behind it), the store says so and refuses to
keep the secret; it never falls back to a file. A secret never reaches the settings,
the cache, a log or an error message.
"""

from __future__ import annotations

from enum import StrEnum

import keyring
import keyring.backend
import keyring.errors

SERVICE = "Hunting Console"


class SecretKind(StrEnum):
    CLIENT_SECRET = "client-secret"
    CERTIFICATE_PASSWORD = "certificate-password"
    PROXY_PASSWORD = "proxy-password"


class SecretStoreError(Exception):
    """One line, never the secret."""


NO_STORE = (
    "no OS credential store is available on this machine ({backend}); secrets are never "
    "kept in a file: run where a credential store exists (Windows Credential Manager, "
    "macOS Keychain, a Secret Service such as GNOME Keyring), or configure keyring's backend"
)


def _backend() -> keyring.backend.KeyringBackend:
    return keyring.get_keyring()


def store_available() -> bool:
    """Whether a real credential store answers (keyring's own priority: >0 is usable)."""
    backend = _backend()
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


def store_name() -> str:
    backend = _backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _username(profile: str, kind: SecretKind) -> str:
    return f"{profile}/{kind.value}"


def put_secret(profile: str, kind: SecretKind, value: str) -> None:
    if not value:
        raise SecretStoreError(f"the {kind.value} is empty")
    if not store_available():
        raise SecretStoreError(NO_STORE.format(backend=store_name()))
    try:
        keyring.set_password(SERVICE, _username(profile, kind), value)
    except keyring.errors.KeyringError as error:
        raise SecretStoreError(
            f"the credential store refused the {kind.value} ({type(error).__name__})"
        ) from None


def get_secret(profile: str, kind: SecretKind) -> str:
    """The secret; raises SecretStoreError saying how to store it when it is missing."""
    if not store_available():
        raise SecretStoreError(NO_STORE.format(backend=store_name()))
    try:
        value = keyring.get_password(SERVICE, _username(profile, kind))
    except keyring.errors.KeyringError as error:
        raise SecretStoreError(
            f"the credential store cannot be read ({type(error).__name__})"
        ) from None
    if not value:
        raise SecretStoreError(
            f"no {kind.value} for {profile!r} in the credential store; store it with "
            f"`hunting-console profiles set-secret {profile} --kind {kind.value}`"
        )
    return value


def delete_secrets(profile: str) -> None:
    """Forget every secret of `profile` (when it is removed); missing ones are fine."""
    if not store_available():
        return
    for kind in SecretKind:
        try:
            keyring.delete_password(SERVICE, _username(profile, kind))
        except keyring.errors.KeyringError:
            continue
