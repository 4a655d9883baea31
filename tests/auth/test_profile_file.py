"""A tenant profile handed out as a file: one profile, a list, or a policy file's profiles;
what is wrong with a file is said in a clause naming it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from console.auth.profile_file import ProfileFileError, read_profile_file
from console.auth.profiles import SignInMethod

TENANT = "4f1c9a2e-7b3d-4e5f-8a6b-1c2d3e4f5a6b"
CLIENT = "11111111-2222-4333-8444-555555555555"
CONTOSO = {"name": "Contoso", "tenant": TENANT, "client_id": CLIENT, "method": "device-code"}


def written(tmp_path: Path, document: object, name: str = "contoso.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "document",
    [
        CONTOSO,
        [CONTOSO],
        {"version": 1, "$comment": "desk 3", "profiles": [{**CONTOSO, "locked": ["tenant"]}]},
    ],
    ids=["one profile", "a list", "a policy file"],
)
def test_a_profile_reads_from_each_shape_it_is_handed_out_in(tmp_path, document):
    (profile,) = read_profile_file(written(tmp_path, document))
    assert (profile.name, profile.tenant, profile.client_id) == ("Contoso", TENANT, CLIENT)
    assert profile.method is SignInMethod.DEVICE_CODE
    assert not profile.managed and not profile.locked  # imported: the analyst's own


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("not json", "contoso.json is not JSON"),
        (json.dumps({"version": 1}), "contoso.json holds no tenant profile"),
        (json.dumps([{"name": "Contoso"}]), "contoso.json, profile 1 needs tenant"),
        (json.dumps([{**CONTOSO, "client_secret": "x"}]), "secrets never go in a profile file"),
        (json.dumps([{**CONTOSO, "method": "carrier-pigeon"}]), "contoso.json, profile 1:"),
    ],
)
def test_what_is_wrong_with_a_file_is_named(tmp_path, content, said):
    path = tmp_path / "contoso.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileFileError, match=re.escape(said)):
        read_profile_file(path)


def test_a_missing_file_says_it_cannot_be_read(tmp_path):
    with pytest.raises(ProfileFileError, match=re.escape("missing.json cannot be read")):
        read_profile_file(tmp_path / "missing.json")
