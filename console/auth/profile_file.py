"""Tenant profiles handed out as a file: what "Import from file" in the Connect form reads.

IT provisions a desk through the policy file (`console.auth.policy`); an analyst whose desk
has none is often sent the same profile by mail or on a share instead. The file is one
profile's JSON (the fields of `hunting-console profiles add`, as the settings keep them),
a list of them, or a policy file (its "profiles"). Only names and addresses are read: a
field holding a secret is refused, as the policy file refuses it, and what would weaken the
desk is left out (`LEFT_OUT`): a file anyone can mail must not add a trusted root CA or let
tokens be kept in a plain file; the analyst sets those in the form.
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from pathlib import Path
from typing import Any, NamedTuple

from console.auth.policy import is_secret_field
from console.auth.profiles import TenantProfile

# Policy-file fields that describe the desk, not the profile: dropped on import.
_POLICY_ONLY = ("locked",)
# Fields a handed-out file may hold but an import never takes (each back to its default):
# an extra trusted root CA, and tokens kept in a plain file.
LEFT_OUT = ("ca_bundle", "allow_plain_token_file")
_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in dataclasses.fields(TenantProfile) if f.name in LEFT_OUT
}
# Bigger than any profile file; a wrong file chosen by mistake is not read whole.
_MAX_BYTES = 1_000_000


class ProfileFileError(ValueError):
    """The file cannot give a profile; the message says why in a sentence's clause."""


class ImportedProfile(NamedTuple):
    profile: TenantProfile
    # The `LEFT_OUT` fields the file set (to other than their defaults), in `LEFT_OUT` order.
    left_out: tuple[str, ...]


def read_profile_file(path: Path) -> list[TenantProfile]:
    """The profiles in `path`, in file order; raises ProfileFileError naming what is wrong."""
    return [imported.profile for imported in read_imported_profiles(path)]


def read_imported_profiles(path: Path) -> list[ImportedProfile]:
    """The profiles in `path` with what was left out of each; raises ProfileFileError."""
    try:
        text = _read_text(path)
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


def _read_text(path: Path) -> str:
    """At most _MAX_BYTES of a regular file: a pipe, a device or a folder chosen by mistake
    is refused before it is read (opening a pipe does not wait for a writer)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise ProfileFileError(
                f"{path.name} is not an ordinary file (a folder, a pipe or a device)"
            )
        data = file.read(_MAX_BYTES + 1)
    if len(data) > _MAX_BYTES:
        raise ProfileFileError(f"{path.name} is too big to be a tenant profile")
    return data.decode("utf-8")


def _entries(document: Any) -> list[Any]:
    if isinstance(document, dict) and ("profiles" in document or "version" in document):
        document = document.get("profiles") or []  # a policy file
    if isinstance(document, dict):
        return [document]
    return list(document) if isinstance(document, list) else []


def _profile(entry: Any, number: int, path: Path) -> ImportedProfile:
    where = f"{path.name}, profile {number}"
    if not isinstance(entry, dict):
        raise ProfileFileError(f"{where} is not a JSON object")
    secrets = sorted(k for k in entry if is_secret_field(k))
    if secrets:
        raise ProfileFileError(
            f"{where} holds {', '.join(secrets)}: secrets never go in a profile file"
        )
    missing = [name for name in ("name", "tenant") if not entry.get(name)]
    if missing:
        raise ProfileFileError(f"{where} needs {' and '.join(missing)}")
    values = {k: v for k, v in entry.items() if k not in _POLICY_ONLY and not k.startswith("$")}
    try:
        profile = TenantProfile.from_json(values)
    except (TypeError, ValueError) as error:
        raise ProfileFileError(f"{where}: {error}") from None
    left_out = tuple(name for name in LEFT_OUT if getattr(profile, name) != _DEFAULTS[name])
    kept = dataclasses.replace(profile, **{name: _DEFAULTS[name] for name in left_out})
    return ImportedProfile(kept, left_out)
