"""Retry policy: urllib3's `Retry`, with every wait capped and reported.

urllib3 already retries throttled (429) and transient (5xx) answers and failed
connections, honouring `Retry-After` in seconds or as an HTTP-date. This subclass
only changes how long it waits and says so:

- `Retry-After` is honoured up to `max_retry_after` seconds;
- without the header, the wait is capped exponential backoff with jitter, from
  the first retry on (urllib3 would retry the first time without waiting);
- each wait goes to `on_wait(reason, seconds)` before sleeping, so the sync can
  print "throttled (429) by graph.microsoft.com, Retry-After 7 s".

`Backoff` is shared with the session's own retries of connections dropped
mid-body, which urllib3 does not see once the headers have arrived.

A run's waits together may not exceed a `WaitBudget` (15 minutes by default):
a service that throttles every request would otherwise hold a sync for hours,
each single wait within its cap.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, Self

from urllib3.connectionpool import ConnectionPool
from urllib3.exceptions import InvalidHeader, ProxyError
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from console.api.errors import ThrottledError
from console.api.redact import logger_for

log = logger_for(__name__)

WaitCallback = Callable[[str, float], None]

RETRY_STATUSES = (429, 500, 502, 503, 504)
# POST is not retried: posting a comment twice would show it twice.
RETRY_METHODS = frozenset({"GET", "PATCH", "HEAD", "OPTIONS"})


@dataclass(frozen=True, slots=True)
class Backoff:
    """Capped exponential backoff with jitter: base * 2**(n-1), between half and all of it."""

    base: float = 0.5
    cap: float = 30.0

    def delay(self, retry_number: int) -> float:
        """Seconds to wait before retry `retry_number` (1 for the first retry)."""
        ceiling = min(self.cap, self.base * (2 ** max(0, retry_number - 1)))
        # "Equal jitter": never zero (a backoff must back off), never in lockstep
        # with other clients that were throttled at the same moment.
        return float(ceiling / 2 + random.random() * ceiling / 2)


# Total waiting before retries allowed in one run (one sync), over all its requests.
DEFAULT_WAIT_BUDGET = 15 * 60.0
# urllib3 quietly caps Retry-After at 6 hours; we want the value the server sent,
# to report it as sent and cap it ourselves (`max_retry_after`).
_ANY_RETRY_AFTER = 2**62


class WaitBudget:
    """The seconds a run may spend waiting before retries; shared by a run's sessions."""

    def __init__(self, seconds: float = DEFAULT_WAIT_BUDGET) -> None:
        self.seconds = seconds
        self.spent = 0.0
        self._lock = threading.Lock()

    def restart(self) -> None:
        """A new run starts with the whole budget."""
        with self._lock:
            self.spent = 0.0

    def spend(self, seconds: float) -> None:
        """Take `seconds` from the budget, or raise `ThrottledError` when they do not fit."""
        with self._lock:
            if self.spent + seconds > self.seconds:
                raise ThrottledError(
                    f"gave up: retries already waited {format_seconds(self.spent)} in this run "
                    f"and the next would wait {format_seconds(seconds)}; the budget for "
                    f"waiting is {format_seconds(self.seconds)} per run"
                )
            self.spent += seconds


def format_seconds(seconds: float) -> str:
    """``7 s``, ``2.5 s``, ``0.036 s``: whole seconds when that is exact or long enough."""
    if seconds >= 10 or seconds == int(seconds):
        return f"{seconds:.0f} s"
    return f"{seconds:.1f} s" if seconds >= 1 else f"{seconds:.2g} s"


class ReportingRetry(Retry):
    """`Retry` that caps `Retry-After`, backs off from the first retry, and reports each wait."""

    # Set by `configure` and carried over by `new`, which urllib3 calls for every attempt.
    backoff_policy: Backoff = Backoff()
    max_retry_after: float = 120.0
    on_wait: WaitCallback | None = None
    host: str = "the server"
    # How to wait: the session's interruptible pause, so a cancel does not sit out
    # a two-minute Retry-After.
    pause: Callable[[float], None] = time.sleep

    @classmethod
    def configure(
        cls,
        *,
        max_attempts: int,
        backoff: Backoff,
        max_retry_after: float,
        on_wait: WaitCallback | None,
        statuses: Collection[int] = RETRY_STATUSES,
        pause: Callable[[float], None] = time.sleep,
    ) -> ReportingRetry:
        retries = max(0, max_attempts - 1)
        retry = cls(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            other=0,
            redirect=False,
            allowed_methods=RETRY_METHODS,
            status_forcelist=statuses,
            raise_on_status=False,  # hand back the last answer; the session words the error
            respect_retry_after_header=True,
            backoff_max=backoff.cap,
            retry_after_max=_ANY_RETRY_AFTER,
        )
        retry.backoff_policy = backoff
        retry.max_retry_after = max_retry_after
        retry.on_wait = on_wait
        retry.pause = pause
        return retry

    def new(self, **kw: Any) -> Self:
        retry = super().new(**kw)
        retry.backoff_policy = self.backoff_policy
        retry.max_retry_after = self.max_retry_after
        retry.on_wait = self.on_wait
        retry.host = self.host
        retry.pause = self.pause
        return retry

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: Any = None,
    ) -> Self:
        if error is not None and _never_better(error):
            raise error  # asking again cannot help: the session words it at once
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        if _pool is not None and _pool.host:
            retry.host = _pool.host  # for the reason text: which service throttled us
        return retry

    def get_backoff_time(self) -> float:
        return self.backoff_policy.delay(len(self.history))

    def _retry_after(self, response: BaseHTTPResponse | None) -> float | None:
        if response is None or not self.respect_retry_after_header:
            return None
        try:
            return self.get_retry_after(response)
        except InvalidHeader:
            return None  # an unreadable header: fall back to backoff

    def sleep(self, response: BaseHTTPResponse | None = None) -> None:
        seconds, reason = self.planned_wait(response)
        report_wait(self.on_wait, reason, seconds)
        self.pause(seconds)

    def planned_wait(self, response: BaseHTTPResponse | None) -> tuple[float, str]:
        """(seconds, reason) of the wait before the next attempt."""
        retry_after = self._retry_after(response)
        status = response.status if response is not None else None
        if status == 429:
            what = f"throttled (429) by {self.host}"
        elif status is not None:
            what = f"HTTP {status} from {self.host}"
        else:
            error = self.history[-1].error if self.history else None
            cause = type(error).__name__ if error is not None else "connection error"
            what = f"connection to {self.host} failed ({cause})"
        if retry_after:  # 0 would mean "now": back off instead of hammering
            seconds = min(retry_after, self.max_retry_after)
            capped = f", waiting {format_seconds(seconds)}" if seconds < retry_after else ""
            sent = format_seconds(retry_after)  # what the server sent, not what we wait
            return seconds, f"{what}, Retry-After {sent}{capped}"
        seconds = self.get_backoff_time()
        return seconds, f"{what}, retrying in {format_seconds(seconds)}"


def report_wait(on_wait: WaitCallback | None, reason: str, seconds: float) -> None:
    log.info("%s", reason)
    if on_wait is not None:
        on_wait(reason, seconds)


def _never_better(error: Exception) -> bool:
    """A refused certificate, or a proxy that wants credentials: the same every time."""
    from console.api.certificates import is_certificate_refusal, proxy_asks_for_credentials

    if isinstance(error, ProxyError) and proxy_asks_for_credentials(error):
        return True
    return is_certificate_refusal(error)
