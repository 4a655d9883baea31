"""Errors read as one clear line; tokens never reach a log record or an error message."""

from __future__ import annotations

import logging

import pytest

from console.api import (
    ApiError,
    AuthError,
    EnvTokenProvider,
    GraphClient,
    StaticTokenProvider,
    ThrottledError,
    redact,
)
from tests.api.scripted_server import TOKEN, Reply, ScriptedServer

FORBIDDEN = {
    "error": {
        "code": "Forbidden",
        "message": "Missing application roles. API required roles: "
        "SecurityIncident.Read.All,SecurityIncident.ReadWrite.All, application roles: .",
        "innerError": {"date": "2024-05-10T08:00:00", "request-id": "r1", "client-request-id": "c"},
    }
}


def incidents(server: ScriptedServer, session) -> list:
    client = GraphClient(session, f"{server.base_url}/v1.0")
    return [i for page in client.incident_pages() for i in page.items]


def test_401_is_an_auth_error(server, session) -> None:
    server.script(
        Reply(
            401,
            {
                "error": {
                    "code": "InvalidAuthenticationToken",
                    "message": "Access token has expired or is not yet valid.",
                }
            },
        )
    )
    with pytest.raises(AuthError) as raised:
        incidents(server, session)
    assert str(raised.value) == (
        "incidents page 1: HTTP 401 Unauthorized (InvalidAuthenticationToken): "
        "Access token has expired or is not yet valid."
    )
    assert len(server.seen) == 1  # not retried


def test_403_names_the_missing_roles_in_one_line(server, session) -> None:
    server.script(Reply(403, FORBIDDEN))
    with pytest.raises(ApiError) as raised:
        incidents(server, session)
    assert str(raised.value) == (
        "incidents page 1: HTTP 403 Forbidden: Missing application roles. API required roles: "
        "SecurityIncident.Read.All,SecurityIncident.ReadWrite.All, application roles: ."
    )
    assert (raised.value.status, raised.value.code) == (403, "Forbidden")
    assert not isinstance(raised.value, ThrottledError | AuthError)


def test_defender_error_body_and_multiline_messages(server, session) -> None:
    server.script(
        Reply(
            400,
            {
                "error": {
                    "code": "InvalidRequestBody",
                    "message": "Request body is incorrect:\n  'Action' is required",
                    "target": "43f4cb08-8fac-4b65-9db1-745c2ae65f3a",
                }
            },
        )
    )
    with pytest.raises(ApiError) as raised:
        incidents(server, session)
    assert str(raised.value) == (
        "incidents page 1: HTTP 400 Bad Request (InvalidRequestBody): "
        "Request body is incorrect: 'Action' is required"
    )


def test_tokens_never_reach_logs_or_error_strings(server, make_session, caplog) -> None:
    session = make_session(max_attempts=2)
    echo = f"bad request from Authorization: Bearer {TOKEN} with access_token={TOKEN}"
    server.script(
        Reply(503, {}),  # a retry, so the retry logging runs too
        Reply(400, {"error": {"code": "BadRequest", "message": echo}}),
    )
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ApiError) as raised:
        incidents(server, session)

    # The token was really sent, so the checks below can fail.
    assert server.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in str(raised.value) and TOKEN not in repr(raised.value)
    assert "Bearer <redacted>" in str(raised.value)
    assert caplog.records, "the session logs its requests at debug level"
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


def test_the_filter_redacts_what_code_might_log(caplog) -> None:
    caplog.set_level(logging.DEBUG)
    logger = logging.getLogger("console.api.session")
    logger.debug("headers %s", {"Authorization": f"Bearer {TOKEN}"})
    logger.debug('token response {"access_token": "%s", "refresh_token": "r-123"}', TOKEN)
    logging.getLogger("urllib3.connectionpool").debug("url ?access_token=%s&x=1", TOKEN)
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        "headers {'Authorization': 'Bearer <redacted>'}",
        'token response {"access_token": "<redacted>", "refresh_token": "<redacted>"}',
        "url ?access_token=<redacted>&x=1",
    ]
    assert redact("nothing secret here") == "nothing secret here"


def test_env_token_provider_says_what_is_missing(monkeypatch) -> None:
    monkeypatch.delenv("HC_TEST_TOKEN", raising=False)
    with pytest.raises(AuthError, match="environment variable HC_TEST_TOKEN is not set"):
        EnvTokenProvider("HC_TEST_TOKEN").token()
    monkeypatch.setenv("HC_TEST_TOKEN", "  ")
    with pytest.raises(AuthError, match="environment variable HC_TEST_TOKEN is empty"):
        EnvTokenProvider("HC_TEST_TOKEN").token()
    monkeypatch.setenv("HC_TEST_TOKEN", "abc.def\n")
    assert EnvTokenProvider("HC_TEST_TOKEN").token() == "abc.def"


def test_missing_token_fails_before_sending_and_names_the_resource(server, make_session):
    from console.api import ApiSession

    session = ApiSession(EnvTokenProvider("HC_SURELY_UNSET_VARIABLE"))
    with pytest.raises(AuthError) as raised:
        incidents(server, session)
    assert str(raised.value).startswith("incidents: no access token: environment variable")
    assert server.seen == []
    session.close()


def test_providers_do_not_show_the_token() -> None:
    assert TOKEN not in repr(StaticTokenProvider(TOKEN))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ProxyError('Unable to connect to proxy', http://jdoe:Winter2026!@proxy.corp:8080)",
            "ProxyError('Unable to connect to proxy', http://jdoe:<redacted>@proxy.corp:8080)",
        ),
        (
            "proxy 'https://svc-sync:p%40ss@10.0.0.5:3128'",
            "proxy 'https://svc-sync:<redacted>@10.0.0.5:3128'",
        ),
        ("http://jdoe:Win@ter@proxy:8080/", "http://jdoe:<redacted>@proxy:8080/"),
        # A user without a password, and an e-mail address, are not secrets.
        ("proxy http://jdoe@proxy.corp:8080", "proxy http://jdoe@proxy.corp:8080"),
        ("assigned to analyst@contoso.com", "assigned to analyst@contoso.com"),
    ],
)
def test_a_password_in_a_url_never_reaches_a_message(text, expected) -> None:
    assert redact(text) == expected
