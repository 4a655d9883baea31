"""A tenant profile handed out as a file: one profile, a list, or a policy file's profiles;
what is wrong with a file is said in a clause naming it."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from console.auth.profile_file import (
    ProfileFileError,
    read_imported_profiles,
    read_profile_file,
)
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
        (json.dumps([{**CONTOSO, "refresh_token": "x"}]), "holds refresh_token: secrets never"),
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


def test_an_extra_root_ca_and_plain_token_files_are_left_out_and_said(tmp_path):
    document = {**CONTOSO, "ca_bundle": "/tmp/their-root.pem", "allow_plain_token_file": True}
    ((profile, left_out),) = read_imported_profiles(written(tmp_path, document))
    assert profile.ca_bundle is None and profile.allow_plain_token_file is False
    assert left_out == ("ca_bundle", "allow_plain_token_file")
    assert (profile.name, profile.client_id) == ("Contoso", CLIENT)  # the rest is read
    ((_, nothing),) = read_imported_profiles(
        written(tmp_path, {**CONTOSO, "allow_plain_token_file": False}, "plain.json")
    )
    assert nothing == ()  # a default is nothing left out


def test_fields_naming_where_a_token_comes_from_are_not_taken_for_secrets(tmp_path):
    document = {**CONTOSO, "method": "token-env", "token_env": "GRAPH", "acting_as": "a@b.c"}
    (profile,) = read_profile_file(written(tmp_path, document))
    assert profile.token_env == "GRAPH"


def test_a_file_too_big_is_refused_without_being_read_whole(tmp_path):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * 1_000_001)
    with pytest.raises(ProfileFileError, match=re.escape("huge.json is too big")):
        read_profile_file(path)


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "profiles.json"
    folder.mkdir()
    with pytest.raises(ProfileFileError, match=r"profiles\.json (is not an ordinary|cannot be)"):
        read_profile_file(folder)


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_pipe_or_a_device_is_refused_at_once(tmp_path):
    fifo = tmp_path / "contoso.json"
    os.mkfifo(fifo)  # no writer: reading it would wait for ever
    with pytest.raises(ProfileFileError, match=re.escape("contoso.json is not an ordinary file")):
        read_profile_file(fifo)
    with pytest.raises(ProfileFileError, match="zero is not an ordinary file"):
        read_profile_file(Path("/dev/zero"))
