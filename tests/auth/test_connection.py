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
