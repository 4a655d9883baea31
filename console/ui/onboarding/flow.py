"""The welcome wizard over the console's window, through the window's replacements.

Choosing the demo or connecting a tenant replaces the window (`console.app.ConsoleWindows`
opens a new one on the new launch): the wizard moves over the new window (`follow`) and
goes on there, so the tour that follows runs over the window the analyst will work in.
The analyst closing the wizard, finished or not, is remembered (`console.welcome`): it no
longer opens by itself, and Help › Show the welcome wizard brings it back. The console
quitting with the wizard open is no answer: it opens again on the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from console.cache import incidents
from console.cache.filters import Filters
from console.settings import Settings
from console.ui.events import CacheEvents
from console.ui.onboarding.wizard import TOUR, OnboardingWizard
from console.welcome import mark_welcome_done

if TYPE_CHECKING:
    from console.auth.profiles import ProfileStore
    from console.auth.service import TenantSignIn
    from console.ui.main_window import MainWindow
    from console.ui.signin.runner import BrowserHandoff

log = logging.getLogger(__name__)

# The wizard's size where the window leaves room; on a small desk it shrinks to the window.
PREFERRED_WIDTH = 780
PREFERRED_HEIGHT = 600
_MARGIN = 32


def _own_store(settings: Settings) -> Callable[[], ProfileStore]:
    def store() -> ProfileStore:
        from console.auth.setup import profile_store_or_own

        return profile_store_or_own(settings)

    return store


class WelcomeFlow(QObject):
    def __init__(
        self,
        settings: Settings,
        *,
        handoff: BrowserHandoff | None = None,
        store: Callable[[], ProfileStore] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._handoff = handoff
        # The profiles with the policy file's provisioned ones, read when the wizard opens.
        self._store = store or _own_store(settings)
        self.wizard: OnboardingWizard | None = None
        self.window: MainWindow | None = None
        # The wizard closed last: not deleted at once (a form's pending combo box events
        # crashed Qt, as the window's dialogs found); the next one, or its window, takes it.
        self._closed: OnboardingWizard | None = None
        # A tour the wizard started is running (the wizard waits, hidden, for its end).
        self.touring = False
        self._events: CacheEvents | None = None  # the cache events the Tour page's note follows

    def show(self, window: MainWindow) -> OnboardingWizard:
        """The wizard over `window`, from its first step (the one open, if it is)."""
        if self.wizard is not None:
            if self.touring:  # it comes back when the tour ends
                return self.wizard
            self.follow(window)
            self.wizard.show()
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        # Deleted already if its window was replaced since (the window takes its children).
        if self._closed is not None and shiboken6.isValid(self._closed):
            self._closed.deleteLater()
        self._closed = None
        self.window = window
        staying_on, on_demo = _shown_tenant(window)
        wizard = OnboardingWizard(
            self._store(),
            window,
            staying_on=staying_on,
            on_demo=on_demo,
            handoff=self._handoff,
        )
        # Over its window only: the window's menus wait, other windows do not.
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.demo_chosen.connect(self._on_demo_chosen)
        wizard.tenant_connected.connect(self._on_tenant_connected)
        wizard.tour_requested.connect(self._start_tour)
        wizard.home_requested.connect(self._go_home)
        wizard.finished.connect(self._on_finished)
        wizard.currentIdChanged.connect(self._note_cache)
        self.wizard = wizard
        self._follow_cache(window)
        fit_over(wizard, window)
        wizard.show()
        wizard.activateWindow()  # the keyboard is the wizard's, as the window's menu left it
        return wizard

    def follow(self, window: MainWindow) -> None:
        """`window` replaced the one the wizard was over: the wizard moves over it."""
        self.window = window
        wizard = self.wizard
        if wizard is None or wizard.parentWidget() is window:
            return
        shown = wizard.isVisible()
        wizard.setParent(window, wizard.windowFlags())  # a dialog still, over the new window
        staying_on, on_demo = _shown_tenant(window)
        wizard.sign_in_page.show_window(staying_on, on_demo=on_demo)
        self._follow_cache(window)
        fit_over(wizard, window)
        if shown:
            wizard.show()
            wizard.raise_()
            wizard.activateWindow()  # the keyboard follows it to the new window

    def _follow_cache(self, window: MainWindow) -> None:
        """The Tour page's first-sync note follows `window`'s cache."""
        old, self._events = self._events, window.context.events
        if old is not None and old is not self._events and shiboken6.isValid(old):
            old.changed.disconnect(self._note_cache)
        if old is not self._events:
            window.context.events.changed.connect(self._note_cache)
        self._note_cache()

    def _note_cache(self, *_changed: object) -> None:
        """On the Tour page, whether the window's first sync has brought incidents yet."""
        wizard, window = self.wizard, self.window
        if wizard is None or window is None or wizard.currentId() != TOUR:
            return
        sync = window.sync
        syncing = sync is not None and sync.available
        context = window.context
        empty = syncing and not incidents.count(
            context.cache, Filters(tenant_ids=context.tenant_ids)
        )
        wizard.tour_page.show_cache_empty(empty)

    # -- what the analyst chose ----------------------------------------------------------

    def _on_demo_chosen(self) -> None:
        if self.window is not None:
            self.window.demo_requested.emit()  # as the banner's Open the demo

    def _on_tenant_connected(self, service: TenantSignIn) -> None:
        if self.window is not None:
            self.window.tenant_connected.emit(service)  # as the Connect dialog's Save

    def _start_tour(self) -> None:
        window = self.window
        if window is None:
            self._resume()
            return
        self.touring = True
        try:
            tour = window.take_tour()
            tour.finished.connect(self._resume)
        except Exception:  # whatever the tour met, the wizard must come back
            log.exception("the quick tour could not start")
            window.status.showMessage(
                self.tr("The quick tour could not start; the welcome wizard goes on."), 10000
            )
            self._resume()

    def _resume(self, *_finished: object) -> None:
        self.touring = False
        # After this turn: a tour ended by its window closing ends in the window's Close
        # event, while the window is still visible.
        QTimer.singleShot(0, self, self._resume_now)

    def _resume_now(self) -> None:
        window = self.window
        if self.wizard is None or self.touring:
            return
        if window is None or not window.isVisible():  # the console is closing
            return
        self.wizard.resume_after_tour()

    def _go_home(self) -> None:
        """Finish: the home page with its Defender Experts card, and the first sync (one
        started when the window switched is already under way: its progress shows)."""
        window = self.window
        if window is None:
            return
        window.show_page("home", focus=True)
        sync = window.sync
        if sync is not None and sync.available and not sync.running and sync.task is None:
            window.start_sync()

    def _on_finished(self, _result: int) -> None:
        wizard = self.wizard
        if wizard is not None and not wizard.closed_by_quitting:
            mark_welcome_done(self.settings)  # finished, or closed: seen either way
        self._closed, self.wizard = wizard, None


def _shown_tenant(window: MainWindow) -> tuple[str | None, bool]:
    """The tenant `window` shows, to stay on (None: none, or a cache without a sync), and
    whether it is the demo (a sync without a sign-in)."""
    sync = window.sync
    if sync is None or not sync.available:
        return None, False
    return window.context.tenant_name, window.context.sign_in is None


def fit_over(wizard: QWidget, window: QWidget) -> None:
    """The wizard's size within the window's (a 1024x700 desk included), centred over it."""
    width = max(min(PREFERRED_WIDTH, window.width() - _MARGIN), wizard.minimumSizeHint().width())
    height = max(
        min(PREFERRED_HEIGHT, window.height() - _MARGIN), wizard.minimumSizeHint().height()
    )
    wizard.resize(width, height)
    centre = window.frameGeometry().center()
    wizard.move(centre.x() - width // 2, centre.y() - height // 2)
