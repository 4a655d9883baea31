"""Tenant profiles handed out as a file: what "Import from file" in the Connect form reads.

IT provisions a desk through the policy file (`console.auth.policy`); an analyst whose desk
has none is often sent the same profile by mail or on a share instead. The file is one
profile's JSON (the fields of `hunting-console profiles add`, as the settings keep them),
a list of them, or a policy file (its "profiles"). Only names and addresses are read: a
field holding a secret is refused, as the policy file refuses it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from console.auth.profiles import TenantProfile

# Policy-file fields that describe the desk, not the profile: dropped on import.
_POLICY_ONLY = ("locked",)
_SECRET_WORDS = ("secret", "password", "passphrase")
# Bigger than any profile file; a wrong file chosen by mistake is not read whole.
_MAX_BYTES = 1_000_000


class ProfileFileError(ValueError):
    """The file cannot give a profile; the message says why in a sentence's clause."""


def read_profile_file(path: Path) -> list[TenantProfile]:
    """The profiles in `path`, in file order; raises ProfileFileError naming what is wrong."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise ProfileFileError(f"{path.name} is too big to be a tenant profile")
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ProfileFileError(f"{path.name} cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise ProfileFileError(f"{path.name} is not a text file") from None
    try:
        document = json.loads(text)
    except ValueError as error:
        raise ProfileFileError(f"{path.name} is not JSON ({error})") from None
    entries = _entries(document)
    if not entries:
        raise ProfileFileError(f"{path.name} holds no tenant profile")
    return [_profile(entry, number, path) for number, entry in enumerate(entries, start=1)]


def _entries(document: Any) -> list[Any]:
    if isinstance(document, dict) and ("profiles" in document or "version" in document):
        document = document.get("profiles") or []  # a policy file
    if isinstance(document, dict):
        return [document]
    return list(document) if isinstance(document, list) else []


def _profile(entry: Any, number: int, path: Path) -> TenantProfile:
    where = f"{path.name}, profile {number}"
    if not isinstance(entry, dict):
        raise ProfileFileError(f"{where} is not a JSON object")
    secrets = sorted(k for k in entry if any(word in k.lower() for word in _SECRET_WORDS))
    if secrets:
        raise ProfileFileError(
            f"{where} holds {', '.join(secrets)}: secrets never go in a profile file"
        )
    missing = [name for name in ("name", "tenant") if not entry.get(name)]
    if missing:
        raise ProfileFileError(f"{where} needs {' and '.join(missing)}")
    values = {k: v for k, v in entry.items() if k not in _POLICY_ONLY and not k.startswith("$")}
    try:
        return TenantProfile.from_json(values)
    except (TypeError, ValueError) as error:
        raise ProfileFileError(f"{where}: {error}") from None
