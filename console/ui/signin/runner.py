"""Sign-in and "Test connection" off the GUI thread, with Cancel.

The blocking calls (MSAL's browser wait, the device code's polling, the test's reads)
run in an executor of the qasync loop, as a sync does (`SyncController`). What they
report from there (the device code to show, the URL to open) reaches the GUI thread
through signals of an object living on it (queued connections).

Cancel: the device code's polling stops at its next poll (`cancel` event). MSAL's
browser wait has no cancel, so the runner answers MSAL's own loopback listener with
the OAuth error a browser would post (`access_denied`, with the request's state).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import urllib.parse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from console.auth.errors import SignInError, SignInReason

if TYPE_CHECKING:
    from console.auth.browser import BrowserOpener

    # Not at start-up: the window makes its BrowserHandoff before any sign-in, and the
    # sign-in service and connection test pull in msal, requests and keyring (~0.18 s).
    from console.auth.connection import ConnectionReport
    from console.auth.service import DeviceCodePrompt, SignedIn, TenantSignIn

T = TypeVar("T")

# The browser's sign-in waits this long at most (MSAL's own default is none).
BROWSER_TIMEOUT = 300.0


class BrowserHandoff(QObject):
    """The opener MSAL's browser sign-in is given: remembers the authorize URL (to cancel)
    and opens it in the system browser, or in the `opener` a test plays."""

    _open_in_system_browser = Signal(str)
    opened = Signal()

    def __init__(self, opener: BrowserOpener | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._url: str | None = None
        self._open_in_system_browser.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))

    def __call__(self, url: str) -> None:  # on MSAL's thread
        self._url = url
        if self._opener is not None:
            self._opener(url)
        else:
            self._open_in_system_browser.emit(url)
        self.opened.emit()

    def abort(self) -> None:
        """Answer the loopback listener as a browser whose user cancelled would."""
        url, self._url = self._url, None
        if url is None:
            return
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        redirect = query.get("redirect_uri", [""])[0]
        if not redirect.startswith(("http://localhost:", "http://127.0.0.1:")):
            return  # only ever MSAL's own listener on this machine
        answer = {"error": "access_denied", "error_description": "cancelled in the console"}
        if query.get("state"):
            answer["state"] = query["state"][0]
        threading.Thread(target=_post_loopback, args=(redirect, answer), daemon=True).start()


def _post_loopback(url: str, fields: dict[str, str]) -> None:
    import urllib.request  # only to cancel a sign-in: not at start-up (http.client, email: ~6 ms)

    no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    # OSError: the sign-in ended meanwhile (its listener is gone).
    with contextlib.suppress(OSError):
        no_proxy.open(url, urllib.parse.urlencode(fields).encode(), timeout=5).close()


class SignInRunner(QObject):
    """Runs one sign-in (or connection test) at a time for the dialogs."""

    device_code = Signal(object)  # DeviceCodePrompt, shown with "Copy code"

    def __init__(self, handoff: BrowserHandoff, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handoff = handoff
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()
        self.handoff.abort()

    async def sign_in(self, service: TenantSignIn) -> SignedIn:
        """Sign in with the profile's method; raises SignInError (CANCELLED after cancel)."""
        handle = self._window_handle()
        return await self._in_executor(lambda: self._sign_in_blocking(service, handle))

    def _window_handle(self) -> int | None:
        # Windows' sign-in broker opens its prompt on top of this window (read here, on
        # the GUI thread, before the sign-in goes to the executor).
        parent = self.parent()
        if isinstance(parent, QWidget):
            return int(parent.window().winId())
        return None

    async def test_connection(self, service: TenantSignIn) -> ConnectionReport:
        """Sign in if needed, then read one page of each API (`run_connection_test`)."""
        from console.auth.connection import run_connection_test

        handle = self._window_handle()
        return await self._in_executor(
            lambda: run_connection_test(service, lambda s: self._sign_in_blocking(s, handle))
        )

    async def sign_out(self, service: TenantSignIn) -> None:
        await self._in_executor(service.sign_out)

    def _sign_in_blocking(self, service: TenantSignIn, handle: int | None = None) -> SignedIn:
        try:
            return service.sign_in(
                on_device_code=self._show_code,
                cancel=self._cancel,
                timeout=BROWSER_TIMEOUT,
                parent_window_handle=handle,
            )
        except SignInError:
            if self._cancel.is_set():
                raise SignInError(SignInReason.CANCELLED) from None
            raise

    def _show_code(self, prompt: DeviceCodePrompt) -> None:  # on the worker thread
        self.device_code.emit(prompt)

    async def _in_executor(self, work: Callable[[], T]) -> T:
        self._cancel = threading.Event()
        return await asyncio.get_running_loop().run_in_executor(None, work)
