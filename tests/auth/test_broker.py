"""Windows' sign-in broker (Web Account Manager) around what can run here.

The broker itself cannot run against the emulator (README, "Signing in on Windows", is
the manual check). What is tested: where the console asks MSAL for it, and its one
difference the console must make up for: it takes no extra scopes to consent, so the
Defender consent comes from a second prompt, only when its token is not to be had.
"""

from __future__ import annotations

import urllib.parse

import pytest

from console.auth.clouds import Cloud
from console.auth.profiles import SignInMethod
from console.auth.service import Resource, SignInService, wants_broker
from console.emulator import Emulator
from tests.auth.conftest import PlayedBrowser, memory_cache, profile_for


def test_the_broker_is_asked_for_on_windows_for_microsofts_login_only(emulator: Emulator):
    commercial = profile_for(emulator, cloud=Cloud.COMMERCIAL, login_url="", graph_url="")
    assert wants_broker(commercial, platform="win32")
    assert not wants_broker(commercial, platform="linux")
    assert not wants_broker(commercial, platform="darwin")
    device = profile_for(emulator, cloud=Cloud.COMMERCIAL, method=SignInMethod.DEVICE_CODE)
    assert not wants_broker(device, platform="win32")
    assert not wants_broker(profile_for(emulator), platform="win32")  # the emulator's host


def _scopes(url: str) -> str:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["scope"][0]


@pytest.mark.emulator(admin_consent=False)
def test_without_extra_scopes_the_defender_consent_is_a_second_prompt(
    emulator: Emulator, browser: PlayedBrowser
):
    # As with the broker: the first prompt consents to Graph only.
    service = SignInService(
        profile_for(emulator), memory_cache(), open_browser=browser, broker=True
    )
    try:
        who = service.sign_in(parent_window_handle=12345)
        assert who.username.startswith("soc.analyst@")
        assert service.token(Resource.DEFENDER)  # consented by the second prompt
        first, second = browser.visited
        assert "securitycenter" not in _scopes(first)
        assert "securitycenter" in _scopes(second)
    finally:
        service.close()


@pytest.mark.emulator(admin_consent=True)
def test_with_consent_already_given_there_is_no_second_prompt(
    emulator: Emulator, browser: PlayedBrowser
):
    service = SignInService(
        profile_for(emulator), memory_cache(), open_browser=browser, broker=True
    )
    try:
        service.sign_in()
        assert service.token(Resource.DEFENDER)
        assert len(browser.visited) == 1
    finally:
        service.close()


def test_the_browser_sign_in_consents_to_both_in_one_prompt(
    emulator: Emulator, browser: PlayedBrowser
):
    service = SignInService(profile_for(emulator), memory_cache(), open_browser=browser)
    try:
        service.sign_in()
        (only,) = browser.visited
        assert "securitycenter" in _scopes(only)
    finally:
        service.close()
