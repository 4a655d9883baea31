"""A token goes only under the base URL it belongs to; plain http only to this machine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from console.api import ApiSession, GraphClient, StaticTokenProvider
from console.api.errors import RefusedUrlError
from console.api.scope import BaseUrl
from console.experts.wire import ExpertsClient
from tests.api import wire_samples as wire
from tests.api.scripted_server import TOKEN, Reply, ScriptedServer, start_server, stop_server


@pytest.fixture
def foreign() -> Iterator[ScriptedServer]:
    """Another host (127.0.0.2 is this machine too, but not the address the token is for)."""
    scripted = start_server("127.0.0.2")
    yield scripted
    stop_server(scripted)


def scoped(server: ScriptedServer, make_session) -> tuple[ApiSession, GraphClient]:
    graph_url = f"{server.base_url}/v1.0"
    session = make_session(base_url=graph_url)
    return session, GraphClient(session, graph_url, tenant_id=wire.TENANT)


def test_a_next_link_to_another_host_is_refused_before_the_token_leaves(
    server, foreign, make_session
):
    foreign.script(Reply(body={"value": wire.alerts_page(2, start=5)}))
    link = f"{foreign.base_url}/v1.0/security/alerts_v2?$skip=2"
    server.script(Reply(body={"value": wire.alerts_page(2), "@odata.nextLink": link}))
    _, graph = scoped(server, make_session)

    pages = graph.alert_pages(page_size=2)
    first = next(pages)
    with pytest.raises(RefusedUrlError) as refused:
        next(pages)

    assert len(first.items) == 2
    assert foreign.seen == []  # neither the token nor a request reached it
    assert "127.0.0.2" in str(refused.value) and "alerts page 2" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_redirect_to_another_host_is_refused_and_nothing_it_serves_is_read(
    server, foreign, make_session
):
    foreign.script(Reply(body={"value": wire.alerts_page(2)}))
    target = f"{foreign.base_url}/v1.0/security/alerts_v2"
    server.script(Reply(302, b"", {"Location": target}))
    _, graph = scoped(server, make_session)

    with pytest.raises(RefusedUrlError) as refused:
        list(graph.alert_pages(page_size=2))

    assert foreign.seen == []
    assert "redirect to 127.0.0.2" in str(refused.value)


def test_a_redirect_under_the_base_url_is_followed_with_the_token(server, make_session):
    server.script(
        Reply(307, b"", {"Location": "/v1.0/security/alerts_v2?moved=1"}),
        Reply(body={"value": wire.alerts_page(1)}),
    )
    _, graph = scoped(server, make_session)

    pages = list(graph.alert_pages(page_size=2))

    assert len(pages[0].items) == 1
    assert server.seen[1].headers["Authorization"] == f"Bearer {TOKEN}"


def test_a_link_outside_the_path_prefix_is_refused(server, make_session):
    # Same host and port, but Defender's path, not Graph's: not this token's base URL.
    link = f"{server.base_url}/api/machines?$skip=2"
    server.script(Reply(body={"value": wire.alerts_page(1), "@odata.nextLink": link}))
    _, graph = scoped(server, make_session)

    with pytest.raises(RefusedUrlError, match="outside"):
        list(graph.alert_pages(page_size=2))
    assert len(server.seen) == 1


@pytest.mark.parametrize(
    "host", ["emulator.localhost", "graph.microsoft.com.localhost", "LOCALHOST.localhost"]
)
def test_plain_http_is_refused_for_names_under_localhost(session: ApiSession, host):
    # Such names are looked up in DNS here (nsswitch "files dns"): a hostile resolver could
    # point them anywhere, and the token would travel unencrypted.
    with pytest.raises(RefusedUrlError, match="plain http to"):
        session.get_json(f"http://{host}/v1.0/security/incidents", resource="incidents")
    with pytest.raises(RefusedUrlError):
        BaseUrl(f"http://{host}:8080/v1.0")


@pytest.mark.parametrize(
    "url",
    ["http://localhost:8080/v1.0", "http://127.0.0.1/", "http://127.8.9.10:1", "http://[::1]:80"],
)
def test_plain_http_is_accepted_for_localhost_and_literal_loopback_addresses(url):
    assert BaseUrl(url).covers(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://graph.microsoft.com/v1.0",  # plain http off this machine
        "http://10.1.2.3:8080",
        "ftp://127.0.0.1/",
        "https://user:secret@graph.microsoft.com/v1.0",
    ],
)
def test_base_urls_that_are_neither_https_nor_loopback_are_refused(url):
    with pytest.raises(RefusedUrlError):
        ApiSession(StaticTokenProvider(TOKEN), base_url=url)


def test_plain_http_is_refused_for_a_host_off_this_machine_even_without_a_base(
    session: ApiSession,
):
    with pytest.raises(RefusedUrlError, match=r"plain http to example\.com"):
        session.get_json("http://example.com/v1.0/security/incidents", resource="incidents")


@pytest.mark.parametrize(
    ("url", "covered"),
    [
        ("https://graph.microsoft.com/v1.0/security/incidents?$top=5", True),
        ("https://GRAPH.microsoft.com:443/v1.0/security/incidents", True),
        ("https://graph.microsoft.com/v1.0", True),
        ("https://graph.microsoft.com/beta/security/incidents", False),
        ("https://graph.microsoft.com/v1.0x/security", False),
        ("https://graph.microsoft.com/v1.0/../beta/security", False),
        ("https://graph.microsoft.com/v1.0/%2E%2E/beta", False),
        ("https://graph.microsoft.com.example.net/v1.0/security", False),
        ("https://graph.microsoft.com:8443/v1.0/security", False),
        ("http://graph.microsoft.com/v1.0/security", False),
    ],
)
def test_the_base_url_covers_its_own_scheme_host_port_and_path_prefix(url, covered):
    assert BaseUrl("https://graph.microsoft.com/v1.0/").covers(url) is covered


def test_the_experts_client_refuses_a_next_link_off_its_endpoint(server, foreign, session):
    link = f"{foreign.base_url}/experts/v1/tenants/t/requests?page=2"
    server.script(Reply(body={"value": [], "@odata.nextLink": link}))
    client = ExpertsClient(session, f"{server.base_url}/experts/v1", "t")

    with pytest.raises(RefusedUrlError, match=r"127\.0\.0\.2"):
        client.updated_since(None)
    assert foreign.seen == []


def test_the_experts_endpoint_needs_https_off_this_machine(session):
    with pytest.raises(RefusedUrlError):
        ExpertsClient(session, "http://experts.example.com/experts/v1", "t")


def test_the_experts_client_refuses_a_redirect_off_its_endpoint(server, foreign, session):
    # The experts session serves an endpoint from the settings, so it names no base URL of
    # its own: each request carries the experts endpoint as its scope, redirects included.
    foreign.script(Reply(body={"value": []}))
    server.script(Reply(302, b"", {"Location": f"{foreign.base_url}/experts/v1/x"}))
    client = ExpertsClient(session, f"{server.base_url}/experts/v1", "t")

    with pytest.raises(RefusedUrlError, match=r"redirect to 127\.0\.0\.2"):
        client.updated_since(None)
    assert foreign.seen == []
