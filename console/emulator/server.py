"""The HTTP layer: routing, bearer auth, throttling and fault injection around the routes."""

from __future__ import annotations

import contextlib
import math
import re
import socket
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import orjson

from console.emulator import audience, experts, graph_routes, mde_actions, mde_routes
from console.emulator.protocol import ApiRequest, Request, Response
from console.emulator.wire import graph_error, mde_error

if TYPE_CHECKING:
    from console.emulator.config import Faults
    from console.emulator.emulator import Emulator
    from console.emulator.identity import Grant

_IDENTITY = re.compile(
    r"^/([^/]+)/(?:oauth2/v2\.0/(token|devicecode|authorize)"
    r"|v2\.0/\.well-known/(openid-configuration))$"
)
_GRAPH_PREFIX = re.compile(r"^/(v1\.0|beta)/")
_GRAPH_5XX = {
    500: "generalException",
    502: "badGateway",
    503: "serviceNotAvailable",
    504: "gatewayTimeout",
}


class RateLimiter:
    """Fixed one-minute windows per token."""

    def __init__(self, per_minute: int | None) -> None:
        self.per_minute = per_minute
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def retry_after(self, token: str) -> int | None:
        if not self.per_minute:
            return None
        now = time.monotonic()
        with self._lock:
            start, count = self._windows.get(token, (now, 0))
            if now - start >= 60:
                start, count = now, 0
            if count >= self.per_minute:
                return max(1, math.ceil(start + 60 - now))
            self._windows[token] = (start, count + 1)
            return None


class EmulatorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        app: Emulator,
        role: str = "all",
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.app = app
        # "all": one origin serves everything; with a Defender port, "graph" serves
        # all but Defender for Endpoint and "defender" only that.
        self.role = role
        self.scheme = "https" if tls else "http"
        super().__init__(address, Handler)
        if tls is not None:
            # The handshake runs in the handler's thread (`Handler.setup`), not in the
            # accept loop, so one slow or broken client cannot stall the others.
            self.socket = tls.wrap_socket(
                self.socket, server_side=True, do_handshake_on_connect=False
            )

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet for clients that hang up or fail the handshake (a client that does not
        trust the CA: the test of that reads the client's error, not ours)."""
        error = sys.exc_info()[1]
        if isinstance(error, OSError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as clients pool connections
    server: EmulatorHTTPServer
    server_version = "Microsoft-HTTPAPI/2.0"
    sys_version = ""

    def setup(self) -> None:
        if isinstance(self.request, ssl.SSLSocket):
            self.request.settimeout(10)  # a client that never finishes the handshake
            self.request.do_handshake()
            self.request.settimeout(None)
        super().setup()
        # Headers and body go out in separate writes; without NODELAY, Nagle plus the
        # client's delayed ACK adds ~40 ms to every keep-alive response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: request lines may carry filters, and headers tokens; tests read request_log."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _serve(self) -> None:
        app = self.server.app
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = headers.get("host") or app.base_url.split("://", 1)[-1]
        base_url = f"{self.server.scheme}://{host}"
        request = Request(self.command, parts.path, parts.query, headers, body, base_url)
        if app.faults.latency_ms:
            time.sleep(app.faults.latency_ms / 1000)
        response, is_api = self._dispatch(request)
        drop = is_api and app.faults.should_drop()
        if response.list_page:
            response.body = hostile_links(response.body, request, app.faults)
        if response.list_page and app.faults.should_malform_list_page():
            response.body = response.body[: max(1, len(response.body) // 2)]  # truncated JSON, 200
        app.request_log.append((self.command, self.path, response.status))
        slow = app.faults.slow_bytes
        if is_api and slow:
            self._send_slowly(response, slow)
        else:
            self._send(response, drop)

    def _dispatch(self, request: Request) -> tuple[Response, bool]:
        app = self.server.app
        identity = _IDENTITY.match(request.path)
        if identity:
            return app.identity_route(request, identity), False
        if request.path == "/devicelogin":
            return app.device_login(request), False
        package = mde_actions.PACKAGE_ROUTE.match(request.path)
        if package and self.server.role != "graph":
            # A signed link, as to Azure Storage: no bearer token, and not the API's faults.
            return mde_actions.serve_package(request, package, app.machine_actions), False
        desk = experts.ROUTE.match(request.path)
        if desk:  # the experts service answers errors the Graph way
            return self._api(request, True, desk), True
        graph = graph_routes.ROUTE.match(request.path)
        mde = mde_routes.ROUTE.match(request.path) or mde_actions.ROUTE.match(request.path)
        is_graph = bool(_GRAPH_PREFIX.match(request.path))
        role = self.server.role
        if (role == "defender" and not mde) or (role == "graph" and mde):
            return Response(404, b'{"error":"not_found"}', content_type="application/json"), False
        if not (graph or mde):
            if is_graph:
                return graph_routes.error(
                    404, "UnknownError", "Resource not found.", _api(request)
                ), True
            if request.path.startswith("/api/"):
                return mde_routes.error(404, "NotFound", f"Unknown path '{request.path}'."), True
            return Response(404, b'{"error":"not_found"}', content_type="application/json"), False
        return self._api(request, is_graph, graph or mde), True

    def _api(self, request: Request, is_graph: bool, match: re.Match[str] | None) -> Response:
        app = self.server.app
        api = _api(request)
        token = request.headers.get("authorization", "")
        token = token[7:].strip() if token[:7].lower() == "bearer " else ""
        app.tokens_seen.append((self.server.server_address[1], token))
        grant = app.tokens.lookup(token) if token else None
        tenant = app.tenant_data(grant.tenant_id) if grant else None
        wrong_audience = grant is not None and not _audience_fits(grant.audience, is_graph, match)
        if grant is None or tenant is None or wrong_audience:
            if is_graph:
                message = (
                    "Access token is empty."
                    if not token
                    else "Invalid audience."
                    if wrong_audience
                    else "Invalid or expired access token."
                )
                response = graph_routes.error(401, "InvalidAuthenticationToken", message, api)
            else:
                response = Response(401, mde_error("Unauthorized", "Unauthorized"))
            response.headers["WWW-Authenticate"] = 'Bearer realm="", error="invalid_token"'
            return response
        retry_after = (
            app.faults.take_forced_throttle()
            or app.faults.take_tenant_throttle(grant.tenant_id)
            or app.limiter.retry_after(token)
        )
        if retry_after is not None:
            body = (
                graph_error(
                    "TooManyRequests",
                    "Too many requests.",
                    request.headers.get("client-request-id"),
                )
                if is_graph
                else mde_error("TooManyRequests", "API calls quota exceeded! Retry later.")
            )
            return Response(429, body, headers={"Retry-After": str(retry_after)})
        write = graph_routes.write_resource(api.method, match)
        if write is not None:
            refusal = _write_refusal(app, api, grant, write)
            if refusal is not None:
                return refusal
        failure = app.faults.roll_5xx()
        if failure is not None:
            if is_graph:
                return graph_routes.error(failure, _GRAPH_5XX[failure], "Transient failure.", api)
            return mde_routes.error(failure, "InternalServerError", "Transient failure.")
        api.tenant, api.principal = tenant, grant.principal
        assert match is not None
        if match.re is experts.ROUTE:
            return app.experts.handle(api, match, grant.tenant_id)
        if match.re is mde_actions.ROUTE:
            return mde_actions.handle(api, match, app.machine_actions)
        if is_graph:
            return graph_routes.handle(api, match)
        return mde_routes.handle(api, match, app.machine_actions)

    def _send(self, response: Response, drop: bool) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if drop:
            # Connection dropped mid-response: part of the body, then the socket goes away.
            self.wfile.write(response.body[: len(response.body) // 2])
            self.wfile.flush()
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(response.body)

    def _send_slowly(self, response: Response, seconds_per_byte: float) -> None:
        """The whole answer, status line to last byte, one byte at a time."""
        head = [f"HTTP/1.1 {response.status} {self.responses.get(response.status, ('',))[0]}"]
        head += [f"Content-Type: {response.content_type}", f"Content-Length: {len(response.body)}"]
        head += [f"{name}: {value}" for name, value in response.headers.items()]
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.body
        self.close_connection = True
        try:
            for position in range(len(data)):
                self.wfile.write(data[position : position + 1])
                self.wfile.flush()
                time.sleep(seconds_per_byte)
        except OSError:
            pass  # the client gave up, as it should


_SKIP = re.compile(r"([?&]\$skip=)(\d+)")


def hostile_links(body: bytes, request: Request, faults: Faults) -> bytes:
    """A list page's next link as the foreign-host and link-cycle faults want it."""
    host, cycle = faults.foreign_next_link, faults.link_cycle
    if not host and not cycle:
        return body
    page = orjson.loads(body)
    link = page.get("@odata.nextLink")
    if not isinstance(link, str):
        return body
    if cycle:
        match = _SKIP.search(link)
        asked = re.search(r"(?:^|&)\$skip=(\d+)", request.query)
        current = int(asked.group(1)) if asked else 0
        if match:
            top = int(match.group(2)) - current
            if top > 0 and current // top + 1 == cycle and cycle >= 2:
                link = link[: match.start(2)] + str(current - top) + link[match.end(2) :]
    if host:
        parts = urlsplit(link)
        link = parts._replace(netloc=f"{host}:{parts.port}").geturl()
    page["@odata.nextLink"] = link
    return orjson.dumps(page)


def _write_refusal(app: Emulator, api: ApiRequest, grant: Grant, resource: str) -> Response | None:
    """429 for a write over its app's quota, 403 for a tenant whose writes are denied, else
    None. The quota is counted first, as at Graph's gateway, so a write refused for its
    permission still uses a slot; the permission is checked before the item is looked up,
    so a write to a missing item is 403 too."""
    return _over_write_quota(app, api, grant) or _write_forbidden(app, api, grant, resource)


def _over_write_quota(app: Emulator, api: ApiRequest, grant: Grant) -> Response | None:
    """Graph counts its quota per app per tenant (api-surface 1.10), so the key is the
    token's client id; a token without one (the test hook's) is counted by its principal.
    Incident and alert writes share one window, as Graph's "security detections and
    incidents" limit does."""
    limit = app.faults.write_limit_per_minute
    retry_after = app.faults.take_write_slot(grant.tenant_id, grant.client_id or grant.principal)
    if retry_after is None:
        return None
    message = (
        f"Too many requests: this application may change incidents and alerts {limit} times "
        f"a minute in this tenant. Retry after {retry_after} seconds."
    )
    response = graph_routes.error(429, "TooManyRequests", message, api)
    response.headers["Retry-After"] = str(retry_after)
    return response


def _write_forbidden(
    app: Emulator, api: ApiRequest, grant: Grant, resource: str
) -> Response | None:
    if not app.faults.writes_denied(grant.tenant_id):
        return None
    message = f"Missing application permission: {graph_routes.WRITE_PERMISSION[resource]}"
    return graph_routes.error(403, "Forbidden", message, api)


def _audience_fits(granted: str, is_graph: bool, match: re.Match[str] | None) -> bool:
    """Graph takes Graph tokens, Defender for Endpoint its own; the experts service (whose
    audience is not documented) takes either."""
    if granted == audience.ANY or (match is not None and match.re is experts.ROUTE):
        return True
    return granted == (audience.GRAPH if is_graph else audience.DEFENDER)


def _api(request: Request) -> ApiRequest:
    return ApiRequest(
        request.method, request.path, request.query, request.headers, request.body, request.base_url
    )
