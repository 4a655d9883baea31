"""What the window and its sync process say to each other: one JSON object per line.

The sync runs in a process of its own (`console.sync.worker`), so that decoding pages
(a 1,000-alert page is about 4 MB of JSON, decoded in one call that holds the GIL) and
writing them never hold the window's interpreter: in one process the window froze for
up to 70 ms at a time during a sync (benchmarks/ui_responsiveness.py).

Parent to child, on the child's stdin: a `spec`, then token answers and `cancel`; after
the run's end, the next spec. Child to parent, on a private copy of its stdout: the
observer's calls, token requests, waits, and last `done` (with the report) or `failed`
(with the error). Tokens travel
only on these pipes: never in an argument, the environment, a file or a log.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import timedelta
from typing import Any

from console.api import errors as api_errors
from console.api.auth import TokenProvider
from console.api.network import NetworkSettings, ProxySetting
from console.api.retry import Backoff
from console.cache import errors as cache_errors
from console.sync.clients import ClientSettings
from console.sync.engine import (
    ResourceReport,
    SyncCancelled,
    SyncOptions,
    SyncProcessError,
    SyncReport,
)

# Child to parent.
TOKEN, STARTED, PAGE, WARNINGS, FINISHED, WAIT, DONE, FAILED = (
    "token",
    "started",
    "page",
    "warnings",
    "finished",
    "wait",
    "done",
    "failed",
)
# Parent to child: a tenant to sync, a token, a token that could not be had, cancel.
SPEC, ANSWER, REFUSED, CANCEL = "spec", "answer", "refused", "cancel"

_ERRORS: dict[str, type[BaseException]] = {
    cls.__name__: cls
    for cls in (
        api_errors.ApiError,
        api_errors.AuthError,
        api_errors.ThrottledError,
        api_errors.NetworkError,
        api_errors.MalformedPageError,
        api_errors.ParseError,
        api_errors.TenantMismatchError,
        api_errors.RefusedUrlError,
        api_errors.PagingError,
        api_errors.DeadlineError,
        api_errors.CertificateError,
        api_errors.ProxyError,
        api_errors.CaBundleError,
        cache_errors.CacheError,
        cache_errors.CacheCorruptError,
        cache_errors.CacheDamagedError,
        SyncCancelled,
    )
}
_API_FIELDS = ("status", "code", "resource", "page", "url")


def encode(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=True, separators=(",", ":")) + "\n"


def decode(line: str) -> dict[str, Any]:
    """One message; raises ValueError for a line that is not one."""
    message = json.loads(line)
    if not isinstance(message, dict) or not isinstance(message.get("e"), str):
        raise ValueError("not a sync process message")
    return message


def error_to_wire(error: BaseException) -> dict[str, Any]:
    """The error as the other side can raise it again: its class (ours only) and fields."""
    # The nearest class the other side knows: a subclass added later still arrives as itself
    # or as its parent, never as a bare traceback.
    known = next((cls for cls in type(error).__mro__ if cls.__name__ in _ERRORS), None)
    wire: dict[str, Any] = {
        "type": known.__name__ if known is not None else "",
        "message": getattr(error, "message", None) or str(error),
    }
    if known is None:
        wire["message"] = api_errors.one_line(f"{type(error).__name__}: {error}")
    for name in (*_API_FIELDS, "host", "subject", "issuer", "proxy", "detail"):
        value = getattr(error, name, None)
        if isinstance(value, (str, int)):
            wire[name] = value
    problem = getattr(error, "problem", None)
    if isinstance(problem, api_errors.CertificateProblem):
        wire["problem"] = problem.value
    return wire


def error_from_wire(wire: dict[str, Any]) -> BaseException:
    cls = _ERRORS.get(str(wire.get("type", "")))
    message = str(wire.get("message", ""))
    if cls is None:
        return SyncProcessError(message or "the sync process failed")
    if not issubclass(cls, api_errors.ApiError):
        return cls(message)
    where = {name: wire[name] for name in _API_FIELDS if name in wire}
    if cls is api_errors.CertificateError:
        try:
            problem = api_errors.CertificateProblem(str(wire.get("problem")))
        except ValueError:
            problem = api_errors.CertificateProblem.OTHER
        return api_errors.CertificateError(
            message,
            host=str(wire.get("host", "")),
            problem=problem,
            subject=wire.get("subject"),
            issuer=wire.get("issuer"),
            **where,
        )
    if cls is api_errors.ProxyError:
        return api_errors.ProxyError(
            message, proxy=wire.get("proxy"), detail=str(wire.get("detail", "")), **where
        )
    return cls(message, **where)


def options_to_wire(options: SyncOptions) -> dict[str, Any]:
    wire = asdict(options)
    wire["overlap"] = options.overlap.total_seconds()
    wire["resources"] = list(options.resources)
    return wire


def options_from_wire(wire: dict[str, Any]) -> SyncOptions:
    values = dict(wire)
    values["overlap"] = timedelta(seconds=float(values["overlap"]))
    values["resources"] = tuple(values["resources"])
    return SyncOptions(**values)


def settings_to_wire(settings: ClientSettings) -> dict[str, Any]:
    """How the tenant is reached, but for the token providers: they stay with the parent."""
    backoff = settings.backoff
    return {
        "graph_url": settings.graph_url,
        "defender_url": settings.defender_url,
        "network": network_to_wire(settings.network),
        "max_attempts": settings.max_attempts,
        "backoff": None if backoff is None else [backoff.base, backoff.cap],
        "timeout": list(settings.timeout),
    }


def settings_from_wire(
    wire: dict[str, Any], graph_tokens: TokenProvider, defender_tokens: TokenProvider
) -> ClientSettings:
    backoff = wire.get("backoff")
    timeout = wire["timeout"]
    return ClientSettings(
        str(wire["graph_url"]),
        str(wire["defender_url"]),
        graph_tokens,
        defender_tokens,
        network=network_from_wire(wire.get("network")),
        max_attempts=int(wire["max_attempts"]),
        backoff=None if backoff is None else Backoff(float(backoff[0]), float(backoff[1])),
        timeout=(float(timeout[0]), float(timeout[1])),
    )


def network_to_wire(network: NetworkSettings | None) -> dict[str, Any] | None:
    if network is None:
        return None
    proxy = network.proxy
    return {
        "ca_bundle": network.ca_bundle,
        "proxy": None
        if proxy is None
        else {"url": proxy.url, "no_proxy": list(proxy.no_proxy), "password": proxy.password},
    }


def network_from_wire(wire: dict[str, Any] | None) -> NetworkSettings | None:
    if wire is None:
        return None
    proxy = wire.get("proxy")
    return NetworkSettings(
        wire.get("ca_bundle"),
        None
        if proxy is None
        else ProxySetting(proxy["url"], tuple(proxy["no_proxy"]), proxy.get("password")),
    )


def report_to_wire(report: SyncReport) -> dict[str, Any]:
    return {"tenant_id": report.tenant_id, "resources": [asdict(r) for r in report.resources]}


def report_from_wire(wire: dict[str, Any]) -> SyncReport:
    return SyncReport(
        str(wire["tenant_id"]), [ResourceReport(**item) for item in wire.get("resources", [])]
    )
