"""The triage sender's process: `python -m console.triage.worker`, started by
`console.triage.process`.

It speaks the sync process's protocol (console.sync.worker_wire): a spec (cache, tenant,
URLs, quota) on stdin, tokens asked of the window each time the session needs one, the
run's progress and its report on a private copy of stdout. Sending in a process of its
own keeps decoding answers and writing the cache off the window's GIL: on a thread, the
window's worst delay while 400 changes went out was 85-105 ms, against a 50 ms budget
(benchmarks/triage_bench.py).
"""

from __future__ import annotations

import queue
import sys
import threading
from pathlib import Path
from typing import Any

from console.cache import device_tags
from console.sync import worker_wire as wire
from console.sync.worker import BrokeredTokens, Channel, serve
from console.triage.delivery import Progress, SendReport, send_waiting, with_device_tags
from console.triage.device_tags import send_device_tags
from console.triage.pace import Pacer

PROGRESS = "triage-progress"


def report_to_wire(report: SendReport) -> dict[str, Any]:
    return {
        "sent": report.sent,
        "conflicts": report.conflicts,
        "rejected": report.rejected,
        "remaining": report.remaining,
        "offline": report.offline,
        "throttled": report.throttled,
        "errors": list(report.errors),
        "changed": sorted([kind, item] for kind, item in report.changed),
    }


def report_from_wire(data: dict[str, Any]) -> SendReport:
    return SendReport(
        sent=int(data["sent"]),
        conflicts=int(data["conflicts"]),
        rejected=int(data["rejected"]),
        remaining=int(data["remaining"]),
        offline=bool(data["offline"]),
        throttled=bool(data["throttled"]),
        errors=[str(e) for e in data["errors"]],
        changed={(str(kind), str(item)) for kind, item in data["changed"]},
    )


def send_job(
    spec: dict[str, Any], channel: Channel, answers: queue.Queue[Any], cancel: threading.Event
) -> dict[str, Any]:
    from console.cache.engine import open_cache

    tenant_id = str(spec["tenant_id"])
    settings = wire.settings_from_wire(
        spec["reach"],
        BrokeredTokens("graph", channel, answers),
        BrokeredTokens("defender", channel, answers),
    )
    graph, defender = settings.clients(tenant_id)  # Graph: triage; Defender: device tags

    def progress(step: Progress) -> None:
        channel.send(PROGRESS, done=step.done, total=step.total, left=step.seconds_left)

    pacer = Pacer(int(spec["per_minute"]), cancel=cancel)
    try:
        with open_cache(Path(spec["cache"])) as cache:
            report = send_waiting(
                cache, tenant_id, graph, pacer=pacer, cancel=cancel, progress=progress
            )
            if device_tags.waiting(cache, tenant_id):
                tags = send_device_tags(cache, tenant_id, defender, pacer=pacer, cancel=cancel)
                report = with_device_tags(report, tags)
    finally:
        graph.session.close()
        defender.session.close()
    return report_to_wire(report)


if __name__ == "__main__":
    sys.exit(serve(send_job, "triage"))
