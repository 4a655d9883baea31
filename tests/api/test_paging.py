"""Paging follows @odata.nextLink exactly, resumes from a saved link, and reports bad pages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console.api import ApiSession, GraphClient, MalformedPageError
from tests.api import wire_samples as wire
from tests.api.scripted_server import BASE, Reply, ScriptedServer

# Opaque, oddly encoded, like real skip tokens: it must reach the server byte for byte.
NEXT_PATH = "/v1.0/security/alerts_v2?$top=2&$skiptoken=a%2Fb~c%3D%3D&x=1+2%20"


def graph(server: ScriptedServer, session: ApiSession) -> GraphClient:
    return GraphClient(session, f"{server.base_url}/v1.0", tenant_id=wire.TENANT)


def test_pages_follow_next_link_exactly_as_given(server: ScriptedServer, session: ApiSession):
    first, second = wire.alerts_page(2), wire.alerts_page(1, start=2)
    server.script(
        Reply(body={"value": first, "@odata.nextLink": BASE + NEXT_PATH, "@odata.count": 3}),
        Reply(body={"value": second}),
    )
    pages = list(graph(server, session).alert_pages(page_size=2, with_count=True))

    assert server.paths == ["/v1.0/security/alerts_v2?$top=2&$count=true", NEXT_PATH]
    assert [p.number for p in pages] == [1, 2]
    assert [len(p.items) for p in pages] == [2, 1]
    assert pages[0].next_link == server.base_url + NEXT_PATH
    assert pages[1].next_link is None and pages[1].is_last
    assert pages[0].count == 3
    assert pages[1].url == server.base_url + NEXT_PATH
    assert pages[0].items[0].id == first[0]["id"]
    assert pages[0].items[0].tenant_id == wire.TENANT
    assert pages[0].server_time is not None
    assert abs((pages[0].server_time - datetime.now(UTC)).total_seconds()) < 60


def test_resume_from_a_saved_next_link_adds_nothing(server: ScriptedServer, session: ApiSession):
    server.script(Reply(body={"value": wire.alerts_page(1)}))
    saved = server.base_url + NEXT_PATH
    pages = list(
        graph(server, session).alert_pages(
            resume_url=saved, updated_since=datetime(2024, 1, 1, tzinfo=UTC)
        )
    )
    assert server.paths == [NEXT_PATH]
    assert len(pages) == 1 and pages[0].url == saved


def test_incremental_window_and_options(server: ScriptedServer, session: ApiSession) -> None:
    server.script(Reply(body={"value": [wire.documented_example_2_incident()]}))
    pages = list(
        graph(server, session).incident_pages(
            updated_since=datetime(2024, 5, 1, 12, 30, tzinfo=UTC), expand_alerts=True
        )
    )
    assert server.paths == [
        "/v1.0/security/incidents?$top=50"
        "&$filter=lastUpdateDateTime%20ge%202024-05-01T12:30:00Z"
        "&$orderby=lastUpdateDateTime%20asc&$expand=alerts"
    ]
    assert server.seen[0].headers["Prefer"] == "include-unknown-enum-members"
    assert len(pages[0].items[0].alerts) == 1


def test_prefer_header_can_be_left_out(server: ScriptedServer, session: ApiSession) -> None:
    server.script(Reply(body={"value": []}))
    list(graph(server, session).incident_pages(include_unknown_enum_members=False))
    assert "Prefer" not in server.seen[0].headers


def test_an_unparseable_item_is_skipped_and_named(server: ScriptedServer, session: ApiSession):
    items = [*wire.alerts_page(2), {"title": "no id"}, wire.graph_alert("x", severity=5)]
    server.script(Reply(body={"value": items}))
    (page,) = graph(server, session).alert_pages()
    assert [a.id for a in page.items] == [items[0]["id"], items[1]["id"], "x"]
    assert page.warnings == [
        "item 3 skipped: alert has no 'id'",
        "alert x: field 'severity' is int, expected a string; ignored",
    ]


def test_a_page_without_value_array_is_malformed(server: ScriptedServer, session: ApiSession):
    server.script(
        Reply(body={"value": wire.alerts_page(1), "@odata.nextLink": BASE + NEXT_PATH}),
        Reply(body={"error": "nothing here", "items": []}),
    )
    pages = graph(server, session).alert_pages()
    next(pages)
    with pytest.raises(MalformedPageError) as raised:
        next(pages)
    assert str(raised.value) == "alerts page 2: the response is no 'value' array"
    assert raised.value.url == server.base_url + NEXT_PATH


def test_a_whole_body_that_is_not_json_is_malformed_at_once(
    server: ScriptedServer, make_session, waits
) -> None:
    # The body arrived as long as its Content-Length said: asking again will not mend it.
    session = make_session(max_attempts=3)
    server.script(*[Reply(body=b"<html>Service is starting</html>")] * 3)
    with pytest.raises(MalformedPageError) as raised:
        list(graph(server, session).incident_pages())
    message = str(raised.value)
    assert message.startswith("incidents page 1: HTTP 200 with a body that is not valid JSON")
    assert message.endswith("after 1 attempt(s)")
    assert len(server.seen) == 1
    assert waits.calls == []


def test_a_next_link_pointing_to_itself_stops_instead_of_looping(
    server: ScriptedServer, session: ApiSession
) -> None:
    server.script(Reply(body={"value": [], "@odata.nextLink": BASE + NEXT_PATH}))
    with pytest.raises(MalformedPageError, match="points back to this page"):
        list(graph(server, session).alert_pages(resume_url=server.base_url + NEXT_PATH))
