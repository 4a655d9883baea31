"""`ResponseService`: Defender for Endpoint machine actions from a device page, online only.

Blocking (HTTP, SQLite): the window calls it in an executor. An action is never queued:
offline, it is refused with the reason and nothing is kept to send later (a containment
sent hours later, after the situation changed, is worse than none). What is asked and how
it ends are appended to the audit log, so the device's Activity tab shows both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from console.api.errors import ApiError, one_line
from console.cache import audit
from console.cache.engine import Cache
from console.domain.response import (
    BY_TYPE,
    ActionStatus,
    ActionType,
    MachineAction,
    Option,
    ResponseError,
)

KIND = "device"


class ActionRefused(ResponseError):
    """The service said no (a missing permission, a device it does not know): its reason."""


class AlreadyRunning(ResponseError):
    """The same action is under way on the device: `running` is that one (when found), to
    follow instead."""

    def __init__(self, text: str, running: MachineAction | None = None) -> None:
        super().__init__(text)
        self.running = running


class ResponseService:
    def __init__(
        self,
        cache: Cache,
        clients: Mapping[str, Callable[[], Any]],
        actors: Mapping[str, Callable[[], str]],
    ) -> None:
        """`clients`: per tenant, a fresh Defender for Endpoint client with that tenant's
        token (console.api.defender.DefenderClient); `actors`: who the audit log names."""
        self.cache = cache
        self._clients = dict(clients)
        self._actors = dict(actors)

    def reachable(self, tenant_id: str) -> bool:
        return tenant_id in self._clients

    def _client(self, tenant_id: str) -> Any:
        make = self._clients.get(tenant_id)
        if make is None:
            raise ActionRefused(
                "this tenant cannot be reached from here (a cache reviewed offline)"
            )
        return make()

    def start(
        self,
        tenant_id: str,
        machine_id: str,
        action: ActionType,
        comment: str,
        option: Option | None = None,
    ) -> MachineAction:
        """Ask for the action now; raises ActionRefused, AlreadyRunning, or the ApiError of a
        service that could not be reached (nothing is kept to send later)."""
        client = self._client(tenant_id)
        try:
            started: MachineAction = client.start_action(machine_id, action, comment, option)
        except ApiError as error:
            refusal = _refusal(action, error)
            if isinstance(refusal, AlreadyRunning):
                refusal.running = _running(client, machine_id, action)
            raise refusal from error
        finally:
            _close(client)
        self._note(
            tenant_id, machine_id, action, "requested", started, comment=comment, option=option
        )
        return started

    def status(self, tenant_id: str, action_id: str) -> MachineAction:
        client = self._client(tenant_id)
        try:
            return client.get_action(action_id)  # type: ignore[no-any-return]
        finally:
            _close(client)

    def containment(self, tenant_id: str, machine_id: str) -> tuple[MachineAction | None, bool]:
        """The device's containment as its actions say: the latest succeeded isolation (None
        when released or never isolated), and whether its apps are restricted now."""
        client = self._client(tenant_id)
        try:
            actions = client.machine_actions(machine_id)  # newest first
        finally:
            _close(client)
        done = [a for a in actions if a.status == ActionStatus.SUCCEEDED]
        isolation = next((a for a in done if a.type in _TOGETHER[0]), None)
        restriction = next((a for a in done if a.type in _TOGETHER[1]), None)
        isolated = isolation if isolation and isolation.type == ActionType.ISOLATE else None
        restricted = bool(restriction and restriction.type == ActionType.RESTRICT_CODE_EXECUTION)
        return isolated, restricted

    def finished(self, tenant_id: str, action: MachineAction) -> None:
        """Note in the audit log how a followed action ended."""
        self._note(tenant_id, action.machine_id, action.type, action.status.value, action)

    def download_package(self, tenant_id: str, action: MachineAction, folder: Path) -> Path:
        """Download a collected investigation package into `folder` (the analyst's choice);
        returns the file. The link is asked with the tenant's token, the package fetched with
        none (console.api.download)."""
        from console.api.download import download

        client = self._client(tenant_id)
        try:
            try:
                url = client.package_uri(action.id)
            except ApiError as error:
                raise _refusal(action.type, error) from error
            network = getattr(getattr(client, "session", None), "network", None)
        finally:
            _close(client)
        name = f"{action.computer_name or action.machine_id}-{action.id}.zip".replace("/", "_")
        target = folder / name
        download(url, target, network)
        self._note(tenant_id, action.machine_id, action.type, "downloaded", action, file=name)
        return target

    def _note(
        self,
        tenant_id: str,
        machine_id: str,
        action: ActionType,
        state: str,
        found: MachineAction,
        **detail: Any,
    ) -> None:
        actor = self._actors.get(tenant_id)
        extra = {k: (v.value if isinstance(v, Option) else v) for k, v in detail.items()}
        audit.record(
            self.cache,
            tenant_id,
            actor() if actor is not None else "analyst",
            f"{KIND}.{action.value}.{state}",
            KIND,
            machine_id,
            {"actionId": found.id, "status": found.status.value, **extra},
        )


def _refusal(action: ActionType, error: ApiError) -> Exception:
    text = one_line(str(error))
    if error.status == 400 and "already in progress" in text.casefold():
        return AlreadyRunning(text)
    if error.status == 403:
        return ActionRefused(f"{text} (the app registration needs {BY_TYPE[action].permission})")
    if error.status is not None and 400 <= error.status < 500 and error.status not in (401, 429):
        return ActionRefused(text)
    return error  # offline, signed out, throttled: said as such, nothing kept


# Actions that cannot run together on a device (the service refuses the second).
_TOGETHER = (
    {ActionType.ISOLATE, ActionType.UNISOLATE},
    {ActionType.RESTRICT_CODE_EXECUTION, ActionType.UNRESTRICT_CODE_EXECUTION},
)


def _running(client: Any, machine_id: str, action: ActionType) -> MachineAction | None:
    """The action under way that kept ours from starting, if the service lists it."""
    kinds = next((group for group in _TOGETHER if action in group), {action})
    try:
        actions = client.machine_actions(machine_id)
    except ApiError:
        return None
    return next((a for a in actions if a.type in kinds and not a.status.finished), None)


def _close(client: Any) -> None:
    session = getattr(client, "session", None)
    if session is not None:
        session.close()
