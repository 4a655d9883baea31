"""The emulator façade: builds the tenants, runs the HTTP server, exposes test hooks."""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

from console.emulator import graph_routes
from console.emulator.apps import AppRegistry
from console.emulator.config import EmulatorConfig, Faults
from console.emulator.dataset import Tenant, TenantData
from console.emulator.experts import ExpertsDesk
from console.emulator.identity import IdentityRoutes, TokenStore
from console.emulator.machine_actions import MachineActionDesk, MachineRequest
from console.emulator.mde_routes import BULK_TAGS, find_machine
from console.emulator.protocol import Request, Response
from console.emulator.server import EmulatorHTTPServer, RateLimiter
from console.emulator.tls import ThrowawayTls
from console.emulator.wire import now_us, oauth_error, to_us


class Emulator:
    """A wire-compatible stand-in for Graph security, Defender for Endpoint and sign-in.

    ``Emulator(cfg)`` generates the data at once (deterministic from ``cfg.seed`` and
    ``cfg.now``); ``start()`` serves it on a background thread.
    """

    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config or EmulatorConfig()
        now = self.config.now or datetime.now(UTC).replace(second=0, microsecond=0)
        generation_now = to_us(now)
        self._tenants = [
            TenantData(i, self.config, generation_now) for i in range(max(1, self.config.tenants))
        ]
        self._by_id = {t.tenant.id: t for t in self._tenants}
        accepted = {
            token: tenant_id or self._tenants[0].tenant.id
            for token, tenant_id in self.config.accept_tokens.items()
        }
        unknown = set(accepted.values()) - set(self._by_id)
        if unknown:
            raise ValueError(f"accept_tokens names unknown tenant(s): {', '.join(sorted(unknown))}")
        self.tokens = TokenStore(
            accepted,
            self.config.device_code_approve_after,
            token_lifetime=self.config.token_lifetime,
            device_code_outcome=self.config.device_code_outcome,
            device_code_polls=self.config.device_code_polls,
            admin_consent=self.config.admin_consent,
        )
        # With `tls`, a throwaway CA made at start; clients trust `ca_path`, never nothing.
        self._tls: ThrowawayTls | None = None
        self.faults = Faults(self.config)
        self.limiter = RateLimiter(self.config.rate_limit_per_minute)
        self.request_log: list[tuple[str, str, int]] = []
        # (port, bearer token) of every API request, so tests can prove which
        # token reached which service (with `defender_port`, Graph and Defender differ).
        self.tokens_seen: list[tuple[int, str]] = []
        # Machine actions (isolate, scan, ...) of every tenant, and the device response log.
        self.machine_actions = MachineActionDesk(self.faults)
        self.experts = ExpertsDesk(
            self.config.experts_progress_after, self.config.experts_answer_after
        )
        self._identity = IdentityRoutes(
            self.tokens,
            self._resolve_tenant,
            AppRegistry.from_config(self.config.app_secrets, self.config.app_certificates),
        )
        self._server: EmulatorHTTPServer | None = None
        self._defender_server: EmulatorHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self.base_url = ""
        self._defender_base_url = ""

    # -- public API ---------------------------------------------------------------------

    @property
    def tenants(self) -> list[Tenant]:
        return [t.tenant for t in self._tenants]

    @property
    def graph_url(self) -> str:
        return f"{self.base_url}/v1.0"

    @property
    def defender_url(self) -> str:
        return self._defender_base_url or self.base_url

    @property
    def experts_url(self) -> str:
        """Base URL of the Ask Defender Experts service (docs/experts-service-api.md)."""
        return f"{self.base_url}/experts/v1"

    @property
    def login_url(self) -> str:
        return self.base_url

    @property
    def ca_path(self) -> str | None:
        """The PEM file of the CA that signed the HTTPS certificate (with `tls`), else None."""
        return str(self._tls.ca_path) if self._tls else None

    def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen and serve on background threads; returns once the socket is listening."""
        if self._server is not None:
            raise RuntimeError("emulator already started")
        separate = self.config.defender_port is not None
        if self.config.tls and self._tls is None:
            self._tls = ThrowawayTls(host)
        context = self._tls.server_context() if self._tls else None
        self._server = EmulatorHTTPServer(
            (host, port), self, "graph" if separate else "all", tls=context
        )
        self.base_url = _url_of(self._server)
        self._stopping.clear()
        self._threads = [_serve(self._server, "emulator-http")]
        if separate:
            defender_port = self.config.defender_port or 0
            self._defender_server = EmulatorHTTPServer(
                (host, defender_port), self, "defender", tls=context
            )
            self._defender_base_url = _url_of(self._defender_server)
            self._threads.append(_serve(self._defender_server, "emulator-defender-http"))
        if self.config.mutate_every:
            mutate = threading.Thread(target=self._mutate_loop, name="emulator-mutate", daemon=True)
            mutate.start()
            self._threads.append(mutate)

    def stop(self) -> None:
        self._stopping.set()
        for server in (self._server, self._defender_server):
            if server is not None:
                server.shutdown()
                server.server_close()
        self._server = self._defender_server = None
        self._defender_base_url = ""
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads = []
        if self._tls is not None:
            self._tls.remove()
            self._tls = None

    def issue_token(
        self, tenant_id: str, *, client_id: str = "", principal: str = "emulator-test"
    ) -> str:
        """A token every API of `tenant_id` accepts (tests, the demo); the token endpoint's
        tokens are each for one audience. `client_id` names the calling app (the write
        quota is per app; without one it is per principal); `principal` is who writes."""
        if tenant_id not in self._by_id:
            raise KeyError(tenant_id)
        return self.tokens.issue(tenant_id, principal, client_id=client_id)

    def register_app(
        self, client_id: str, *, secret: str | None = None, certificate_pem: str | None = None
    ) -> None:
        """A confidential app from now on needs this secret or this certificate's key."""
        apps = self._identity.apps
        if secret is not None:
            apps.secrets[client_id] = secret
        if certificate_pem is not None:
            apps.certificates.update(
                AppRegistry.from_config({}, {client_id: certificate_pem}).certificates
            )

    def revoke_access_tokens(self) -> None:
        """Every access token issued so far answers 401 from now on (refresh tokens work)."""
        self.tokens.revoke_access_tokens()

    def deny_writes(self, tenant_id: str, denied: bool = True) -> None:
        """From now on (or, with False, no longer) incident and alert writes in `tenant_id`
        get 403 Forbidden naming the missing ReadWrite permission; reads still work."""
        if tenant_id not in self._by_id:
            raise KeyError(tenant_id)
        self.faults.deny_writes(tenant_id, denied)

    def deny_machine_action(self, tenant_id: str, permission: str, denied: bool = True) -> None:
        """From now on (or, with False, no longer) the actions needing ``permission`` in
        `tenant_id` get 403 Forbidden naming it: Machine.Isolate (isolate, unisolate),
        Machine.Scan, Machine.CollectForensics, Machine.RestrictExecution (restrict,
        unrestrict), or Machine.ReadWrite.All (tags, one machine or many). ValueError for
        another permission."""
        if tenant_id not in self._by_id:
            raise KeyError(tenant_id)
        self.faults.deny_machine_action(tenant_id, permission, denied)

    def machine_state(self, tenant_id: str, machine_id: str) -> dict[str, Any]:
        """What the machine's finished actions made of it, which MDE's machine JSON does not
        show: ``isolated`` (and ``isolation_type``, Full or Selective), ``restricted``, and
        ``running``, the types of its actions still Pending or InProgress. ``machine_id`` may
        be the computer name; KeyError for an unknown tenant or machine."""
        tenant = self._by_id.get(tenant_id)
        if tenant is None:
            raise KeyError(tenant_id)
        with tenant.lock:
            item = find_machine(tenant, machine_id)
        if item is None:
            raise KeyError(f"no machine {machine_id!r} in tenant {tenant_id}")
        return self.machine_actions.machine_state(tenant_id, item.id)

    def advance_machine_actions(self, seconds: float) -> None:
        """Move the machine actions' clock on by ``seconds``: running actions reach the
        status they would have then, and package links expire. Nothing else moves."""
        self.machine_actions.advance(seconds)

    def machine_action_requests(self, tenant_id: str) -> list[MachineRequest]:
        """Every machine action request of the tenant that reached its route, refused ones
        included, oldest first: ``len()`` of it counts what a client sent."""
        return self._machine_requests(tenant_id, tags=False)

    def tag_requests(self, tenant_id: str) -> list[MachineRequest]:
        """Every tag request of the tenant (kind "Tags" for one machine, or
        "AddOrRemoveTagForMultipleMachines") that reached its route, oldest first."""
        return self._machine_requests(tenant_id, tags=True)

    def _machine_requests(self, tenant_id: str, tags: bool) -> list[MachineRequest]:
        if tenant_id not in self._by_id:
            raise KeyError(tenant_id)
        with self.machine_actions.lock:
            logged = list(self.machine_actions.requests)
        return [
            r
            for r in logged
            if r.tenant_id == tenant_id and (r.kind in ("Tags", BULK_TAGS)) == tags
        ]

    def approve_device_code(self, user_code: str) -> bool:
        return self.tokens.approve(user_code)

    def mutate_once(self) -> dict[str, list[str]]:
        """One mutation step in every tenant; returns the touched incident ids per tenant."""
        stamp = now_us()
        return {t.tenant.id: t.mutate(stamp) for t in self._tenants}

    def edit_item(
        self,
        tenant_id: str,
        kind: str,
        item_id: str,
        changes: dict[str, Any],
        by: str = "portal analyst",
    ) -> dict[str, Any]:
        """Change an incident or alert as an analyst in the portal would, behind the
        console's back; returns the item's new wire JSON.

        ``kind`` is "incident" or "alert"; ``changes`` uses wire names (status, assignedTo,
        classification, determination, customTags) and is checked as a PATCH body is, so
        a test cannot set what the portal would not offer (ValueError). The change goes
        through the same apply step as a PATCH: ``lastUpdateDateTime`` moves (an incremental
        sync sees it), incidents get ``lastModifiedBy = by``, resolving an incident resolves
        its alerts, and ``$filter`` listings see the new values. KeyError for an unknown
        tenant or item.
        """
        tenant, incidents = self._item_owner(tenant_id, kind, item_id)
        with tenant.lock:
            valid = graph_routes.validated_changes(changes, incidents)
            return graph_routes.apply_changes(tenant, incidents, item_id, valid, by)

    def add_comment(
        self, tenant_id: str, kind: str, item_id: str, text: str, by: str = "portal analyst"
    ) -> dict[str, Any]:
        """A comment added elsewhere (the portal, another console) on an incident or alert;
        returns it as Graph lists it. Moves ``lastUpdateDateTime`` like a POST of comments."""
        if not text.strip():
            raise ValueError("a comment needs text")
        tenant, incidents = self._item_owner(tenant_id, kind, item_id)
        with tenant.lock:
            return graph_routes.append_comments(tenant, incidents, item_id, [text], by)[-1]

    def __enter__(self) -> Emulator:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    # -- used by the server -------------------------------------------------------------

    def tenant_data(self, tenant_id: str) -> TenantData | None:
        return self._by_id.get(tenant_id)

    def _item_owner(self, tenant_id: str, kind: str, item_id: str) -> tuple[TenantData, bool]:
        """The tenant holding the item, and whether it is an incident; the test hooks' checks."""
        if kind not in ("incident", "alert"):
            raise ValueError(f"kind must be 'incident' or 'alert', not {kind!r}")
        tenant = self._by_id.get(tenant_id)
        if tenant is None:
            raise KeyError(tenant_id)
        incidents = kind == "incident"
        with tenant.lock:
            if item_id not in (tenant.incidents if incidents else tenant.alerts).items:
                raise KeyError(f"no {kind} {item_id!r} in tenant {tenant_id}")
        return tenant, incidents

    def _resolve_tenant(self, segment: str) -> Tenant | None:
        lowered = segment.lower()
        if lowered in ("common", "organizations"):
            return self._tenants[0].tenant
        for data in self._tenants:
            tenant = data.tenant
            prefix = tenant.domain.split(".")[0]
            if lowered in (tenant.id, tenant.domain, f"{prefix}.onmicrosoft.com"):
                return tenant
        return None

    def identity_route(self, request: Request, match: re.Match[str]) -> Response:
        segment, action, discovery = match.groups()
        tenant = self._resolve_tenant(segment)
        if tenant is None:
            message = f"Tenant '{segment}' not found."
            return Response(
                400, oauth_error("invalid_tenant", message, 90002), content_type="application/json"
            )
        if discovery:
            return self._identity.openid_configuration(request, tenant)
        if request.method != "POST" and action != "authorize":
            return Response(
                405,
                oauth_error("invalid_request", "Use POST.", 900561),
                content_type="application/json",
            )
        if action == "authorize":
            return self._identity.authorize(request, tenant)
        if action == "token":
            return self._identity.token(request, tenant)
        return self._identity.device_code(request, tenant)

    def device_login(self, request: Request) -> Response:
        """``/devicelogin?code=XXXX`` approves a pending code, standing in for the browser page."""
        code = parse_qs(request.query).get("code", [""])[0]
        if code and self.tokens.approve(code):
            return Response(
                200,
                b"Signed in. You can close this page.",
                content_type="text/plain; charset=utf-8",
            )
        page = b"Emulator sign-in: open /devicelogin?code=YOURCODE to approve a device code."
        return Response(200 if not code else 404, page, content_type="text/plain; charset=utf-8")

    def _mutate_loop(self) -> None:
        interval = float(self.config.mutate_every or 0)
        while not self._stopping.wait(interval):
            self.mutate_once()


def _url_of(server: EmulatorHTTPServer) -> str:
    bound_host, bound_port = server.server_address[:2]
    return f"{server.scheme}://{bound_host!s}:{bound_port}"


def _serve(server: EmulatorHTTPServer, name: str) -> threading.Thread:
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},  # so stop() returns promptly
        name=name,
        daemon=True,
    )
    thread.start()
    return thread
