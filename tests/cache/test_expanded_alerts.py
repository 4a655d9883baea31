"""Alerts that come inside an incident (`$expand=alerts`) belong to that incident."""

from __future__ import annotations

from console.api import parse_incident
from console.cache import Cache, alerts, incidents
from console.cache.filters import Filters, Sort
from console.cache.writer import write_incidents
from tests.api import wire_samples as wire


def test_an_embedded_alert_naming_another_incident_counts_for_the_one_it_came_in(
    cache: Cache,
) -> None:
    # Microsoft's list-incidents example 2: incident 2972395 embeds an alert whose
    # incidentId says 28282.
    obj = wire.documented_example_2_incident()
    obj["alerts"][0]["detectionSource"] = "microsoftThreatExperts"
    assert obj["alerts"][0]["incidentId"] != obj["id"]
    parsed = parse_incident(obj, wire.TENANT)
    write_incidents(cache, wire.TENANT, [parsed], resource="incidents", state={})

    [row] = incidents.page(cache, Filters(), Sort("id"), 0, 10)
    assert row.id == "2972395"
    assert row.alert_count == 1
    assert row.is_den == parsed.is_den is True
    [alert_row] = alerts.page(cache, Filters(incident_id="2972395"), Sort("id"), 0, 10)
    assert alert_row.incident_id == "2972395"
