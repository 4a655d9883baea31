"""The alert queue's Device column names the device whichever API the alert came from."""

from __future__ import annotations

from console.api import parse_alert, parse_mde_alert
from console.cache import Cache, alerts
from console.cache.filters import Filters, Sort
from console.cache.writer import write_alerts
from tests.api import wire_samples as wire
from tests.cache.factories import TENANT


def _queue(cache: Cache) -> list[alerts.AlertRow]:
    return alerts.page(cache, Filters(), Sort("id"), 0, 10)


def test_a_defender_for_endpoint_alert_shows_its_machine_name(cache: Cache) -> None:
    mde = parse_mde_alert(wire.mde_alert(aadTenantId=TENANT), TENANT)
    write_alerts(cache, TENANT, [mde], resource="alerts", state={})
    [row] = _queue(cache)
    assert row.device_id == "111e6dd8c833c8a052ea231ec1b19adaf497b625"
    assert row.device_name == "temp123.middleeast.corp.microsoft.com"


def test_a_graph_alert_still_shows_its_device_name(cache: Cache) -> None:
    graph = parse_alert(wire.graph_alert(tenantId=TENANT), TENANT)
    write_alerts(cache, TENANT, [graph], resource="alerts", state={})
    [row] = _queue(cache)
    assert row.device_name
