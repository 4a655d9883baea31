""" "Test connection": sign in, read one page of each, and name what failed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from console.auth.connection import run_connection_test
from console.auth.errors import SignInReason
from console.auth.profiles import SignInMethod
from console.auth.service import SignInService, tenant_guid
from console.emulator import Emulator


def test_a_working_profile_passes_every_step(service_for: Callable[..., SignInService]) -> None:
    report = run_connection_test(service_for())
    assert report.ok, report.steps
    assert [step.step for step in report.steps] == ["sign-in", "incidents", "alerts", "machines"]


def test_a_profile_named_by_its_domain_reads_its_tenant(
    emulator: Emulator, service_for: Callable[..., SignInService]
) -> None:
    # The pages carry the tenant's GUID; the profile only knew "contoso.com" until the
    # sign-in said which tenant it is. Checking the pages against the domain refused them all.
    service = service_for(tenant=emulator.tenants[0].domain)
    report = run_connection_test(service)
    assert report.ok, report.steps
    assert tenant_guid(service) == emulator.tenants[0].id


@pytest.mark.emulator(admin_consent=False)
def test_a_missing_consent_is_named(service_for: Callable[..., SignInService]) -> None:
    service = service_for(method=SignInMethod.DEVICE_CODE)
    report = run_connection_test(service, lambda s: s.sign_in(on_device_code=lambda p: None))
    failure = report.first_failure
    assert failure is not None and failure.step == "sign-in"
    assert failure.reason is SignInReason.CONSENT_MISSING


def test_a_wrong_tenant_is_named(service_for: Callable[..., SignInService]) -> None:
    report = run_connection_test(service_for(tenant="nobody.example.com"))
    failure = report.first_failure
    assert failure is not None and failure.reason is SignInReason.TENANT_WRONG


def test_a_token_profile_whose_ca_bundle_cannot_be_read_names_it_at_each_read(
    emulator: Emulator, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A delegated sign-in meets its CA bundle when it is built; a token profile only here.
    # Before, the error escaped and the window's Test connection kept saying "Testing…".
    from console.auth.external_tokens import ExternalTokens
    from tests.auth.conftest import profile_for

    monkeypatch.setenv("DESK_GRAPH_TOKEN", emulator.issue_token(emulator.tenants[0].id))
    monkeypatch.setenv("DESK_DEFENDER_TOKEN", emulator.issue_token(emulator.tenants[0].id))
    profile = profile_for(
        emulator,
        method=SignInMethod.TOKEN_ENV,
        acting_as="soc.analyst@contoso.com",
        token_env="DESK_GRAPH_TOKEN",
        defender_token_env="DESK_DEFENDER_TOKEN",
        ca_bundle=str(tmp_path / "gone.pem"),
    )
    report = run_connection_test(ExternalTokens(profile))
    assert [(step.step, step.ok) for step in report.steps] == [
        ("sign-in", True),
        ("incidents", False),
        ("alerts", False),
        ("machines", False),
    ]
    assert "gone.pem" in report.steps[1].message
