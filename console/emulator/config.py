"""Emulator settings (fixed at start) and fault knobs (changeable while it runs)."""

from __future__ import annotations

import math
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

# How a machine action can end (api-surface 2): Succeeded unless a test asks otherwise.
MACHINE_ACTION_OUTCOMES = ("Succeeded", "Failed", "TimeOut", "Cancelled")
# The application permissions the device response routes need; a test can withhold each.
MACHINE_PERMISSIONS = (
    "Machine.Isolate",
    "Machine.Scan",
    "Machine.CollectForensics",
    "Machine.RestrictExecution",
    "Machine.ReadWrite.All",  # tags, one machine or many
)


@dataclass
class EmulatorConfig:
    """Everything that shapes the synthetic tenants and the server's behaviour.

    The data set is a pure function of ``seed`` and ``now`` (and the counts), so two
    emulators built from equal configs serve identical bytes.
    """

    seed: int = 7
    tenants: int = 1
    incidents: int = 200  # per tenant
    devices: int = 50  # per tenant
    alerts_per_incident: int = 5  # mean; the actual count varies per incident
    now: datetime | None = None  # UTC; default: the current time truncated to the minute
    mutate_every: float | None = None  # seconds between background mutation steps
    accept_tokens: dict[str, str] = field(default_factory=dict)  # bearer -> tenant id
    rate_limit_per_minute: int | None = None  # per token
    # Triage writes (PATCH, POST comments on incidents and alerts_v2) per tenant and calling
    # app in any 60 seconds, as Graph counts its quota; None: unlimited. Reads never count.
    write_limit_per_minute: int | None = None
    latency_ms: int = 0
    fault_5xx_rate: float = 0.0
    fault_malformed_page: int | None = None
    fault_drop_every: int | None = None
    # Next links of list pages name this host (same port) instead of the one asked.
    fault_foreign_next_link: str | None = None
    # The next link of list page N (N >= 2) leads back to page N - 1: a paging loop.
    fault_link_cycle: int | None = None
    # Seconds between the bytes of every API response, headers and body alike.
    fault_slow_bytes: float | None = None
    # Serve Defender for Endpoint (/api/...) on its own port (0: a free one), so a
    # client's Graph and Defender requests (and tokens) arrive apart; None: one origin.
    defender_port: int | None = None
    device_code_approve_after: float = 3.0  # seconds until a pending device code is approved
    # Or after this many pending polls (None: time only); then `device_code_outcome`:
    # approve, deny, expire, or blocked (a Conditional Access policy refuses device code).
    device_code_polls: int | None = None
    device_code_outcome: str = "approve"
    token_lifetime: int = 3600  # seconds; under MSAL's five minutes every silent call refreshes
    # The tenant's admin consented to every API for every client; False: only what a
    # sign-in asked for (extra scopes included) is consented.
    admin_consent: bool = True
    # Confidential clients (`console.emulator.apps`): client id -> its client secret, and
    # client id -> the PEM text of its certificate; an unregistered app passes with any.
    app_secrets: dict[str, str] = field(default_factory=dict)
    app_certificates: dict[str, str] = field(default_factory=dict)
    # Serve HTTPS with a certificate from a throwaway CA (`Emulator.ca_path`); MSAL needs it.
    tls: bool = False
    experts_progress_after: float = 5.0  # seconds until a submitted experts request is in progress
    experts_answer_after: float = 15.0  # seconds until it is answered (0 disables either timer)
    # Seconds from a machine action's creation until it is InProgress, and until it is done
    # (Succeeded, or the outcome a test asked for); each action keeps the pair it began with.
    machine_action_seconds: tuple[float, float] = (1.0, 2.0)
    # How every action ends unless a test queued another outcome for its machine, and the
    # machine permissions every tenant's apps are refused (403) from the start.
    machine_action_outcome: str = "Succeeded"
    denied_machine_permissions: tuple[str, ...] = ()


class Faults:
    """Fault injection, adjustable at runtime by tests and the CLI.

    Counters restart whenever a knob is set, so ``faults.malformed_page = 2`` means
    "the 2nd list page from now on" and ``drop_every = 3`` "every 3rd request from now on".
    """

    def __init__(self, config: EmulatorConfig) -> None:
        self._lock = threading.Lock()
        self.latency_ms = config.latency_ms
        self.rate_5xx = config.fault_5xx_rate
        # A seeded RNG so a failing run with 5xx faults can be replayed exactly.
        self._rng = random.Random(f"faults:{config.seed}")
        self._malformed_page: int | None = None
        self._pages_served = 0
        self._drop_every: int | None = None
        self._requests_seen = 0
        self._throttle_remaining = 0
        self._throttle_retry_after = 1
        # tenant id -> (requests still to throttle, Retry-After): one tenant's quota, as
        # Graph counts it per app per tenant.
        self._tenant_throttles: dict[str, tuple[int, int]] = {}
        # (tenant id, app) -> clock readings of its writes in the last 60 seconds.
        self._writes: dict[tuple[str, str], deque[float]] = {}
        self._write_limit = config.write_limit_per_minute
        # Tenants whose apps hold only the Read.All permissions: their writes get 403.
        self._denied_writes: set[str] = set()
        # (tenant id, permission) pairs withheld from the tenant's apps: those actions get 403.
        self._denied_machine: set[tuple[str, str]] = set()
        # machine id -> the outcomes its next actions end in, first first.
        self._machine_outcomes: dict[str, deque[str]] = {}
        self._machine_action_seconds = (0.0, 0.0)
        self.machine_action_seconds = config.machine_action_seconds
        self._machine_outcome = "Succeeded"
        self.machine_action_outcome = config.machine_action_outcome
        # Permissions refused to every tenant (the CLI's): checked beside the per-tenant ones.
        self._denied_everywhere = frozenset(
            _checked_permission(name) for name in config.denied_machine_permissions
        )
        # What the write windows read; a test replaces it to slide them without waiting.
        self.clock: Callable[[], float] = time.monotonic
        self.malformed_page = config.fault_malformed_page
        self.drop_every = config.fault_drop_every
        self.foreign_next_link = config.fault_foreign_next_link
        self.link_cycle = config.fault_link_cycle
        self.slow_bytes = config.fault_slow_bytes

    @property
    def malformed_page(self) -> int | None:
        return self._malformed_page

    @malformed_page.setter
    def malformed_page(self, value: int | None) -> None:
        with self._lock:
            self._malformed_page = value
            self._pages_served = 0

    @property
    def drop_every(self) -> int | None:
        return self._drop_every

    @drop_every.setter
    def drop_every(self, value: int | None) -> None:
        with self._lock:
            self._drop_every = value
            self._requests_seen = 0

    @property
    def write_limit_per_minute(self) -> int | None:
        return self._write_limit

    @write_limit_per_minute.setter
    def write_limit_per_minute(self, value: int | None) -> None:
        """A new limit starts every app's window empty."""
        with self._lock:
            self._write_limit = value
            self._writes.clear()

    def throttle_next(self, n: int, retry_after: int = 1) -> None:
        """Answer the next ``n`` API requests with 429 and ``Retry-After: retry_after``."""
        with self._lock:
            self._throttle_remaining = n
            self._throttle_retry_after = retry_after

    def throttle_tenant(self, tenant_id: str, n: int, retry_after: int = 1) -> None:
        """Answer the next ``n`` API requests of ``tenant_id`` alone with 429."""
        with self._lock:
            self._tenant_throttles[tenant_id] = (n, retry_after)

    def deny_writes(self, tenant_id: str, denied: bool = True) -> None:
        """Refuse (or again allow) every incident and alert write in ``tenant_id`` with 403,
        as Graph does for an app granted only the Read.All permissions; reads still work."""
        with self._lock:
            if denied:
                self._denied_writes.add(tenant_id)
            else:
                self._denied_writes.discard(tenant_id)

    @property
    def machine_action_seconds(self) -> tuple[float, float]:
        return self._machine_action_seconds

    @machine_action_seconds.setter
    def machine_action_seconds(self, value: tuple[float, float]) -> None:
        """(to InProgress, to done) for actions created from now on; (0, 0) ends them at once."""
        to_progress, to_done = (float(v) for v in value)
        if not 0 <= to_progress <= to_done:
            raise ValueError(f"machine_action_seconds needs 0 <= InProgress <= done, not {value}")
        self._machine_action_seconds = (to_progress, to_done)

    @property
    def machine_action_outcome(self) -> str:
        return self._machine_outcome

    @machine_action_outcome.setter
    def machine_action_outcome(self, outcome: str) -> None:
        """How actions created from now on end when no outcome is queued for their machine."""
        if outcome not in MACHINE_ACTION_OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(MACHINE_ACTION_OUTCOMES)}")
        with self._lock:
            self._machine_outcome = outcome

    def next_machine_action_outcome(self, machine_id: str, outcome: str) -> None:
        """The next action created on ``machine_id`` ends in ``outcome`` (Succeeded, Failed,
        TimeOut or Cancelled) instead of Succeeded; called twice, the two next ones do."""
        if outcome not in MACHINE_ACTION_OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(MACHINE_ACTION_OUTCOMES)}")
        with self._lock:
            self._machine_outcomes.setdefault(machine_id.lower(), deque()).append(outcome)

    def deny_machine_action(self, tenant_id: str, permission: str, denied: bool = True) -> None:
        """Withhold (or again grant) one machine permission from ``tenant_id``'s apps."""
        _checked_permission(permission)
        with self._lock:
            if denied:
                self._denied_machine.add((tenant_id, permission))
            else:
                self._denied_machine.discard((tenant_id, permission))

    # -- decisions, called by the server once per API request ---------------------------

    def machine_permission_denied(self, tenant_id: str, permission: str) -> bool:
        with self._lock:
            refused = (tenant_id, permission) in self._denied_machine
            return refused or permission in self._denied_everywhere

    def take_machine_action_outcome(self, machine_id: str) -> str:
        """How the action being created on ``machine_id`` ends; consumes one queued outcome."""
        with self._lock:
            queued = self._machine_outcomes.get(machine_id.lower())
            return queued.popleft() if queued else self._machine_outcome

    def writes_denied(self, tenant_id: str) -> bool:
        with self._lock:
            return tenant_id in self._denied_writes

    def take_tenant_throttle(self, tenant_id: str) -> int | None:
        with self._lock:
            remaining, retry_after = self._tenant_throttles.get(tenant_id, (0, 1))
            if remaining <= 0:
                return None
            self._tenant_throttles[tenant_id] = (remaining - 1, retry_after)
            return retry_after

    def take_forced_throttle(self) -> int | None:
        with self._lock:
            if self._throttle_remaining <= 0:
                return None
            self._throttle_remaining -= 1
            return self._throttle_retry_after

    def take_write_slot(self, tenant_id: str, app: str) -> int | None:
        """Count one write of ``app`` in ``tenant_id``; or, over the limit, the seconds (at
        least 1) until its sliding 60-second window frees a slot.

        A refused write is not counted, so a client that waits Retry-After gets through.
        """
        now = self.clock()
        with self._lock:
            if not self._write_limit:
                return None
            window = self._writes.setdefault((tenant_id, app), deque())
            while window and now - window[0] >= 60:
                window.popleft()
            if len(window) >= self._write_limit:
                return max(1, math.ceil(window[0] + 60 - now))
            window.append(now)
            return None

    def roll_5xx(self) -> int | None:
        with self._lock:
            if self.rate_5xx <= 0 or self._rng.random() >= self.rate_5xx:
                return None
            return self._rng.choice((500, 502, 503, 504))

    def should_drop(self) -> bool:
        with self._lock:
            if not self._drop_every:
                return False
            self._requests_seen += 1
            return self._requests_seen % self._drop_every == 0

    def should_malform_list_page(self) -> bool:
        """Count one served list page; True exactly once, for the configured page."""
        with self._lock:
            if not self._malformed_page:
                return False
            self._pages_served += 1
            if self._pages_served == self._malformed_page:
                self._malformed_page = None  # once only
                return True
            return False


def _checked_permission(permission: str) -> str:
    if permission not in MACHINE_PERMISSIONS:
        raise ValueError(f"permission must be one of {', '.join(MACHINE_PERMISSIONS)}")
    return permission
