"""Which browser an interactive sign-in opens: the system's, or one the caller gives.

MSAL opens the authorize URL with `webbrowser`; there is no parameter for another
opener. So a `webbrowser` entry is registered once, first in the order, that hands
the URL to the opener set for the sign-in under way, and declines (so the system's browser opens)
when there is none. MSAL opens the browser from a thread of its own, so the opener
is the process's, not a thread's: one interactive sign-in at a time (`_one_at_a_time`). Tests play the browser this
way; the window could show the URL in a dialog the same way.
"""

from __future__ import annotations

import contextlib
import threading
import webbrowser
from collections.abc import Callable, Iterator

BrowserOpener = Callable[[str], None]

_NAME = "hunting-console-sign-in"
_registered = threading.Lock()
_one_at_a_time = threading.Lock()
_done = False
_opener: BrowserOpener | None = None


class _Handoff(webbrowser.BaseBrowser):
    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        opener = _opener
        if opener is None:
            return False  # webbrowser tries the system's next
        opener(url)
        return True


def _register() -> None:
    global _done
    with _registered:
        if not _done:
            webbrowser.register(_NAME, None, _Handoff(_NAME), preferred=True)
            _done = True


@contextlib.contextmanager
def opening_with(opener: BrowserOpener | None) -> Iterator[None]:
    """While inside, MSAL's browser is `opener` (None: the system's)."""
    global _opener
    if opener is None:
        yield
        return
    _register()
    with _one_at_a_time:
        _opener = opener
        try:
            yield
        finally:
            _opener = None
