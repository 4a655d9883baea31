"""A profile's experts channel (the Tenants page, `profiles add --experts-channel`, the
policy file) is the one its questions take when the window opens on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.auth.profiles import TenantProfile
from console.domain.experts import ChannelKind
from console.launch import profile_launch
from console.settings import Settings
from tests.auth.conftest import CLIENT_ID
from tests.integration.test_corporate_network import NoOneSignedIn


def _channel_at_launch(tmp_path: Path, profile: TenantProfile) -> ChannelKind:
    launch = profile_launch(
        Settings(tmp_path / "settings.json"), NoOneSignedIn(profile), tmp_path / "cache.db"
    )
    try:
        assert launch.experts is not None  # the commercial cloud has the service
        return launch.experts.settings().channel
    finally:
        launch.close()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HUNTING_CONSOLE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _profile(channel: str | None) -> TenantProfile:
    return TenantProfile(
        name="Contoso",
        tenant="contoso.onmicrosoft.com",
        client_id=CLIENT_ID,
        experts_channel=channel,
    )


def test_the_profiles_channel_is_the_one_its_questions_take(home: Path, tmp_path: Path):
    assert _channel_at_launch(tmp_path, _profile(None)) is ChannelKind.SERVICE  # the default
    assert _channel_at_launch(tmp_path, _profile("portal")) is ChannelKind.PORTAL


def test_a_desk_wide_channel_the_analyst_may_not_override_wins(home: Path, tmp_path: Path):
    machine = home / "machine" / "policy.json"
    machine.parent.mkdir(parents=True)
    machine.write_text(json.dumps({"version": 1, "experts_channel": "email"}))
    assert _channel_at_launch(tmp_path, _profile("portal")) is ChannelKind.EMAIL
