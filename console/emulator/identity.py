"""The Microsoft identity platform endpoints: authorize, token, device code, discovery.

Tokens are opaque random strings mapped to a tenant, an audience (Graph or Defender for
Endpoint, `console.emulator.audience`) and an expiry (one hour as the real ones, or
shorter so that clients refresh). They are kept in memory only and never logged.

Consent: with `admin_consent` (the default) the tenant's admin has consented to every
resource for every client. Without it, a client holds only what the analyst consented
to in a sign-in (the scopes of an authorize request, extra scopes included, or of a
device code), and a token for anything else is refused with AADSTS65001.
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

from console.emulator import audience
from console.emulator.apps import AppRegistry
from console.emulator.authorize import (
    AuthorizationCode,
    AuthorizationCodes,
    authorize,
    pkce_matches,
)
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
    audience: str = audience.ANY
    client_id: str = ""


# What a device code sign-in ends in once the analyst has "acted" (after `approve_after`
# seconds or `device_code_polls` polls): approved, declined by the analyst, expired, or
# refused by a Conditional Access policy that blocks the device code flow.
DEVICE_OUTCOMES = ("approve", "deny", "expire", "blocked")


@dataclass
class DeviceCode:
    user_code: str
    tenant_id: str
    client_id: str
    scope: str
    created: float
    approved: bool = False
    polls: int = 0


class TokenStore:
    """Tokens, refresh tokens, device codes and consent; the switches tests and the CLI
    turn (`token_lifetime`, `admin_consent`, `device_code_outcome`, `device_code_polls`)
    may change while the emulator runs."""

    def __init__(
        self,
        accepted: dict[str, str],
        approve_after: float,
        *,
        token_lifetime: int = TOKEN_LIFETIME,
        device_code_outcome: str = "approve",
        device_code_polls: int | None = None,
        admin_consent: bool = True,
    ) -> None:
        if device_code_outcome not in DEVICE_OUTCOMES:
            raise ValueError(f"device_code_outcome must be one of {', '.join(DEVICE_OUTCOMES)}")
        self._lock = threading.Lock()
        self._access: dict[str, Grant] = {
            token: Grant(tenant, "preconfigured-token", _DEFAULT_SCOPE, float("inf"))
            for token, tenant in accepted.items()
        }
        self._refresh: dict[str, Grant] = {}
        self._device_codes: dict[str, DeviceCode] = {}
        self._consented: set[tuple[str, str, str]] = set()  # (tenant, client, resource)
        self.codes = AuthorizationCodes()
        # Every access and refresh token minted, in memory: tests search what a client
        # wrote (files, logs) for any of them.
        self.minted: list[str] = []
        self.approve_after = approve_after
        self.token_lifetime = token_lifetime
        self.device_code_outcome = device_code_outcome
        self.device_code_polls = device_code_polls
        self.admin_consent = admin_consent

    def issue(
        self,
        tenant_id: str,
        principal: str = "emulator-test",
        scope: str = _DEFAULT_SCOPE,
        resource: str = audience.ANY,
        client_id: str = "",
    ) -> str:
        """A token for `resource`; the test hook's default serves every API. The client id
        stays on the grant because Graph's write quota is counted per app."""
        token = secrets.token_urlsafe(32)
        expires_at = time.time() + self.token_lifetime
        grant = Grant(tenant_id, principal, scope, expires_at, resource, client_id)
        with self._lock:
            self._access[token] = grant
            self.minted.append(token)
        return token

    def revoke_access_tokens(self) -> None:
        """Every access token issued so far stops working (a test hook: what a client sees
        when its token is revoked or expires before it thought); refresh tokens still work."""
        with self._lock:
            self._access.clear()

    def consent(self, tenant_id: str, client_id: str, scopes: str) -> None:
        with self._lock:
            for resource in audience.resources_of(scopes):
                self._consented.add((tenant_id, client_id, resource))

    def has_consent(self, tenant_id: str, client_id: str, resource: str) -> bool:
        with self._lock:
            return self.admin_consent or (tenant_id, client_id, resource) in self._consented

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
            self.minted.append(token)
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
            entry.polls += 1
            age = time.time() - entry.created
            if age > DEVICE_CODE_LIFETIME:
                del self._device_codes[device_code]
                return "expired_token"
            polls = self.device_code_polls
            acted = entry.approved or age >= self.approve_after
            if polls is not None:
                acted = acted or entry.polls > polls
            if not acted:
                return "authorization_pending"
            del self._device_codes[device_code]
            outcome = "approve" if entry.approved else self.device_code_outcome
            return {
                "deny": "authorization_declined",
                "expire": "expired_token",
                "blocked": "conditional_access",
            }.get(outcome, entry)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class IdentityRoutes:
    def __init__(
        self,
        tokens: TokenStore,
        resolve: Callable[[str], Tenant | None],
        apps: AppRegistry | None = None,
    ) -> None:
        self.tokens = tokens
        self.resolve = resolve
        self.apps = apps or AppRegistry()

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
            "token_endpoint_auth_methods_supported": [
                "client_secret_post",
                "client_secret_basic",
                "private_key_jwt",
            ],
            "grant_types_supported": [
                "authorization_code",
                "client_credentials",
                "refresh_token",
                "urn:ietf:params:oauth:grant-type:device_code",
            ],
            "tenant_region_scope": "EU",
        }
        return Response(200, orjson.dumps(document), content_type=_JSON)

    def authorize(self, request: Request, tenant: Tenant) -> Response:
        return authorize(request, tenant.id, self.tokens.codes)

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
        analyst = f"soc.analyst@{tenant.domain}"
        if grant_type == "client_credentials":
            # The assertion is for this token endpoint, by tenant id or domain as asked.
            audiences = {
                f"{request.base_url}/{segment}/oauth2/v2.0/token"
                for segment in (tenant.id, tenant.domain)
            }
            refusal = self.apps.check(client_id, form, audiences)
            if refusal is not None:
                return _oauth(401, refusal.error, refusal.description, refusal.code)
            scope = form.get("scope", _DEFAULT_SCOPE)
            grant = Grant(tenant.id, f"API-App:{client_id}", scope, 0, client_id=client_id)
            return self._token_response(grant, form, refresh=False, request=request)
        if grant_type == "urn:ietf:params:oauth:grant-type:device_code":
            outcome = self.tokens.poll_device_code(form.get("device_code", ""))
            if isinstance(outcome, str):
                return _oauth(400, *_DEVICE_ERRORS[outcome])
            self.tokens.consent(outcome.tenant_id, outcome.client_id, outcome.scope)
            grant = Grant(outcome.tenant_id, analyst, outcome.scope, 0, client_id=client_id)
            return self._token_response(grant, form, refresh=True, request=request)
        if grant_type == "authorization_code":
            code = self.tokens.codes.redeem(form.get("code", ""))
            if code is None or code.tenant_id != tenant.id or code.client_id != client_id:
                return _oauth(
                    400, "invalid_grant", "The authorization code is invalid or has expired.", 70008
                )
            if form.get("redirect_uri") != code.redirect_uri:
                return _oauth(
                    400, "invalid_grant", "The reply URL does not match the one authorized.", 50011
                )
            if not pkce_matches(form.get("code_verifier", ""), code.code_challenge):
                return _oauth(
                    400,
                    "invalid_grant",
                    "The code_verifier does not match the code_challenge supplied in the "
                    "authorization request for PKCE.",
                    501481,
                )
            # Consent is given on the sign-in page to everything it asked for, extra scopes too.
            self.tokens.consent(tenant.id, client_id, code.scope)
            grant = Grant(tenant.id, analyst, code.scope, 0, client_id=client_id)
            return self._token_response(grant, form, refresh=True, request=request, code=code)
        if grant_type == "refresh_token":
            previous = self.tokens.redeem_refresh(form.get("refresh_token", ""))
            if previous is None or previous.tenant_id != tenant.id:
                return _oauth(
                    400, "invalid_grant", "The refresh token is invalid or expired.", 70000
                )
            scope = form.get("scope", previous.scope)
            grant = Grant(previous.tenant_id, previous.principal, scope, 0, client_id=client_id)
            return self._token_response(grant, form, refresh=True, request=request)
        return _oauth(
            400, "unsupported_grant_type", f"Unsupported grant type '{grant_type}'.", 70003
        )

    def _token_response(
        self,
        grant: Grant,
        form: dict[str, str],
        refresh: bool,
        request: Request,
        code: AuthorizationCode | None = None,
    ) -> Response:
        requested = form.get("scope", grant.scope).split()
        resource_scopes = (
            " ".join(s for s in requested if s not in _RESERVED_SCOPES) or _DEFAULT_SCOPE
        )
        resources = audience.resources_of(resource_scopes) or [audience.GRAPH]
        if len(resources) > 1:  # one token, one audience
            return _oauth(
                400,
                "invalid_scope",
                "The provided value for the input parameter 'scope' is not valid because it "
                "contains more than one resource.",
                28000,
            )
        resource = resources[0]
        if refresh and not self.tokens.has_consent(grant.tenant_id, grant.client_id, resource):
            return _oauth(
                400,
                "invalid_grant",
                f"The user or administrator has not consented to use the application with ID "
                f"'{grant.client_id}'. Send an interactive authorization request for this user "
                "and resource.",
                65001,
                suberror="consent_required",
            )
        access = self.tokens.issue(
            grant.tenant_id, grant.principal, resource_scopes, resource, grant.client_id
        )
        lifetime = self.tokens.token_lifetime
        body: dict[str, object] = {
            "token_type": "Bearer",
            "scope": resource_scopes,
            "expires_in": max(1, lifetime - 1),
            "ext_expires_in": max(1, lifetime - 1),
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
                # The issuer the discovery document names, as MSAL checks it.
                "iss": f"{request.base_url}/{grant.tenant_id}/v2.0",
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
            if code is not None and code.nonce:
                claims["nonce"] = code.nonce
            header = _b64(b'{"typ":"JWT","alg":"none"}')
            body["id_token"] = f"{header}.{_b64(orjson.dumps(claims))}."
            body["client_info"] = _b64(orjson.dumps({"uid": object_id, "utid": grant.tenant_id}))
        return Response(
            200, orjson.dumps(body), content_type=_JSON, headers={"Cache-Control": "no-store"}
        )


# What a poll answers, by outcome: (error, description, AADSTS code).
_DEVICE_ERRORS = {
    "authorization_pending": (
        "authorization_pending",
        "The user has not yet completed authorization.",
        70016,
    ),
    "bad_verification_code": (
        "bad_verification_code",
        "The device code was not recognized.",
        70019,
    ),
    "expired_token": ("expired_token", "The device code has expired.", 70020),
    "authorization_declined": (
        "authorization_declined",
        "The end user declined the authorization request.",
        70000,
    ),
    # A Conditional Access policy that blocks the device code flow ("authentication flows").
    "conditional_access": (
        "invalid_grant",
        "Access has been blocked by Conditional Access policies. The access policy does "
        "not allow token issuance.",
        53003,
    ),
}


def _oauth(
    status: int, error: str, description: str, code: int, suberror: str | None = None
) -> Response:
    body = oauth_error(error, description, code)
    if suberror:
        document = orjson.loads(body)
        document["suberror"] = suberror
        body = orjson.dumps(document)
    return Response(status, body, content_type=_JSON)
