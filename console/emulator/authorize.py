"""The authorize endpoint: the browser half of the authorization code flow with PKCE.

The emulator stands in for the sign-in page and the consent prompt, and approves at
once: ``GET /{tenant}/oauth2/v2.0/authorize`` answers with the code for the client's
loopback redirect, as a form that posts itself (``response_mode=form_post``, what MSAL
asks for) or a 302 (the query mode). A test plays the browser by following it.
The code is single-use and bound to the client, the redirect and the PKCE challenge,
which the token endpoint checks against the verifier.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from console.emulator.protocol import Request, Response

CODE_LIFETIME = 600  # seconds, as the real codes (about ten minutes)
_LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


@dataclass(frozen=True)
class AuthorizationCode:
    tenant_id: str
    client_id: str
    redirect_uri: str
    scope: str
    nonce: str
    code_challenge: str
    created: float


class AuthorizationCodes:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._codes: dict[str, AuthorizationCode] = {}

    def issue(self, entry: AuthorizationCode) -> str:
        code = secrets.token_urlsafe(48)
        with self._lock:
            self._codes[code] = entry
        return code

    def redeem(self, code: str) -> AuthorizationCode | None:
        with self._lock:
            entry = self._codes.pop(code, None)  # single use, as the real ones
        if entry is None or time.time() - entry.created > CODE_LIFETIME:
            return None
        return entry


def pkce_matches(verifier: str, challenge: str) -> bool:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    return secrets.compare_digest(computed, challenge)


def is_loopback_redirect(uri: str) -> bool:
    parts = urlsplit(uri)
    return parts.scheme == "http" and (parts.hostname or "") in _LOOPBACK_HOSTS


def authorize(request: Request, tenant_id: str, codes: AuthorizationCodes) -> Response:
    """Approve the request and send the browser back to the loopback redirect."""
    query = dict(parse_qsl(request.query))
    client_id = query.get("client_id", "")
    redirect_uri = query.get("redirect_uri", "")
    if not client_id:
        return _page(400, "AADSTS900144: The request body must contain 'client_id'.")
    if not is_loopback_redirect(redirect_uri):
        # Errors about the redirect itself are shown on the page, never sent to it.
        return _page(
            400,
            "AADSTS50011: The redirect URI specified in the request does not match the "
            "redirect URIs configured for the application (a public client uses "
            "http://localhost).",
        )
    answer: dict[str, str] = {}
    if "state" in query:
        answer["state"] = query["state"]
    challenge = query.get("code_challenge", "")
    if query.get("response_type") != "code":
        answer.update(error="unsupported_response_type", error_description="AADSTS70000")
    elif not challenge or query.get("code_challenge_method", "plain") != "S256":
        answer.update(
            error="invalid_request",
            error_description="AADSTS9002325: Proof Key for Code Exchange (S256) is required.",
        )
    else:
        entry = AuthorizationCode(
            tenant_id,
            client_id,
            redirect_uri,
            query.get("scope", ""),
            query.get("nonce", ""),
            challenge,
            time.time(),
        )
        answer["code"] = codes.issue(entry)
    if query.get("response_mode") == "form_post":
        return _form_post(redirect_uri, answer)
    separator = "&" if "?" in redirect_uri else "?"
    return Response(
        302,
        b"",
        content_type="text/html; charset=utf-8",
        headers={"Location": f"{redirect_uri}{separator}{urlencode(answer)}"},
    )


def _form_post(action: str, fields: dict[str, str]) -> Response:
    inputs = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}"/>'
        for k, v in fields.items()
    )
    page = (
        "<html><head><title>Working...</title></head>"
        '<body onload="document.forms[0].submit()">'
        f'<form method="POST" name="hiddenform" action="{html.escape(action)}">{inputs}'
        "<noscript><input type='submit' value='Continue'/></noscript></form></body></html>"
    )
    return Response(200, page.encode(), content_type="text/html; charset=utf-8")


def _page(status: int, text: str) -> Response:
    body = f"<html><body><p>{html.escape(text)}</p></body></html>".encode()
    return Response(status, body, content_type="text/html; charset=utf-8")
