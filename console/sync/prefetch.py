"""Read the next page while the current one is written.

Fetching waits on the network and the server; writing spends most of its time
inside SQLite, which releases the GIL. Overlapping the two keeps both busy, so
a full sync costs about max(fetch, write) per page rather than their sum.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")

_PAGE, _END, _ERROR = "page", "end", "error"


def prefetched(pages: Iterator[T], *, depth: int = 1, name: str = "sync-prefetch") -> Iterator[T]:
    """`pages` as they come, read ahead by a worker thread at most `depth` pages.

    An error raised while fetching is raised here, at the page it stopped, so
    every page before it is consumed (and committed) first. Closing this
    iterator early stops the worker after the page it is reading.
    """
    handoff: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=depth)
    stopped = threading.Event()

    def hand_over(kind: str, value: object) -> bool:
        while not stopped.is_set():
            try:
                handoff.put((kind, value), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for page in pages:
                if not hand_over(_PAGE, page):
                    return
            hand_over(_END, None)
        except BaseException as error:
            hand_over(_ERROR, error)

    worker = threading.Thread(target=work, name=name, daemon=True)
    worker.start()
    try:
        while True:
            kind, value = handoff.get()
            if kind == _PAGE:
                yield value  # type: ignore[misc]
            elif kind == _END:
                return
            else:
                assert isinstance(value, BaseException)
                raise value
    finally:
        stopped.set()
        worker.join(timeout=5)
