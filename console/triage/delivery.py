"""Sending a tenant's queued triage changes, oldest first, each exactly once.

Blocking (HTTP and SQLite): the window runs it in an executor. For each change the item is
read first, and each field judged (console.domain.triage.judge): one already as we want it
is skipped, one still as the analyst saw it is sent, one someone else moved is a conflict
held for the analyst. Graph documents no ETag for these updates, so a portal edit landing
between our read and our write can still be overwritten: the read narrows that window to
a moment, it cannot close it.

A change is marked `sending` before its first request: a run killed mid-change finds it
again, reads the item again and sends only what is not there yet, and a comment already on
the item is not posted twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any, Protocol

from console.api.errors import ApiError, AuthError, NetworkError, ThrottledError, one_line
from console.cache import triage, writer
from console.cache.engine import Cache
from console.cache.errors import CacheError
from console.cache.triage import QueuedChange
from console.domain.models import Alert, Comment, Incident
from console.domain.triage import (
    ASSIGNED_TO,
    CLASSIFICATION,
    CUSTOM_TAGS,
    DETERMINATION,
    STATUS,
    EntityKind,
    judge,
)
from console.triage.pace import Cancelled, Pacer

log = logging.getLogger(__name__)

# Which permission a refused write lacks (Graph names the application permissions so).
PERMISSIONS = {
    EntityKind.INCIDENT: "SecurityIncident.ReadWrite.All",
    EntityKind.ALERT: "SecurityAlert.ReadWrite.All",
}
# Tries of one change before it is held for the analyst (each run tries it once).
MAX_ATTEMPTS = 8
# A comment posted this long before the change was queued is someone else's: the clocks of
# the desk and the service may differ by a little, not by this much.
_COMMENT_SKEW = timedelta(minutes=10)


class TriageClient(Protocol):
    """What sending needs of console.api.graph.GraphClient."""

    def get_incident(self, incident_id: str) -> Incident: ...
    def get_alert(self, alert_id: str) -> Alert: ...
    def update_incident(self, incident_id: str, changes: Any) -> Incident: ...
    def update_alert(self, alert_id: str, changes: Any) -> Alert: ...
    def comment_incident(self, incident_id: str, text: str) -> list[Comment]: ...
    def comment_alert(self, alert_id: str, text: str) -> list[Comment]: ...


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    seconds_left: float  # about, at the tenant's quota


@dataclass
class SendReport:
    sent: int = 0
    conflicts: int = 0
    rejected: int = 0
    remaining: int = 0  # still waiting after this run
    offline: bool = False
    throttled: bool = False
    errors: list[str] = field(default_factory=list)
    changed: set[tuple[str, str]] = field(default_factory=set)  # (kind, id) stored anew

    @property
    def moved(self) -> bool:
        return bool(self.sent or self.conflicts or self.rejected)


def _refused_for_good(error: ApiError) -> bool:
    """A 4xx other than sign-in and throttling: sending it again as it is cannot help."""
    if isinstance(error, AuthError | ThrottledError | NetworkError):
        return False
    return error.status is not None and 400 <= error.status < 500


def _reason(change: QueuedChange, error: ApiError) -> str:
    text = one_line(str(error))
    if error.status == 403:
        return f"{text} (the app registration needs {PERMISSIONS[change.kind]})"
    if error.status == 404:
        return f"{text} (the {change.kind.value} no longer exists)"
    return text


def fields_of(item: Incident | Alert) -> dict[str, Any]:
    """An item's triage fields in wire names and values."""
    values: dict[str, Any] = {
        STATUS: item.status.value if item.status else None,
        ASSIGNED_TO: item.assigned_to,
        CLASSIFICATION: item.classification.value if item.classification else None,
        DETERMINATION: item.determination.value if item.determination else None,
    }
    if isinstance(item, Incident):
        values[CUSTOM_TAGS] = tuple(item.custom_tags)
    return values


def _commented(item: Incident | Alert, change: QueuedChange) -> bool:
    """Whether this change's comment is on the item already: only a send cut short after
    posting it (an earlier attempt) can have put it there; on a first attempt the same
    words from a colleague, or from an earlier change of ours, are no reason to skip it."""
    if change.attempts == 0:
        return False
    text = (change.comment or "").strip()
    since = change.created - _COMMENT_SKEW
    return any(
        c.text.strip() == text and (c.created is None or c.created >= since) for c in item.comments
    )


class _Sender:
    def __init__(self, cache: Cache, client: TriageClient, pacer: Pacer) -> None:
        self.cache = cache
        self.client = client
        self.pacer = pacer
        self.requests = 0

    def _call(self, action: Callable[[], Any]) -> Any:
        self.pacer.take()
        self.requests += 1
        return action()

    def read(self, change: QueuedChange) -> Incident | Alert:
        if change.kind == EntityKind.INCIDENT:
            return self._call(lambda: self.client.get_incident(change.entity_id))  # type: ignore[no-any-return]
        return self._call(lambda: self.client.get_alert(change.entity_id))  # type: ignore[no-any-return]

    def update(self, change: QueuedChange, values: dict[str, Any]) -> Incident | Alert:
        if change.kind == EntityKind.INCIDENT:
            return self._call(lambda: self.client.update_incident(change.entity_id, values))  # type: ignore[no-any-return]
        return self._call(lambda: self.client.update_alert(change.entity_id, values))  # type: ignore[no-any-return]

    def comment(self, change: QueuedChange, text: str) -> list[Comment]:
        if change.kind == EntityKind.INCIDENT:
            return self._call(lambda: self.client.comment_incident(change.entity_id, text))  # type: ignore[no-any-return]
        return self._call(lambda: self.client.comment_alert(change.entity_id, text))  # type: ignore[no-any-return]

    def store(self, change: QueuedChange, item: Incident | Alert) -> None:
        """The item as the service has it now, over the synced copy (no sync cursor moves)."""
        if isinstance(item, Incident):
            # The update's answer has no alerts: keep the cached ones, which a sync refreshes.
            writer.write_incidents(
                self.cache,
                change.tenant_id,
                [replace(item, alerts=[])],
                resource="incidents",
                state=None,
            )
        else:
            writer.write_alerts(self.cache, change.tenant_id, [item], resource="alerts", state=None)

    def send(self, change: QueuedChange) -> str:
        """Send one change; returns its outcome (sent, conflict, rejected). Raises ApiError
        for what may pass later (offline, throttled, signed out, the service failing)."""
        triage.mark_sending(self.cache, change)
        try:
            item = self.read(change)
            to_send, conflicts = judge(change.expected, change.values, fields_of(item))
            if to_send:
                item = self.update(change, to_send)
        except ApiError as error:
            if not _refused_for_good(error):
                raise
            triage.mark_rejected(self.cache, change, _reason(change, error))
            return "rejected"
        commented = False
        if change.comment and not _commented(item, change):
            try:
                comments = self.comment(change, change.comment)
            except ApiError as error:
                self.store(change, item)  # what the update did is on the service already
                if not _refused_for_good(error):
                    raise  # the next run finds the fields done and sends the comment
                triage.mark_rejected(self.cache, change, _reason(change, error), sent=to_send)
                return "rejected"
            item = replace(item, comments=list(comments))
            commented = True
        self.store(change, item)
        if conflicts:
            triage.mark_conflict(self.cache, change, conflicts, to_send)
            return "conflict"
        triage.mark_sent(self.cache, change, to_send, commented)
        return "sent"


def with_device_tags(report: SendReport, tags: Any) -> SendReport:
    """The tenant's run: its triage changes' report with its device tags' (a TagReport)."""
    report.sent += tags.sent
    report.rejected += tags.rejected
    report.errors.extend(tags.errors)
    report.changed.update(("device", machine_id) for machine_id in tags.devices)
    return report


def send_waiting(
    cache: Cache,
    tenant_id: str,
    client: TriageClient | None,
    *,
    pacer: Pacer | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[Progress], None] | None = None,
    changes: Sequence[QueuedChange] | None = None,
) -> SendReport:
    """Send the tenant's waiting changes in the order they were queued.

    A change that cannot go now (offline, throttled past the retries, signed out) stops the
    run: the rest wait for the next, in order. A change of an item whose earlier change is
    still waiting is not sent before it."""
    cancel = cancel or threading.Event()
    waiting = list(changes) if changes is not None else triage.waiting(cache, tenant_id)
    report = SendReport(remaining=len(waiting))
    if client is None:
        report.offline = True
        return report
    sender = _Sender(cache, client, pacer or Pacer(cancel=cancel))
    total = len(waiting)
    blocked: set[tuple[str, str]] = set()  # items whose earlier change did not go this run
    for done, change in enumerate(waiting):
        if cancel.is_set():
            break
        item = (change.kind.value, change.entity_id)
        if item in blocked:
            continue  # never before the change of the same item queued ahead of it
        try:
            outcome = sender.send(change)
        except Cancelled:
            triage.mark_retry(cache, change, "stopped before it was sent")
            break
        except ApiError as error:
            reason = one_line(str(error))
            report.errors.append(reason)
            if _stops_the_run(error):  # the tenant, not this item: the rest wait too
                triage.mark_retry(cache, change, reason)
                report.offline = isinstance(error, NetworkError)
                report.throttled = isinstance(error, ThrottledError)
                break
            _failed(cache, change, reason)
            blocked.add(item)
            continue
        except CacheError:
            raise  # the window recovers the cache; the change is still waiting
        except Exception as error:  # an answer we cannot read or store: this item only
            log.warning(
                "triage: %s %s not sent", change.kind.value, change.entity_id, exc_info=error
            )
            reason = one_line(f"{type(error).__name__}: {error}")
            report.errors.append(reason)
            _failed(cache, change, reason)
            blocked.add(item)
            continue
        report.remaining -= 1
        report.changed.add(item)
        if outcome == "sent":
            report.sent += 1
        elif outcome == "conflict":
            report.conflicts += 1
        else:
            report.rejected += 1
        if progress is not None:
            per_change = sender.requests / (done + 1)
            left = total - done - 1
            progress(Progress(done + 1, total, sender.pacer.seconds_for(left * per_change)))
    return report


def _stops_the_run(error: ApiError) -> bool:
    """Offline, signed out or throttled: nothing of this tenant can go now."""
    if isinstance(error, NetworkError | AuthError):
        return True
    return isinstance(error, ThrottledError) and error.status in (None, 429)


def _failed(cache: Cache, change: QueuedChange, reason: str) -> None:
    """This item's change did not go (the service failing on it, an answer we cannot read):
    it is tried again on the next runs, and held for the analyst after MAX_ATTEMPTS, so one
    item can never hold back the others for good."""
    if change.attempts + 1 >= MAX_ATTEMPTS:
        triage.mark_rejected(cache, change, f"not sent after {MAX_ATTEMPTS} attempts: {reason}")
    else:
        triage.mark_retry(cache, change, reason)
