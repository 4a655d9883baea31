"""Fixtures for the sign-in windows: a TLS emulator, a settings file, a played browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.auth.profiles import ProfileStore
from console.emulator import Emulator
from console.settings import Settings
from tests.auth.conftest import PlayedBrowser, tls_config
from tests.ui.shell_fixtures import qt_loop  # noqa: F401 (fixture)


@pytest.fixture
def tls_emulator(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    marker = request.node.get_closest_marker("emulator")
    with Emulator(tls_config(**(marker.kwargs if marker else {}))) as emu:
        yield emu


@pytest.fixture
def played_browser(tls_emulator: Emulator) -> PlayedBrowser:
    assert tls_emulator.ca_path
    return PlayedBrowser(tls_emulator.ca_path)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings(tmp_path / "settings.json")
    settings.set_raw("test/written", True)  # the file exists from the start
    return settings


@pytest.fixture
def store(settings: Settings) -> ProfileStore:
    return ProfileStore(settings)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh home: no settings, no cache, no token yet."""
    folder = tmp_path / "home"
    monkeypatch.setenv("HUNTING_CONSOLE_HOME", str(folder))
    return folder
