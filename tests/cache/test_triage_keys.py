"""`keys` (every matching row's tenant and id, past any window) and `triage.shown` (an
item's triage fields as the console shows them): what bulk triage acts on and starts from."""

from __future__ import annotations

from console.cache import Cache, alerts, incidents, triage
from console.cache.filters import Filters
from console.domain import IncidentStatus
from console.domain.triage import Change, EntityKind
from tests.cache.factories import TENANT
from tests.cache.test_queries import OTHER, tenant  # noqa: F401 (the fixture)


def test_keys_are_every_match_with_its_own_tenant(tenant: Cache) -> None:  # noqa: F811
    assert incidents.keys(tenant, Filters(tenant_ids=(TENANT,))) == [
        (TENANT, "1"),
        (TENANT, "2"),
        (TENANT, "9"),
        (TENANT, "10"),
        (TENANT, "11"),
    ]
    resolved = Filters(tenant_ids=(TENANT,), statuses=[IncidentStatus.RESOLVED])
    assert incidents.keys(tenant, resolved) == [(TENANT, "9")]
    both = incidents.keys(tenant, Filters(tenant_ids=(TENANT, OTHER)))
    assert (OTHER, "1") in both and (TENANT, "1") in both
    assert len(both) == incidents.count(tenant, Filters(tenant_ids=(TENANT, OTHER)))
    assert alerts.keys(tenant, Filters(tenant_ids=(TENANT,), device_id="d1")) == [
        (TENANT, "a1"),
        (TENANT, "a3"),
    ]


def test_shown_values_include_the_open_changes(cache: Cache) -> None:
    from console.cache.writer import write_incidents
    from tests.cache.factories import incident

    write_incidents(
        cache, TENANT, [incident("7", custom_tags=("VIP",))], resource="incidents", state={}
    )
    before = triage.shown(cache, TENANT, EntityKind.INCIDENT, ["7", "missing"])
    assert set(before) == {"7"}
    assert before["7"]["customTags"] == ("VIP",)
    triage.queue(
        cache, TENANT, "me", Change(EntityKind.INCIDENT, {"assignedTo": "me@x.example"}), ["7"]
    )
    after = triage.shown(cache, TENANT, EntityKind.INCIDENT, ["7"])["7"]
    assert after["assignedTo"] == "me@x.example"
