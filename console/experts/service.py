"""`ExpertsService`: ask Defender Experts about a device, alert or incident, for one tenant.

Everything an analyst does lands in the cache first (request or reply, outbox
entry, audit entry: one transaction), so it shows at once as pending, survives
restarts and crashes, and is sent exactly once when the channel is reachable.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from console.cache import experts as store
from console.cache import outbox, tenant_settings
from console.cache.engine import Cache
from console.domain.experts import (
    Allowance,
    AllowancePeriod,
    AllowancePolicy,
    ChannelKind,
    ExpertReply,
    ExpertRequest,
    ExpertsSettings,
    RequestDraft,
    RequestStatus,
)
from console.experts import delivery
from console.experts.allowance import AllowanceExhausted, allowance, period_bounds
from console.experts.delivery import PollReport, SendReport
from console.experts.handoff import Handoff, make_handoff
from console.experts.wire import ExpertsClient, request_body

if TYPE_CHECKING:
    from console.api.session import ApiSession  # only a type: requests loads on first use

SETTINGS_KEY = "experts"


def _settings_to_json(settings: ExpertsSettings) -> dict[str, Any]:
    return {
        "channel": settings.channel.value,
        "serviceUrl": settings.service_url,
        "contactEmail": settings.contact_email,
        "allowance": {"period": settings.allowance.period.value, "size": settings.allowance.size},
    }


def _settings_from_json(data: Any) -> ExpertsSettings:
    if not isinstance(data, dict):
        return ExpertsSettings()
    policy = data.get("allowance") or {}
    return ExpertsSettings(
        channel=ChannelKind.parse(data.get("channel")) or ChannelKind.SERVICE,
        service_url=data.get("serviceUrl"),
        contact_email=data.get("contactEmail"),
        allowance=AllowancePolicy(
            period=AllowancePeriod.parse(policy.get("period")) or AllowancePeriod.QUARTER,
            size=int(policy.get("size", 10)),
        ),
    )


class ExpertsService:
    """One tenant's questions to Defender Experts. `transport` is None when offline."""

    def __init__(
        self,
        cache: Cache,
        tenant_id: str,
        transport: ApiSession | None = None,
        *,
        actor: str = "analyst",
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.cache = cache
        self.tenant_id = tenant_id
        self.transport = transport
        self.actor = actor
        self._clock = clock or (lambda: datetime.now(UTC))

    # -- settings and allowance ----------------------------------------------------------

    def settings(self) -> ExpertsSettings:
        return _settings_from_json(tenant_settings.read(self.cache, self.tenant_id, SETTINGS_KEY))

    def save_settings(self, settings: ExpertsSettings) -> None:
        tenant_settings.write(self.cache, self.tenant_id, SETTINGS_KEY, _settings_to_json(settings))

    def allowance(self, now: datetime | None = None) -> Allowance:
        """Questions used and left in the current period (queued ones count)."""
        policy = self.settings().allowance
        start, end = period_bounds(policy.period, now or self._clock())
        used = store.count_created(self.cache, self.tenant_id, start, end)
        return allowance(policy, used, start, end)

    # -- analyst actions -----------------------------------------------------------------

    def ask(self, draft: RequestDraft) -> ExpertRequest:
        """Queue a question. Raises AllowanceExhausted when none is left this period."""
        if not draft.question.strip():
            raise ValueError("the question is empty")
        now = self._clock()
        left = self.allowance(now)
        if left.exhausted:
            raise AllowanceExhausted(left)
        request = ExpertRequest(
            id=str(uuid.uuid4()),
            tenant_id=self.tenant_id,
            category=draft.category,
            question=draft.question.strip(),
            context=draft.context,
            priority=draft.priority,
            contacts=tuple(draft.contacts),
            attachments=tuple(draft.attachments),
            channel=self.settings().channel,
            status=RequestStatus.QUEUED,
            created=now,
            updated=now,
            remote_id=None,
            replies=(),
            unread=False,
            error=None,
        )
        detail = {
            "category": request.category.value,
            "question": request.question,
            "entityKind": request.context.kind,
            "entityId": request.context.entity_id,
            "channel": request.channel.value,
            "priority": request.priority.value,
            "contacts": list(request.contacts),
            "attachments": [a.title for a in request.attachments],
        }
        note = store.AuditNote(self.actor, "experts.request.asked", detail)
        store.create(self.cache, request, request_body(request), note)
        return request

    def reply(self, request_id: str, text: str) -> ExpertRequest:
        """The analyst's follow-up to an answer: stored as pending, queued, audited."""
        if not text.strip():
            raise ValueError("the reply is empty")
        if self.get(request_id) is None:
            raise KeyError(request_id)
        reply = ExpertReply(
            id=str(uuid.uuid4()),
            author=self.actor,
            text=text.strip(),
            created=self._clock(),
            from_experts=False,
            pending=True,
        )
        note = store.AuditNote(
            self.actor, "experts.reply.asked", {"replyId": reply.id, "text": reply.text}
        )
        store.add_reply(self.cache, self.tenant_id, request_id, reply, {"text": reply.text}, note)
        found = self.get(request_id)
        assert found is not None
        return found

    def mark_read(self, request_id: str) -> None:
        store.mark_read(self.cache, self.tenant_id, request_id)

    # -- reads ---------------------------------------------------------------------------

    def requests(self) -> list[ExpertRequest]:
        """Newest first."""
        return store.all_requests(self.cache, self.tenant_id)

    def get(self, request_id: str) -> ExpertRequest | None:
        return store.get(self.cache, self.tenant_id, request_id)

    def unread_count(self) -> int:
        return store.unread_count(self.cache, self.tenant_id)

    # -- portal and e-mail channels ------------------------------------------------------

    def _waiting_entry(self, request_id: str) -> outbox.OutboxEntry | None:
        kinds = (store.REQUEST_KIND, store.REPLY_KIND)
        for entry in outbox.pending(self.cache, self.tenant_id, kinds):
            if entry.entity_id == request_id and entry.kind in (
                store.REQUEST_KIND,
                store.REPLY_KIND,
            ):
                return entry
        return None

    def handoff(self, request_id: str) -> Handoff | None:
        """What the UI must do to send a queued question (or follow-up) by portal or e-mail;
        None for the service channel or when nothing is waiting."""
        request = self.get(request_id)
        if request is None or request.channel == ChannelKind.SERVICE:
            return None
        entry = self._waiting_entry(request_id)
        if entry is None:
            return None
        text = None if entry.kind == store.REQUEST_KIND else str(entry.payload.get("text", ""))
        return make_handoff(request, self.settings(), text)

    def confirm_handoff(self, request_id: str) -> None:
        """The UI opened the portal or the mail client: the waiting entry counts as sent."""
        request = self.get(request_id)
        entry = self._waiting_entry(request_id)
        if request is None or entry is None:
            return
        via = request.channel.value
        if entry.kind == store.REQUEST_KIND:
            note = store.AuditNote(self.actor, "experts.request.sent", {"channel": via})
            store.record_accepted(
                self.cache, request_id, entry.id, RequestStatus.SUBMITTED, None, note
            )
        else:
            note = store.AuditNote(
                self.actor, "experts.reply.sent", {"channel": via, "replyId": entry.idempotency_key}
            )
            store.record_reply_accepted(self.cache, entry.idempotency_key, entry.id, None, note)

    # -- the service channel (blocking: run in an executor) ------------------------------

    def _client_for_run(self) -> ExpertsClient | None:
        """A client for one send or poll, which starts with the whole wait budget.

        The transport lives as long as the window, but its budget for waiting before
        retries is per run (only a sync restarts it): spent once over a long shift,
        it would fail every later retry at once.
        """
        url = self.settings().service_url
        if self.transport is None or not url:
            return None
        self.transport.wait_budget.restart()
        return ExpertsClient(self.transport, url, self.tenant_id)

    def send_pending(self) -> SendReport:
        """Push queued questions and follow-ups; unreachable -> they stay queued (offline)."""
        client = self._client_for_run()
        return delivery.send_pending(self.cache, self.tenant_id, client, self.actor)

    def poll(self) -> list[ExpertRequest]:
        """Fetch updates; return the requests that gained an experts' answer (now unread)."""
        return self.answered_in(self.poll_report())

    def poll_report(self) -> PollReport:
        """Fetch updates; say which requests gained an answer and which changed at all."""
        client = self._client_for_run()
        if client is None:
            return PollReport([], [])
        return delivery.poll(self.cache, self.tenant_id, client, self.actor)

    def answered_in(self, report: PollReport) -> list[ExpertRequest]:
        return [r for r in (self.get(i) for i in report.answered) if r is not None]


__all__ = ["AllowanceExhausted", "ExpertsService", "Handoff", "PollReport", "SendReport"]
