"""Signing in to the TLS emulator through MSAL: the browser, device code, both tokens."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest
import requests

from console.auth.errors import SignInError, SignInReason
from console.auth.profiles import SignInMethod
from console.auth.service import DeviceCodePrompt, Resource, SignInService
from console.emulator import Emulator
from tests.auth.conftest import TIMEOUT, PlayedBrowser

MACHINES = "/api/machines"
INCIDENTS = "/security/incidents"


def get(url: str, token: str, ca: str | None) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    return requests.get(url, headers=headers, verify=ca, timeout=TIMEOUT).status_code


def test_browser_sign_in_gives_both_tokens_each_for_its_own_api(
    emulator: Emulator,
    browser: PlayedBrowser,
    service_for: Callable[..., SignInService],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # MSAL's and urllib3's debug lines, before any redaction
    service = service_for()
    who = service.sign_in()
    browser.join()
    assert not browser.errors
    assert who.tenant_id == emulator.tenants[0].id and who.username.startswith("soc.analyst@")
    # The browser was sent to the tenant's authorize endpoint with a PKCE challenge.
    (visited,) = browser.visited
    assert visited.startswith(f"{emulator.login_url}/{emulator.tenants[0].id}/oauth2/v2.0/")
    assert "code_challenge=" in visited and "code_challenge_method=S256" in visited
    graph = service.token(Resource.GRAPH)
    defender = service.token(Resource.DEFENDER)
    assert graph != defender
    ca = emulator.ca_path
    assert get(f"{emulator.graph_url}{INCIDENTS}", graph, ca) == 200
    assert get(f"{emulator.defender_url}{MACHINES}", defender, ca) == 200
    # A token minted for one API is refused by the other.
    assert get(f"{emulator.defender_url}{MACHINES}", graph, ca) == 401
    assert get(f"{emulator.graph_url}{INCIDENTS}", defender, ca) == 401
    assert service.signed_in() == who
    for secret in emulator.tokens.minted:
        assert secret not in caplog.text


@pytest.mark.emulator(admin_consent=False)
def test_without_admin_consent_the_one_sign_in_consents_to_both_apis(
    emulator: Emulator, service_for: Callable[..., SignInService]
) -> None:
    device = service_for(method=SignInMethod.DEVICE_CODE, name="device")
    device.sign_in(on_device_code=lambda prompt: None)
    # The device code consented to Graph only: the Defender token is refused, and said so.
    with pytest.raises(SignInError) as refused:
        device.token(Resource.DEFENDER)
    assert refused.value.reason is SignInReason.CONSENT_MISSING
    assert "AADSTS65001" in str(refused.value)

    service = service_for()
    service.sign_in()
    # extra_scopes_to_consent: the one browser sign-in consents to Defender too.
    defender = service.token(Resource.DEFENDER)
    assert get(f"{emulator.defender_url}{MACHINES}", defender, emulator.ca_path) == 200


def test_device_code_is_shown_then_approved_after_a_few_polls(
    emulator: Emulator, service_for: Callable[..., SignInService]
) -> None:
    service = service_for(method=SignInMethod.DEVICE_CODE)
    prompts: list[DeviceCodePrompt] = []
    who = service.sign_in(on_device_code=prompts.append)
    (prompt,) = prompts
    assert prompt.user_code and prompt.verification_uri.endswith("/devicelogin")
    assert who.tenant_id == emulator.tenants[0].id
    assert (
        get(f"{emulator.graph_url}{INCIDENTS}", service.token(Resource.GRAPH), emulator.ca_path)
        == 200
    )
    defender = service.token(Resource.DEFENDER)
    assert get(f"{emulator.defender_url}{MACHINES}", defender, emulator.ca_path) == 200


@pytest.mark.parametrize(
    ("outcome", "reason"),
    [
        ("deny", SignInReason.DEVICE_CODE_DENIED),
        ("expire", SignInReason.DEVICE_CODE_EXPIRED),
        ("blocked", SignInReason.DEVICE_CODE_BLOCKED),
    ],
)
def test_device_code_declined_expired_or_blocked_says_why(
    emulator: Emulator,
    service_for: Callable[..., SignInService],
    outcome: str,
    reason: SignInReason,
) -> None:
    emulator.tokens.device_code_outcome = outcome
    service = service_for(method=SignInMethod.DEVICE_CODE)
    with pytest.raises(SignInError) as failed:
        service.sign_in(on_device_code=lambda prompt: None)
    assert failed.value.reason is reason
    if reason is SignInReason.DEVICE_CODE_BLOCKED:
        assert "Conditional Access" in str(failed.value) and "browser" in str(failed.value)
    assert service.signed_in() is None


def test_device_code_sign_in_stops_when_cancelled(
    emulator: Emulator, service_for: Callable[..., SignInService]
) -> None:
    emulator.tokens.device_code_polls = 10_000  # never decided: only the cancel ends it
    service = service_for(method=SignInMethod.DEVICE_CODE)
    cancel = threading.Event()
    with pytest.raises(SignInError) as failed:
        service.sign_in(on_device_code=lambda prompt: cancel.set(), cancel=cancel)
    assert failed.value.reason is SignInReason.CANCELLED


@pytest.mark.emulator(token_lifetime=60)
def test_an_expired_token_is_refreshed_silently(
    emulator: Emulator, service_for: Callable[..., SignInService]
) -> None:
    service = service_for()
    service.sign_in()
    # A 60-second token is expired for MSAL (it refreshes under five minutes left).
    first = service.token(Resource.GRAPH)
    second = service.token(Resource.GRAPH)
    assert first != second
    refreshes = [entry for entry in emulator.request_log if entry[1].endswith("/token")]
    assert len(refreshes) >= 3  # the code, then a refresh for each silent call
    assert get(f"{emulator.graph_url}{INCIDENTS}", second, emulator.ca_path) == 200


def test_sign_out_forgets_the_tenant_and_its_tokens(
    service_for: Callable[..., SignInService],
) -> None:
    service = service_for()
    service.sign_in()
    service.sign_out()
    assert service.signed_in() is None
    with pytest.raises(SignInError) as failed:
        service.token(Resource.GRAPH)
    assert failed.value.reason is SignInReason.SIGN_IN_AGAIN


def test_a_wrong_tenant_is_named(
    emulator: Emulator, service_for: Callable[..., SignInService]
) -> None:
    service = service_for(tenant="nobody.example.com")
    with pytest.raises(SignInError) as failed:
        service.sign_in()
    assert failed.value.reason is SignInReason.TENANT_WRONG


def test_the_emulator_ca_must_be_trusted(
    emulator: Emulator, service_for: Callable[..., SignInService]
) -> None:
    service = service_for(ca_bundle=None)  # the system's CAs do not know the throwaway one
    with pytest.raises(SignInError) as failed:
        service.sign_in()
    assert failed.value.reason is SignInReason.CERTIFICATE
