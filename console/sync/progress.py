"""Sync progress as short lines on a text stream (the CLI's stderr).

Counts, rate and what the sync is waiting for. On a terminal each resource
updates one line in place; elsewhere (logs, CI) it prints at most one line a
second per resource, so a 400-page sync does not flood the log.
"""

from __future__ import annotations

import time
from typing import TextIO


class StreamProgress:
    def __init__(self, stream: TextIO, *, interval: float = 1.0) -> None:
        self._stream = stream
        self._interactive = stream.isatty()
        self._interval = interval
        self._started = time.monotonic()
        self._last_print = 0.0

    def resource_started(self, resource: str, mode: str) -> None:
        self._started = time.monotonic()
        self._last_print = 0.0
        self._line(f"{resource}: {mode} sync", final=True)

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None:
        now = time.monotonic()
        if not self._interactive and now - self._last_print < self._interval:
            return
        self._last_print = now
        rate = total / max(now - self._started, 1e-6)
        self._line(f"{resource}: page {page}, {total:,} items, {rate:,.0f}/s", final=False)

    def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None:
        # Items the parser could not read are skipped, never silently: say which.
        for warning in warnings[:5]:
            self._line(f"{resource} page {page}: {warning}", final=True)
        if len(warnings) > 5:
            self._line(f"{resource} page {page}: {len(warnings) - 5} more warnings", final=True)

    def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None:
        rate = total / max(seconds, 1e-6)
        self._line(
            f"{resource}: done, {total:,} items in {pages:,} pages, {seconds:.1f} s ({rate:,.0f}/s)",
            final=True,
        )

    def waiting(self, reason: str, seconds: float) -> None:
        self._line(f"waiting {seconds:.0f} s: {reason}", final=True)

    def _line(self, text: str, *, final: bool) -> None:
        if self._interactive:
            self._stream.write("\r\x1b[2K" + text + ("\n" if final else ""))
        else:
            self._stream.write(text + "\n")
        self._stream.flush()
