""" "Test connection": sign in, read one page of each, and name what failed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from console.auth.connection import run_connection_test
from console.auth.errors import SignInReason
from console.auth.profiles import SignInMethod
from console.auth.service import SignInService


def test_a_working_profile_passes_every_step(service_for: Callable[..., SignInService]) -> None:
    report = run_connection_test(service_for())
    assert report.ok, report.steps
    assert [step.step for step in report.steps] == ["sign-in", "incidents", "alerts", "machines"]


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
