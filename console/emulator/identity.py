"""The Microsoft identity platform endpoints: token, device code, OpenID discovery.

Tokens are opaque random strings mapped to a tenant and an expiry (one hour, as the real
ones). They are kept in memory only and never logged.
"""

from __future__ import annotations

import base64
import secrets
import string
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl

import orjson

from console.emulator.dataset import Tenant
from console.emulator.protocol import Request, Response
from console.emulator.wire import oauth_error

TOKEN_LIFETIME = 3600
DEVICE_CODE_LIFETIME = 900
_RESERVED_SCOPES = {"openid", "profile", "offline_access"}
_DEFAULT_SCOPE = "https://graph.microsoft.com/.default"
_JSON = "application/json; charset=utf-8"


@dataclass
class Grant:
    tenant_id: str
    principal: str
    scope: str
    expires_at: float


@dataclass
class DeviceCode:
    user_code: str
    tenant_id: str
    client_id: str
    scope: str
    created: float
    approved: bool = False


class TokenStore:
    def __init__(self, accepted: dict[str, str], approve_after: float) -> None:
        self._lock = threading.Lock()
        self._access: dict[str, Grant] = {
            token: Grant(tenant, "preconfigured-token", _DEFAULT_SCOPE, float("inf"))
            for token, tenant in accepted.items()
        }
        self._refresh: dict[str, Grant] = {}
        self._device_codes: dict[str, DeviceCode] = {}
        self.approve_after = approve_after

    def issue(
        self, tenant_id: str, principal: str = "emulator-test", scope: str = _DEFAULT_SCOPE
    ) -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._access[token] = Grant(tenant_id, principal, scope, time.time() + TOKEN_LIFETIME)
        return token

    def lookup(self, token: str) -> Grant | None:
        with self._lock:
            grant = self._access.get(token)
        if grant is None or grant.expires_at < time.time():
            return None
        return grant

    def issue_refresh(self, grant: Grant) -> str:
        token = secrets.token_urlsafe(48)
        with self._lock:
            self._refresh[token] = grant
        return token

    def redeem_refresh(self, token: str) -> Grant | None:
        with self._lock:
            return self._refresh.pop(token, None)  # rotated: each refresh token works once

    def start_device_code(
        self, tenant_id: str, client_id: str, scope: str
    ) -> tuple[str, DeviceCode]:
        device_code = secrets.token_urlsafe(48)
        user_code = "".join(
            secrets.choice(string.ascii_uppercase + string.digits) for _ in range(9)
        )
        entry = DeviceCode(user_code, tenant_id, client_id, scope, time.time())
        with self._lock:
            self._device_codes[device_code] = entry
        return device_code, entry

    def approve(self, user_code: str) -> bool:
        with self._lock:
            for entry in self._device_codes.values():
                if entry.user_code == user_code.upper():
                    entry.approved = True
                    return True
        return False

    def poll_device_code(self, device_code: str) -> DeviceCode | str:
        """The approved entry (consumed), or the OAuth error to answer with."""
        with self._lock:
            entry = self._device_codes.get(device_code)
            if entry is None:
                return "bad_verification_code"
            age = time.time() - entry.created
            if age > DEVICE_CODE_LIFETIME:
                del self._device_codes[device_code]
                return "expired_token"
            if not entry.approved and age < self.approve_after:
                return "authorization_pending"
            del self._device_codes[device_code]
            return entry


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class IdentityRoutes:
    def __init__(self, tokens: TokenStore, resolve: Callable[[str], Tenant | None]) -> None:
        self.tokens = tokens
        self.resolve = resolve

    def openid_configuration(self, request: Request, tenant: Tenant) -> Response:
        root = f"{request.base_url}/{tenant.id}"
        document = {
            "issuer": f"{root}/v2.0",
            "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
            "token_endpoint": f"{root}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{root}/oauth2/v2.0/devicecode",
            "jwks_uri": f"{request.base_url}/{tenant.id}/discovery/v2.0/keys",
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "grant_types_supported": [
                "authorization_code",
                "client_credentials",
                "refresh_token",
                "urn:ietf:params:oauth:grant-type:device_code",
            ],
            "tenant_region_scope": "EU",
        }
        return Response(200, orjson.dumps(document), content_type=_JSON)

    def device_code(self, request: Request, tenant: Tenant) -> Response:
        form = dict(parse_qsl(request.body.decode("utf-8", "replace")))
        client_id = form.get("client_id", "")
        if not client_id:
            return _oauth(
                400, "invalid_request", "The request body must contain 'client_id'.", 900144
            )
        scope = form.get("scope", _DEFAULT_SCOPE)
        device_code, entry = self.tokens.start_device_code(tenant.id, client_id, scope)
        uri = f"{request.base_url}/devicelogin"
        body = {
            "user_code": entry.user_code,
            "device_code": device_code,
            "verification_uri": uri,
            "expires_in": DEVICE_CODE_LIFETIME,
            # Shorter than the real 5 s so demos and tests do not wait; clients must honour it.
            "interval": 1,
            "message": f"To sign in, use a web browser to open the page {uri} and enter the code "
            f"{entry.user_code} to authenticate.",
        }
        return Response(200, orjson.dumps(body), content_type=_JSON)

    def token(self, request: Request, tenant: Tenant) -> Response:
        form = dict(parse_qsl(request.body.decode("utf-8", "replace")))
        grant_type = form.get("grant_type", "")
        client_id = form.get("client_id", "")
        if grant_type == "client_credentials":
            if not client_id or not (form.get("client_secret") or form.get("client_assertion")):
                return _oauth(401, "invalid_client", "Invalid client secret provided.", 7000215)
            grant = Grant(tenant.id, f"API-App:{client_id}", form.get("scope", _DEFAULT_SCOPE), 0)
            return self._token_response(grant, form, refresh=False)
        if grant_type == "urn:ietf:params:oauth:grant-type:device_code":
            outcome = self.tokens.poll_device_code(form.get("device_code", ""))
            if isinstance(outcome, str):
                return _oauth(400, outcome, _DEVICE_MESSAGES[outcome], _DEVICE_CODES[outcome])
            grant = Grant(outcome.tenant_id, f"soc.analyst@{tenant.domain}", outcome.scope, 0)
            return self._token_response(grant, form, refresh=True)
        if grant_type == "refresh_token":
            previous = self.tokens.redeem_refresh(form.get("refresh_token", ""))
            if previous is None or previous.tenant_id != tenant.id:
                return _oauth(
                    400, "invalid_grant", "The refresh token is invalid or expired.", 70000
                )
            scope = form.get("scope", previous.scope)
            return self._token_response(
                Grant(previous.tenant_id, previous.principal, scope, 0), form, True
            )
        return _oauth(
            400, "unsupported_grant_type", f"Unsupported grant type '{grant_type}'.", 70003
        )

    def _token_response(self, grant: Grant, form: dict[str, str], refresh: bool) -> Response:
        requested = form.get("scope", grant.scope).split()
        resource_scopes = (
            " ".join(s for s in requested if s not in _RESERVED_SCOPES) or _DEFAULT_SCOPE
        )
        access = self.tokens.issue(grant.tenant_id, grant.principal, resource_scopes)
        body: dict[str, object] = {
            "token_type": "Bearer",
            "scope": resource_scopes,
            "expires_in": TOKEN_LIFETIME - 1,
            "ext_expires_in": TOKEN_LIFETIME - 1,
            "access_token": access,
        }
        if refresh:
            body["refresh_token"] = self.tokens.issue_refresh(grant)
        if refresh and ("openid" in requested or form.get("client_info") == "1"):
            # MSAL builds its account from these; the id_token is unsigned (alg none) on purpose.
            object_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{grant.tenant_id}/{grant.principal}"))
            now = int(time.time())
            claims = {
                "aud": form.get("client_id", ""),
                "iss": f"https://login.microsoftonline.com/{grant.tenant_id}/v2.0",
                "iat": now,
                "nbf": now,
                "exp": now + TOKEN_LIFETIME,
                "name": "SOC Analyst",
                "oid": object_id,
                "preferred_username": grant.principal,
                "sub": object_id,
                "tid": grant.tenant_id,
                "ver": "2.0",
            }
            header = _b64(b'{"typ":"JWT","alg":"none"}')
            body["id_token"] = f"{header}.{_b64(orjson.dumps(claims))}."
            body["client_info"] = _b64(orjson.dumps({"uid": object_id, "utid": grant.tenant_id}))
        return Response(
            200, orjson.dumps(body), content_type=_JSON, headers={"Cache-Control": "no-store"}
        )


_DEVICE_MESSAGES = {
    "authorization_pending": "The user has not yet completed authorization.",
    "bad_verification_code": "The device code was not recognized.",
    "expired_token": "The device code has expired.",
}
_DEVICE_CODES = {
    "authorization_pending": 70016,
    "bad_verification_code": 70019,
    "expired_token": 70020,
}


def _oauth(status: int, error: str, description: str, code: int) -> Response:
    return Response(status, oauth_error(error, description, code), content_type=_JSON)
