"""Errors of the HTTP layer, each one clear line naming what failed and where.

`str(error)` is what the sync prints and the status bar shows, e.g.
``alerts page 7: HTTP 403 Forbidden: Missing application roles...``. Server
messages are collapsed to one line, shortened, and scrubbed of anything that
looks like a token, because some services echo request details back.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from console.api.redact import redact

# Long server messages (stack traces, HTML error pages) would drown the line.
_MAX_DETAIL = 300


def one_line(text: str, limit: int = _MAX_DETAIL) -> str:
    """`text` on a single line, at most `limit` characters, tokens redacted."""
    flat = " ".join(redact(text).split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


class ApiError(Exception):
    """A request failed. `resource` and `page` say which part of a sync it was."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        resource: str | None = None,
        page: int | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.resource = resource
        self.page = page
        self.url = url

    def __str__(self) -> str:
        where = self.resource or ""
        if self.page is not None:
            where = f"{where} page {self.page}" if where else f"page {self.page}"
        text = one_line(self.message, limit=_MAX_DETAIL * 2)
        return f"{where}: {text}" if where else text


class AuthError(ApiError):
    """No usable token: the server said 401, or no token could be obtained."""


class ThrottledError(ApiError):
    """The service kept answering 429 or a transient 5xx; we gave up after the retries."""


class NetworkError(ApiError):
    """The service could not be reached (or kept dropping the connection) after the retries."""


class MalformedPageError(ApiError):
    """A 2xx answer whose body is not the JSON we asked for (not JSON, or no `value` array)."""


class ParseError(ApiError):
    """An item that cannot be an incident, alert, device or evidence at all."""


class TenantMismatchError(ApiError):
    """The server sent an item of another tenant than the one being synced.

    Not a `ParseError`: skipping the item would keep the rest of a page that came
    from the wrong tenant (a mixed-up token or base URL). The whole page is refused
    and the sync stops like any failed page.
    """


def error_details(body: Any) -> tuple[str | None, str | None]:
    """(code, message) of a Graph or Defender for Endpoint error body, when it is one.

    Graph: ``{"error": {"code", "message", "innerError": {...}}}``; Defender for
    Endpoint: ``{"error": {"code", "message", "target"}}``. Both put the useful part
    in `code` and `message`; the rest (request ids, correlation ids) is for support.
    """
    if not isinstance(body, dict):
        return None, None
    error = body.get("error")
    if isinstance(error, str):
        return None, error
    if not isinstance(error, dict):
        return None, None
    code = error.get("code")
    message = error.get("message")
    return (
        code if isinstance(code, str) and code else None,
        message if isinstance(message, str) and message else None,
    )


def http_error_message(status: int, reason: str, code: str | None, detail: str | None) -> str:
    """``HTTP 404 Not Found (ResourceNotFound): No machine with id ...``."""
    text = f"HTTP {status} {reason}".rstrip()
    if code and code.replace(" ", "").lower() != reason.replace(" ", "").lower():
        text += f" ({code})"
    if detail:
        text += f": {one_line(detail)}"
    return text


class RequestCancelled(Exception):
    """The caller cancelled (its event was set) while a request waited to be retried.

    Not an `ApiError`: nothing failed, so callers stop quietly and keep what they had.
    """


class RefusedUrlError(ApiError):
    """A URL the console will not send a request to: plain http to a host that is not
    this machine, or a next link or redirect outside the base URL the token belongs to."""


class PagingError(ApiError):
    """The server's paging never ends: a next link cycle, or more pages than a run allows."""


class DeadlineError(ApiError):
    """A response did not arrive whole (connect, headers and body) within the deadline."""


class CertificateProblem(StrEnum):
    """Why a server's certificate was refused; the window words each its own way."""

    UNTRUSTED = "untrusted"  # issued by a CA this machine does not trust (TLS inspection)
    SELF_SIGNED = "self-signed"
    EXPIRED = "expired"
    WRONG_HOST = "wrong-host"
    OTHER = "other"


class CertificateError(NetworkError):
    """A server's certificate was refused: `host`, the certificate's `subject` and
    `issuer` (None when even an unverified look could not read them), and `problem`."""

    def __init__(
        self,
        message: str,
        *,
        host: str,
        problem: CertificateProblem,
        subject: str | None = None,
        issuer: str | None = None,
        **where: Any,
    ) -> None:
        super().__init__(message, **where)
        self.host = host
        self.problem = problem
        self.subject = subject
        self.issuer = issuer


class ProxyError(NetworkError):
    """The proxy refused the tunnel (status 407: it asks for credentials) or cannot be
    reached. `proxy` is its host:port and `detail` what urllib3 said, when known: the
    window words the error from them in the analyst's language."""

    def __init__(
        self, message: str, *, proxy: str | None = None, detail: str = "", **where: Any
    ) -> None:
        super().__init__(message, **where)
        self.proxy = proxy
        self.detail = detail


class CaBundleError(ApiError):
    """A profile's or the policy's CA bundle cannot be read."""
