"""Servers that never end: one byte per second, Retry-After of days, throttling without end."""

from __future__ import annotations

import pytest

from console.api import GraphClient
from console.api.deadline import current_deadline
from console.api.errors import DeadlineError, ThrottledError
from console.api.retry import WaitBudget
from tests.api import wire_samples as wire
from tests.api.scripted_server import Reply, ScriptedServer

THROTTLED = {"error": {"code": "TooManyRequests", "message": "Rate limit is exceeded."}}


def alerts(server: ScriptedServer, session) -> list:
    client = GraphClient(session, f"{server.base_url}/v1.0", tenant_id=wire.TENANT)
    return [alert for page in client.alert_pages() for alert in page.items]


@pytest.mark.timeout(60)
def test_a_server_that_sends_a_byte_at_a_time_hits_the_overall_deadline(server, make_session):
    # Each byte arrives well within the 5 s read timeout; the whole answer takes ~30 s.
    server.script(Reply(body={"value": wire.alerts_page(1)}, drip=0.05))
    session = make_session(deadline=0.5, max_attempts=3)

    with pytest.raises(DeadlineError) as stopped:
        alerts(server, session)

    message = str(stopped.value)
    assert message.startswith("alerts page 1: no complete answer from 127.0.0.1 within")
    assert "\n" not in message
    assert len(server.seen) == 1  # gave up; did not ask again for another half-minute


def test_a_huge_retry_after_is_reported_as_sent_with_the_wait_we_chose(server, make_session, waits):
    server.script(Reply(429, THROTTLED, {"Retry-After": "999999"}), Reply(body={"value": []}))
    session = make_session(max_retry_after=0.05)

    alerts(server, session)

    assert waits.calls == [
        ("throttled (429) by 127.0.0.1, Retry-After 999999 s, waiting 0.05 s", 0.05)
    ]


def test_the_waits_of_a_run_stop_at_their_budget_and_say_so(server, make_session, waits):
    server.script(*[Reply(429, THROTTLED, {"Retry-After": "1"}) for _ in range(5)])
    session = make_session(max_retry_after=0.06, wait_budget=WaitBudget(0.1))

    with pytest.raises(ThrottledError) as stopped:
        alerts(server, session)

    assert "budget for waiting is 0.1 s per run" in str(stopped.value)
    assert len(waits.calls) == 2  # the first wait fitted, the second one did not
    assert len(server.seen) == 2


def test_a_deadline_firing_once_the_answer_is_read_keeps_it_and_the_pooled_connection(
    server, make_session, monkeypatch
):
    # The timer may fire between urllib3 putting the finished connection back in the
    # pool and the session disarming the deadline; fire it exactly there.
    session = make_session()
    send_under = session.http.send_under

    def then_the_timer_fires(*args, **kwargs):
        response = send_under(*args, **kwargs)
        deadline = current_deadline()
        assert deadline is not None
        deadline._expire()  # what the timer thread runs
        return response

    monkeypatch.setattr(session.http, "send_under", then_the_timer_fires)
    server.script(Reply(body={"value": [1]}), Reply(body={"value": [2]}))

    first = session.get_json(f"{server.base_url}/api/machines", resource="machines")
    second = session.get_json(f"{server.base_url}/api/machines", resource="machines")

    assert (first.body, second.body) == ({"value": [1]}, {"value": [2]})
    # The same pooled connection served both: the late timer did not shut it.
    assert server.seen[0].client == server.seen[1].client
