"""A proxy from the environment never sees a request for this machine (plain http, token
and all), not even a redirect hop; https requests still go through it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from console.api import ApiError
from tests.api.scripted_server import TOKEN, Reply, ScriptedServer, start_server, stop_server

PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY")


@pytest.fixture
def proxy(monkeypatch) -> Iterator[ScriptedServer]:
    """A scripted server posing as the environment's proxy for every scheme."""
    scripted = start_server()
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in PROXY_VARIABLES:
        monkeypatch.setenv(name, scripted.base_url)
    yield scripted
    stop_server(scripted)


def test_a_loopback_request_never_goes_through_the_environments_proxy(
    proxy, server, session
) -> None:
    server.script(Reply(body={"value": []}))

    session.get_json(f"{server.base_url}/api/machines", resource="machines")

    assert proxy.seen == []
    assert server.paths == ["/api/machines"]
    assert server.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_a_redirect_to_loopback_never_goes_through_the_environments_proxy(
    proxy, server, session
) -> None:
    server.script(
        Reply(302, b"", {"Location": f"{server.base_url}/api/machines?moved=1"}),
        Reply(body={"value": []}),
    )

    response = session.get_json(f"{server.base_url}/api/machines", resource="machines")

    assert response.body == {"value": []}
    assert proxy.seen == []
    assert server.paths == ["/api/machines", "/api/machines?moved=1"]


class _FirstLine:
    """A TCP listener on 127.0.0.1 that keeps the first request line it receives."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.line = b""
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.listener.settimeout(20)
        with self.listener, self.listener.accept()[0] as connection:
            connection.settimeout(20)
            self.line = connection.recv(4096).split(b"\r\n", 1)[0]


def test_an_https_request_still_goes_through_the_environments_proxy(
    monkeypatch, make_session
) -> None:
    listener = _FirstLine()
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", listener.url)
    session = make_session(max_attempts=1)

    with pytest.raises(ApiError):  # the "proxy" hangs up
        session.get_json("https://graph.example.test/v1.0/x", resource="incidents")

    listener.thread.join(timeout=20)
    assert listener.line.startswith(b"CONNECT graph.example.test:443 ")
