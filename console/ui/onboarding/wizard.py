"""The welcome wizard (`onboardingWizard`): Welcome, Sign in, Quick tour, the Defender
Experts service, Done.

It decides nothing about windows: it says what the analyst chose (`demo_chosen`,
`tenant_connected`, `tour_requested`, `home_requested`) and its owner
(`console.ui.onboarding.flow.WelcomeFlow`) acts on the console's window. Esc or Cancel
closes it at any step; whatever was chosen before stays chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from console.auth.profiles import ProfileStore
from console.ui.onboarding.intro_pages import DonePage, WelcomePage
from console.ui.onboarding.service_page import ServicePage
from console.ui.onboarding.sign_in_page import SignInPage
from console.ui.onboarding.tour_page import TourPage
from console.ui.signin.runner import BrowserHandoff
from console.ui.signin.tenant_form import ServiceFactory, default_service

# The pages' ids, in order.
WELCOME, SIGN_IN, TOUR, SERVICE, DONE = range(5)


class OnboardingWizard(QWizard):
    # The analyst chose the demo tenant: the window switches to it.
    demo_chosen = Signal()
    # A tenant connected on the Sign in page (its TenantSignIn): the window switches to it.
    tenant_connected = Signal(object)
    # "Take a quick tour": the wizard has stepped aside; `resume_after_tour()` brings it back.
    tour_requested = Signal()
    # Finish: the home page, and the first sync if none has started.
    home_requested = Signal()

    def __init__(
        self,
        store: ProfileStore,
        parent: QWidget | None = None,
        *,
        staying_on: str | None = None,
        on_demo: bool = False,
        handoff: BrowserHandoff | None = None,
        service_factory: ServiceFactory = default_service,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onboardingWizard")
        self.setWindowTitle(self.tr("Welcome to Hunting Console"))
        self.setAccessibleName(self.tr("Welcome wizard"))
        self.setAccessibleDescription(
            self.tr("Sign in, take a quick tour, and read what Defender Experts provides.")
        )
        # The same look on every desk (Aero and Mac styles reflow the pages).
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # Closed by the console quitting, not by the analyst (Esc, Cancel, its close box):
        # no answer was given, so the wizard is not counted as seen.
        self.closed_by_quitting = False
        self.welcome_page = WelcomePage(self)
        self.sign_in_page = SignInPage(
            store,
            self,
            staying_on=staying_on,
            on_demo=on_demo,
            handoff=handoff,
            service_factory=service_factory,
        )
        self.tour_page = TourPage(self)
        self.service_page = ServicePage(self)
        self.done_page = DonePage(self)
        for page_id, page in (
            (WELCOME, self.welcome_page),
            (SIGN_IN, self.sign_in_page),
            (TOUR, self.tour_page),
            (SERVICE, self.service_page),
            (DONE, self.done_page),
        ):
            self.setPage(page_id, page)
        self.sign_in_page.demo_chosen.connect(self.demo_chosen)
        self.sign_in_page.tenant_connected.connect(self.tenant_connected)
        self.tour_page.tour_requested.connect(self.take_tour)
        self.accepted.connect(self.home_requested)
        self._describe_buttons()

    def _describe_buttons(self) -> None:
        """What the wizard's own buttons do, for screen readers (their text names them)."""
        descriptions = {
            QWizard.WizardButton.BackButton: self.tr("Go back to the previous step."),
            QWizard.WizardButton.NextButton: self.tr("Go on to the next step."),
            QWizard.WizardButton.CancelButton: self.tr(
                "Close the wizard; Help › Show the welcome wizard brings it back."
            ),
            QWizard.WizardButton.FinishButton: self.tr("Close the wizard and open the home page."),
        }
        for which, description in descriptions.items():
            self.button(which).setAccessibleDescription(description)

    def take_tour(self) -> None:
        """Step aside for the tour over the window; it ends with `resume_after_tour()`."""
        self.hide()
        self.tour_requested.emit()

    def resume_after_tour(self) -> None:
        """Back after the tour, on the step after it (the Defender Experts service)."""
        if self.currentId() == TOUR:
            self.next()
        self.show()
        self.raise_()
        self.activateWindow()
        # Enter goes on: the keyboard is where the analyst left off, one step further.
        self.button(QWizard.WizardButton.NextButton).setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window system's close (its close box) is the analyst's; Qt's own, sent to
        # every window as the application quits, is not.
        self.closed_by_quitting = not event.spontaneous()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.sign_in_page.stop()
        super().done(result)
