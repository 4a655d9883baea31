"""Defender for Endpoint machine actions as the emulator runs them: who asked what of which
machine, where each action is in its life, and what a machine's isolation and restriction
are once its actions have finished.

An action's status is worked out from the desk's clock whenever it is read, so nothing runs
in the background: tests shorten the delays (``Faults.machine_action_seconds``) or move the
clock on (``MachineActionDesk.advance``) instead of sleeping.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import secrets
import threading
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from console.emulator.store import Collection
from console.emulator.wire import fmt_us, now_us

if TYPE_CHECKING:
    from console.emulator.config import Faults

_SECOND_US = 1_000_000
# How long a package link works: MDE says "a short time" and does not say how long.
PACKAGE_LINK_SECONDS = 30 * 60
RUNNING = ("Pending", "InProgress")
STATUSES = (*RUNNING, "Succeeded", "Failed", "TimeOut", "Cancelled")
# The fields `GET /api/machineactions` filters on (api-surface 2; MDE's list API docs).
ACTION_FIELDS = ("id", "status", "machineId", "type", "requestor", "creationDateTimeUtc")


@dataclass(frozen=True)
class Kind:
    """One machine action: its wire `type`, its path under /api/machines/{id}/, the
    application permission it needs, and the body parameter that chooses its scope."""

    type: str
    path: str
    permission: str
    group: str  # two actions of one group may not run on a machine at the same time
    option: str | None = None  # IsolationType or ScanType
    choices: tuple[str, ...] = ()  # the first is the default when the option may be left out
    option_required: bool = False


KINDS = (
    Kind(
        "Isolate", "isolate", "Machine.Isolate", "isolation", "IsolationType", ("Full", "Selective")
    ),
    Kind("Unisolate", "unisolate", "Machine.Isolate", "isolation"),
    Kind(
        "RunAntiVirusScan",
        "runAntiVirusScan",
        "Machine.Scan",
        "scan",
        "ScanType",
        ("Quick", "Full"),
        option_required=True,  # IsolationType may be left out (Full); ScanType may not
    ),
    Kind(
        "CollectInvestigationPackage",
        "collectInvestigationPackage",
        "Machine.CollectForensics",
        "collect",
    ),
    Kind(
        "RestrictCodeExecution", "restrictCodeExecution", "Machine.RestrictExecution", "restriction"
    ),
    Kind(
        "UnrestrictCodeExecution",
        "unrestrictCodeExecution",
        "Machine.RestrictExecution",
        "restriction",
    ),
)
BY_PATH = {kind.path.lower(): kind for kind in KINDS}
BY_TYPE = {kind.type: kind for kind in KINDS}


@dataclass(frozen=True)
class MachineRequest:
    """A device response request that reached its route (after sign-in, throttling and any
    injected 5xx, which `Emulator.request_log` shows), whatever it was answered."""

    tenant_id: str
    kind: str  # an action type, "Tags" or "AddOrRemoveTagForMultipleMachines"
    machine_ids: tuple[str, ...]  # as the request named them
    status: int


@dataclass(frozen=True)
class PackageDownload:
    action_id: str
    status: int
    sent_authorization: bool  # a client that sends its bearer token to a SAS URL leaks it


@dataclass(frozen=True)
class MachineAction:
    id: str
    tenant_id: str
    kind: Kind
    machine_id: str
    computer_name: str
    scope: str | None
    requestor: str
    comment: str
    created: int  # epoch µs on the desk's clock
    in_progress_at: int
    done_at: int
    outcome: str  # Succeeded, Failed, TimeOut or Cancelled

    def status(self, now: int) -> str:
        """Pending at the instant it is created whatever the delays (the 201 always says so);
        an action that times out or is cancelled was never picked up by the device, so it
        goes from Pending straight to its end."""
        if now <= self.created:
            return "Pending"
        if now >= self.done_at:
            return self.outcome
        if now >= self.in_progress_at and self.outcome in ("Succeeded", "Failed"):
            return "InProgress"
        return "Pending"

    def updated(self, now: int) -> int:
        status = self.status(now)
        if status == "Pending":
            return self.created
        return self.in_progress_at if status == "InProgress" else self.done_at

    def doc(self, now: int) -> dict[str, Any]:
        """The machine action as MDE serves it (without @odata.context)."""
        return {
            "id": self.id,
            "type": self.kind.type,
            "scope": self.scope,
            "requestor": self.requestor,
            "requestorComment": self.comment,
            "status": self.status(now),
            "machineId": self.machine_id,
            "computerDnsName": self.computer_name,
            "creationDateTimeUtc": fmt_us(self.created),
            "lastUpdateDateTimeUtc": fmt_us(self.updated(now)),
            "relatedFileInfo": None,
        }


class MachineActionDesk:
    """Every tenant's machine actions, on a clock tests can move; the request log."""

    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self.lock = threading.Lock()
        self._offset_us = 0
        self._actions: dict[str, MachineAction] = {}  # in creation order
        self.requests: list[MachineRequest] = []
        self.downloads: list[PackageDownload] = []
        # Signs package links; random per run, as links never outlive the emulator.
        self._key = secrets.token_bytes(32)

    def now(self) -> int:
        return now_us() + self._offset_us

    def advance(self, seconds: float) -> None:
        """Move the actions' clock on, so running actions reach their next status (and
        package links expire) without waiting. Other clocks of the emulator stay put."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self.lock:
            self._offset_us += int(seconds * _SECOND_US)

    def record(self, tenant_id: str, kind: str, machine_ids: tuple[str, ...], status: int) -> None:
        with self.lock:
            self.requests.append(MachineRequest(tenant_id, kind, machine_ids, status))

    def start(
        self,
        tenant_id: str,
        kind: Kind,
        machine: tuple[str, str],
        scope: str | None,
        requestor: str,
        comment: str,
    ) -> MachineAction | None:
        """A new Pending action on ``machine`` (its id and name), or None while one of the
        same group runs there. The delays and the outcome are fixed now, from the faults."""
        machine_id, computer_name = machine
        with self.lock:
            now = self.now()
            if self._running(tenant_id, machine_id, kind.group, now):
                return None
            to_progress, to_done = self.faults.machine_action_seconds
            action = MachineAction(
                id=str(uuid.uuid4()),
                tenant_id=tenant_id,
                kind=kind,
                machine_id=machine_id,
                computer_name=computer_name,
                scope=scope,
                requestor=requestor,
                comment=comment,
                created=now,
                in_progress_at=now + int(to_progress * _SECOND_US),
                done_at=now + int(to_done * _SECOND_US),
                outcome=self.faults.take_machine_action_outcome(machine_id),
            )
            self._actions[action.id] = action
            return action

    def _running(self, tenant_id: str, machine_id: str, group: str, now: int) -> bool:
        return any(
            a.tenant_id == tenant_id
            and a.machine_id == machine_id
            and a.kind.group == group
            and a.status(now) in RUNNING
            for a in self._actions.values()
        )

    def get(self, tenant_id: str, action_id: str) -> MachineAction | None:
        """The action, only to its own tenant (another tenant's id is not found)."""
        with self.lock:
            action = self._actions.get(action_id.lower())
        return action if action is not None and action.tenant_id == tenant_id else None

    def collection(self, tenant_id: str) -> tuple[Collection, int]:
        """The tenant's actions as they are now, indexed for $filter; and that now."""
        with self.lock:
            now = self.now()
            actions = [a for a in self._actions.values() if a.tenant_id == tenant_id]
        collection = Collection(ACTION_FIELDS, _no_variant)
        for action in actions:
            collection.put(action.doc(now))
        return collection, now

    def machine_state(self, tenant_id: str, machine_id: str) -> dict[str, Any]:
        """What the finished actions made of the machine: the latest Isolate or Unisolate
        that succeeded says whether it is isolated (and how), the latest Restrict or
        Unrestrict whether its apps are restricted; ``running`` names the actions still
        Pending or InProgress."""
        with self.lock:
            now = self.now()
            mine = [
                a
                for a in self._actions.values()
                if a.tenant_id == tenant_id and a.machine_id == machine_id
            ]
        state: dict[str, Any] = {"isolated": False, "isolation_type": None, "restricted": False}
        done = sorted((a for a in mine if a.status(now) == "Succeeded"), key=lambda a: a.done_at)
        for action in done:
            if action.kind.group == "isolation":
                state["isolated"] = action.kind.type == "Isolate"
                state["isolation_type"] = action.scope if state["isolated"] else None
            elif action.kind.group == "restriction":
                state["restricted"] = action.kind.type == "RestrictCodeExecution"
        state["running"] = [a.kind.type for a in mine if a.status(now) in RUNNING]
        return state

    # -- investigation packages ----------------------------------------------------------

    def package_link(self, action: MachineAction, base_url: str) -> str:
        """A signed, expiring link to the package, on another origin than the API (the
        other loopback name), as MDE's links point at a storage host: a client's bearer
        token, scoped to the API's origin, has no business going there."""
        expires = datetime.fromtimestamp(self.now() / _SECOND_US, UTC) + timedelta(
            seconds=PACKAGE_LINK_SECONDS
        )
        expiry = expires.strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            f"{_other_loopback(base_url)}/packages/{action.id}.zip"
            f"?se={expiry}&sp=r&sig={self._sign(action.id, expiry)}"
        )

    def package(
        self, action_id: str, expiry: str, signature: str, sent_authorization: bool
    ) -> bytes | None:
        """The package's zip bytes for a link this desk signed that has not expired, else
        None; every attempt is kept in ``downloads``."""
        data = None
        with self.lock:
            action = self._actions.get(action_id)
        if action is not None and hmac.compare_digest(signature, self._sign(action_id, expiry)):
            try:
                until = datetime.strptime(expiry, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            except ValueError:
                until = None
            if until is not None and self.now() <= until.timestamp() * _SECOND_US:
                data = investigation_package(action)
        with self.lock:
            self.downloads.append(
                PackageDownload(action_id, 200 if data else 403, sent_authorization)
            )
        return data

    def _sign(self, action_id: str, expiry: str) -> str:
        message = f"{action_id}\n{expiry}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def _no_variant(doc: dict[str, Any]) -> None:
    return None


def _other_loopback(base_url: str) -> str:
    scheme, _, host = base_url.partition("://")
    name, colon, port = host.rpartition(":")
    if not colon:
        name, port = host, ""
    other = {"127.0.0.1": "localhost", "localhost": "127.0.0.1"}.get(name.lower(), name)
    return f"{scheme}://{other}{colon}{port}"


def investigation_package(action: MachineAction) -> bytes:
    """A small zip laid out as a real package's folders are, naming the device it came from."""
    stamp = datetime.fromtimestamp(action.done_at / _SECOND_US, UTC)
    files = {
        "Summary.txt": (
            f"Investigation package\r\nDevice: {action.computer_name}\r\n"
            f"Machine id: {action.machine_id}\r\nMachine action: {action.id}\r\n"
            f"Requested by: {action.requestor}\r\nComment: {action.comment}\r\n"
            f"Collected: {stamp:%Y-%m-%d %H:%M:%S} UTC\r\n"
        ),
        "Processes/Processes.csv": (
            "ProcessId,Name,CommandLine\r\n4,System,\r\n"
            '812,svchost.exe,"C:\\Windows\\system32\\svchost.exe -k netsvcs"\r\n'
        ),
        "Network connections/ActiveNetConnections.txt": (
            "Proto  Local Address          Foreign Address        State\r\n"
            "TCP    0.0.0.0:135            0.0.0.0:0              LISTENING\r\n"
        ),
        "Installed programs/InstalledPrograms.csv": "Name,Version\r\nMicrosoft Edge,124.0\r\n",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return buffer.getvalue()
