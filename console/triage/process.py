"""Sending a tenant's triage changes in a process of its own (console.triage.worker), as
the window runs a tenant's sync: the tokens stay in the window, asked for over the pipe."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from console.module_command import module_command
from console.sync import worker_wire as wire
from console.sync.child import SyncProcess
from console.sync.clients import ClientSettings
from console.sync.engine import SyncProcessError
from console.triage.delivery import Progress, SendReport
from console.triage.worker import PROGRESS, report_from_wire


def command() -> list[str]:
    return module_command("console.triage.worker")


def send_in_process(
    cache_path: Path,
    tenant_id: str,
    settings: ClientSettings,
    *,
    per_minute: int,
    cancel: threading.Event,
    progress: Callable[[Progress], None] | None = None,
) -> SendReport:
    """`send_waiting` for one tenant in a sender process; blocks until it ends and raises
    what it raised (an error that reached the top, not a change that was refused)."""

    def handle(message: dict[str, Any]) -> Callable[[], None] | None:
        if message["e"] != PROGRESS:
            raise ValueError(f"unknown message {message['e']!r}")
        step = Progress(int(message["done"]), int(message["total"]), float(message["left"]))
        return (lambda: progress(step)) if progress is not None else None

    spec = {
        "e": wire.SPEC,
        "cache": str(cache_path),
        "tenant_id": tenant_id,
        "per_minute": per_minute,
        "reach": wire.settings_to_wire(settings),
    }
    with SyncProcess(command()) as process:
        done = process.exchange(spec, settings, handle, cancel)
    try:
        return report_from_wire(done)
    except (KeyError, TypeError, ValueError) as error:
        raise SyncProcessError(
            f"the triage process sent a report that cannot be read: {error}"
        ) from error
