"""Throttling, transient failures and dropped connections are retried, and every wait is told."""

from __future__ import annotations

import email.utils
import re
import socket
import threading
import time

import pytest

from console.api import ApiError, GraphClient, NetworkError, ThrottledError
from console.api.errors import RequestCancelled
from tests.api import wire_samples as wire
from tests.api.scripted_server import Reply, ScriptedServer

THROTTLED = {"error": {"code": "TooManyRequests", "message": "Rate limit is exceeded."}}


def alerts(server: ScriptedServer, session) -> list:
    client = GraphClient(session, f"{server.base_url}/v1.0", tenant_id=wire.TENANT)
    return [alert for page in client.alert_pages() for alert in page.items]


def ok_page(n: int = 2) -> Reply:
    return Reply(body={"value": wire.alerts_page(n)})


def test_429_with_retry_after_waits_that_long_and_says_so(server, session, waits) -> None:
    server.script(Reply(429, THROTTLED, {"Retry-After": "1"}), ok_page())
    started = time.monotonic()
    assert len(alerts(server, session)) == 2
    assert time.monotonic() - started >= 0.95
    assert waits.calls == [("throttled (429) by 127.0.0.1, Retry-After 1 s", 1.0)]
    assert len(server.seen) == 2


def test_retry_after_as_http_date_is_honoured_up_to_the_cap(server, make_session, waits):
    session = make_session(max_retry_after=0.3)
    in_a_while = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.script(Reply(429, THROTTLED, {"Retry-After": in_a_while}), ok_page())
    started = time.monotonic()
    assert len(alerts(server, session)) == 2
    assert time.monotonic() - started < 5
    ((reason, seconds),) = waits.calls
    assert seconds == 0.3
    assert re.fullmatch(
        r"throttled \(429\) by 127.0.0.1, Retry-After (29|30) s, waiting 0.3 s", reason
    )


def test_429_without_retry_after_backs_off(server, session, waits) -> None:
    server.script(Reply(429, THROTTLED), Reply(429, THROTTLED), ok_page())
    assert len(alerts(server, session)) == 2
    assert [r.split(",")[0] for r, _ in waits.calls] == ["throttled (429) by 127.0.0.1"] * 2
    assert all("retrying in" in reason for reason, _ in waits.calls)
    assert all(0 < seconds <= 0.1 for _, seconds in waits.calls)


def test_transient_5xx_back_off_then_succeed(server, session, waits) -> None:
    server.script(Reply(503, {}), Reply(500, {}), Reply(502, {}), Reply(504, {}), ok_page())
    assert len(alerts(server, session)) == 2
    assert [r.split(",")[0] for r, _ in waits.calls] == [
        "HTTP 503 from 127.0.0.1",
        "HTTP 500 from 127.0.0.1",
        "HTTP 502 from 127.0.0.1",
        "HTTP 504 from 127.0.0.1",
    ]


def test_gives_up_after_max_attempts_with_one_clear_line(server, make_session, waits) -> None:
    session = make_session(max_attempts=3)
    server.script(*[Reply(429, THROTTLED)] * 3)
    with pytest.raises(ThrottledError) as raised:
        alerts(server, session)
    assert str(raised.value) == (
        "alerts page 1: gave up after 3 attempts: "
        "HTTP 429 Too Many Requests: Rate limit is exceeded."
    )
    assert raised.value.status == 429
    assert len(server.seen) == 3 and len(waits.calls) == 2


def test_gives_up_on_a_later_page_naming_that_page(server, make_session) -> None:
    session = make_session(max_attempts=2)
    first = {"value": wire.alerts_page(1), "@odata.nextLink": f"{server.base_url}/v1.0/next"}
    server.script(Reply(body=first), Reply(503, {}), Reply(503, {}))
    with pytest.raises(ApiError) as raised:
        alerts(server, session)
    assert (
        str(raised.value) == "alerts page 2: gave up after 2 attempts: HTTP 503 Service Unavailable"
    )


def test_a_connection_dropped_mid_body_is_retried(server, session, waits) -> None:
    server.script(Reply(body={"value": wire.alerts_page(3)}, cut_after=100), ok_page(3))
    assert len(alerts(server, session)) == 3
    ((reason, _),) = waits.calls
    assert reason.startswith("connection to 127.0.0.1 dropped (ChunkedEncodingError), retrying in")


def test_a_truncated_body_without_length_is_retried(server, session, waits) -> None:
    server.script(
        Reply(body={"value": wire.alerts_page(3)}, no_length=True, cut_after=500), ok_page(3)
    )
    assert len(alerts(server, session)) == 3
    ((reason, _),) = waits.calls
    assert reason.startswith("invalid or truncated JSON from 127.0.0.1, retrying in")


def test_a_read_timeout_is_retried(server, make_session, waits) -> None:
    session = make_session(timeout=(2, 0.3))
    server.script(Reply(body={"value": []}, delay=1.0), ok_page())
    assert len(alerts(server, session)) == 2
    ((reason, _),) = waits.calls
    assert reason.startswith("connection to 127.0.0.1 failed (ReadTimeoutError)")


def test_post_is_not_retried(server, session, waits) -> None:
    server.script(Reply(503, {"error": {"code": "ServiceUnavailable", "message": "busy"}}))
    client = GraphClient(session, f"{server.base_url}/v1.0")
    with pytest.raises(ThrottledError) as raised:
        client.comment_alert("a1", "looked at it")
    assert str(raised.value) == "alert a1: HTTP 503 Service Unavailable: busy"
    assert len(server.seen) == 1 and waits.calls == []


def test_an_unreachable_service_is_a_network_error(make_session, waits) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    session = make_session(max_attempts=2)
    client = GraphClient(session, f"http://127.0.0.1:{port}/v1.0")
    with pytest.raises(NetworkError) as raised:
        client.get_incident("1")
    assert str(raised.value).startswith("incident 1: cannot reach 127.0.0.1: ")
    assert len(waits.calls) == 1


def test_a_cancel_ends_a_long_retry_after_wait_at_once(server, session) -> None:
    # An analyst pressing Cancel must not sit out a two-minute Retry-After.
    session.cancel = threading.Event()
    server.script(Reply(429, THROTTLED, {"Retry-After": "60"}), ok_page())
    threading.Timer(0.3, session.cancel.set).start()
    started = time.monotonic()
    with pytest.raises(RequestCancelled):
        alerts(server, session)
    assert time.monotonic() - started < 5
    assert len(server.seen) == 1
