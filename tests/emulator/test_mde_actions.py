"""Defender for Endpoint machine actions: validation, their life on the emulator's clock,
conflicts, permissions, the list and its filters, isolation state and package downloads."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import pytest
import requests

from console.emulator import Emulator
from console.emulator.machine_actions import PACKAGE_LINK_SECONDS

from .conftest import TIMEOUT, authorised, small_config

GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ACTIONS = [
    ("isolate", {"IsolationType": "Selective"}, "Isolate", "Selective"),
    ("unisolate", {}, "Unisolate", None),
    ("runAntiVirusScan", {"ScanType": "Quick"}, "RunAntiVirusScan", "Quick"),
    ("collectInvestigationPackage", {}, "CollectInvestigationPackage", None),
    ("restrictCodeExecution", {}, "RestrictCodeExecution", None),
    ("unrestrictCodeExecution", {}, "UnrestrictCodeExecution", None),
]


def _machines(emu: Emulator, session: requests.Session, n: int = 2) -> list[dict[str, Any]]:
    body = session.get(f"{emu.base_url}/api/machines?$top={n}", timeout=TIMEOUT).json()
    return list(body["value"])


def _act(
    emu: Emulator, session: requests.Session, machine_id: str, path: str, **body: object
) -> requests.Response:
    payload = {"Comment": "Contain while we look", **body}
    return session.post(
        f"{emu.base_url}/api/machines/{machine_id}/{path}", json=payload, timeout=TIMEOUT
    )


def _status(emu: Emulator, session: requests.Session, action_id: str) -> dict[str, Any]:
    response = session.get(f"{emu.base_url}/api/machineactions/{action_id}", timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _error(response: requests.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"code", "message", "target"} and error["code"] == code
    return str(error["message"])


@pytest.mark.parametrize(("path", "extra", "kind", "scope"), ACTIONS)
def test_each_action_answers_201_with_a_pending_machine_action(
    emu: Emulator, session: requests.Session, path: str, extra: dict, kind: str, scope: str | None
) -> None:
    machine = _machines(emu, session, 1)[0]
    response = _act(emu, session, machine["id"], path, **extra)
    assert response.status_code == 201, response.text
    action = response.json()
    assert action["@odata.context"] == f"{emu.base_url}/api/$metadata#MachineActions/$entity"
    assert GUID.match(action["id"])
    assert action["type"] == kind and action["scope"] == scope
    assert action["status"] == "Pending"
    assert action["requestor"] == "emulator-test"
    assert action["requestorComment"] == "Contain while we look"
    assert action["machineId"] == machine["id"]
    assert action["computerDnsName"] == machine["computerDnsName"]
    assert action["creationDateTimeUtc"] == action["lastUpdateDateTimeUtc"]
    assert action["creationDateTimeUtc"].endswith("Z")
    assert action["relatedFileInfo"] is None
    assert set(action) == {
        "@odata.context",
        "id",
        "type",
        "scope",
        "requestor",
        "requestorComment",
        "status",
        "machineId",
        "computerDnsName",
        "creationDateTimeUtc",
        "lastUpdateDateTimeUtc",
        "relatedFileInfo",
    }
    assert _status(emu, session, action["id"])["id"] == action["id"]


def test_isolation_type_defaults_to_full(emu: Emulator, session: requests.Session) -> None:
    machine = _machines(emu, session, 1)[0]
    assert _act(emu, session, machine["id"], "isolate").json()["scope"] == "Full"


def test_bodies_are_validated_as_mde_does(emu: Emulator, session: requests.Session) -> None:
    machine_id = _machines(emu, session, 1)[0]["id"]
    url = f"{emu.base_url}/api/machines/{machine_id}"

    def post(path: str, body: object) -> requests.Response:
        return session.post(f"{url}/{path}", json=body, timeout=TIMEOUT)

    # Parameter names are case-sensitive: "comment" is no Comment.
    _error(
        post("isolate", {"comment": "x", "IsolationType": "Full"}), 400, "MissingRequiredParameter"
    )
    _error(post("unisolate", {"Comment": "  "}), 400, "MissingRequiredParameter")
    _error(post("unisolate", {"Comment": 3}), 400, "InvalidRequestBody")
    _error(post("isolate", {"Comment": "x", "IsolationType": "full"}), 400, "InvalidRequestBody")
    _error(post("isolate", {"Comment": "x", "IsolationType": "Partial"}), 400, "InvalidRequestBody")
    _error(post("runAntiVirusScan", {"Comment": "x"}), 400, "MissingRequiredParameter")
    _error(
        post("runAntiVirusScan", {"Comment": "x", "ScanType": "Deep"}), 400, "InvalidRequestBody"
    )
    _error(post("collectInvestigationPackage", ["Comment"]), 400, "InvalidRequestBody")
    not_json = session.post(f"{url}/isolate", data=b"{Comment", timeout=TIMEOUT)
    _error(not_json, 400, "InvalidRequestBody")
    missing = _act(emu, session, "0" * 40, "isolate", IsolationType="Full")
    assert "0" * 40 in _error(missing, 404, "ResourceNotFound")
    wrong_method = session.get(f"{url}/isolate", timeout=TIMEOUT)
    assert wrong_method.status_code == 405
    # None of the refused ones started an action.
    assert session.get(f"{emu.base_url}/api/machineactions", timeout=TIMEOUT).json()["value"] == []


def test_an_action_moves_pending_in_progress_succeeded_on_the_clock(
    emu: Emulator, session: requests.Session
) -> None:
    machine = _machines(emu, session, 1)[0]
    created = _act(emu, session, machine["id"], "isolate", IsolationType="Full").json()
    assert _status(emu, session, created["id"])["status"] == "Pending"  # default (1, 2) seconds
    emu.advance_machine_actions(1.0)
    running = _status(emu, session, created["id"])
    assert running["status"] == "InProgress"
    assert running["lastUpdateDateTimeUtc"] > created["lastUpdateDateTimeUtc"]
    assert running["creationDateTimeUtc"] == created["creationDateTimeUtc"]
    assert emu.machine_state(emu.tenants[0].id, machine["id"])["running"] == ["Isolate"]
    emu.advance_machine_actions(1.0)
    done = _status(emu, session, created["id"])
    assert done["status"] == "Succeeded"
    assert done["lastUpdateDateTimeUtc"] > running["lastUpdateDateTimeUtc"]
    state = emu.machine_state(emu.tenants[0].id, machine["computerDnsName"])
    assert state == {"isolated": True, "isolation_type": "Full", "restricted": False, "running": []}


@pytest.mark.parametrize("outcome", ["Failed", "TimeOut", "Cancelled"])
def test_a_test_chooses_how_the_next_action_ends(
    emu: Emulator, session: requests.Session, outcome: str
) -> None:
    machine_id = _machines(emu, session, 1)[0]["id"]
    emu.faults.next_machine_action_outcome(machine_id.upper(), outcome)  # any case
    emu.faults.machine_action_seconds = (1, 2)
    action = _act(emu, session, machine_id, "runAntiVirusScan", ScanType="Full").json()
    emu.advance_machine_actions(1.5)
    # A timed out or cancelled action was never picked up by the device.
    expected = "InProgress" if outcome == "Failed" else "Pending"
    assert _status(emu, session, action["id"])["status"] == expected
    emu.advance_machine_actions(1)
    assert _status(emu, session, action["id"])["status"] == outcome
    emu.faults.machine_action_seconds = (0, 0)
    again = _act(emu, session, machine_id, "runAntiVirusScan", ScanType="Full").json()
    assert again["status"] == "Pending"  # the 201 always is, whatever the delays
    assert _status(emu, session, again["id"])["status"] == "Succeeded"  # the outcome was once


def test_fault_knobs_refuse_nonsense(emu: Emulator) -> None:
    with pytest.raises(ValueError):
        emu.faults.next_machine_action_outcome("x", "Exploded")
    with pytest.raises(ValueError):
        emu.faults.machine_action_seconds = (2, 1)
    with pytest.raises(ValueError):
        emu.advance_machine_actions(-1)


def test_a_repeat_while_one_runs_is_already_in_progress(
    emu: Emulator, session: requests.Session
) -> None:
    first, second = (m["id"] for m in _machines(emu, session, 2))
    assert _act(emu, session, first, "isolate", IsolationType="Full").status_code == 201
    for path, extra in (("isolate", {"IsolationType": "Selective"}), ("unisolate", {})):
        refused = _act(emu, session, first, path, **extra)
        assert _error(refused, 400, "ActiveRequestAlreadyExists") == "Action is already in progress"
    # Another kind of action, or another machine, is not held up.
    assert _act(emu, session, first, "runAntiVirusScan", ScanType="Quick").status_code == 201
    assert _act(emu, session, second, "isolate", IsolationType="Full").status_code == 201
    assert _act(emu, session, first, "restrictCodeExecution").status_code == 201
    _error(_act(emu, session, first, "unrestrictCodeExecution"), 400, "ActiveRequestAlreadyExists")
    emu.advance_machine_actions(2)
    assert _act(emu, session, first, "unisolate").status_code == 201


def test_a_missing_permission_is_403_naming_it(emu: Emulator, session: requests.Session) -> None:
    tenant_id = emu.tenants[0].id
    machine_id = _machines(emu, session, 1)[0]["id"]
    emu.deny_machine_action(tenant_id, "Machine.Isolate")
    for path in ("isolate", "unisolate"):
        message = _error(_act(emu, session, machine_id, path), 403, "Forbidden")
        assert message == "Missing application permission: Machine.Isolate"
    # The permission is checked first: a machine that does not exist is 403 too.
    _error(_act(emu, session, "nope", "isolate"), 403, "Forbidden")
    assert _act(emu, session, machine_id, "runAntiVirusScan", ScanType="Quick").status_code == 201
    emu.deny_machine_action(tenant_id, "Machine.Scan")
    emu.deny_machine_action(tenant_id, "Machine.CollectForensics")
    emu.deny_machine_action(tenant_id, "Machine.RestrictExecution")
    for path, permission in (
        ("runAntiVirusScan", "Machine.Scan"),
        ("collectInvestigationPackage", "Machine.CollectForensics"),
        ("restrictCodeExecution", "Machine.RestrictExecution"),
        ("unrestrictCodeExecution", "Machine.RestrictExecution"),
    ):
        message = _error(_act(emu, session, machine_id, path, ScanType="Full"), 403, "Forbidden")
        assert message.endswith(permission)
    emu.deny_machine_action(tenant_id, "Machine.Isolate", denied=False)
    assert _act(emu, session, machine_id, "isolate").status_code == 201
    with pytest.raises(ValueError):
        emu.deny_machine_action(tenant_id, "Machine.Everything")
    with pytest.raises(KeyError):
        emu.deny_machine_action("no-such-tenant", "Machine.Isolate")


def test_list_filters_by_machine_status_and_type(emu: Emulator, session: requests.Session) -> None:
    first, second = (m["id"] for m in _machines(emu, session, 2))
    url = f"{emu.base_url}/api/machineactions"
    emu.faults.machine_action_seconds = (0, 0)
    scan = _act(emu, session, first, "runAntiVirusScan", ScanType="Quick").json()
    emu.faults.machine_action_seconds = (5, 10)
    isolate = _act(emu, session, first, "isolate").json()
    other = _act(emu, session, second, "collectInvestigationPackage").json()

    def ids(query: str) -> list[str]:
        response = session.get(f"{url}{query}", timeout=TIMEOUT)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["@odata.context"] == f"{emu.base_url}/api/$metadata#MachineActions"
        return [a["id"] for a in body["value"]]

    assert ids("") == [other["id"], isolate["id"], scan["id"]]  # newest first
    assert ids(f"?$filter=machineId eq '{first}'") == [isolate["id"], scan["id"]]
    assert ids("?$filter=status eq 'Succeeded'") == [scan["id"]]
    assert ids(f"?$filter=machineId eq '{first}' and status eq 'Pending'") == [isolate["id"]]
    assert ids("?$filter=type eq 'CollectInvestigationPackage'") == [other["id"]]
    assert ids(f"?$filter=machineId eq '{'f' * 40}'") == []  # empty is a list, unlike machines
    assert len(ids("?$top=2")) == 2
    _error(session.get(f"{url}?$filter=colour eq 'red'", timeout=TIMEOUT), 400, "ODataError")
    _error(session.get(f"{url}?$filter=status eq 'Done'", timeout=TIMEOUT), 400, "ODataError")
    missing = session.get(f"{url}/{'0' * 8}-0000-4000-8000-{'0' * 12}", timeout=TIMEOUT)
    _error(missing, 404, "ResourceNotFound")


def test_actions_belong_to_their_tenant() -> None:
    with Emulator(small_config(incidents=10, devices=3, tenants=2)) as emu:
        first, second = authorised(emu, 0), authorised(emu, 1)
        machine_id = _machines(emu, first, 1)[0]["id"]
        action = _act(emu, first, machine_id, "isolate").json()
        response = second.get(f"{emu.base_url}/api/machineactions/{action['id']}", timeout=TIMEOUT)
        _error(response, 404, "ResourceNotFound")
        assert (
            second.get(f"{emu.base_url}/api/machineactions", timeout=TIMEOUT).json()["value"] == []
        )
        assert len(emu.machine_action_requests(emu.tenants[0].id)) == 1
        assert emu.machine_action_requests(emu.tenants[1].id) == []


def test_isolation_and_restriction_follow_the_succeeded_actions(
    emu: Emulator, session: requests.Session
) -> None:
    tenant_id = emu.tenants[0].id
    machine = _machines(emu, session, 1)[0]
    machine_id = machine["id"]
    emu.faults.machine_action_seconds = (0, 0)
    state = emu.machine_state(tenant_id, machine_id)
    assert state == {"isolated": False, "isolation_type": None, "restricted": False, "running": []}
    _act(emu, session, machine_id, "isolate", IsolationType="Selective")
    _act(emu, session, machine_id, "restrictCodeExecution")
    assert emu.machine_state(tenant_id, machine_id) == {
        "isolated": True,
        "isolation_type": "Selective",
        "restricted": True,
        "running": [],
    }
    emu.faults.next_machine_action_outcome(machine_id, "Failed")
    _act(emu, session, machine_id, "unisolate")  # fails: still isolated
    assert emu.machine_state(tenant_id, machine_id)["isolated"] is True
    _act(emu, session, machine_id, "unisolate")
    _act(emu, session, machine_id, "unrestrictCodeExecution")
    assert emu.machine_state(tenant_id, machine_id)["isolated"] is False
    assert emu.machine_state(tenant_id, machine_id)["restricted"] is False
    # A client reads the same from the latest succeeded Isolate or Unisolate of the machine.
    query = f"$filter=machineId eq '{machine_id}' and status eq 'Succeeded'"
    listed = session.get(f"{emu.base_url}/api/machineactions?{query}", timeout=TIMEOUT).json()
    latest = next(a for a in listed["value"] if a["type"] in ("Isolate", "Unisolate"))
    assert latest["type"] == "Unisolate"
    # MDE's machine JSON has no isolation field, and it does not change.
    again = session.get(f"{emu.base_url}/api/machines/{machine_id}", timeout=TIMEOUT).json()
    assert {k: v for k, v in again.items() if k != "@odata.context"} == machine
    with pytest.raises(KeyError):
        emu.machine_state(tenant_id, "no-such-machine")


def test_collected_package_downloads_from_a_signed_link(
    emu: Emulator, session: requests.Session
) -> None:
    machine = _machines(emu, session, 1)[0]
    action = _act(emu, session, machine["id"], "collectInvestigationPackage").json()
    uri = f"{emu.base_url}/api/machineactions/{action['id']}/GetPackageUri"
    _error(session.get(uri, timeout=TIMEOUT), 404, "ResourceNotFound")  # not complete yet
    emu.advance_machine_actions(2)
    response = session.get(uri, timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["@odata.context"] == f"{emu.base_url}/api/$metadata#Edm.String"
    link = body["value"]
    port = emu.base_url.rsplit(":", 1)[1]
    # On another origin than the API (as storage is), so a scoped token never goes there.
    assert link.startswith(f"http://localhost:{port}/packages/{action['id']}.zip?")
    assert session.get(uri.replace("GetPackageUri", "getPackageUri"), timeout=TIMEOUT).ok
    download = requests.get(link, timeout=TIMEOUT)  # no bearer token, as for a SAS URL
    assert download.status_code == 200
    assert download.headers["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        assert "Processes/Processes.csv" in archive.namelist()
        assert machine["computerDnsName"] in archive.read("Summary.txt").decode()
    assert emu.machine_actions.downloads[-1].sent_authorization is False
    tampered = requests.get(link[:-4] + "0000", timeout=TIMEOUT)
    assert tampered.status_code == 403 and b"AuthenticationFailed" in tampered.content
    emu.advance_machine_actions(PACKAGE_LINK_SECONDS + 1)
    assert requests.get(link, timeout=TIMEOUT).status_code == 403  # the link expired
    fresh = session.get(uri, timeout=TIMEOUT).json()["value"]
    assert requests.get(fresh, timeout=TIMEOUT).status_code == 200


def test_package_uri_of_another_action_or_a_failed_collection(
    emu: Emulator, session: requests.Session
) -> None:
    machine_id = _machines(emu, session, 1)[0]["id"]
    emu.faults.machine_action_seconds = (0, 0)
    scan = _act(emu, session, machine_id, "runAntiVirusScan", ScanType="Quick").json()
    uri = f"{emu.base_url}/api/machineactions/{scan['id']}/GetPackageUri"
    _error(session.get(uri, timeout=TIMEOUT), 400, "BadRequest")
    emu.faults.next_machine_action_outcome(machine_id, "Failed")
    failed = _act(emu, session, machine_id, "collectInvestigationPackage").json()
    uri = f"{emu.base_url}/api/machineactions/{failed['id']}/GetPackageUri"
    assert "Failed" in _error(session.get(uri, timeout=TIMEOUT), 404, "ResourceNotFound")


def test_requests_are_counted_per_tenant_refused_ones_included(
    emu: Emulator, session: requests.Session
) -> None:
    tenant_id = emu.tenants[0].id
    machine_id = _machines(emu, session, 1)[0]["id"]
    assert emu.machine_action_requests(tenant_id) == []
    _act(emu, session, machine_id, "isolate")
    _act(emu, session, machine_id, "isolate")  # already in progress
    _act(emu, session, machine_id, "runAntiVirusScan")  # no ScanType
    session.post(
        f"{emu.base_url}/api/machines/{machine_id}/tags",
        json={"Value": "x", "Action": "Add"},
        timeout=TIMEOUT,
    )
    logged = emu.machine_action_requests(tenant_id)
    assert [(r.kind, r.status) for r in logged] == [
        ("Isolate", 201),
        ("Isolate", 400),
        ("RunAntiVirusScan", 400),
    ]
    assert logged[0].machine_ids == (machine_id,)
    assert [(r.kind, r.status) for r in emu.tag_requests(tenant_id)] == [("Tags", 200)]


def test_actions_and_packages_are_served_by_the_defender_origin() -> None:
    config = small_config(incidents=10, devices=3, defender_port=0, tls=True)
    with Emulator(config) as emu:
        session = authorised(emu)
        # Without trust_env, REQUESTS_CA_BUNDLE from the environment would win over verify.
        session.trust_env = False
        session.verify = emu.ca_path
        base = emu.defender_url
        machine_id = session.get(f"{base}/api/machines", timeout=TIMEOUT).json()["value"][0]["id"]
        emu.faults.machine_action_seconds = (0, 0)
        url = f"{base}/api/machines/{machine_id}/collectInvestigationPackage"
        action = session.post(url, json={"Comment": "x"}, timeout=TIMEOUT).json()
        graph_side = session.get(f"{emu.base_url}/api/machineactions", timeout=TIMEOUT)
        assert graph_side.status_code == 404
        uri = f"{base}/api/machineactions/{action['id']}/GetPackageUri"
        link = session.get(uri, timeout=TIMEOUT).json()["value"]
        assert link.startswith(f"https://localhost:{base.rsplit(':', 1)[1]}/packages/")
        download = requests.get(link, timeout=TIMEOUT, verify=emu.ca_path)
        assert download.status_code == 200 and download.content[:2] == b"PK"
        defender_port, graph_port = base.rsplit(":", 1)[1], emu.base_url.rsplit(":", 1)[1]
        on_graph = link.replace(f":{defender_port}/", f":{graph_port}/")
        assert requests.get(on_graph, timeout=TIMEOUT, verify=emu.ca_path).status_code == 404


def test_the_command_line_sets_delays_outcomes_and_refused_permissions() -> None:
    import argparse

    from console.commands import CommandError
    from console.emulator.cli import add_arguments, config_from_args

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    defaults = config_from_args(parser.parse_args([]))
    assert defaults.machine_action_seconds == (1.0, 2.0)
    assert (defaults.machine_action_outcome, defaults.denied_machine_permissions) == (
        "Succeeded",
        (),
    )
    flags = "--machine-action-seconds 5,30 --machine-action-outcome TimeOut"
    flags += " --deny-machine-permission Machine.Scan"
    config = config_from_args(parser.parse_args(flags.split()))
    for wrong in ("2,1", "soon", "3"):
        with pytest.raises(CommandError, match="--machine-action-seconds"):
            config_from_args(parser.parse_args(["--machine-action-seconds", wrong]))
    with Emulator(
        small_config(
            machine_action_seconds=config.machine_action_seconds,
            machine_action_outcome=config.machine_action_outcome,
            denied_machine_permissions=config.denied_machine_permissions,
        )
    ) as emu:
        session = authorised(emu)
        machine_id = _machines(emu, session, 1)[0]["id"]
        _error(
            _act(emu, session, machine_id, "runAntiVirusScan", ScanType="Quick"), 403, "Forbidden"
        )
        action = _act(emu, session, machine_id, "isolate").json()
        emu.advance_machine_actions(29)
        assert _status(emu, session, action["id"])["status"] == "Pending"
        emu.advance_machine_actions(2)
        assert _status(emu, session, action["id"])["status"] == "TimeOut"
        emu.faults.next_machine_action_outcome(machine_id, "Succeeded")  # a test still may
        emu.faults.machine_action_seconds = (0, 0)
        again = _act(emu, session, machine_id, "isolate").json()
        assert _status(emu, session, again["id"])["status"] == "Succeeded"
