"""The welcome wizard over the console's window, through the window's replacements.

Choosing the demo or connecting a tenant replaces the window (`console.app.ConsoleWindows`
opens a new one on the new launch): the wizard moves over the new window (`follow`) and
goes on there, so the tour that follows runs over the window the analyst will work in.
Closing the wizard, finished or not, is remembered (`console.welcome`): it no longer
opens by itself, and Help › Show the welcome wizard brings it back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from console.settings import Settings
from console.ui.onboarding.wizard import OnboardingWizard
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

    def show(self, window: MainWindow) -> OnboardingWizard:
        """The wizard over `window`, from its first step (the one open, if it is)."""
        if self.wizard is not None:
            self.follow(window)
            self.wizard.show()
            self.wizard.raise_()
            return self.wizard
        if self._closed is not None:
            self._closed.deleteLater()
            self._closed = None
        self.window = window
        sync = window.sync
        on_tenant = sync is not None and sync.available  # the demo, or a tenant profile
        wizard = OnboardingWizard(
            self._store(),
            window,
            staying_on=window.context.tenant_name if on_tenant else None,
            handoff=self._handoff,
        )
        # Over its window only: the window's menus wait, other windows do not.
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.demo_chosen.connect(self._on_demo_chosen)
        wizard.tenant_connected.connect(self._on_tenant_connected)
        wizard.tour_requested.connect(self._start_tour)
        wizard.home_requested.connect(self._go_home)
        wizard.finished.connect(self._on_finished)
        self.wizard = wizard
        fit_over(wizard, window)
        wizard.show()
        return wizard

    def follow(self, window: MainWindow) -> None:
        """`window` replaced the one the wizard was over: the wizard moves over it."""
        self.window = window
        wizard = self.wizard
        if wizard is None or wizard.parentWidget() is window:
            return
        shown = wizard.isVisible()
        wizard.setParent(window, wizard.windowFlags())  # a dialog still, over the new window
        fit_over(wizard, window)
        if shown:
            wizard.show()

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
        if self.wizard is not None:
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


def fit_over(wizard: QWidget, window: QWidget) -> None:
    """The wizard's size within the window's (a 1024x700 desk included), centred over it."""
    width = max(min(PREFERRED_WIDTH, window.width() - _MARGIN), wizard.minimumSizeHint().width())
    height = max(
        min(PREFERRED_HEIGHT, window.height() - _MARGIN), wizard.minimumSizeHint().height()
    )
    wizard.resize(width, height)
    centre = window.frameGeometry().center()
    wizard.move(centre.x() - width // 2, centre.y() - height // 2)
