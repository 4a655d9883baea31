"""Pages land whole or not at all; DEN status follows whichever side arrives first."""

from __future__ import annotations

import pytest

from console.cache import Cache, incidents, writer
from console.cache.filters import Filters, Sort
from console.cache.writer import read_sync_state, write_alerts, write_devices, write_incidents
from console.domain import DEN_TAG, AlertStatus
from tests.cache.factories import TENANT, alert, at, den_alert, device_evidence, incident


def _row(cache: Cache, incident_id: str) -> incidents.IncidentRow:
    [row] = [r for r in incidents.page(cache, Filters(), Sort("id"), 0, 100) if r.id == incident_id]
    return row


def test_den_alert_before_its_incident(cache: Cache) -> None:
    write_alerts(cache, TENANT, [den_alert("a1", "7")], resource="alerts", state={})
    assert incidents.count(cache, Filters()) == 0
    write_incidents(cache, TENANT, [incident("7")], resource="incidents", state={})
    row = _row(cache, "7")
    assert row.is_den
    assert DEN_TAG in row.tags


def test_den_alert_after_its_incident(cache: Cache) -> None:
    write_incidents(cache, TENANT, [incident("7")], resource="incidents", state={})
    assert not _row(cache, "7").is_den
    write_alerts(cache, TENANT, [den_alert("a1", "7")], resource="alerts", state={})
    assert _row(cache, "7").is_den
    # The incident re-synced without its alerts stays a DEN.
    write_incidents(cache, TENANT, [incident("7")], resource="incidents", state={})
    assert _row(cache, "7").is_den


def test_den_by_name_needs_no_alerts(cache: Cache) -> None:
    write_incidents(
        cache,
        TENANT,
        [incident("8", display_name="Defender Experts: Suspicious activity")],
        resource="incidents",
        state={},
    )
    assert _row(cache, "8").is_den


def test_incident_columns_follow_its_alerts(cache: Cache) -> None:
    write_incidents(cache, TENANT, [incident("1"), incident("2")], resource="i", state={})
    write_alerts(
        cache,
        TENANT,
        [
            alert("a1", "1", evidence=[device_evidence("d1", "pc1")], first_activity=at(-5)),
            alert("a2", "1", category="Persistence", evidence=[device_evidence("d2", "pc2")]),
            alert("a3", "1", status=AlertStatus.RESOLVED, evidence=[device_evidence("d1", "pc1")]),
        ],
        resource="alerts",
        state={},
    )
    row = _row(cache, "1")
    assert (row.alert_count, row.active_alerts, row.impacted_devices) == (3, 2, 2)
    assert row.categories == ("Execution", "Persistence")
    assert row.first_activity == at(-5)
    assert row.last_activity == at(-1)
    # a2 moves to incident 2: both incidents change.
    write_alerts(cache, TENANT, [alert("a2", "2", category="Persistence")], resource="a", state={})
    assert _row(cache, "1").alert_count == 2
    assert _row(cache, "1").categories == ("Execution",)
    assert _row(cache, "2").alert_count == 1


def test_a_failure_inside_the_page_leaves_nothing_of_it(
    cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_alerts(cache, TENANT, [alert("a0", "1")], resource="alerts", state={"page": 0})

    def crash(*_args: object) -> None:
        raise RuntimeError("killed")

    # The derived refresh runs after the alerts, evidence and search rows are written.
    monkeypatch.setattr(writer.derived, "refresh", crash)
    page = [alert("a1", "1", evidence=[device_evidence("d1", "pc1")]), alert("a0", "9")]
    with pytest.raises(RuntimeError):
        write_alerts(cache, TENANT, page, resource="alerts", state={"page": 1})
    monkeypatch.undo()

    from console.cache import alerts

    assert alerts.get(cache, TENANT, "a1") is None
    kept = alerts.get(cache, TENANT, "a0")
    assert kept is not None and kept.incident_id == "1"
    assert alerts.count(cache, Filters(text="pc1")) == 0
    assert read_sync_state(cache, TENANT, "alerts") == {"page": 0}


def test_items_of_another_tenant_are_refused(cache: Cache) -> None:
    with pytest.raises(ValueError, match="tenant"):
        write_alerts(cache, "other", [alert("a1")], resource="alerts", state={})


def test_a_device_that_changed_is_rewritten_and_one_that_did_not_is_kept(cache: Cache) -> None:
    from console.cache import devices
    from console.domain import RiskScore
    from tests.cache.factories import device

    first = [device("d1", "pc-1"), device("d2", "pc-2")]
    write_devices(cache, TENANT, first, resource="devices", state={"n": 1})
    riskier = device("d2", "pc-2", risk_score=RiskScore.HIGH, raw={"id": "d2", "riskScore": "High"})
    write_devices(cache, TENANT, [device("d1", "pc-1"), riskier], resource="devices", state={})
    assert devices.get(cache, TENANT, "d2").risk_score is RiskScore.HIGH
    assert devices.get(cache, TENANT, "d1").risk_score is RiskScore.LOW
    assert read_sync_state(cache, TENANT, "devices") == {}  # the cursor moves either way
