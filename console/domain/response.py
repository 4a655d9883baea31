"""Device response: the Defender for Endpoint machine actions an analyst takes from a device
page (isolate, release, scan, collect an investigation package, restrict and allow apps),
and the states an action goes through until it is done.

These are online only and never queued: a containment sent hours later, after the
situation changed, is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from console.domain.enums import WireEnum

# At most this many machines per AddOrRemoveTagForMultipleMachines call (api-surface.md 2.3).
BULK_TAGS: Final = 500


class ActionType(WireEnum):
    """A machine action's `type`, as Defender for Endpoint names it."""

    ISOLATE = "Isolate"
    UNISOLATE = "Unisolate"
    RUN_ANTIVIRUS_SCAN = "RunAntiVirusScan"
    COLLECT_INVESTIGATION_PACKAGE = "CollectInvestigationPackage"
    RESTRICT_CODE_EXECUTION = "RestrictCodeExecution"
    UNRESTRICT_CODE_EXECUTION = "UnrestrictCodeExecution"


class ActionStatus(WireEnum):
    PENDING = "Pending"
    IN_PROGRESS = "InProgress"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
    TIME_OUT = "TimeOut"
    CANCELLED = "Cancelled"

    @property
    def finished(self) -> bool:
        """Whether the action has stopped moving (an unknown status counts as finished: it
        is shown as it came, and following it would never end)."""
        return self not in (ActionStatus.PENDING, ActionStatus.IN_PROGRESS)


class Option(StrEnum):
    """The one choice some actions take besides their comment."""

    FULL = "Full"
    SELECTIVE = "Selective"
    QUICK = "Quick"


@dataclass(frozen=True)
class Response:
    """One action the device page offers: its path under /api/machines/{id}/, the
    permission it needs (named when the service refuses it), its choice if any."""

    type: ActionType
    path: str
    permission: str
    option_field: str | None = None  # IsolationType or ScanType
    options: tuple[Option, ...] = ()


RESPONSES: Final[tuple[Response, ...]] = (
    Response(
        ActionType.ISOLATE,
        "isolate",
        "Machine.Isolate",
        "IsolationType",
        (Option.FULL, Option.SELECTIVE),
    ),
    Response(ActionType.UNISOLATE, "unisolate", "Machine.Isolate"),
    Response(
        ActionType.RUN_ANTIVIRUS_SCAN,
        "runAntiVirusScan",
        "Machine.Scan",
        "ScanType",
        (Option.QUICK, Option.FULL),
    ),
    Response(
        ActionType.COLLECT_INVESTIGATION_PACKAGE,
        "collectInvestigationPackage",
        "Machine.CollectForensics",
    ),
    Response(
        ActionType.RESTRICT_CODE_EXECUTION, "restrictCodeExecution", "Machine.RestrictExecution"
    ),
    Response(
        ActionType.UNRESTRICT_CODE_EXECUTION, "unrestrictCodeExecution", "Machine.RestrictExecution"
    ),
)
BY_TYPE: Final = {response.type: response for response in RESPONSES}


class ResponseError(ValueError):
    """A request the service would refuse, said before it is sent."""


def request_body(response: Response, comment: str, option: Option | None = None) -> dict[str, str]:
    """The action's body: `Comment` always (the API requires it), and its option. Body keys
    are case-sensitive in this API."""
    if not comment.strip():
        raise ResponseError("a machine action needs a comment")
    body = {"Comment": comment.strip()}
    if response.option_field is not None:
        chosen = Option(option) if option else response.options[0]  # a str from a widget too
        if chosen not in response.options:
            raise ResponseError(f"{chosen.value} is not a choice for {response.type.value}")
        body[response.option_field] = chosen.value
    return body


@dataclass(frozen=True)
class MachineAction:
    id: str
    type: ActionType
    status: ActionStatus
    machine_id: str
    tenant_id: str | None = None
    computer_name: str | None = None
    scope: str | None = None
    requestor: str | None = None
    comment: str | None = None
    created: datetime | None = None
    updated: datetime | None = None
