"""The per-tenant, per-resource sync cursor, stored by the cache as opaque JSON.

A cursor has two parts:

- `watermark`: the lower bound of the next incremental run's `lastUpdateDateTime`
  filter. It is the *server's* clock at the start of the last completed run, minus
  an overlap, never the largest `lastUpdateDateTime` seen: an item updated while
  a run pages through the collection moves behind the pages already read, and a
  strict "largest seen" watermark would miss it.
- `run`: an unfinished run -- where it started and the `@odata.nextLink` of the
  first page not yet committed -- so a killed sync resumes there. It also keeps
  the links the run has followed, as short hashes (`link_key`), so a resumed run
  still sees a next link that leads back to a page it read before its restart.

The cursor is written in the same transaction as the page it covers, so it never
runs ahead of the data.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

# 6 bytes of BLAKE2b as 8 base64 characters: a 1,000-page run adds 8 KB to a cursor
# rewritten with every page, and two of 20,000 links collide once in ~10^6 runs.
LINK_KEY_LENGTH = 8


def link_key(url: str) -> str:
    digest = hashlib.blake2b(url.encode(), digest_size=6).digest()
    return base64.urlsafe_b64encode(digest).decode()


def link_keys(followed: str) -> set[str]:
    size = LINK_KEY_LENGTH
    return {followed[i : i + size] for i in range(0, len(followed), size)}


@dataclass(frozen=True, slots=True)
class RunState:
    started: datetime
    since: datetime | None
    next_link: str
    pages: int
    items: int
    followed: str = ""  # link_key of every URL read so far in this run, concatenated

    def to_json(self) -> dict[str, Any]:
        return {
            "started": self.started.isoformat(),
            "since": self.since.isoformat() if self.since else None,
            "next_link": self.next_link,
            "pages": self.pages,
            "items": self.items,
            "followed": self.followed,
        }

    @classmethod
    def from_json(cls, data: Any) -> RunState | None:
        if not isinstance(data, dict) or not isinstance(data.get("next_link"), str):
            return None
        try:
            since = data.get("since")
            return cls(
                started=datetime.fromisoformat(data["started"]),
                since=datetime.fromisoformat(since) if since else None,
                next_link=data["next_link"],
                pages=int(data.get("pages", 0)),
                items=int(data.get("items", 0)),
                followed=_followed(data.get("followed")),
            )
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True, slots=True)
class Cursor:
    watermark: datetime | None = None
    run: RunState | None = None
    last_completed: datetime | None = None
    # Pages were written with derived columns left for the end of a whole run: the
    # last page of whichever run comes next must refresh them all.
    refresh_pending: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "watermark": self.watermark.isoformat() if self.watermark else None,
            "run": self.run.to_json() if self.run else None,
            "last_completed": self.last_completed.isoformat() if self.last_completed else None,
            "refresh_pending": self.refresh_pending,
        }

    @classmethod
    def from_json(cls, data: Any) -> Cursor:
        """A cursor from stored JSON; anything unreadable means "no cursor" (a full sync)."""
        if not isinstance(data, dict):
            return cls()
        return cls(
            watermark=_parse_time(data.get("watermark")),
            run=RunState.from_json(data.get("run")),
            last_completed=_parse_time(data.get("last_completed")),
            refresh_pending=data.get("refresh_pending") is True,
        )


def _followed(value: Any) -> str:
    ok = isinstance(value, str) and len(value) % LINK_KEY_LENGTH == 0
    return value if ok else ""


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
