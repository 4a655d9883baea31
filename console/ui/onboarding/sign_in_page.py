"""Sign in: connect a tenant with the Connect form (its "Test connection" and clear
errors, its Import from file), sign in to a profile IT provisioned (preselected), or
explore the demo tenant.

Next hands the choice to the window: a tenant's sign-in (`tenant_connected`, as the
Connect dialog's Save does) or the demo (`demo_chosen`, as the banner's Open the demo).
Both are emitted after Next has moved on, since the window that answers them is
replaced, and the wizard moves over the new one. A tenant's Next waits until its
connection test has passed: the wizard does not leave the analyst on a tenant it cannot
reach.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from console.auth.profiles import ProfileStore, TenantProfile
from console.auth.service import TenantSignIn
from console.ui.onboarding.widgets import text_label
from console.ui.signin.runner import BrowserHandoff
from console.ui.signin.tenant_form import ServiceFactory, TenantForm, default_service


class Choice(enum.Enum):
    STAY = "stay"  # the window's tenant (Help > Show the welcome wizard on a tenant)
    PROVISIONED = "provisioned"  # a profile the policy file provisions
    CONNECT = "connect"  # a new profile in the form
    DEMO = "demo"


class SignInPage(QWizardPage):
    demo_chosen = Signal()
    tenant_connected = Signal(object)  # TenantSignIn

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
        self.setObjectName("signInPage")
        self.setTitle(self.tr("Sign in"))
        self.setSubTitle(self.tr("Connect your tenant, or explore the demo tenant."))
        # Only profiles an analyst signs in to: an app or token profile needs no one here.
        self.provisioned = [p for p in store.all().values() if p.managed and p.method.delegated]
        self._tested = False  # the form's profile, as it is now, passed Test connection
        self._busy = False
        self._form_from: TenantProfile | None = None  # the provisioned profile the form shows
        # What Next handed to the window last: Back and Next again hand nothing twice.
        self._handed: tuple[Choice, TenantProfile | None] | None = None
        # The window already shows the demo: Explore the demo tenant stays on it.
        self._on_demo = False
        self._build(store, handoff, service_factory)
        self.show_window(staying_on, on_demo=on_demo)
        if staying_on is not None:
            self.radios[Choice.DEMO if on_demo else Choice.STAY].setChecked(True)
        elif self.provisioned:
            self.radios[Choice.PROVISIONED].setChecked(True)
        self._on_choice()

    # -- building ------------------------------------------------------------------------

    def _build(
        self,
        store: ProfileStore,
        handoff: BrowserHandoff | None,
        service_factory: ServiceFactory,
    ) -> None:
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.radios: dict[Choice, QRadioButton] = {}
        # Named for the window's tenant by show_window; hidden when there is none.
        self._radio(Choice.STAY, "stayRadio", "", self.tr("The console already shows this tenant."))
        if self.provisioned:
            names = ", ".join(p.name for p in self.provisioned)
            self._radio(
                Choice.PROVISIONED,
                "provisionedRadio",
                self.tr("Sign in to %1, provisioned by your organisation").replace("%1", names)
                if len(self.provisioned) == 1
                else self.tr("Sign in to a profile your organisation provisioned"),
                self.tr("Your IT team set this profile up in the console's policy file."),
            )
        self._radio(
            Choice.CONNECT,
            "connectRadio",
            self.tr("Connect a tenant"),
            self.tr("Enter the app registration your administrator gives you, or import it."),
        )
        self._radio(
            Choice.DEMO,
            "demoRadio",
            self.tr("Explore the demo tenant"),
            self.tr("A synthetic tenant that runs on this machine: nothing leaves it."),
        )
        for radio in self.radios.values():
            layout.addWidget(radio)
        self.provisioned_combo = QComboBox(self)
        self.provisioned_combo.setObjectName("provisionedCombo")
        self.provisioned_combo.setAccessibleName(self.tr("Provisioned profile"))
        self.provisioned_combo.setAccessibleDescription(
            self.tr("The profile your organisation provisioned to sign in to.")
        )
        for profile in self.provisioned:
            self.provisioned_combo.addItem(profile.name, profile.name)
        self.provisioned_combo.currentIndexChanged.connect(self._on_choice)
        layout.addWidget(self.provisioned_combo)
        self.help_label = text_label("", self, "signInChoiceHelp")
        layout.addWidget(self.help_label)
        self.form = TenantForm(store, self, handoff=handoff, service_factory=service_factory)
        self.form.ready_text = self.tr("The connection works: Next opens the tenant.")
        self.form.tested.connect(self._on_tested)
        self.form.busy_changed.connect(self._on_busy)
        self.form.connected.connect(self._on_connected)
        for edit in self.form.findChildren(QLineEdit):
            edit.textChanged.connect(self._on_form_edited)
        for combo in self.form.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._on_form_edited)
        for check in self.form.findChildren(QCheckBox):
            check.toggled.connect(self._on_form_edited)
        # The form can be taller than a small screen's wizard (a device code, the test's
        # steps): it scrolls instead of cutting the page.
        self.form_area = QScrollArea(self)
        self.form_area.setObjectName("tenantFormArea")
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setWidgetResizable(True)
        self.form_area.setWidget(self.form)
        layout.addWidget(self.form_area, 1)
        # What the analyst must read next is scrolled into view: the code, the results.
        self.form.runner.device_code.connect(lambda _prompt: self._reveal(self.form.panel))
        self.form.tested.connect(lambda _ok: self._reveal(self.form.steps_list))
        # Below the form's buttons: why Next waits, where the analyst looks for it.
        self.test_hint = text_label(
            self.tr(
                "Test connection signs you in and reads a page of each API; once it works, "
                "Next opens the tenant."
            ),
            self,
            "testConnectionHint",
        )
        layout.addWidget(self.test_hint)
        layout.addStretch(0)  # takes the room only when the form is hidden

    def show_window(self, staying_on: str | None, *, on_demo: bool = False) -> None:
        """The window the wizard is over shows `staying_on` (None: no tenant), the demo if
        `on_demo`: Stay on names it, or goes (the demo's own choice stays on the demo)."""
        self._on_demo = on_demo
        stay = self.radios[Choice.STAY]
        offered = staying_on is not None and not on_demo
        if offered:
            assert staying_on is not None
            text = self.tr("Stay on %1").replace("%1", staying_on)
            stay.setText(text)
            stay.setAccessibleName(text)
        elif stay.isChecked():  # what it named is no longer shown
            if on_demo:
                self.radios[Choice.DEMO].setChecked(True)
            else:
                self.group.setExclusive(False)  # no choice, as on a first run
                stay.setChecked(False)
                self.group.setExclusive(True)
        stay.setVisible(offered)
        # Hidden, not in the tab chain: QWizard gives a page's first focusable child the
        # focus, hidden or not.
        stay.setFocusPolicy(Qt.FocusPolicy.StrongFocus if offered else Qt.FocusPolicy.NoFocus)

    def _reveal(self, widget: QWidget) -> None:
        # Once the layout has made room for what was just shown.
        QTimer.singleShot(0, lambda: self.form_area.ensureWidgetVisible(widget))

    def _radio(self, choice: Choice, name: str, text: str, description: str) -> None:
        radio = QRadioButton(text, self)
        radio.setObjectName(name)
        radio.setAccessibleName(text)
        radio.setAccessibleDescription(description)
        radio.setToolTip(description)
        radio.toggled.connect(self._on_choice)
        self.group.addButton(radio)
        self.radios[choice] = radio

    # -- the choice ----------------------------------------------------------------------

    def choice(self) -> Choice | None:
        return next((c for c, radio in self.radios.items() if radio.isChecked()), None)

    def chosen_profile(self) -> TenantProfile | None:
        """The provisioned profile picked (None unless that is the choice)."""
        if self.choice() is not Choice.PROVISIONED:
            return None
        name = self.provisioned_combo.currentData()
        return next((p for p in self.provisioned if p.name == name), None)

    def _on_choice(self) -> None:
        choice = self.choice()
        with_form = choice in (Choice.PROVISIONED, Choice.CONNECT)
        self.provisioned_combo.setVisible(
            choice is Choice.PROVISIONED and len(self.provisioned) > 1
        )
        self.form_area.setVisible(with_form)
        helps: dict[Choice | None, str] = {
            Choice.STAY: self.tr(
                "Next keeps the console on this tenant. Connect others later from "
                "File › Connect a tenant."
            ),
            Choice.DEMO: self.tr(
                "The demo tenant is synthetic data served on this machine, so you can try "
                "everything, triage and asking Defender Experts included. Connect your own "
                "tenant later from File › Connect a tenant."
            ),
        }
        self.help_label.setText(helps.get(choice, ""))
        self.help_label.setVisible(choice in helps)
        self.test_hint.setVisible(with_form)
        # A provisioned profile is IT's: importing another one is the Connect choice's.
        self.form.import_button.setVisible(choice is not Choice.PROVISIONED)
        wanted = self.chosen_profile()  # None: a blank form for a new profile
        if with_form and wanted != self._form_from:
            if wanted is None:
                self.form.start_blank()
            else:
                self.form.start_from(wanted)
            self._form_from = wanted
        self._tested = False
        self.completeChanged.emit()

    def _on_tested(self, ok: bool) -> None:
        self._tested = ok
        self.completeChanged.emit()

    def _on_busy(self, busy: bool) -> None:
        self._busy = busy
        for radio in self.radios.values():
            radio.setEnabled(not busy)
        self.completeChanged.emit()

    def _on_form_edited(self) -> None:
        if self._tested:  # a changed profile has not been tested
            self._tested = False
            self.completeChanged.emit()

    # -- Next ----------------------------------------------------------------------------

    def isComplete(self) -> bool:
        choice = self.choice()
        if choice in (Choice.STAY, Choice.DEMO):
            return True
        return choice is not None and self._tested and not self._busy

    def validatePage(self) -> bool:
        choice = self.choice()
        if choice in (None, Choice.STAY):
            return choice is not None
        if choice is Choice.DEMO:
            if not self._on_demo and self._handed != (Choice.DEMO, None):
                self._handed = (Choice.DEMO, None)
                QTimer.singleShot(0, self.demo_chosen.emit)
            return True
        assert choice is not None
        try:
            profile = self.form.profile()
        except ValueError:
            profile = None
        if profile is not None and self._handed == (choice, profile):
            return True  # already the window's tenant
        return self.form.keep()  # _on_connected hands it over

    def _on_connected(self, service: TenantSignIn) -> None:
        choice = self.choice()
        assert choice is not None
        self._handed = (choice, service.profile)
        QTimer.singleShot(0, lambda: self.tenant_connected.emit(service))

    def stop(self) -> None:
        """The wizard closes: a sign-in under way is cancelled, one not handed over closed."""
        self.form.stop()
