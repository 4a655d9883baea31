"""What went wrong, in the analyst's words: "cannot reach Microsoft Graph", not
"NetworkError after 1 attempt(s)".

The sync's errors carry an English, technical line (the command line prints it, the
log keeps it, a banner's Details button shows it); the window words the error from
its type and fields instead: which service (by the resource or the host), what it
means, what the console does about it. Each text is a clause: the caller makes it a
sentence ("Sync failed: %1. The cached data is kept.").
"""

from __future__ import annotations

import errno
import re
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from console.api import errors as api
from console.cache.errors import CacheError
from console.sync.engine import SyncProcessError
from console.ui.network_texts import network_problem_text

# The resources each API serves (console.sync.engine's names), and their hosts in every
# cloud (console.auth.clouds): the emulator answers on 127.0.0.1 for both.
_GRAPH_RESOURCES = ("incidents", "alerts")
_DEFENDER_RESOURCES = ("devices",)
_GRAPH_HOSTS = re.compile(
    r"(^|\.)((dod-)?graph\.microsoft\.(com|us)|microsoftgraph\.chinacloudapi\.cn)$"
)
_DEFENDER_HOSTS = re.compile(
    r"(^|\.)(securitycenter\.(microsoft\.com|microsoft\.us|windows\.com))$"
)
_LOGIN_HOSTS = re.compile(r"^login\.(microsoftonline\.(com|us)|chinacloudapi\.cn)$")
# The host a retry's reason names: "throttled (429) by HOST", "HTTP 503 from HOST",
# "connection to HOST failed (...)", "invalid or truncated JSON from HOST".
_REASON_HOST = re.compile(r"\b(?:by|from|to) ([A-Za-z0-9.:\[\]-]+)")


def service_name(host: str | None = None, resource: str | None = None) -> str:
    """ "Microsoft Graph", "Microsoft Defender for Endpoint", "Microsoft Entra ID", or the
    host itself for one we do not know (a proxy, the emulator)."""
    name = (host or "").lower().split(":")[0]
    if resource in _GRAPH_RESOURCES or _GRAPH_HOSTS.search(name):
        return "Microsoft Graph"
    if resource in _DEFENDER_RESOURCES or _DEFENDER_HOSTS.search(name):
        return "Microsoft Defender for Endpoint"
    if _LOGIN_HOSTS.search(name):
        return "Microsoft Entra ID"
    return host or QCoreApplication.translate("ErrorTexts", "the service")


def _service_of(error: api.ApiError) -> str:
    host = urlsplit(error.url).hostname if error.url else None
    return service_name(host, error.resource)


def failure_text(error: BaseException) -> str:
    """The clause for what a sync raised (a refused certificate or proxy is worded by
    console.ui.network_texts, which the caller asks first)."""
    if isinstance(error, api.ApiError):
        return _api_failure_text(error).replace("%1", _service_of(error))
    if isinstance(error, CacheError):
        return QCoreApplication.translate("ErrorTexts", "the cache file could not be written")
    if isinstance(error, SyncProcessError):
        return QCoreApplication.translate(
            "ErrorTexts",
            "the sync process stopped before it finished; every page it committed is kept",
        )
    return QCoreApplication.translate(
        "ErrorTexts", "an unexpected error; Details has its technical line"
    )


def reason_text(error: BaseException) -> str:
    """The clause for any error the window reports in passing (a status bar, a page's
    message), where no Details button holds the technical line: the service's words for an
    API error, the system's for a file that could not be written, else its one line. The
    caller logs the technical line."""
    refused = network_problem_text(error)
    if refused is not None:
        return refused
    if isinstance(error, api.ApiError | CacheError | SyncProcessError):
        return failure_text(error)
    if isinstance(error, OSError) and error.strerror:
        return _file_text(error)
    return api.one_line(str(error) or type(error).__name__)


def _file_text(error: OSError) -> str:
    """What a file operation met, in words for the usual three (the system's own, in
    English, for the rest), with the file it was about."""
    if error.errno in (errno.EACCES, errno.EPERM):
        text = QCoreApplication.translate("ErrorTexts", "permission denied")
    elif error.errno in (errno.ENOSPC, errno.EDQUOT):
        text = QCoreApplication.translate("ErrorTexts", "the disk is full")
    elif error.errno == errno.EROFS:
        text = QCoreApplication.translate("ErrorTexts", "the disk is read-only")
    else:
        text = str(error.strerror)
    return f"{text} ({error.filename})" if error.filename else text


def _api_failure_text(error: api.ApiError) -> str:
    """The clause, with %1 for the service's name."""
    if isinstance(error, api.DeadlineError):
        return QCoreApplication.translate("ErrorTexts", "%1 did not answer in time")
    if isinstance(error, api.NetworkError):
        return QCoreApplication.translate("ErrorTexts", "cannot reach %1")
    if isinstance(error, api.ThrottledError):
        if error.status is not None and error.status >= 500:
            return QCoreApplication.translate(
                "ErrorTexts", "%1 kept answering with an error (HTTP %2); try again later"
            ).replace("%2", str(error.status))
        return QCoreApplication.translate(
            "ErrorTexts", "%1 is busy: it kept asking the console to slow down; try again later"
        )
    if isinstance(error, api.AuthError):
        return QCoreApplication.translate("ErrorTexts", "%1 no longer accepts this sign-in")
    if isinstance(error, api.TenantMismatchError):
        return QCoreApplication.translate(
            "ErrorTexts", "%1 sent another tenant's data, so the page was refused"
        )
    if isinstance(error, api.MalformedPageError | api.ParseError):
        return QCoreApplication.translate("ErrorTexts", "%1 sent a page the console cannot read")
    if isinstance(error, api.RefusedUrlError):
        return QCoreApplication.translate(
            "ErrorTexts", "%1 pointed the console at an address outside the service"
        )
    if isinstance(error, api.PagingError):
        return QCoreApplication.translate("ErrorTexts", "%1 kept sending more pages")
    return _status_text(error.status)


def _status_text(status: int | None) -> str:
    if status == 403:
        return QCoreApplication.translate(
            "ErrorTexts", "%1 refused access (403): the account or the app lacks a permission"
        )
    if status == 404:
        return QCoreApplication.translate("ErrorTexts", "%1 does not know what was asked (404)")
    if status is not None and status >= 500:
        return QCoreApplication.translate("ErrorTexts", "%1 had an error (HTTP %2)").replace(
            "%2", str(status)
        )
    if status is not None:
        return QCoreApplication.translate("ErrorTexts", "%1 refused the request (HTTP %2)").replace(
            "%2", str(status)
        )
    return QCoreApplication.translate("ErrorTexts", "the request to %1 failed")


def wait_text(reason: str, seconds: float, resource: str | None = None) -> str:
    """A retry's wait as one sentence: "Cannot reach Microsoft Graph (retrying in 8 s)";
    `resource` (what is being synced) names the service where the host does not (the
    emulator's 127.0.0.1 serves both)."""
    found = _REASON_HOST.search(reason)
    service = service_name(found.group(1).rstrip(",") if found else None, resource)
    if reason.startswith("throttled"):
        text = QCoreApplication.translate(
            "ErrorTexts", "%1 asked the console to slow down (retrying in %2 s)"
        )
    elif reason.startswith("HTTP "):
        text = QCoreApplication.translate(
            "ErrorTexts", "%1 had a temporary error, HTTP %3 (retrying in %2 s)"
        ).replace("%3", reason.split(" ")[1])
    elif reason.startswith("invalid or truncated"):
        text = QCoreApplication.translate(
            "ErrorTexts", "%1 sent an incomplete answer (retrying in %2 s)"
        )
    else:
        text = QCoreApplication.translate("ErrorTexts", "Cannot reach %1 (retrying in %2 s)")
    return text.replace("%1", service).replace("%2", f"{seconds:.0f}")
