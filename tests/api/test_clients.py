"""Graph and Defender for Endpoint clients: what they send, and what they make of the answers."""

from __future__ import annotations

import pytest

from console.api import ApiError, DefenderClient, GraphClient
from console.domain import Classification, IncidentStatus
from tests.api import wire_samples as wire
from tests.api.scripted_server import BASE, Reply, ScriptedServer

COMMENTS = [
    {
        "comment": "first",
        "createdByDisplayName": "a@contoso.com",
        "createdDateTime": "2024-05-10T08:00:00Z",
    },
    {
        "comment": "looked at it",
        "createdByDisplayName": "me@contoso.com",
        "createdDateTime": "2024-05-11T08:00:00.1234567Z",
    },
]


def graph(server: ScriptedServer, session) -> GraphClient:
    return GraphClient(session, f"{server.base_url}/v1.0", tenant_id=wire.TENANT)


def defender(server: ScriptedServer, session) -> DefenderClient:
    return DefenderClient(session, server.base_url, tenant_id=wire.TENANT)


def test_get_incident_with_alerts(server, session) -> None:
    server.script(Reply(body=wire.documented_example_2_incident()))
    incident = graph(server, session).get_incident("2972395", expand_alerts=True)
    assert server.paths == ["/v1.0/security/incidents/2972395?$expand=alerts"]
    assert server.seen[0].headers["Prefer"] == "include-unknown-enum-members"
    assert incident.tenant_id == wire.TENANT and len(incident.alerts) == 1


def test_ids_cannot_escape_their_path_segment(server, session) -> None:
    server.script(Reply(body=wire.graph_alert("a/../b?c")))
    graph(server, session).get_alert("a/../b?c")
    assert server.paths == ["/v1.0/security/alerts_v2/a%2F..%2Fb%3Fc"]


def test_update_incident_sends_wire_values_and_returns_the_new_state(server, session) -> None:
    updated = wire.graph_incident(status="resolved", customTags=["Demo", "Reviewed"])
    server.script(Reply(body=updated))
    incident = graph(server, session).update_incident(
        "2972395",
        {
            "status": IncidentStatus.RESOLVED,
            "classification": Classification.TRUE_POSITIVE,
            "custom_tags": ("Demo", "Reviewed"),
            "assignedTo": None,
        },
    )
    seen = server.seen[0]
    assert (seen.method, seen.path) == ("PATCH", "/v1.0/security/incidents/2972395")
    assert seen.json() == {
        "status": "resolved",
        "classification": "truePositive",
        "customTags": ["Demo", "Reviewed"],
        "assignedTo": None,
    }
    assert seen.headers["Content-Type"] == "application/json"
    assert incident.status is IncidentStatus.RESOLVED
    assert incident.custom_tags == ("Demo", "Reviewed")


def test_update_answered_with_204_reads_the_item_back(server, session) -> None:
    server.script(Reply(204), Reply(body=wire.graph_alert("a1", status="inProgress")))
    alert = graph(server, session).update_alert("a1", {"status": "inProgress"})
    assert [(s.method, s.path) for s in server.seen] == [
        ("PATCH", "/v1.0/security/alerts_v2/a1"),
        ("GET", "/v1.0/security/alerts_v2/a1"),
    ]
    assert alert.status is not None and alert.status.value == "inProgress"


def test_an_unknown_field_is_refused_before_anything_is_sent(server, session) -> None:
    with pytest.raises(ValueError, match="cannot update alert field 'customTags'"):
        graph(server, session).update_alert("a1", {"customTags": ["x"]})
    assert server.seen == []


@pytest.mark.parametrize("shape", ["documented", "sdk"])
def test_comment_returns_all_comments(server, session, shape: str) -> None:
    body = {"@odata.context": "x", "value": COMMENTS} if shape == "documented" else COMMENTS
    server.script(Reply(body=body))
    comments = graph(server, session).comment_alert("a1", "looked at it")
    seen = server.seen[0]
    assert (seen.method, seen.path) == ("POST", "/v1.0/security/alerts_v2/a1/comments")
    assert seen.json() == {
        "@odata.type": "microsoft.graph.security.alertComment",
        "comment": "looked at it",
    }
    assert [(c.text, c.author) for c in comments] == [
        ("first", "a@contoso.com"),
        ("looked at it", "me@contoso.com"),
    ]


def test_comment_on_incident(server, session) -> None:
    server.script(Reply(body={"value": COMMENTS}))
    comments = graph(server, session).comment_incident("7", "looked at it")
    assert server.paths == ["/v1.0/security/incidents/7/comments"]
    assert comments[-1].text == "looked at it"


def test_no_machines_404_is_zero_items(server, session) -> None:
    server.script(
        Reply(404, {"error": {"code": "ResourceNotFound", "message": "No machines", "target": "g"}})
    )
    pages = list(defender(server, session).machine_pages())
    assert len(pages) == 1 and pages[0].items == [] and pages[0].next_link is None
    assert server.paths == ["/api/machines?$top=10000"]


NOT_FOUND = {"error": {"code": "ResourceNotFound", "message": "Not found", "target": "g"}}


def test_a_404_on_a_later_machines_page_is_an_error_not_the_end(server, session) -> None:
    first = {"value": [wire.mde_machine()], "@odata.nextLink": f"{BASE}/api/machines?p=2"}
    server.script(Reply(body=first), Reply(404, NOT_FOUND))
    pages = defender(server, session).machine_pages()
    assert len(next(pages).items) == 1
    with pytest.raises(ApiError) as raised:
        next(pages)
    assert raised.value.status == 404 and raised.value.page == 2


def test_a_404_on_a_resumed_machines_link_is_an_error(server, session) -> None:
    server.script(Reply(404, NOT_FOUND))
    resumed = defender(server, session).machine_pages(
        resume_url=f"{server.base_url}/api/machines?p=3", first_page=3
    )
    with pytest.raises(ApiError) as raised:
        list(resumed)
    assert raised.value.status == 404 and raised.value.page == 3


def test_a_404_without_a_service_error_body_is_still_an_error(server, session) -> None:
    server.script(Reply(404, b"<html>Not Found</html>", {"Content-Type": "text/html"}))
    with pytest.raises(ApiError) as raised:
        list(defender(server, session).machine_pages())
    assert str(raised.value) == "machines page 1: HTTP 404 Not Found"


def test_machine_pages_with_filter_parse_devices(server, session) -> None:
    server.script(Reply(body={"value": [wire.mde_machine(rbacGroupId="7")]}))
    (page,) = defender(server, session).machine_pages(
        page_size=100, odata_filter="healthStatus ne 'Active'"
    )
    assert server.paths == ["/api/machines?$top=100&$filter=healthStatus%20ne%20'Active'"]
    assert page.items[0].rbac_group_id == 7 and page.items[0].tenant_id == wire.TENANT


@pytest.mark.parametrize(("remove", "action"), [(False, "Add"), (True, "Remove")])
def test_tag_machine_body_keys(server, session, remove: bool, action: str) -> None:
    server.script(Reply(body=wire.mde_machine(machineTags=["VIP"])))
    device = defender(server, session).tag_machine("m1", "VIP", remove=remove)
    seen = server.seen[0]
    assert (seen.method, seen.path) == ("POST", "/api/machines/m1/tags")
    assert seen.json() == {"Value": "VIP", "Action": action}
    assert device.machine_tags == ("VIP",)


def test_get_machine(server, session) -> None:
    server.script(Reply(body=wire.mde_machine()))
    device = defender(server, session).get_machine("1e5bc9d7e413ddd7902c2932e418702b84d0cc07")
    assert device.computer_dns_name == "mymachine1.contoso.com"


def test_mde_alert_pages(server, session) -> None:
    from datetime import UTC, datetime

    server.script(Reply(body={"value": [wire.mde_alert()]}))
    (page,) = defender(server, session).alert_pages(
        updated_since=datetime(2019, 11, 22, tzinfo=UTC), page_size=500
    )
    assert server.paths == [
        "/api/alerts?$top=500&$filter=lastUpdateTime%20ge%202019-11-22T00:00:00Z&$expand=evidence"
    ]
    assert page.items[0].incident_id == "1126093"
