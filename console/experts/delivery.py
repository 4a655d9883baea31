"""Pushing queued questions and follow-ups to the experts service, and polling for answers.

Blocking (HTTP): the UI runs these in an executor. Each outbox entry is marked
`sending` before its POST; if the app dies before the answer is stored, the
entry is still waiting and goes again with the same idempotency key, and the
service answers with the request it already has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from console.api.errors import ApiError, AuthError, MalformedPageError, NetworkError, ThrottledError
from console.api.parse.fields import parse_datetime
from console.cache import audit, outbox, writer
from console.cache import experts as store
from console.cache.engine import Cache
from console.cache.outbox import OutboxEntry
from console.domain.experts import ChannelKind, ExpertRequest, RequestStatus
from console.experts.wire import ExpertsClient

POLL_STATE = "expertRequests"
# The service's clock stamps lastUpdateDateTime; overlap the window so an update
# stamped in the same instant as the last one seen is not skipped.
_POLL_OVERLAP = timedelta(seconds=5)


@dataclass
class SendReport:
    sent: int = 0
    refused: int = 0
    remaining: int = 0  # still queued for the service after this run
    offline: bool = False  # the service could not be reached (or no transport)
    errors: list[str] = field(default_factory=list)


def _refused_for_good(error: ApiError) -> bool:
    """4xx other than auth and throttling: sending the same thing again cannot help."""
    if isinstance(error, AuthError | ThrottledError | NetworkError | MalformedPageError):
        return False
    return error.status is not None and 400 <= error.status < 500


def send_entry(
    cache: Cache, client: ExpertsClient, entry: OutboxEntry, request: ExpertRequest, actor: str
) -> None:
    """POST one entry; store the outcome. Raises ApiError for anything to retry later."""
    outbox.mark(cache, entry.id, "sending")
    if entry.kind == store.REQUEST_KIND:
        try:
            remote = client.submit(request)
        except ApiError as error:
            if not _refused_for_good(error):
                raise
            note = store.AuditNote(actor, "experts.request.refused", {"error": str(error)})
            store.record_refused(cache, request.id, entry.id, str(error), note)
            return
        note = store.AuditNote(
            actor, "experts.request.sent", {"channel": "service", "remoteId": remote.remote_id}
        )
        store.record_accepted(cache, request.id, entry.id, remote.status, remote.remote_id, note)
        return
    text = str(entry.payload.get("text", ""))
    if request.status == RequestStatus.FAILED:
        outbox.mark(cache, entry.id, "conflict", "its question was refused")
        return
    if request.remote_id is None:
        raise ApiError("the question of this reply has not been accepted yet")
    try:
        reply = client.submit_reply(request.remote_id, entry.idempotency_key, text)
    except ApiError as error:
        if not _refused_for_good(error):
            raise
        # Set aside (conflict), as a refused question is: retrying it every minute
        # would hold back every question queued after it.
        outbox.mark(cache, entry.id, "conflict", str(error))
        audit.record(
            cache,
            request.tenant_id,
            actor,
            "experts.reply.refused",
            store.REQUEST_KIND,
            request.id,
            {"replyId": entry.idempotency_key, "error": str(error)},
        )
        return
    note = store.AuditNote(
        actor, "experts.reply.sent", {"replyId": entry.idempotency_key, "remoteId": reply.remote_id}
    )
    store.record_reply_accepted(cache, entry.idempotency_key, entry.id, reply.remote_id, note)


def send_pending(
    cache: Cache, tenant_id: str, client: ExpertsClient | None, actor: str
) -> SendReport:
    """Push this tenant's queued experts entries for the service channel, oldest first."""
    report = SendReport()
    waiting: list[tuple[OutboxEntry, ExpertRequest]] = []
    for entry in outbox.pending(cache, tenant_id, (store.REQUEST_KIND, store.REPLY_KIND)):
        if entry.kind not in (store.REQUEST_KIND, store.REPLY_KIND):
            continue
        request = store.get(cache, tenant_id, entry.entity_id)
        if request is not None and request.channel == ChannelKind.SERVICE:
            waiting.append((entry, request))
    if client is None:
        report.offline = True
        report.remaining = len(waiting)
        return report
    for position, (entry, request) in enumerate(waiting):
        if entry.kind == store.REPLY_KIND:
            request = store.get(cache, tenant_id, request.id) or request
        try:
            send_entry(cache, client, entry, request, actor)
        except ApiError as error:
            # Keep the order (a follow-up needs its question first): stop at the first miss.
            outbox.mark(cache, entry.id, "pending", str(error))
            report.offline = isinstance(error, NetworkError)
            report.errors.append(str(error))
            report.remaining = len(waiting) - position
            return report
        if entry.kind == store.REQUEST_KIND and _status(cache, tenant_id, request.id) == "failed":
            report.refused += 1
        else:
            report.sent += 1
    return report


def _status(cache: Cache, tenant_id: str, request_id: str) -> str | None:
    found = store.get(cache, tenant_id, request_id)
    return None if found is None else found.status.value


@dataclass(frozen=True)
class PollReport:
    answered: list[str]  # local requests that gained an experts' answer
    changed: list[str]  # local requests whose stored state moved (answered included)


def poll(cache: Cache, tenant_id: str, client: ExpertsClient, actor: str) -> PollReport:
    """Fetch changed requests and store their status and replies."""
    state = writer.read_sync_state(cache, tenant_id, POLL_STATE) or {}
    since = parse_datetime(state.get("updatedSince"))
    remote_items = client.updated_since(since - _POLL_OVERLAP if since else None)
    known = {r.id: r for r in store.all_requests(cache, tenant_id)}
    by_remote = {r.remote_id: r.id for r in known.values() if r.remote_id}
    answered: list[str] = []
    changed: list[str] = []
    newest = since
    for remote in remote_items:
        local_id = (
            remote.client_id if remote.client_id in known else by_remote.get(remote.remote_id)
        )
        if remote.updated and (newest is None or remote.updated > newest):
            newest = remote.updated
        if local_id is None:
            continue  # asked from another desk or the portal: not ours to track
        applied = store.apply_remote(
            cache, local_id, remote.remote_id, remote.status, remote.updated, remote.replies, actor
        )
        if applied.new_answers:
            answered.append(local_id)
        if applied.changed:
            changed.append(local_id)
    if newest is not None and newest != since:
        writer.write_sync_state(cache, tenant_id, POLL_STATE, {"updatedSince": newest.isoformat()})
    return PollReport(answered, changed)
