"""The policy file: its place on each platform, provisioned profiles that are managed and
locked, mistakes named by line and field, and a user override the policy forbids."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from console.auth.policy import PolicyError, load_policy, machine_policy_path
from console.auth.profiles import ProfileLockedError, ProfileStore, SignInMethod
from console.settings import Settings

TENANT = "4f1c9a2e-7b3d-4e5f-8a6b-1c2d3e4f5a6b"
MACHINE = {
    "version": 1,
    "profiles": [
        {
            "name": "Contoso",
            "tenant": TENANT,
            "client_id": "11111111-2222-4333-8444-555555555555",
            "method": "device-code",
            "locked": ["tenant", "client_id", "cloud"],
        },
        {
            "name": "Night sync",
            "tenant": TENANT,
            "client_id": "11111111-2222-4333-8444-666666666666",
            "method": "app-secret",
            "acting_as": "night.shift@contoso.example",
        },
    ],
    "experts_channel": "portal",
    "sync_schedule": {"every_minutes": 30, "at_start": True},
    "proxy": {"url": "http://proxy.contoso.example:8080", "no_proxy": ["localhost"]},
    "skip_welcome_wizard": True,
    "user_may_override": ["experts_channel", "profiles"],
}


def write(path: Path, document: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2) if not isinstance(document, str) else document)
    return path


def test_the_machine_file_lives_where_each_platform_keeps_machine_settings() -> None:
    assert machine_policy_path("linux", {}) == Path("/etc/hunting-console/policy.json")
    windows = machine_policy_path("win32", {"ProgramData": r"D:\ProgramData"})
    assert PureWindowsPath(windows) == PureWindowsPath(
        r"D:\ProgramData\Hunting Console\policy.json"
    )
    assert machine_policy_path("darwin", {}) == Path(
        "/Library/Application Support/Hunting Console/policy.json"
    )
    assert machine_policy_path("linux", {"HUNTING_CONSOLE_HOME": "/x"}) == Path(
        "/x/machine/policy.json"
    )


def test_provisioned_profiles_are_managed_and_their_locked_fields_refused(
    tmp_path: Path,
) -> None:
    policy = load_policy(write(tmp_path / "m.json", MACHINE), tmp_path / "none.json")
    assert policy.experts_channel == "portal" and policy.skip_welcome_wizard is True
    assert policy.sync_schedule and policy.sync_schedule.every_minutes == 30
    assert policy.proxy and policy.proxy.url.startswith("http://proxy")
    store = ProfileStore(Settings(tmp_path / "settings.json"), policy)
    contoso = store.get("Contoso")
    assert contoso is not None and contoso.managed and contoso.method is SignInMethod.DEVICE_CODE
    import dataclasses

    with pytest.raises(ProfileLockedError, match="locks tenant"):
        store.save(dataclasses.replace(contoso, tenant="fabrikam.example"))
    # An unlocked field is the analyst's to change, and it stays changed.
    store.save(dataclasses.replace(contoso, method=SignInMethod.INTERACTIVE))
    reread = ProfileStore(Settings(tmp_path / "settings.json"), policy).get("Contoso")
    assert reread is not None and reread.method is SignInMethod.INTERACTIVE and reread.managed
    # Fully locked by default; and IT's profiles are IT's to remove.
    night = store.get("Night sync")
    assert night is not None
    with pytest.raises(ProfileLockedError, match="acting_as"):
        store.save(dataclasses.replace(night, acting_as="someone@contoso.example"))
    with pytest.raises(ProfileLockedError, match="only IT can remove it"):
        store.remove("Night sync")


def test_users_may_not_add_profiles_unless_the_policy_says_so(tmp_path: Path) -> None:
    closed = {**MACHINE, "user_may_override": []}
    policy = load_policy(write(tmp_path / "m.json", closed), tmp_path / "none.json")
    settings = Settings(tmp_path / "settings.json")
    settings.set_raw("auth/profiles", {"Mine": {"name": "Mine", "tenant": "t", "client_id": "c"}})
    store = ProfileStore(settings, policy)
    assert sorted(store.all()) == ["Contoso", "Night sync"]
    mine = ProfileStore(settings).get("Mine")
    assert mine is not None
    with pytest.raises(ProfileLockedError, match="does not let users add"):
        store.save(mine)


def test_every_mistake_is_named_by_line_and_field(tmp_path: Path) -> None:
    text = """{
  "version": 1,
  "profiles": [
    {
      "name": "Contoso",
      "tenant": "contoso.example",
      "method": "smartcard",
      "client_secret": "do-not-put-me-here",
      "locked": ["tenant", "shoe"]
    }
  ],
  "sync_schedule": {"every_minutes": 0},
  "colour": "blue"
}
"""
    path = write(tmp_path / "policy.json", text)
    with pytest.raises(PolicyError) as error:
        load_policy(path, tmp_path / "none.json")
    found = {(m.line, m.field) for m in error.value.mistakes}
    assert found == {
        (7, "profiles[0].method"),
        (8, "profiles[0].client_secret"),
        (9, "profiles[0].locked[1]"),
        (12, "sync_schedule.every_minutes"),
        (13, "colour"),
    }
    assert "secrets never go in the policy file" in str(error.value)
    assert "do-not-put-me-here" not in str(error.value)


def test_broken_json_and_a_repeated_field_are_named_by_line(tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.json", '{\n  "version": 1,\n  "profiles": [\n}\n')
    with pytest.raises(PolicyError) as error:
        load_policy(broken, tmp_path / "none.json")
    assert error.value.mistakes[0].line == 4 and "not valid JSON" in str(error.value)
    twice = write(tmp_path / "twice.json", '{\n  "version": 1,\n  "version": 1\n}\n')
    with pytest.raises(PolicyError, match="line 3: version: given twice"):
        load_policy(twice, tmp_path / "none.json")


def test_a_user_override_the_policy_forbids_is_refused_and_named(tmp_path: Path) -> None:
    machine = write(tmp_path / "machine.json", MACHINE)
    user = write(
        tmp_path / "user.json",
        {
            "version": 1,
            "experts_channel": "email",  # allowed
            "sync_schedule": {"every_minutes": 5},  # not allowed
            "profiles": [{"name": "Contoso", "tenant": "evil.example", "client_id": "x"}],
        },
    )
    policy = load_policy(machine, user)
    assert policy.experts_channel == "email"
    assert policy.sync_schedule and policy.sync_schedule.every_minutes == 30
    assert policy.profiles["Contoso"].tenant == TENANT
    problems = " | ".join(policy.problems)
    assert "sync_schedule: refused" in problems and str(user) in problems
    assert "'Contoso' refused" in problems


def test_the_window_asks_which_value_is_in_force_and_whether_it_is_locked(
    tmp_path: Path,
) -> None:
    policy = load_policy(write(tmp_path / "m.json", MACHINE), tmp_path / "none.json")
    assert policy.effective("experts_channel", "email") == "email"  # users may choose
    assert policy.effective("experts_channel", None) == "portal"
    assert policy.effective("skip_welcome_wizard", False) is True and policy.locks(
        "skip_welcome_wizard"
    )
    assert not policy.locks("experts_channel") and not policy.locks("ca_bundle")
    assert policy.effective("ca_bundle", "/mine.pem") == "/mine.pem"  # the policy sets none


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, "-m", "console", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=root,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(root),
            "HUNTING_CONSOLE_HOME": str(home),
        },
    )


def test_the_cli_lists_managed_profiles_and_names_a_policy_mistake(tmp_path: Path) -> None:
    home = tmp_path / "home"
    write(home / "machine" / "policy.json", MACHINE)
    listed = run_cli(home, "profiles", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("Contoso\t" + TENANT) and "managed (locked: " in lines[0]
    assert "acting as night.shift@contoso.example" in lines[1]
    removed = run_cli(home, "profiles", "remove", "Contoso")
    assert removed.returncode == 1
    assert removed.stderr.strip() == (
        "hunting-console: tenant profile 'Contoso' is provisioned by the policy file; "
        "only IT can remove it"
    )
    write(home / "machine" / "policy.json", {**MACHINE, "version": 2})
    broken = run_cli(home, "profiles", "list")
    assert broken.returncode == 1 and len(broken.stderr.strip().splitlines()) == 1
    assert "policy.json, line 2: version: must be 1" in broken.stderr


def test_a_profile_may_allow_a_plain_token_file_its_name_is_not_a_secret(tmp_path: Path) -> None:
    # "token" is in the field's name, but it is a flag: where no secure store exists.
    text = """{
  "version": 1,
  "profiles": [
    {"name": "Contoso", "tenant": "contoso.example",
     "client_id": "11111111-2222-4333-8444-555555555555", "allow_plain_token_file": true}
  ]
}
"""
    policy = load_policy(write(tmp_path / "policy.json", text), tmp_path / "none.json")
    assert policy is not None
    assert policy.profiles["Contoso"].allow_plain_token_file is True
