"""The experts session lives as long as the window: each send or poll waits on a fresh budget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from console.api.auth import StaticTokenProvider
from console.api.retry import Backoff, WaitBudget
from console.api.session import ApiSession
from console.cache import Cache
from console.domain import ExpertsSettings
from console.experts import ExpertsService
from tests.api.scripted_server import TOKEN, Reply, ScriptedServer, start_server, stop_server
from tests.experts.conftest import fill

TENANT = "contoso"


@pytest.fixture()
def server() -> Iterator[ScriptedServer]:
    scripted = start_server()
    yield scripted
    stop_server(scripted)


def test_a_poll_after_a_shift_of_retry_waits_still_retries_a_429(
    cache: Cache, server: ScriptedServer
) -> None:
    budget = WaitBudget()
    budget.spend(budget.seconds)  # earlier polls of the shift waited the whole budget
    session = ApiSession(
        StaticTokenProvider(TOKEN),
        timeout=(2, 5),
        backoff=Backoff(base=0.01, cap=0.02),
        wait_budget=budget,
    )
    fill(cache, TENANT)
    service = ExpertsService(cache, TENANT, session)
    service.save_settings(ExpertsSettings(service_url=f"{server.base_url}/experts/v1"))
    server.script(
        Reply(429, {"error": {"code": "TooManyRequests"}}, headers={"Retry-After": "0"}),
        Reply(200, {"value": []}),
    )
    try:
        assert service.poll() == []
    finally:
        session.close()
    assert [seen.method for seen in server.seen] == ["GET", "GET"]
    assert 0 < budget.spent < 1  # this poll's one short wait, counted from zero
