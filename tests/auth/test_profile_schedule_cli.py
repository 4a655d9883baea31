"""`profiles add --sync-every MINUTES --sync-at-start --experts-channel CHANNEL`: kept in the
profile, a bad value named, and a provisioned profile's locked schedule refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.auth.setup import open_profile_store
from console.cli import main
from tests.auth.conftest import CLIENT_ID

TENANT = "contoso.onmicrosoft.com"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("HUNTING_CONSOLE_HOME", str(folder))
    return folder


def add(name: str, *options: str) -> int:
    return main(["profiles", "add", name, "--tenant", TENANT, "--client-id", CLIENT_ID, *options])


def test_the_schedule_and_the_experts_channel_are_kept(home: Path) -> None:
    options = ["--sync-every", "30", "--sync-at-start", "--experts-channel", "email"]
    assert add("Desk", *options) == 0
    profile = open_profile_store().get("Desk")
    assert profile is not None
    assert (profile.sync_every_minutes, profile.sync_at_start) == (30, True)
    assert profile.experts_channel == "email"
    assert add("Plain") == 0
    plain = open_profile_store().get("Plain")
    assert plain is not None and plain.sync_every_minutes is None and not plain.sync_at_start


@pytest.mark.parametrize("minutes", ["0", "-5", "half-hour"])
def test_a_bad_interval_is_named(
    home: Path, minutes: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        add("Desk", "--sync-every", minutes)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --sync-every: {minutes!r} is not a whole number of minutes, 1 or more" in err
    assert "Traceback" not in err
    assert open_profile_store().get("Desk") is None


def test_a_locked_schedule_of_a_provisioned_profile_is_refused(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    machine = home / "machine" / "policy.json"
    machine.parent.mkdir(parents=True)
    entry = {"name": "Desk", "tenant": TENANT, "client_id": CLIENT_ID, "sync_every_minutes": 60}
    entry["locked"] = ["sync_every_minutes"]
    machine.write_text(json.dumps({"version": 1, "profiles": [entry]}))
    assert add("Desk", "--sync-every", "5") == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "hunting-console: tenant profile 'Desk' is managed by the policy file, which locks "
        "sync_every_minutes"
    ]
    profile = open_profile_store().get("Desk")
    assert profile is not None and profile.sync_every_minutes == 60
    assert add("Desk", "--sync-every", "60", "--experts-channel", "portal") == 0  # unlocked
    profile = open_profile_store().get("Desk")
    assert profile is not None and profile.experts_channel == "portal"
