"""Each tenant profile's last sync result, kept in the settings for the Tenants page.

The window records it when a sync of a profile ends; the text is the outcome's one
line (never a token: the sync's reasons are token-free).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from console.settings import Settings

LAST_SYNC_KEY = "auth/last_sync"


@dataclass(frozen=True)
class LastSync:
    at: datetime
    kind: str  # a SyncOutcome kind: ok, cancelled, offline, failed, sign-in, cache
    reason: str = ""


def record(settings: Settings, profile_name: str, kind: str, reason: str = "") -> None:
    raw = settings.get_raw(LAST_SYNC_KEY)
    results: dict[str, Any] = dict(raw) if isinstance(raw, dict) else {}
    results[profile_name] = {
        "at": datetime.now(UTC).isoformat(),
        "kind": kind,
        "reason": reason,
    }
    settings.set_raw(LAST_SYNC_KEY, results)


def last_sync(settings: Settings, profile_name: str) -> LastSync | None:
    raw = settings.get_raw(LAST_SYNC_KEY)
    entry = raw.get(profile_name) if isinstance(raw, dict) else None
    if not isinstance(entry, dict):
        return None
    try:
        return LastSync(
            datetime.fromisoformat(str(entry["at"])),
            str(entry["kind"]),
            str(entry.get("reason", "")),
        )
    except (KeyError, ValueError):
        return None
