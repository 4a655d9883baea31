"""A TLS emulator per test, profiles that point at it, and a test that plays the browser."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path

import pytest
import requests

from console.auth.clouds import Cloud
from console.auth.profiles import SignInMethod, TenantProfile
from console.auth.service import SignInService
from console.auth.token_cache import OpenedCache, TokenStorage
from console.emulator import Emulator, EmulatorConfig

TIMEOUT = 10
CLIENT_ID = "8a1c2d3e-0000-4000-8000-00000000c0de"


def tls_config(**overrides: object) -> EmulatorConfig:
    values: dict[str, object] = {
        "seed": 11,
        "incidents": 30,
        "devices": 8,
        "tls": True,
        "device_code_polls": 2,
        "device_code_approve_after": 3600.0,  # outcomes come from polls, never the clock
    }
    values.update(overrides)
    return EmulatorConfig(**values)  # type: ignore[arg-type]


@pytest.fixture()
def emulator(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    marker = request.node.get_closest_marker("emulator")
    with Emulator(tls_config(**(marker.kwargs if marker else {}))) as emu:
        yield emu


def profile_for(
    emu: Emulator, method: SignInMethod = SignInMethod.INTERACTIVE, **overrides: object
) -> TenantProfile:
    values: dict[str, object] = {
        "name": "Contoso on the emulator",
        "tenant": emu.tenants[0].id,
        "client_id": CLIENT_ID,
        "cloud": Cloud.CUSTOM,
        "method": method,
        "ca_bundle": emu.ca_path,
        "login_url": emu.login_url,
        "graph_url": emu.graph_url,
        "defender_url": emu.defender_url,
    }
    values.update(overrides)
    return TenantProfile(**values)  # type: ignore[arg-type]


class PlayedBrowser:
    """Follows the authorize URL as a browser would: the emulator's sign-in page approves
    at once and answers with a form that posts the code to MSAL's loopback listener."""

    def __init__(self, ca_path: str) -> None:
        self.ca_path = ca_path
        self.visited: list[str] = []
        self.errors: list[BaseException] = []
        self._threads: list[threading.Thread] = []

    def __call__(self, url: str) -> None:
        self.visited.append(url)
        # MSAL listens once the browser is open: answer from another thread.
        thread = threading.Thread(target=self._follow, args=(url,), daemon=True)
        thread.start()
        self._threads.append(thread)

    def _follow(self, url: str) -> None:
        try:
            page = requests.get(url, verify=self.ca_path, timeout=TIMEOUT, allow_redirects=False)
            action = unescape(re.search(r'action="([^"]+)"', page.text).group(1))  # type: ignore[union-attr]
            fields = {
                unescape(n): unescape(v)
                for n, v in re.findall(r'name="([^"]+)" value="([^"]*)"', page.text)
            }
            with requests.Session() as loopback:
                loopback.trust_env = False  # no proxy for this machine
                loopback.post(action, data=fields, timeout=TIMEOUT)
        except BaseException as error:  # the test reads them
            self.errors.append(error)

    def join(self) -> None:
        for thread in self._threads:
            thread.join(timeout=TIMEOUT)


def memory_cache() -> OpenedCache:
    import msal

    return OpenedCache(msal.SerializableTokenCache(), TokenStorage.MEMORY)


@pytest.fixture()
def browser(emulator: Emulator) -> PlayedBrowser:
    assert emulator.ca_path
    return PlayedBrowser(emulator.ca_path)


@pytest.fixture()
def service_for(
    emulator: Emulator, browser: PlayedBrowser
) -> Iterator[Callable[..., SignInService]]:
    made: list[SignInService] = []

    def make(**overrides: object) -> SignInService:
        cache = overrides.pop("cache", None) or memory_cache()
        service = SignInService(
            profile_for(emulator, **overrides),  # type: ignore[arg-type]
            cache,  # type: ignore[arg-type]
            open_browser=browser,
        )
        made.append(service)
        return service

    yield make
    for service in made:
        service.close()


def written_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]
