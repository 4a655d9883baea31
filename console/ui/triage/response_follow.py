"""Sending one machine action and following it until it is done, off the GUI thread.

`ResponseRun.run()` asks for the action (online only), then reads its state every few
seconds through Pending and InProgress until Succeeded, Failed, TimeOut or Cancelled,
saying each step (`changed`); how it ended goes to the audit log. Every run under way is
counted by `running_actions()`, which the status bar shows. Tests await `run()`.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from console.api.errors import ApiError, NetworkError
from console.domain.response import ActionType, MachineAction, Option
from console.triage.response import ActionRefused, AlreadyRunning
from console.ui.context import AppContext
from console.ui.error_texts import reason_text
from console.ui.events import CacheChange

log = logging.getLogger(__name__)

POLL_SECONDS = 3.0
AUDIT = "audit"  # what the Activity tabs and the Audit page follow


class RunningActions(QObject):
    changed = Signal(int)  # how many machine actions are being followed

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def add(self, step: int) -> None:
        self.count = max(0, self.count + step)
        self.changed.emit(self.count)


_running: list[RunningActions] = []


def running_actions() -> RunningActions:
    if not _running:
        _running.append(RunningActions())
    return _running[0]


def status_text(action: MachineAction) -> str:
    words = {
        "Pending": QCoreApplication.translate("ResponseRun", "waiting for the device"),
        "InProgress": QCoreApplication.translate("ResponseRun", "in progress"),
        "Succeeded": QCoreApplication.translate("ResponseRun", "succeeded"),
        "Failed": QCoreApplication.translate("ResponseRun", "failed"),
        "TimeOut": QCoreApplication.translate("ResponseRun", "timed out"),
        "Cancelled": QCoreApplication.translate("ResponseRun", "cancelled"),
    }
    return words.get(action.status.value, action.status.value)


class ResponseRun(QObject):
    changed = Signal(object)  # the MachineAction as last read
    failed = Signal(str)  # why nothing was started, in words

    def __init__(
        self,
        context: AppContext,
        tenant_id: str,
        machine_id: str,
        action: ActionType,
        comment: str,
        option: Option | None = None,
        parent: QObject | None = None,
        *,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tenant_id = tenant_id
        self.machine_id = machine_id
        self.action = action
        self.comment = comment
        self.option = option
        self.poll_seconds = poll_seconds
        self.last: MachineAction | None = None
        self.task: Any = None  # held until the run ends (asyncio's advice)

    async def run(self) -> MachineAction | None:
        """Start the action and follow it to its end; None when it could not be started."""
        service = self.context.response
        if service is None:
            self.failed.emit(
                QCoreApplication.translate("ResponseRun", "Device actions are not available here.")
            )
            return None
        loop = asyncio.get_event_loop()
        counter = running_actions()
        counter.add(1)
        try:
            try:
                action = await loop.run_in_executor(
                    None,
                    lambda: service.start(
                        self.tenant_id, self.machine_id, self.action, self.comment, self.option
                    ),
                )
            except AlreadyRunning as error:
                self.failed.emit(self._why(error))
                if error.running is None:
                    return None
                action = error.running  # the one under way: followed here instead
            except Exception as error:  # said in words, never raised into the loop
                self.failed.emit(self._why(error))
                return None
            self._show(action)
            while not action.status.finished:
                await asyncio.sleep(self.poll_seconds)
                try:
                    action = await loop.run_in_executor(
                        None, service.status, self.tenant_id, action.id
                    )
                except ApiError as error:  # lost for now: keep following, say so
                    log.warning("machine action %s: %s", action.id, error)
                    continue
                self._show(action)
            await loop.run_in_executor(None, lambda: service.finished(self.tenant_id, action))
            self.context.events.announce(CacheChange(AUDIT, self.tenant_id))
            return action
        finally:
            counter.add(-1)

    def _show(self, action: MachineAction) -> None:
        self.last = action
        self.changed.emit(action)

    def _why(self, error: Exception) -> str:
        if isinstance(error, AlreadyRunning):
            return QCoreApplication.translate(
                "ResponseRun", "Not sent: the same action is already in progress on this device."
            )
        if isinstance(error, ActionRefused):
            return QCoreApplication.translate("ResponseRun", "Refused by the service: %1").replace(
                "%1", str(error)
            )
        if isinstance(error, NetworkError):
            return QCoreApplication.translate(
                "ResponseRun",
                "Not sent: Defender for Endpoint cannot be reached. Nothing is queued: "
                "do it again once online, if it is still needed.",
            )
        return QCoreApplication.translate("ResponseRun", "Not sent: %1").replace(
            "%1", reason_text(error)
        )


def start_run(run: ResponseRun) -> Any:
    """Run it on the window's loop (the page keeps the task until it ends)."""
    try:
        return asyncio.ensure_future(run.run())
    except RuntimeError:  # no asyncio loop (a widget test without qasync)
        return None
