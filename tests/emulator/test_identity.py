"""Sign-in endpoints, bearer auth, and the token choosing the tenant."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests

from console.emulator import Emulator

from .conftest import TIMEOUT, small_config

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def test_client_credentials_token_reads_data(shared_emu: Emulator) -> None:
    tenant = shared_emu.tenants[0]
    url = f"{shared_emu.login_url}/{tenant.id}/oauth2/v2.0/token"
    form = {
        "grant_type": "client_credentials",
        "client_id": "app",
        "client_secret": "s3cret",
        "scope": "https://graph.microsoft.com/.default",
    }
    token = requests.post(url, data=form, timeout=TIMEOUT).json()
    assert token["token_type"] == "Bearer" and 3000 < token["expires_in"] <= 3600
    assert "refresh_token" not in token
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    assert (
        requests.get(
            f"{shared_emu.graph_url}/security/incidents", headers=headers, timeout=TIMEOUT
        ).status_code
        == 200
    )
    bad = requests.post(url, data={**form, "client_secret": ""}, timeout=TIMEOUT)
    assert bad.status_code == 401 and bad.json()["error"] == "invalid_client"


def test_device_code_pending_then_approved_then_refresh(shared_emu: Emulator) -> None:
    tenant = shared_emu.tenants[0]
    root = f"{shared_emu.login_url}/{tenant.domain}/oauth2/v2.0"
    flow = requests.post(
        f"{root}/devicecode",
        data={
            "client_id": "console",
            "scope": "https://graph.microsoft.com/.default offline_access openid",
        },
        timeout=TIMEOUT,
    ).json()
    assert {
        "user_code",
        "device_code",
        "verification_uri",
        "expires_in",
        "interval",
        "message",
    } <= set(flow)
    poll = {"grant_type": DEVICE_GRANT, "client_id": "console", "device_code": flow["device_code"]}
    pending = requests.post(f"{root}/token", data=poll, timeout=TIMEOUT)
    assert pending.status_code == 400 and pending.json()["error"] == "authorization_pending"
    assert shared_emu.approve_device_code(flow["user_code"])
    token = requests.post(f"{root}/token", data=poll, timeout=TIMEOUT).json()
    assert token["access_token"] and token["refresh_token"] and token["id_token"]
    refreshed = requests.post(
        f"{root}/token",
        data={
            "grant_type": "refresh_token",
            "client_id": "console",
            "refresh_token": token["refresh_token"],
            # One sign-in, a token for the other API: the refresh token serves both.
            "scope": "https://api.securitycenter.microsoft.com/.default offline_access",
        },
        timeout=TIMEOUT,
    ).json()
    assert refreshed["access_token"] != token["access_token"]
    headers = {"Authorization": f"Bearer {refreshed['access_token']}"}
    assert (
        requests.get(
            f"{shared_emu.base_url}/api/machines", headers=headers, timeout=TIMEOUT
        ).status_code
        == 200
    )
    # Refresh tokens rotate: the old one no longer works.
    reused = requests.post(
        f"{root}/token",
        data={
            "grant_type": "refresh_token",
            "client_id": "console",
            "refresh_token": token["refresh_token"],
        },
        timeout=TIMEOUT,
    )
    assert reused.json()["error"] == "invalid_grant"


def test_device_code_is_approved_automatically_after_a_delay() -> None:
    with Emulator(small_config(incidents=5, devices=3, device_code_approve_after=0.3)) as emu:
        root = f"{emu.login_url}/organizations/oauth2/v2.0"
        flow = requests.post(f"{root}/devicecode", data={"client_id": "c"}, timeout=TIMEOUT).json()
        poll = {"grant_type": DEVICE_GRANT, "client_id": "c", "device_code": flow["device_code"]}
        deadline = time.monotonic() + 5
        while True:
            response = requests.post(f"{root}/token", data=poll, timeout=TIMEOUT)
            if response.status_code == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert response.status_code == 200, response.text


def test_openid_configuration(shared_emu: Emulator) -> None:
    tenant = shared_emu.tenants[0]
    doc = requests.get(
        f"{shared_emu.login_url}/{tenant.id}/v2.0/.well-known/openid-configuration", timeout=TIMEOUT
    ).json()
    assert doc["token_endpoint"] == f"{shared_emu.base_url}/{tenant.id}/oauth2/v2.0/token"
    assert doc["device_authorization_endpoint"].endswith("/oauth2/v2.0/devicecode")
    assert doc["authorization_endpoint"] and doc["issuer"]
    assert (
        requests.get(
            f"{shared_emu.login_url}/nowhere.example/v2.0/.well-known/openid-configuration",
            timeout=TIMEOUT,
        ).status_code
        == 400
    )


def test_every_api_route_needs_a_token(shared_emu: Emulator) -> None:
    for path in (
        "/v1.0/security/incidents",
        "/beta/security/alerts_v2",
        "/v1.0/security/incidents/2900001",
    ):
        for headers in ({}, {"Authorization": "Bearer forged"}):
            response = requests.get(
                f"{shared_emu.base_url}{path}", headers=headers, timeout=TIMEOUT
            )
            assert response.status_code == 401
            assert response.json()["error"]["code"] == "InvalidAuthenticationToken"
    for path in ("/api/machines", "/api/alerts"):
        response = requests.get(f"{shared_emu.base_url}{path}", timeout=TIMEOUT)
        assert response.status_code == 401 and response.json()["error"]["code"] == "Unauthorized"


def test_token_decides_the_tenant_and_accepted_tokens_work() -> None:
    config = small_config(tenants=2, incidents=10, devices=5)
    probe = Emulator(config)
    second = probe.tenants[1].id
    config.accept_tokens = {"fixed-token": second, "default-token": ""}
    with Emulator(config) as emu:
        assert [t.name for t in emu.tenants] == ["Contoso", "Fabrikam"]

        def tenant_of(token: str) -> set[str]:
            body = requests.get(
                f"{emu.graph_url}/security/incidents",
                headers={"Authorization": f"Bearer {token}"},
                timeout=TIMEOUT,
            ).json()
            return {i["tenantId"] for i in body["value"]}

        assert tenant_of("fixed-token") == {second}
        assert tenant_of("default-token") == {emu.tenants[0].id}
        assert tenant_of(emu.issue_token(second)) == {second}


def test_tls_emulator_writes_its_ca_in_the_ready_file_and_binds_tokens_to_an_audience(
    tmp_path,
) -> None:
    import json
    import subprocess
    import sys

    ready = tmp_path / "ready.json"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "console",
            "emulator",
            "--tls",
            "--incidents",
            "3",
            "--devices",
            "2",
            "--ready-file",
            str(ready),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        document = json.loads(ready.read_text())
        ca = document["ca_file"]
        assert document["base_url"].startswith("https://") and Path(ca).read_text().startswith(
            "-----BEGIN"
        )
        tenant = document["tenants"][0]["id"]
        root = f"{document['login_url']}/{tenant}/oauth2/v2.0"
        form = {
            "grant_type": "client_credentials",
            "client_id": "a",
            "client_secret": "s",
            "scope": "https://graph.microsoft.com/.default",
        }
        token = requests.post(f"{root}/token", data=form, verify=ca, timeout=TIMEOUT).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        graph = requests.get(
            f"{document['graph_url']}/security/incidents",
            headers=headers,
            verify=ca,
            timeout=TIMEOUT,
        )
        defender = requests.get(
            f"{document['defender_url']}/api/machines", headers=headers, verify=ca, timeout=TIMEOUT
        )
        assert (graph.status_code, defender.status_code) == (200, 401)
        with pytest.raises(requests.exceptions.SSLError):  # never trusted without the CA
            requests.get(document["graph_url"], verify=True, timeout=TIMEOUT)
    finally:
        process.terminate()
        process.wait(timeout=30)
