"""Ask Defender Experts: the records of a question, its context, its replies and the allowance.

There is no public Microsoft API for this feature, so a question travels through a
channel chosen per tenant (an experts service endpoint, the Defender portal, or
e-mail). These records are the same whichever channel carries them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from console.domain.enums import WireEnum


class ExpertCategory(WireEnum):
    ALERT_INFORMATION = "alertInformation"
    POSSIBLE_DEVICE_COMPROMISE = "possibleDeviceCompromise"
    THREAT_INTELLIGENCE = "threatIntelligence"
    # The portal calls it "DEH notification follow-up".
    NOTIFICATION_FOLLOW_UP = "notificationFollowUp"


class RequestStatus(WireEnum):
    # In the outbox, not yet accepted by the channel (shown as "Pending").
    QUEUED = "queued"
    SUBMITTED = "submitted"
    IN_PROGRESS = "inProgress"
    ANSWERED = "answered"
    CLOSED = "closed"
    # The channel refused it for good; the reason is in `ExpertRequest.error`.
    FAILED = "failed"


class Priority(WireEnum):
    NORMAL = "normal"
    HIGH = "high"


class ChannelKind(WireEnum):
    SERVICE = "service"
    PORTAL = "portal"
    EMAIL = "email"


class AllowancePeriod(WireEnum):
    MONTH = "month"
    QUARTER = "quarter"


@dataclass(frozen=True, slots=True)
class ContextFact:
    """One line of what an expert needs at a glance.

    `key` is one of: name, tenant, risk, exposure, health, os, recentAlerts, title,
    severity, status, detectionSource, incident, alertCount, isDen, lastSeen, ip,
    category, device. The UI translates the key; the value is data, shown as is.
    """

    key: str
    value: str


@dataclass(frozen=True, slots=True)
class ExpertContext:
    kind: str  # "device" | "alert" | "incident"
    entity_id: str
    name: str
    tenant_id: str
    web_url: str | None
    facts: tuple[ContextFact, ...] = ()

    def fact(self, key: str) -> str | None:
        """The value of the fact named `key`, or None when the context lacks it."""
        for item in self.facts:
            if item.key == key:
                return item.value
        return None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A selected evidence item, attached as text."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class ExpertReply:
    id: str
    author: str
    text: str
    created: datetime
    from_experts: bool
    # An analyst's follow-up still in the outbox, not yet accepted by the channel.
    pending: bool = False


@dataclass(frozen=True, slots=True)
class RequestDraft:
    """What the analyst composed in the dialog, before it becomes a request."""

    category: ExpertCategory
    question: str
    context: ExpertContext
    priority: Priority = Priority.NORMAL
    contacts: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class ExpertRequest:
    # A uuid4 made when the analyst asks; also the idempotency key on the wire,
    # so a resend after a crash or a lost response never makes a second request.
    id: str
    tenant_id: str
    category: ExpertCategory
    question: str
    context: ExpertContext
    priority: Priority
    contacts: tuple[str, ...]
    attachments: tuple[Attachment, ...]
    channel: ChannelKind
    status: RequestStatus
    created: datetime
    updated: datetime
    remote_id: str | None
    replies: tuple[ExpertReply, ...]
    unread: bool
    error: str | None

    @property
    def is_pending(self) -> bool:
        """Still in the outbox: not yet accepted by its channel."""
        return self.status == RequestStatus.QUEUED


@dataclass(frozen=True, slots=True)
class AllowancePolicy:
    # Ten questions per calendar quarter is the current service term; the
    # onboarding page still says monthly, so both are possible per tenant.
    period: AllowancePeriod = AllowancePeriod.QUARTER
    size: int = 10


@dataclass(frozen=True, slots=True)
class Allowance:
    used: int
    size: int
    period: AllowancePeriod
    start: datetime
    end: datetime  # exclusive: the first instant of the next period

    @property
    def remaining(self) -> int:
        return max(0, self.size - self.used)

    @property
    def exhausted(self) -> bool:
        return self.remaining == 0


@dataclass(frozen=True, slots=True)
class ExpertsSettings:
    channel: ChannelKind = ChannelKind.SERVICE
    service_url: str | None = None
    contact_email: str | None = None
    allowance: AllowancePolicy = field(default_factory=AllowancePolicy)


@dataclass(frozen=True, slots=True)
class RemoteReply:
    """A reply as the experts service reports it (the cache matches it to local replies)."""

    remote_id: str
    client_id: str | None  # the analyst reply's idempotency key, when the service echoes it
    author: str
    text: str
    created: datetime
    from_experts: bool
