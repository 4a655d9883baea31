"""PATCH of incidents and alerts, and comments in both body shapes."""

from __future__ import annotations

import pytest
import requests

from console.emulator import Emulator

from .conftest import TIMEOUT, authorised, small_config


def _first(session: requests.Session, url: str) -> dict:
    return session.get(f"{url}?$top=1&$filter=status eq 'active'", timeout=TIMEOUT).json()["value"][
        0
    ]


def test_patch_incident_updates_and_bumps_last_update(
    emu: Emulator, session: requests.Session
) -> None:
    url = f"{emu.graph_url}/security/incidents"
    incident = _first(session, url)
    change = {
        "assignedTo": "secadmin@contoso.com",
        "classification": "TruePositive",  # PascalCase as in the docs' example is accepted
        "determination": "multiStagedAttack",
        "status": "resolved",
        "customTags": ["Demo", "ünïcode"],
    }
    response = session.patch(f"{url}/{incident['id']}", json=change, timeout=TIMEOUT)
    assert response.status_code == 200
    body = response.json()
    assert body["classification"] == "truePositive"
    assert body["status"] == "resolved" and body["customTags"] == ["Demo", "ünïcode"]
    assert body["lastUpdateDateTime"] > incident["lastUpdateDateTime"]
    again = session.get(f"{url}/{incident['id']}?$expand=alerts", timeout=TIMEOUT).json()
    assert again["assignedTo"] == "secadmin@contoso.com"
    assert all(a["status"] == "resolved" for a in again["alerts"])
    # An incremental sync from the old cursor sees it.
    since = session.get(
        f"{url}?$filter=lastUpdateDateTime gt {incident['lastUpdateDateTime']}", timeout=TIMEOUT
    )
    assert incident["id"] in {i["id"] for i in since.json()["value"]}


def test_patch_rejects_bad_values(emu: Emulator, session: requests.Session) -> None:
    url = f"{emu.graph_url}/security/incidents"
    incident = _first(session, url)
    for body in (
        {"status": "sleeping"},
        {"severity": "high"},
        {"customTags": "x"},
        {"assignedTo": 3},
    ):
        response = session.patch(f"{url}/{incident['id']}", json=body, timeout=TIMEOUT)
        assert response.status_code == 400, body
        assert response.json()["error"]["code"] == "BadRequest"
    unchanged = session.get(f"{url}/{incident['id']}", timeout=TIMEOUT).json()
    assert unchanged["lastUpdateDateTime"] == incident["lastUpdateDateTime"]


def test_patch_alert(emu: Emulator, session: requests.Session) -> None:
    url = f"{emu.graph_url}/security/alerts_v2"
    alert = session.get(f"{url}?$top=1&$filter=status eq 'new'", timeout=TIMEOUT).json()["value"][0]
    change = {
        "assignedTo": "secadmin@contoso.com",
        "classification": "truePositive",
        "determination": "malware",
        "status": "inProgress",
    }
    body = session.patch(f"{url}/{alert['id']}", json=change, timeout=TIMEOUT).json()
    assert {k: body[k] for k in change} == change
    assert (
        session.patch(
            f"{url}/{alert['id']}", json={"status": "active"}, timeout=TIMEOUT
        ).status_code
        == 400
    )


def test_comment_with_object_body_answers_documented_object(
    emu: Emulator, session: requests.Session
) -> None:
    incident = _first(session, f"{emu.graph_url}/security/incidents")
    url = f"{emu.graph_url}/security/incidents/{incident['id']}/comments"
    before = len(incident["comments"])
    response = session.post(
        url,
        json={"@odata.type": "microsoft.graph.security.alertComment", "comment": "Isolated."},
        timeout=TIMEOUT,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["@odata.context"].endswith(f"incidents('{incident['id']}')/comments")
    assert len(body["value"]) == before + 1
    assert body["value"][-1]["comment"] == "Isolated."
    assert set(body["value"][-1]) == {"comment", "createdByDisplayName", "createdDateTime"}


def test_comment_with_array_body_answers_array(emu: Emulator, session: requests.Session) -> None:
    alert = session.get(f"{emu.graph_url}/security/alerts_v2?$top=1", timeout=TIMEOUT).json()[
        "value"
    ][0]
    url = f"{emu.graph_url}/security/alerts_v2/{alert['id']}/comments"
    response = session.post(url, json=[{"comment": "one"}, {"comment": "two"}], timeout=TIMEOUT)
    assert response.status_code == 200
    body = response.json()
    assert isinstance(body, list)
    assert [c["comment"] for c in body[-2:]] == ["one", "two"]
    stored = session.get(
        f"{emu.graph_url}/security/alerts_v2/{alert['id']}", timeout=TIMEOUT
    ).json()
    assert stored["comments"] == body
    assert session.post(url, json={"text": "no"}, timeout=TIMEOUT).status_code == 400


def test_patch_rejects_undocumented_properties(emu: Emulator, session: requests.Session) -> None:
    # api-surface 1.11 leaves resolvingComment unconfirmed; the emulator refuses it like
    # any property that is not documented as updatable, so a client cannot come to rely on it.
    url = f"{emu.graph_url}/security/incidents"
    incident = _first(session, url)
    for name in ("resolvingComment", "summary"):
        response = session.patch(
            f"{url}/{incident['id']}", json={"status": "resolved", name: "x"}, timeout=TIMEOUT
        )
        assert response.status_code == 400
        assert response.json()["error"]["message"] == f"Property '{name}' cannot be updated."
    assert session.get(f"{url}/{incident['id']}", timeout=TIMEOUT).json()["status"] == "active"


def test_patch_of_missing_item_is_not_found(emu: Emulator, session: requests.Session) -> None:
    for resource, kind in (("incidents", "incident"), ("alerts_v2", "alert")):
        for send in (session.patch, session.post):
            path = "no-such-id" if send is session.patch else "no-such-id/comments"
            response = send(
                f"{emu.graph_url}/security/{resource}/{path}",
                json={"status": "resolved", "comment": "x"},
                timeout=TIMEOUT,
            )
            assert response.status_code == 404
            error = response.json()["error"]
            assert error["code"] == "NotFound"
            assert error["message"] == f"The {kind} with id 'no-such-id' was not found."
            assert set(error["innerError"]) == {"date", "request-id", "client-request-id"}


def test_patch_body_must_be_an_object(emu: Emulator, session: requests.Session) -> None:
    url = f"{emu.graph_url}/security/alerts_v2"
    alert = session.get(f"{url}?$top=1", timeout=TIMEOUT).json()["value"][0]
    headers = {"Content-Type": "application/json"}
    for raw in (b"[]", b'"resolved"', b"null", b"", b"{not json"):
        response = session.patch(f"{url}/{alert['id']}", data=raw, headers=headers, timeout=TIMEOUT)
        assert response.status_code == 400, raw
        assert response.json()["error"]["code"] == "BadRequest"


def test_edit_item_behind_the_consoles_back(emu: Emulator, session: requests.Session) -> None:
    url = f"{emu.graph_url}/security/incidents"
    tenant = emu.tenants[0].id
    incident = _first(session, url)
    edited = emu.edit_item(
        tenant,
        "incident",
        incident["id"],
        {
            "status": "resolved",
            "assignedTo": "lee@contoso.com",
            "determination": "clean",
            "classification": "falsePositive",
            "customTags": ["Reviewed"],
        },
    )
    assert edited["determination"] == "notMalicious"  # the alias is stored canonical
    again = session.get(f"{url}/{incident['id']}?$expand=alerts", timeout=TIMEOUT).json()
    assert again["lastModifiedBy"] == "portal analyst"
    assert again["lastUpdateDateTime"] == edited["lastUpdateDateTime"]
    assert again["lastUpdateDateTime"] > incident["lastUpdateDateTime"]
    assert again["customTags"] == ["Reviewed"]
    assert all(a["status"] == "resolved" for a in again["alerts"])
    # The indexes moved too: an incremental sync and a status filter both see it.
    since = session.get(
        f"{url}?$filter=lastUpdateDateTime gt {incident['lastUpdateDateTime']}", timeout=TIMEOUT
    ).json()["value"]
    assert incident["id"] in {i["id"] for i in since}
    active = session.get(f"{url}?$filter=status eq 'active'&$top=500", timeout=TIMEOUT).json()
    assert incident["id"] not in {i["id"] for i in active["value"]}

    alert_id = again["alerts"][0]["id"]
    alert = emu.edit_item(tenant, "alert", alert_id, {"status": "inProgress"}, by="kim")
    assert "lastModifiedBy" not in alert  # alerts carry no such field
    listed = session.get(
        f"{emu.graph_url}/security/alerts_v2?$filter=status eq 'inProgress'&$top=1000",
        timeout=TIMEOUT,
    ).json()["value"]
    assert alert_id in {a["id"] for a in listed}


def test_edit_item_refuses_what_a_patch_would(emu: Emulator, session: requests.Session) -> None:
    tenant = emu.tenants[0].id
    incident = _first(session, f"{emu.graph_url}/security/incidents")
    for kind, item, changes, error in (
        ("incident", incident["id"], {"status": "sleeping"}, ValueError),
        ("incident", incident["id"], {"resolvingComment": "x"}, ValueError),
        (
            "incident",
            incident["id"],
            {"classification": "truePositive", "determination": "clean"},
            ValueError,
        ),
        ("alert", "no-such-alert", {"status": "new"}, KeyError),
        ("device", incident["id"], {}, ValueError),
        ("incident", "no-such-id", {"status": "resolved"}, KeyError),
    ):
        with pytest.raises(error):
            emu.edit_item(tenant, kind, item, changes)
    with pytest.raises(KeyError):
        emu.edit_item("no-such-tenant", "incident", incident["id"], {})
    url = f"{emu.graph_url}/security/incidents/{incident['id']}"
    unchanged = session.get(url, timeout=TIMEOUT).json()
    assert unchanged["lastUpdateDateTime"] == incident["lastUpdateDateTime"]


def test_add_comment_elsewhere(emu: Emulator, session: requests.Session) -> None:
    url = f"{emu.graph_url}/security/alerts_v2"
    alert = session.get(f"{url}?$top=1", timeout=TIMEOUT).json()["value"][0]
    added = emu.add_comment(emu.tenants[0].id, "alert", alert["id"], "Seen in the portal.")
    assert added["comment"] == "Seen in the portal."
    assert added["createdByDisplayName"] == "portal analyst"
    again = session.get(f"{url}/{alert['id']}", timeout=TIMEOUT).json()
    assert again["comments"][-1] == added
    assert again["lastUpdateDateTime"] == added["createdDateTime"] > alert["lastUpdateDateTime"]
    with pytest.raises(ValueError):
        emu.add_comment(emu.tenants[0].id, "alert", alert["id"], "  ")


_OFFERED = {
    "truePositive": (
        "multiStagedAttack",
        "maliciousUserActivity",
        "compromisedAccount",
        "malware",
        "phishing",
        "unwantedSoftware",
        "other",
        "apt",
        "securityPersonnel",
    ),
    "informationalExpectedActivity": (
        "securityTesting",
        "lineOfBusinessApplication",
        "confirmedActivity",
        "other",
    ),
    "falsePositive": ("notMalicious", "notEnoughDataToValidate", "other"),
    "unknown": ("unknown",),
}
# Sent -> stored: the docs' other spellings are accepted and stored as the enum names them.
_ALIASES = {
    ("truePositive", "compromisedUser"): ("truePositive", "compromisedAccount"),
    ("benignPositive", "confirmedUserActivity"): (
        "informationalExpectedActivity",
        "confirmedActivity",
    ),
    ("benignPositive", "securityTesting"): ("informationalExpectedActivity", "securityTesting"),
    ("falsePositive", "clean"): ("falsePositive", "notMalicious"),
    ("falsePositive", "insufficientData"): ("falsePositive", "notEnoughDataToValidate"),
}


def test_patch_accepts_the_pairs_the_portal_offers(
    emu: Emulator, session: requests.Session
) -> None:
    url = f"{emu.graph_url}/security/incidents"
    target = f"{url}/{_first(session, url)['id']}"
    pairs = {(c, d): (c, d) for c, offered in _OFFERED.items() for d in offered}
    pairs.update({(c, "unknown"): (c, "unknown") for c in _OFFERED})  # clearing
    pairs.update(_ALIASES)
    for (classification, determination), stored in pairs.items():
        body = {"classification": classification, "determination": determination}
        response = session.patch(target, json=body, timeout=TIMEOUT)
        assert response.status_code == 200, (body, response.text)
        assert (response.json()["classification"], response.json()["determination"]) == stored


def test_patch_refuses_pairs_the_portal_does_not_offer(
    emu: Emulator, session: requests.Session
) -> None:
    url = f"{emu.graph_url}/security/incidents"
    incident = _first(session, url)
    target = f"{url}/{incident['id']}"
    for classification, determination in (
        ("truePositive", "notMalicious"),
        ("truePositive", "securityTesting"),
        ("falsePositive", "malware"),
        ("falsePositive", "confirmedUserActivity"),
        ("informationalExpectedActivity", "phishing"),
        ("benignPositive", "apt"),
        ("unknown", "malware"),
        ("unknown", "other"),
    ):
        body = {"classification": classification, "determination": determination}
        response = session.patch(target, json=body, timeout=TIMEOUT)
        assert response.status_code == 400, body
        error = response.json()["error"]
        assert error["code"] == "BadRequest"
        assert set(error["innerError"]) == {"date", "request-id", "client-request-id"}
        # It names the pair as stored (canonical spellings).
        canonical = {"benignPositive": "informationalExpectedActivity"}.get(
            classification, classification
        )
        canonical_determination = {"confirmedUserActivity": "confirmedActivity"}.get(
            determination, determination
        )
        assert f"'{canonical_determination}'" in error["message"]
        assert f"'{canonical}'" in error["message"]
    unchanged = session.get(target, timeout=TIMEOUT).json()
    assert unchanged["lastUpdateDateTime"] == incident["lastUpdateDateTime"]


def test_pair_is_the_body_over_the_current_values(emu: Emulator, session: requests.Session) -> None:
    url = f"{emu.graph_url}/security/alerts_v2"
    alert = session.get(f"{url}?$top=1&$filter=status eq 'new'", timeout=TIMEOUT).json()["value"][0]
    target = f"{url}/{alert['id']}"

    def patch(body: dict) -> requests.Response:
        return session.patch(target, json=body, timeout=TIMEOUT)

    assert patch({"classification": "truePositive", "determination": "malware"}).status_code == 200
    refused = patch({"classification": "falsePositive"})  # with the stored malware
    assert refused.status_code == 400
    assert "'malware'" in refused.json()["error"]["message"]
    assert patch({"determination": "notMalicious"}).status_code == 400  # with truePositive
    assert patch({"classification": "unknown"}).status_code == 400  # unknown/malware
    assert patch({"status": "inProgress"}).status_code == 200  # names neither: not judged
    assert patch({"determination": "phishing"}).json()["determination"] == "phishing"
    cleared = patch({"determination": "unknown"}).json()
    assert (cleared["classification"], cleared["determination"]) == ("truePositive", "unknown")
    assert patch({"classification": "falsePositive"}).status_code == 200
    assert patch({"classification": "unknown"}).json()["classification"] == "unknown"


def test_write_limit_per_app_per_tenant() -> None:
    with Emulator(small_config(incidents=20, tenants=2, write_limit_per_minute=2)) as emu:
        first, second = emu.tenants[0].id, emu.tenants[1].id

        def as_app(tenant: str, client_id: str, principal: str = "ana") -> requests.Session:
            session = requests.Session()
            token = emu.issue_token(tenant, client_id=client_id, principal=principal)
            session.headers["Authorization"] = f"Bearer {token}"
            return session

        ana, ben = as_app(first, "console"), as_app(first, "console", "ben")
        other_app, other_tenant = as_app(first, "other"), as_app(second, "console")
        incidents = f"{emu.graph_url}/security/incidents"
        incident = ana.get(f"{incidents}?$top=1", timeout=TIMEOUT).json()["value"][0]
        alerts = f"{emu.graph_url}/security/alerts_v2?$top=1&$filter=status eq 'new'"
        alert = ana.get(alerts, timeout=TIMEOUT).json()
        alert_url = f"{emu.graph_url}/security/alerts_v2/{alert['value'][0]['id']}"
        patch = {"assignedTo": "ana@contoso.com"}
        # A PATCH and a comment, on an incident and an alert, fill one window.
        assert ana.patch(f"{incidents}/{incident['id']}", json=patch, timeout=TIMEOUT).ok
        assert ana.post(f"{alert_url}/comments", json={"comment": "x"}, timeout=TIMEOUT).ok
        # Another analyst in the same app shares the app's quota.
        refused = ben.patch(alert_url, json={"status": "inProgress"}, timeout=TIMEOUT)
        assert refused.status_code == 429
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        error = refused.json()["error"]
        assert error["code"] == "TooManyRequests" and "Retry after" in error["message"]
        assert set(error["innerError"]) == {"date", "request-id", "client-request-id"}
        assert ben.get(alert_url, timeout=TIMEOUT).json()["status"] == "new"  # not applied
        # So does the app signed in at the token endpoint: its tokens keep the client id.
        form = {
            "grant_type": "client_credentials",
            "client_id": "console",
            "client_secret": "s",
            "scope": "https://graph.microsoft.com/.default",
        }
        login = f"{emu.login_url}/{first}/oauth2/v2.0/token"
        token = requests.post(login, data=form, timeout=TIMEOUT).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        daemon = requests.patch(alert_url, json=patch, headers=headers, timeout=TIMEOUT)
        assert daemon.status_code == 429
        assert ben.get(incidents, timeout=TIMEOUT).status_code == 200  # reads never count
        # Another app, or the same app in another tenant, has its own quota.
        assert other_app.patch(alert_url, json={"status": "inProgress"}, timeout=TIMEOUT).ok
        other_incident = other_tenant.get(f"{incidents}?$top=1", timeout=TIMEOUT).json()
        url = f"{incidents}/{other_incident['value'][0]['id']}"
        assert other_tenant.patch(url, json=patch, timeout=TIMEOUT).ok


def test_write_window_slides_and_retry_after_counts_down(
    emu: Emulator, session: requests.Session
) -> None:
    now = [1000.0]
    emu.faults.clock = lambda: now[0]
    incidents = f"{emu.graph_url}/security/incidents"
    url = f"{incidents}/{_first(session, incidents)['id']}"

    def write() -> requests.Response:
        return session.patch(url, json={"status": "inProgress"}, timeout=TIMEOUT)

    for _ in range(5):
        assert write().status_code == 200  # unlimited by default
    emu.faults.write_limit_per_minute = 2  # turned on mid-test: an empty window
    assert write().status_code == 200
    now[0] += 20
    assert write().status_code == 200
    now[0] += 10
    assert write().headers["Retry-After"] == "30"  # the first write leaves the window at 1060
    now[0] += 29.5
    assert write().headers["Retry-After"] == "1"  # half a second, rounded up
    now[0] += 0.5
    assert write().status_code == 200  # the first slot is free; refusals were not counted
    refused = write()
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "20"
    emu.faults.write_limit_per_minute = None
    assert write().status_code == 200


def test_deny_writes_answers_forbidden_and_reads_go_on() -> None:
    with Emulator(small_config(incidents=20, tenants=2)) as emu:
        denied, allowed = authorised(emu, 0), authorised(emu, 1)
        tenant = emu.tenants[0].id
        incidents = f"{emu.graph_url}/security/incidents"
        incident = denied.get(f"{incidents}?$top=1", timeout=TIMEOUT).json()["value"][0]
        alert = denied.get(f"{emu.graph_url}/security/alerts_v2?$top=1", timeout=TIMEOUT).json()
        alert_url = f"{emu.graph_url}/security/alerts_v2/{alert['value'][0]['id']}"
        emu.deny_writes(tenant, True)
        for url, permission in (
            (f"{incidents}/{incident['id']}", "SecurityIncident.ReadWrite.All"),
            (alert_url, "SecurityAlert.ReadWrite.All"),
            (f"{incidents}/no-such-id", "SecurityIncident.ReadWrite.All"),  # before lookup
        ):
            for response in (
                denied.patch(url, json={"status": "resolved"}, timeout=TIMEOUT),
                denied.post(f"{url}/comments", json={"comment": "x"}, timeout=TIMEOUT),
            ):
                assert response.status_code == 403
                error = response.json()["error"]
                assert error["code"] == "Forbidden"
                assert error["message"] == f"Missing application permission: {permission}"
                assert set(error["innerError"]) == {"date", "request-id", "client-request-id"}
        unchanged = denied.get(f"{incidents}/{incident['id']}", timeout=TIMEOUT)
        assert unchanged.status_code == 200
        assert unchanged.json()["lastUpdateDateTime"] == incident["lastUpdateDateTime"]
        # The other tenant writes on.
        other = allowed.get(f"{incidents}?$top=1", timeout=TIMEOUT).json()["value"][0]
        url = f"{incidents}/{other['id']}"
        assert allowed.patch(url, json={"status": "inProgress"}, timeout=TIMEOUT).ok
        emu.deny_writes(tenant, False)
        url = f"{incidents}/{incident['id']}"
        assert denied.patch(url, json={"status": "inProgress"}, timeout=TIMEOUT).ok
        with pytest.raises(KeyError):
            emu.deny_writes("no-such-tenant")
