"""Tenant ids have one spelling, so one tenant's rows are never filed under two."""

from __future__ import annotations

import pytest

from console.domain.tenants import canonical_tenant_id

GUID = "e8fa2556-08c3-4ba7-b8ca-1a52b38f0e68"


@pytest.mark.parametrize(
    "spelling",
    [GUID, GUID.upper(), f"  {GUID}\n", "{" + GUID + "}", GUID.replace("-", "")],
    ids=["canonical", "upper", "padded", "braced", "no hyphens"],
)
def test_every_spelling_of_a_tenant_guid_is_the_same_tenant(spelling):
    assert canonical_tenant_id(spelling) == GUID


def test_an_id_that_is_not_a_guid_is_kept_as_given_but_trimmed():
    assert canonical_tenant_id(" tenant-a ") == "tenant-a"
    assert canonical_tenant_id("Contoso.onmicrosoft.com") == "Contoso.onmicrosoft.com"
