"""`ApiSession`: authenticated JSON over `requests`, with retries that report their waits.

Throttling (429), transient 5xx and failed connections are retried by
`ReportingRetry` on the adapter. A connection cut after the headers arrived
(`ChunkedEncodingError`, a read timeout mid-body, or a truncated body that is not
JSON) is out of urllib3's sight, so `request_json` retries those itself with the
same backoff and reporting. Anything else becomes one `ApiError` with a one-line
message naming the resource and page.

Every request must go under the session's base URL (`console.api.scope`): the
token and what the server answers stay with the service they belong to, and a
next link or redirect elsewhere is refused. Every attempt has an overall
deadline (`console.api.deadline`), and the waits before retries share a budget
per run (`WaitBudget`), so no server can hold a sync forever.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import orjson
import requests
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import MaxRetryError

from console.api.auth import TokenProvider
from console.api.deadline import (
    Deadline,
    DeadlineAdapter,
    current_deadline,
    deadline_for_this_thread,
)
from console.api.errors import (
    ApiError,
    AuthError,
    DeadlineError,
    MalformedPageError,
    NetworkError,
    RequestCancelled,
    ThrottledError,
    error_details,
    http_error_message,
)
from console.api.gcpause import gc_paused
from console.api.network import NetworkSession, NetworkSettings, TrustedAdapter
from console.api.redact import logger_for
from console.api.retry import (
    RETRY_METHODS,
    RETRY_STATUSES,
    Backoff,
    ReportingRetry,
    WaitBudget,
    WaitCallback,
    format_seconds,
    report_wait,
)
from console.api.scope import BaseUrl, check_transport

log = logger_for(__name__)

USER_AGENT = "HuntingConsole/0.1 (+python-requests)"
# Connect, headers and body of one attempt. Generous: a 10,000-device page of
# Defender for Endpoint is a few megabytes, minutes even on a poor link.
DEFAULT_DEADLINE = 300.0


@dataclass(frozen=True, slots=True)
class JsonResponse:
    status: int
    url: str
    headers: Mapping[str, str]
    body: Any  # decoded JSON; None for an empty body (204)

    @property
    def server_time(self) -> datetime | None:
        """The server's clock (`Date` header), for sync windows that do not trust ours."""
        value = self.headers.get("Date")
        if not value:
            return None
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _host(url: str) -> str:
    return urlsplit(url).hostname or "the server"


def _retries_exhausted(error: BaseException) -> bool:
    """requests wraps urllib3's give-up (MaxRetryError) in ConnectionError and friends."""
    return any(isinstance(arg, MaxRetryError) for arg in getattr(error, "args", ()))


# Failures after the headers: the server answered, then the connection was cut.
_DROPPED = (
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ConnectionError,
    requests.exceptions.Timeout,
    Urllib3Error,
)


class _ScopedHttp(NetworkSession):
    """A `NetworkSession` that refuses to follow a redirect outside the base URL of
    the request under way (per thread: a request and its redirects run on one).

    Plain http is allowed for loopback addresses only, because the bytes never leave
    the machine, and `NetworkSession` never sends those through a proxy (an
    HTTP_PROXY would carry them, bearer token included, in clear). https goes through
    the proxy in force: it sees only a CONNECT, and the TLS inside is verified as ever.
    """

    def __init__(self, network: NetworkSettings, adapter: TrustedAdapter) -> None:
        super().__init__(network, adapter)
        self._under_way = threading.local()

    def send_under(
        self, scopes: tuple[BaseUrl, ...], prepared: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        self._under_way.scopes = scopes
        try:
            return self.send(prepared, **kwargs)
        finally:
            self._under_way.scopes = ()

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        target = super().get_redirect_target(resp)
        if target is not None:
            absolute = urljoin(resp.url, target)
            check_transport(absolute)
            scopes: tuple[BaseUrl, ...] = getattr(self._under_way, "scopes", ())
            for scope in scopes:
                scope.check(absolute, what="redirect")
        return target


class ApiSession:
    """One `requests.Session` with a bearer token, timeouts and reporting retries.

    `base_url`: where the token may go (see `console.api.scope`); without one,
    only the plain-http-for-loopback rule applies, unless a request names its own
    `scope` (a client whose endpoint is a setting, like the experts service).
    """

    def __init__(
        self,
        token_provider: TokenProvider,
        *,
        timeout: tuple[float, float] = (5, 60),
        max_retry_after: float = 120.0,
        max_attempts: int = 6,
        on_wait: WaitCallback | None = None,
        backoff: Backoff | None = None,
        user_agent: str = USER_AGENT,
        base_url: str | BaseUrl | None = None,
        deadline: float = DEFAULT_DEADLINE,
        wait_budget: WaitBudget | None = None,
        ca_bundle: str | None = None,
        network: NetworkSettings | None = None,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.scope = BaseUrl(base_url) if isinstance(base_url, str) else base_url
        self.deadline = deadline
        # Trust and proxy (`console.api.network`); `ca_bundle` alone is a shorthand for a
        # PEM file trusted besides the system's store. Verification itself is never off.
        self.network = network or NetworkSettings(ca_bundle=ca_bundle)
        self.wait_budget = wait_budget or WaitBudget()
        self.token_provider = token_provider
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.on_wait = on_wait
        self.backoff = backoff or Backoff()
        # Set by whoever may cancel (the sync): every wait before a retry watches it.
        self.cancel: threading.Event | None = None
        retry = ReportingRetry.configure(
            max_attempts=max_attempts,
            backoff=self.backoff,
            max_retry_after=max_retry_after,
            on_wait=on_wait,
            pause=self._pause,
        )
        adapter = DeadlineAdapter(self.network.tls_context(), max_retries=retry)
        self.http = _ScopedHttp(self.network, adapter)
        self.http.headers.update({"Accept": "application/json", "User-Agent": user_agent})

    def __enter__(self) -> ApiSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    # -- requests ----------------------------------------------------------------

    def get_json(
        self,
        url: str,
        *,
        resource: str,
        page: int | None = None,
        headers: Mapping[str, str] | None = None,
        scope: BaseUrl | None = None,
    ) -> JsonResponse:
        return self.request_json(
            "GET", url, resource=resource, page=page, headers=headers, scope=scope
        )

    def patch_json(
        self,
        url: str,
        body: Any,
        *,
        resource: str,
        headers: Mapping[str, str] | None = None,
        scope: BaseUrl | None = None,
    ) -> JsonResponse:
        return self.request_json(
            "PATCH", url, resource=resource, body=body, headers=headers, scope=scope
        )

    def post_json(
        self,
        url: str,
        body: Any,
        *,
        resource: str,
        headers: Mapping[str, str] | None = None,
        scope: BaseUrl | None = None,
    ) -> JsonResponse:
        return self.request_json(
            "POST", url, resource=resource, body=body, headers=headers, scope=scope
        )

    def request_json(
        self,
        method: str,
        url: str,
        *,
        resource: str,
        page: int | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        scope: BaseUrl | None = None,
    ) -> JsonResponse:
        """Send one request (retrying as described above) and decode its JSON answer.

        `url` is sent exactly as given: next links are opaque and must not be
        re-encoded. It, and any redirect, must be under the session's base URL
        and under `scope` when given. Raises `ApiError` or one of its subclasses.
        """
        scopes = tuple(s for s in (self.scope, scope) if s is not None)
        method = method.upper()
        may_retry = method in RETRY_METHODS
        where: dict[str, Any] = {"resource": resource, "page": page, "url": url}
        for attempt in range(1, self.max_attempts + 1):
            last = attempt == self.max_attempts or not may_retry
            deadline = Deadline(self.deadline, _host(url))
            try:
                response = self._send(method, url, body, headers, deadline, scopes)
            except ApiError as error:  # token provider, refused URL, deadline, wait budget
                error.resource = error.resource or resource
                if not isinstance(error, AuthError):  # a missing token is not the page's fault
                    error.page = error.page if error.page is not None else page
                raise
            except _DROPPED as error:
                if deadline.expired:
                    raise self._deadline_error(url, where) from None
                if _retries_exhausted(error) or last:
                    raise self._network_error(error, attempt, where) from error
                self._wait(attempt, f"connection to {_host(url)} dropped ({type(error).__name__})")
                continue
            except requests.RequestException as error:
                if deadline.expired:
                    raise self._deadline_error(url, where) from None
                raise ApiError(f"request failed: {type(error).__name__}", **where) from error
            if deadline.expired and not _arrived_whole(response):
                # Cut mid-headers, http.client may take what came as a whole answer;
                # a body as long as the server said came whole before the cut.
                raise self._deadline_error(url, where)
            status = response.status_code
            if not 200 <= status < 300:
                raise self._http_error(response, where)
            if not response.content:
                return JsonResponse(status, url, response.headers, None)
            try:
                with gc_paused():
                    decoded = orjson.loads(response.content)
            except orjson.JSONDecodeError as error:
                if last or _arrived_whole(response):
                    raise MalformedPageError(
                        f"HTTP {status} with a body that is not valid JSON "
                        f"({len(response.content)} bytes, {error}) after {attempt} attempt(s)",
                        status=status,
                        **where,
                    ) from None
                # No length to check against: most often a connection cut mid-body.
                self._wait(attempt, f"invalid or truncated JSON from {_host(url)}")
                continue
            return JsonResponse(status, url, response.headers, decoded)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _send(
        self,
        method: str,
        url: str,
        body: Any,
        headers: Mapping[str, str] | None,
        deadline: Deadline,
        scopes: tuple[BaseUrl, ...],
    ) -> requests.Response:
        # Before the token is even asked for: it must not leave for a foreign host.
        check_transport(url)
        for scope in scopes:
            scope.check(url, what="request")
        request_headers = {"Authorization": f"Bearer {self.token_provider.token()}"}
        data = None
        if body is not None:
            data = orjson.dumps(body)
            request_headers["Content-Type"] = "application/json"
        if headers:
            request_headers.update(headers)
        prepared = self.http.prepare_request(
            requests.Request(method, url, headers=request_headers, data=data)
        )
        prepared.url = url  # exactly as given (prepare_url may re-quote a next link)
        started = time.monotonic()
        with deadline_for_this_thread(deadline):
            # Proxy and trust: `NetworkSession.send`, for this hop and each redirect.
            response = self.http.send_under(scopes, prepared, timeout=self.timeout)
        log.debug(
            "%s %s -> %s (%d bytes, %.2f s)",
            method,
            url,
            response.status_code,
            len(response.content),
            time.monotonic() - started,
        )
        return response

    def _wait(self, attempt: int, what: str) -> None:
        seconds = self.backoff.delay(attempt)
        report_wait(self.on_wait, f"{what}, retrying in {format_seconds(seconds)}", seconds)
        self._pause(seconds)

    def _pause(self, seconds: float) -> None:
        """Sleep before a retry, unless the caller cancels first or the run's budget is spent.

        urllib3 calls this between its own attempts too, so the attempt that just
        ended may have been cut by its deadline: then give up instead of retrying.
        """
        deadline = current_deadline()
        if deadline is not None:
            if deadline.expired:
                raise DeadlineError(
                    f"no complete answer from {deadline.host} within "
                    f"{format_seconds(deadline.seconds)} (connect, headers and body); gave up"
                )
            deadline.disarm()  # the wait is not part of the next attempt's time
        self.wait_budget.spend(seconds)
        cancel = self.cancel
        if cancel is None:
            time.sleep(seconds)
        elif cancel.wait(seconds):
            raise RequestCancelled(f"cancelled while waiting {format_seconds(seconds)} to retry")

    # -- errors ------------------------------------------------------------------

    def _network_error(
        self, error: BaseException, attempt: int, where: dict[str, Any]
    ) -> NetworkError:
        reason = error.args[0] if error.args else error
        if isinstance(reason, MaxRetryError) and reason.reason is not None:
            reason = reason.reason
        host = _host(where["url"])
        return NetworkError(
            f"cannot reach {host}: {type(reason).__name__} after {attempt} attempt(s)", **where
        )

    def _deadline_error(self, url: str, where: dict[str, Any]) -> DeadlineError:
        return DeadlineError(
            f"no complete answer from {_host(url)} within {format_seconds(self.deadline)} "
            "(connect, headers and body); gave up",
            **where,
        )

    def _http_error(self, response: requests.Response, where: dict[str, Any]) -> ApiError:
        status = response.status_code
        try:
            body = orjson.loads(response.content) if response.content else None
        except orjson.JSONDecodeError:
            body = None
        code, detail = error_details(body)
        if detail is None and response.headers.get("Content-Type", "").startswith("text/plain"):
            detail = response.text
        message = http_error_message(status, response.reason or "", code, detail)
        if status == 401:
            return AuthError(message, status=status, code=code, **where)
        if status in RETRY_STATUSES:
            retry_state = getattr(response.raw, "retries", None)
            attempts = len(retry_state.history) + 1 if retry_state is not None else 1
            if attempts > 1:
                message = f"gave up after {attempts} attempts: {message}"
            error: ApiError = ThrottledError(message, status=status, code=code, **where)
            return error
        return ApiError(message, status=status, code=code, **where)


def _arrived_whole(response: requests.Response) -> bool:
    """Whether the body is exactly as long as the server said: then bad JSON is the
    server's mistake, not a cut connection, and asking again will not help."""
    declared = response.headers.get("Content-Length")
    if declared is None or response.headers.get("Content-Encoding"):
        return False
    return declared.isdigit() and int(declared) == len(response.content)
