"""Sending queued device tags: the same tag added (or removed) on many devices goes in one
`AddOrRemoveTagForMultipleMachines` call per 500 devices, a lone one through the device's
own tags endpoint. Blocking: the triage controller runs it with the tenant's triage sends.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from console.api.errors import ApiError, AuthError, NetworkError, ThrottledError, one_line
from console.cache import device_tags, writer
from console.cache.device_tags import TagChange
from console.cache.engine import Cache
from console.domain.response import BULK_TAGS  # not console.api.defender: requests at start-up
from console.triage.pace import Cancelled, Pacer


@dataclass
class TagReport:
    sent: int = 0
    rejected: int = 0
    calls: int = 0
    errors: list[str] = field(default_factory=list)
    devices: set[str] = field(default_factory=set)  # tagged (or refused): re-read them


def _groups(changes: Sequence[TagChange]) -> list[list[TagChange]]:
    """Changes of the same tag and direction, in the order first queued, 500 at most each."""
    by_kind: dict[tuple[str, bool], list[TagChange]] = {}
    for change in changes:
        by_kind.setdefault((change.tag.casefold(), change.remove), []).append(change)
    groups: list[list[TagChange]] = []
    for same in by_kind.values():
        unique = list({c.machine_id: c for c in same}.values())
        groups.extend(unique[i : i + BULK_TAGS] for i in range(0, len(unique), BULK_TAGS))
    return groups


def send_device_tags(
    cache: Cache,
    tenant_id: str,
    client: Any,
    *,
    pacer: Pacer | None = None,
    cancel: threading.Event | None = None,
) -> TagReport:
    """Send the tenant's waiting device tags (`client`: its DefenderClient)."""
    cancel = cancel or threading.Event()
    pacer = pacer or Pacer(cancel=cancel)
    report = TagReport()
    for group in _groups(device_tags.waiting(cache, tenant_id)):
        if cancel.is_set():
            break
        first = group[0]
        try:
            pacer.take()
            report.calls += 1
            if len(group) == 1:
                updated = [client.tag_machine(first.machine_id, first.tag, remove=first.remove)]
            else:
                ids = [c.machine_id for c in group]
                updated = client.tag_machines(ids, first.tag, remove=first.remove)
        except Cancelled:
            break
        except ApiError as error:
            reason = one_line(str(error))
            report.errors.append(reason)
            if isinstance(error, NetworkError | AuthError | ThrottledError):
                device_tags.settle(cache, group, "failed", reason)
                break  # the tenant, not these devices: the rest wait too
            if error.status == 403:
                reason += " (the app registration needs Machine.ReadWrite.All)"
            device_tags.settle(cache, group, "rejected", reason)
            report.rejected += len(group)
            report.devices.update(c.machine_id for c in group)
            continue
        # The devices as the service has them now, over the synced copies (no cursor moves).
        writer.write_devices(cache, tenant_id, updated, resource="devices", state=None)
        device_tags.settle(cache, group, "sent")
        report.sent += len(group)
        report.devices.update(c.machine_id for c in group)
    return report
