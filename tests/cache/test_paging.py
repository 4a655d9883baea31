"""Windows at any offset, from either end, join up into the full ordered list."""

from __future__ import annotations

import pytest

from console.cache import Cache, alerts, query
from console.cache.filters import Filters, Sort
from console.cache.writer import write_alerts
from console.domain import Severity
from tests.cache.factories import TENANT, alert, at

SEVERITIES = [Severity.LOW, Severity.HIGH, None, Severity.MEDIUM]


@pytest.mark.parametrize("sort", [Sort("severity", True), Sort("last_activity"), Sort("device")])
def test_windows_cover_everything_once_in_order(
    cache: Cache, monkeypatch: pytest.MonkeyPatch, sort: Sort
) -> None:
    page = [
        alert(f"a{n:03}", str(n % 7), severity=SEVERITIES[n % 4], last_activity=at(n % 5))
        for n in range(120)
    ]
    write_alerts(cache, TENANT, page, resource="alerts", state={})
    everything = [r.id for r in alerts.page(cache, Filters(), sort, 0, 1000)]
    assert len(everything) == 120
    monkeypatch.setattr(query, "FLIP_AFTER", 10)  # far windows walk from the other end
    windows = [
        r.id for start in range(0, 130, 13) for r in alerts.page(cache, Filters(), sort, start, 13)
    ]
    assert windows == everything
    assert alerts.page(cache, Filters(), sort, 200, 10) == []
