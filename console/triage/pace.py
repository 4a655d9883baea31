"""Keeping writes under a tenant's quota instead of running into its 429s.

Graph documents about 150 requests a minute per app and tenant for security alerts and
incidents (api-surface.md 1.10), and writes can be throttled while reads still pass. A
bulk change of thousands therefore goes at that pace: a bucket of a minute's requests,
refilled steadily, so a small change goes at once and a big one over tens of minutes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

PER_MINUTE = 150


class Cancelled(Exception):
    """The run was asked to stop while it waited for its turn."""


class Pacer:
    def __init__(
        self,
        per_minute: int = PER_MINUTE,
        *,
        cancel: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_second = per_minute / 60
        self.capacity = float(per_minute)
        self._tokens = float(per_minute)
        self._clock = clock
        self._at = clock()
        self._cancel = cancel or threading.Event()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._at) * self.per_second)
        self._at = now

    def take(self) -> None:
        """Wait until one more request fits in the quota (raises Cancelled if stopped)."""
        self._refill()
        while self._tokens < 1:
            wait = (1 - self._tokens) / self.per_second
            if self._cancel.wait(wait):
                raise Cancelled
            self._refill()
        self._tokens -= 1

    def seconds_for(self, requests: float) -> float:
        """About how long `requests` more take at this pace, from now."""
        self._refill()
        return max(0.0, requests - self._tokens) / self.per_second
