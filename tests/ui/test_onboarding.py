# ruff: noqa: F811  (pytest fixtures imported from the sign-in conftest share their names)
"""The welcome wizard (issue 16) over the real window and the TLS emulator: the demo path
walked with the keyboard alone, a tenant connected with the played browser and with a
device code, a provisioned profile preselected, Esc at every step, what is saved, the
next start, Help, the policy file's skip, and every control named for screen readers."""

from __future__ import annotations

import asyncio
import json

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)

from console.app import ConsoleWindows, _running_syncs, _welcome_on_first_run
from console.auth.policy import Policy
from console.auth.profiles import PROFILES_KEY, SignInMethod
from console.auth.setup import open_service, profile_store_or_own
from console.launch import LaunchNotice, cached_launch, profile_launch
from console.settings import WELCOME_DONE, Settings
from console.ui.main_window import MainWindow
from console.ui.onboarding.sign_in_page import Choice
from console.ui.onboarding.wizard import DONE, SERVICE, SIGN_IN, TOUR, WELCOME, OnboardingWizard
from console.ui.shell.status_bar import ShellStatusBar
from console.ui.shell.sync_controller import OK, SyncController
from console.welcome import should_show_welcome, welcome_at_start
from tests.auth.conftest import profile_for
from tests.ui.shell_fixtures import qt_loop, run  # noqa: F401 (fixture)
from tests.ui.signin.conftest import (  # noqa: F401 (fixtures)
    home,
    played_browser,
    settings,
    store,
    tls_emulator,
)

WAIT_MS = 60_000  # a window switch builds a launch (the demo: its emulator and data)
STEP_MS = 10_000  # a tour step shown


class PlayedTour(QObject):
    """Stands in for console.ui.tour's Tour (another part of issue 16): ends when told."""

    finished = Signal()

    def __init__(self, window: QWidget, wizard_visible: bool) -> None:
        super().__init__(window)
        self.wizard_visible = wizard_visible  # was the wizard out of the way when it began?


@pytest.fixture
def windows(qtbot, qt_loop, settings, played_browser):
    made = ConsoleWindows(settings, qt_loop, played_browser)
    yield made
    if made.welcome is not None and made.welcome.wizard is not None:
        made.welcome.wizard.reject()
    if made.window is not None:
        made.window.close()  # its sync and triage sends stop at their next step
    # Theirs, and the replaced windows' (closed when theirs stopped), end before the loop.
    tasks = [*_running_syncs(made.window, made.controller), *made._closing]
    if tasks:
        run(qt_loop, asyncio.wait(tasks), timeout=60)
    made.close()


@pytest.fixture
def tours(monkeypatch):
    """Every tour the wizard asks a window for (PlayedTour), in order."""
    started: list[PlayedTour] = []

    def take_tour(window: MainWindow) -> PlayedTour:
        wizard = window.findChild(OnboardingWizard, "onboardingWizard")
        started.append(PlayedTour(window, wizard is not None and wizard.isVisible()))
        return started[-1]

    monkeypatch.setattr(MainWindow, "take_tour", take_tour)
    return started


@pytest.fixture
def progress_shown(monkeypatch):
    """Whether the status bar's sync progress was visible as each sync started."""
    shown: list[bool] = []
    original = ShellStatusBar.sync_started

    def sync_started(status: ShellStatusBar) -> None:
        original(status)
        shown.append(status.progress.isVisible())

    monkeypatch.setattr(ShellStatusBar, "sync_started", sync_started)
    return shown


def no_tenant_window(qtbot, windows, settings):
    launch = cached_launch(settings)
    assert launch.notice is LaunchNotice.NO_TENANT
    window = windows.open(launch)  # closed by the windows fixture, or when replaced
    qtbot.waitExposed(window, timeout=5000)
    return window, launch


def tenant_window(qtbot, windows, settings, store, emu, browser):
    """The window on a profile signed in to (Help > Show the welcome wizard on a tenant)."""
    profile = profile_for(emu)
    store.save(profile)
    store.mark_used(profile.name)
    service = open_service(profile, open_browser=browser)
    service.sign_in()
    window = windows.open(profile_launch(settings, service))
    qtbot.waitExposed(window, timeout=5000)
    return window


def shown_wizard(qtbot, windows) -> OnboardingWizard:
    wizard = windows.show_welcome()
    qtbot.waitExposed(wizard, timeout=5000)
    assert wizard.objectName() == "onboardingWizard"
    assert wizard.isModal() and wizard.parentWidget() is windows.window
    return wizard


def until_switched(qtbot, windows, old):
    qtbot.waitUntil(lambda: windows.window is not old, timeout=WAIT_MS)
    return windows.window


def press(qtbot, key, widget: QWidget | None = None) -> None:
    """A key where the keyboard focus is, as the analyst presses it."""
    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def tab_to(qtbot, widget: QWidget, most: int = 40) -> None:
    """Tab until `widget` has the focus: it is in the page's tab chain."""
    for _ in range(most):
        if widget.hasFocus():
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def assert_usable(qtbot, window) -> None:
    """No dialog left modal, and the window's pages open."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    for key in ("incidents", "alerts", "devices", "home"):
        window.show_page(key)
        assert window.current_page() == key
    assert window.isVisible()


# -- the demo ------------------------------------------------------------------------------


def test_the_demo_path_walks_every_step_with_the_keyboard_alone_and_lands_home(
    qtbot, qt_loop, home, windows, settings, tours, progress_shown
):
    first, launch = no_tenant_window(qtbot, windows, settings)
    assert welcome_at_start(settings, launch, None)  # a first run
    wizard = shown_wizard(qtbot, windows)  # it has the keyboard: nothing activates it here
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    assert wizard.currentId() == WELCOME
    press(qtbot, Qt.Key.Key_Return)  # Next is the default button
    assert wizard.currentId() == SIGN_IN
    page = wizard.sign_in_page
    assert page.choice() is None and not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    tab_to(qtbot, page.radios[Choice.CONNECT])
    press(qtbot, Qt.Key.Key_Down)  # the arrows move through the choices
    press(qtbot, Qt.Key.Key_Space)
    assert page.choice() is Choice.DEMO and page.radios[Choice.DEMO].hasFocus()
    assert not page.form_area.isVisible() and "synthetic" in page.help_label.text()
    press(qtbot, Qt.Key.Key_Return)  # Next: the window switches to the demo
    window = until_switched(qtbot, windows, first)
    # The old window is hidden, then deleted once its sync has stopped (which may be done).
    assert not shiboken6.isValid(first) or not first.isVisible()
    assert window.sync is not None and window.sync.available
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert wizard.parentWidget() is window and wizard.currentId() == TOUR
    qtbot.waitUntil(  # the keyboard moved with it to the new window
        lambda: QApplication.focusWidget() is wizard.tour_page.tour_button, timeout=5000
    )
    press(qtbot, Qt.Key.Key_Return)  # "Take a quick tour", which has the focus
    (tour,) = tours
    assert tour.parent() is window and not tour.wizard_visible and not wizard.isVisible()
    window.activateWindow()  # PlayedTour stands in for the real one, which does this
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    tour.finished.emit()  # Esc or the tour's last step
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert wizard.currentId() == SERVICE
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert QApplication.focusWidget() is next_button  # Enter goes on
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == DONE
    window.show_page("devices")  # the analyst looked around meanwhile
    press(qtbot, Qt.Key.Key_Return)  # Go to the home page
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    assert window.current_page() == "home"
    assert window.home.findChild(QWidget, "denSummaryCard") is not None
    outcome = run(qt_loop, windows.controller.task, timeout=120)  # the first sync
    assert outcome.kind == OK, outcome.reason
    assert progress_shown and all(progress_shown)  # its progress was in the status bar
    assert settings.get(WELCOME_DONE)
    # The next start opens on the demo's cache: no wizard by itself.
    assert not should_show_welcome(Settings(settings.path), None)
    assert_usable(qtbot, window)


# -- a tenant on the TLS emulator ------------------------------------------------------------


@pytest.mark.parametrize("method", [SignInMethod.INTERACTIVE, SignInMethod.DEVICE_CODE])
def test_a_tenant_connects_on_the_sign_in_page_and_the_window_switches_to_it(
    qtbot, qt_loop, home, windows, settings, store, tls_emulator, tours, progress_shown, method
):
    first, _launch = no_tenant_window(qtbot, windows, settings)
    wizard = shown_wizard(qtbot, windows)
    wizard.next()
    page = wizard.sign_in_page
    page.radios[Choice.CONNECT].setChecked(True)
    assert page.form_area.isVisible() and page.form.import_button.isVisible()
    profile = profile_for(tls_emulator, method=method)
    page.form.fill(profile)
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the connection is tested first
    codes: list[object] = []
    page.form.runner.device_code.connect(codes.append)
    assert run(qt_loop, page.form.test_connection(), timeout=60)
    assert bool(codes) is (method is SignInMethod.DEVICE_CODE)  # shown with Copy code
    assert page.form.steps_list.count() == 4
    assert "Next opens the tenant" in page.form.message_label.text()
    assert next_button.isEnabled()
    page.form.tenant_edit.setText("contoso.onmicrosoft.com")  # a changed profile: untested
    assert not next_button.isEnabled()
    page.form.tenant_edit.setText(profile.tenant)
    assert run(qt_loop, page.form.test_connection(), timeout=60)
    next_button.click()
    window = until_switched(qtbot, windows, first)
    assert window.context.sign_in is not None
    assert window.context.sign_in.profile.name == profile.name
    assert window.context.sign_in.signed_in() is not None  # the test's sign-in, not a second
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert wizard.parentWidget() is window and wizard.currentId() == TOUR
    stay = page.radios[Choice.STAY]  # Back offers the tenant now shown, by its name
    assert stay.isVisibleTo(page) and stay.text() == f"Stay on {window.context.tenant_name}"
    wizard.next()  # Skip
    assert wizard.currentId() == SERVICE and not tours
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert window.current_page() == "home"
    assert run(qt_loop, windows.controller.task, timeout=120).kind == OK
    assert progress_shown and all(progress_shown)
    # What was saved: the profile (names and addresses), the one used last, the wizard done.
    assert store.get(profile.name) == profile and store.last_used() == profile.name
    assert settings.get(WELCOME_DONE)
    saved = json.loads(settings.path.read_text(encoding="utf-8"))
    minted = list(tls_emulator.tokens.minted)
    assert minted and not any(token in json.dumps(saved) for token in minted)
    assert set(saved[PROFILES_KEY]) == {profile.name}
    # The next start opens on the profile: the wizard does not return.
    next_start = Settings(settings.path)
    assert not should_show_welcome(next_start, None)
    assert profile_store_or_own(next_start).last_used() == profile.name
    assert_usable(qtbot, window)


def test_a_provisioned_profile_is_preselected_and_signs_in(
    qtbot, qt_loop, home, windows, settings, store, tls_emulator, played_browser
):
    locked = ["tenant", "client_id", "cloud", "login_url", "graph_url", "defender_url"]
    provisioned = profile_for(tls_emulator, name="Contoso (IT)").to_json()
    provisioned = {k: v for k, v in provisioned.items() if k != "allow_plain_token_file"}
    provisioned["locked"] = locked  # (the policy reader takes that field for a secret)
    policy_file = home / "machine" / "policy.json"
    policy_file.parent.mkdir(parents=True)
    policy_file.write_text(json.dumps({"version": 1, "profiles": [provisioned]}), "utf-8")
    first, launch = no_tenant_window(qtbot, windows, settings)
    policy = profile_store_or_own(settings).policy
    assert policy is not None and welcome_at_start(settings, launch, policy)
    wizard = shown_wizard(qtbot, windows)
    wizard.next()
    page = wizard.sign_in_page
    assert page.choice() is Choice.PROVISIONED
    assert "Contoso (IT)" in page.radios[Choice.PROVISIONED].text()
    form = page.form
    assert form.name_edit.text() == "Contoso (IT)" and not form.name_edit.isEnabled()
    assert not form.tenant_edit.isEnabled() and not form.client_edit.isEnabled()
    assert form.method_combo.isEnabled()  # not locked: the analyst's own choice
    assert not form.import_button.isVisible()
    assert run(qt_loop, form.test_connection(), timeout=60)
    wizard.next()
    window = until_switched(qtbot, windows, first)
    assert window.context.sign_in.profile.name == "Contoso (IT)"
    assert window.context.sign_in.profile.managed
    assert profile_store_or_own(settings).last_used() == "Contoso (IT)"
    wizard.reject()
    assert_usable(qtbot, window)


def test_import_from_file_fills_the_form_and_the_test_still_decides(
    qtbot, home, windows, settings, tls_emulator, tmp_path
):
    no_tenant_window(qtbot, windows, settings)
    wizard = shown_wizard(qtbot, windows)
    wizard.next()
    page = wizard.sign_in_page
    page.radios[Choice.CONNECT].setChecked(True)
    handed_out = tmp_path / "contoso.json"
    handed_out.write_text(json.dumps(profile_for(tls_emulator).to_json()), encoding="utf-8")
    assert page.form.import_file(handed_out)
    # All but its CA bundle, which a file anyone can send must not add to what is trusted.
    assert page.form.profile() == profile_for(tls_emulator, ca_bundle=None)
    assert "Filled from contoso.json" in page.form.message_label.text()
    assert "CA bundle was left out" in page.form.message_label.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wrong = tmp_path / "notes.txt"
    wrong.write_text("not a profile", encoding="utf-8")
    assert not page.form.import_file(wrong)
    assert "This file cannot be imported: notes.txt is not JSON" in page.form.message_label.text()


# -- Esc, Help, the next start, the policy file ---------------------------------------------


def test_esc_at_every_step_leaves_a_usable_window_and_help_brings_the_wizard_back(
    qtbot, qt_loop, home, windows, settings, store, tls_emulator, played_browser, tours
):
    window = tenant_window(qtbot, windows, settings, store, tls_emulator, played_browser)
    help_action = window.findChild(type(window.welcome_action), "showWelcomeWizardAction")
    tour_action = window.findChild(type(window.tour_action), "takeTourAgainAction")
    assert help_action is not None and help_action.isEnabled()
    assert tour_action is not None and tour_action.isEnabled()  # its slot is the tour's
    for step in (WELCOME, SIGN_IN, TOUR, SERVICE, DONE):
        help_action.trigger()  # Help > Show the welcome wizard
        wizard = windows.welcome.wizard
        assert wizard is not None and wizard.isVisible() and wizard.currentId() == WELCOME
        while wizard.currentId() != step:
            if wizard.currentId() == SIGN_IN:  # on a tenant: staying on it is preselected
                assert wizard.sign_in_page.choice() is Choice.STAY
            wizard.next()
        qtbot.waitUntil(lambda w=wizard: QApplication.focusWidget() is not None, timeout=5000)
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda w=wizard: not w.isVisible(), timeout=5000)
        assert windows.window is window  # staying on the tenant switched nothing
        assert_usable(qtbot, window)
    assert settings.get(WELCOME_DONE) and not tours


def test_esc_on_a_first_run_leaves_the_empty_window_that_offers_the_wizard_again(
    qtbot, qt_loop, home, windows, settings, tls_emulator
):
    window, _launch = no_tenant_window(qtbot, windows, settings)
    for step in (WELCOME, SIGN_IN):
        wizard = shown_wizard(qtbot, windows)
        qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
        if step == WELCOME:
            press(qtbot, Qt.Key.Key_Escape)
        else:
            wizard.next()
            page = wizard.sign_in_page
            page.radios[Choice.CONNECT].setChecked(True)
            tls_emulator.tokens.device_code_polls = 10_000  # a sign-in that never ends
            page.form.fill(profile_for(tls_emulator, method=SignInMethod.DEVICE_CODE))
            page.form.tenant_edit.setFocus()
            assert not run(qt_loop, esc_once_the_code_shows(qtbot, page), timeout=60)
        qtbot.waitUntil(lambda w=wizard: not w.isVisible(), timeout=5000)
        assert windows.window is window
        assert_usable(qtbot, window)
        assert window.info_banner.isVisible() and window.welcome_button.isVisible()
        assert window.connect_button.isVisible()
    window.welcome_button.click()  # the banner's Open the welcome wizard
    assert windows.welcome.wizard is not None and windows.welcome.wizard.isVisible()


async def esc_once_the_code_shows(qtbot, page) -> bool:
    """Test connection with a device code, and Esc while the console waits for it."""
    codes: list[object] = []
    page.form.runner.device_code.connect(codes.append)
    test = asyncio.ensure_future(page.form.test_connection())
    while not codes:
        await asyncio.sleep(0.01)
    assert not page.radios[Choice.DEMO].isEnabled()  # nothing else starts meanwhile
    press(qtbot, Qt.Key.Key_Escape)  # in the form's Tenant field
    return await test  # False: Esc cancelled the sign-in


def test_the_first_run_opens_the_wizard_once_and_the_policy_file_skips_it(
    qtbot, home, windows, settings
):
    launch = cached_launch(settings)
    window = windows.open(launch)  # what the plain start does, before the first paint
    _welcome_on_first_run(windows, launch)
    qtbot.waitUntil(lambda: windows.welcome is not None, timeout=5000)  # after the paint
    wizard = windows.welcome.wizard
    qtbot.waitExposed(wizard, timeout=5000)
    assert wizard.parentWidget() is window
    wizard.reject()  # Cancel: done too, the banner and Help offer it again
    assert settings.get(WELCOME_DONE)
    next_start = Settings(settings.path)
    assert not should_show_welcome(next_start, None)
    assert not welcome_at_start(next_start, cached_launch(next_start), None)
    # A managed desk: IT set the console up, so the wizard never opens by itself.
    fresh = Settings(settings.path.with_name("fresh.json"))
    assert should_show_welcome(fresh, None)
    assert not should_show_welcome(fresh, Policy(skip_welcome_wizard=True))
    policy_file = home / "machine" / "policy.json"
    policy_file.parent.mkdir(parents=True)
    policy_file.write_text(json.dumps({"version": 1, "skip_welcome_wizard": True}), "utf-8")
    policy = profile_store_or_own(fresh).policy
    assert policy is not None and not welcome_at_start(fresh, launch, policy)


def test_a_tour_that_cannot_start_leaves_the_wizard_going_on(
    qtbot, home, windows, settings, store, tls_emulator, played_browser, monkeypatch
):
    window = tenant_window(qtbot, windows, settings, store, tls_emulator, played_browser)

    def no_tour(_window):
        raise ImportError("No module named 'console.ui.tour'")

    monkeypatch.setattr(MainWindow, "take_tour", no_tour)
    wizard = shown_wizard(qtbot, windows)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == TOUR
    wizard.tour_page.tour_button.click()
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert wizard.currentId() == SERVICE
    assert "could not start" in window.status.currentMessage()


def test_help_opens_the_wizard_again_after_the_window_it_closed_over_was_replaced(
    qtbot, home, windows, settings
):
    first, _launch = no_tenant_window(qtbot, windows, settings)
    wizard = shown_wizard(qtbot, windows)
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
    press(qtbot, Qt.Key.Key_Escape)  # a first run's Esc
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    assert first.info_banner.action_button.isVisible()
    first.info_banner.action_button.click()  # the banner's Open the demo
    window = until_switched(qtbot, windows, first)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the loop does
    assert not shiboken6.isValid(wizard)  # gone with the window it was over
    window.welcome_action.trigger()  # Help > Show the welcome wizard
    again = windows.welcome.wizard
    assert again is not None and again is not wizard
    qtbot.waitExposed(again, timeout=5000)
    assert again.parentWidget() is window and again.currentId() == WELCOME
    # On the demo its own choice stays on it: no Stay on, and Next rebuilds nothing.
    again.next()
    page = again.sign_in_page
    assert not page.radios[Choice.STAY].isVisible() and page.choice() is Choice.DEMO
    again.next()
    assert again.currentId() == TOUR
    qtbot.wait(200)
    assert windows.window is window


def test_stay_on_follows_the_window_the_wizard_moved_over(
    qtbot, home, windows, settings, store, tls_emulator, played_browser
):
    window = tenant_window(qtbot, windows, settings, store, tls_emulator, played_browser)
    wizard = shown_wizard(qtbot, windows)  # Help on the tenant
    wizard.next()
    page = wizard.sign_in_page
    stay = page.radios[Choice.STAY]
    assert page.choice() is Choice.STAY
    assert stay.text() == f"Stay on {window.context.tenant_name}"
    page.radios[Choice.DEMO].setChecked(True)
    wizard.next()
    demo = until_switched(qtbot, windows, window)
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    wizard.back()
    assert wizard.currentId() == SIGN_IN
    # The tenant is no longer shown: not offered to stay on; the demo is what the window
    # shows, so Next goes on without rebuilding it over its running sync.
    assert not stay.isVisible() and page.choice() is Choice.DEMO
    wizard.next()
    assert wizard.currentId() == TOUR
    qtbot.wait(200)
    assert windows.window is demo


def test_the_real_tour_runs_over_the_demo_and_esc_brings_the_wizard_back_on_service(
    qtbot, qt_loop, home, windows, settings
):
    first, _launch = no_tenant_window(qtbot, windows, settings)
    wizard = shown_wizard(qtbot, windows)
    wizard.next()
    wizard.sign_in_page.radios[Choice.DEMO].setChecked(True)
    wizard.next()
    window = until_switched(qtbot, windows, first)
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert wizard.currentId() == TOUR
    qtbot.waitUntil(lambda: windows.controller.task is not None, timeout=5000)
    assert run(qt_loop, windows.controller.task, timeout=120).kind == OK  # the demo's sync
    note = wizard.tour_page.first_sync_label
    qtbot.waitUntil(note.isHidden, timeout=5000)  # its incidents are in: no first-sync note
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is wizard.tour_page.tour_button, timeout=5000
    )
    press(qtbot, Qt.Key.Key_Return)  # Take a quick tour
    tour = window.tour
    assert tour is not None and tour.running and not wizard.isVisible()
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_MS):
        pass
    assert tour.overlay.isVisible() and tour.callout.isVisible()
    assert tour.overlay.parentWidget() is window
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() in (tour.callout, *tour.callout.buttons),
        timeout=5000,
    )
    with qtbot.waitSignal(tour.finished, timeout=STEP_MS):
        press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert wizard.currentId() == SERVICE
    next_button = wizard.button(wizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is next_button, timeout=5000)


def test_the_tour_page_says_the_first_sync_is_still_running_over_an_empty_cache(
    qtbot, home, windows, settings, store, tls_emulator, played_browser, monkeypatch
):
    monkeypatch.setattr(SyncController, "start", lambda _self: False)  # nothing arrived yet
    window = tenant_window(qtbot, windows, settings, store, tls_emulator, played_browser)
    assert window.sync is not None and window.sync.available
    wizard = shown_wizard(qtbot, windows)
    wizard.next()
    wizard.next()  # Stay on the tenant
    assert wizard.currentId() == TOUR
    note = wizard.tour_page.first_sync_label
    assert note.isVisible()
    assert note.text().startswith("The first sync is still running: the tour shows")


def test_help_take_the_tour_again_runs_the_tour(qtbot, home, windows, settings):
    window, _launch = no_tenant_window(qtbot, windows, settings)
    tour_action = window.findChild(type(window.tour_action), "takeTourAgainAction")
    tour_action.trigger()  # Help > Take the tour again
    tour = window.tour
    assert tour is not None and tour.running
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_MS):
        pass
    assert tour.callout.isVisible()
    with qtbot.waitSignal(tour.finished, timeout=STEP_MS):
        tour.skip()
    assert_usable(qtbot, window)


def test_help_waits_for_a_wizard_tour_and_a_closing_window_does_not_bring_it_back(
    qtbot, home, windows, settings, store, tls_emulator, played_browser
):
    window = tenant_window(qtbot, windows, settings, store, tls_emulator, played_browser)
    wizard = shown_wizard(qtbot, windows)
    wizard.next()
    wizard.next()
    wizard.tour_page.tour_button.click()
    tour = window.tour
    with qtbot.waitSignal(tour.step_shown, timeout=STEP_MS):
        pass
    assert windows.show_welcome() is wizard  # Help meanwhile: the tour goes on
    assert tour.running and not wizard.isVisible()
    with qtbot.waitSignal(tour.finished, timeout=STEP_MS):
        window.close()  # the console closes during the tour
    qtbot.wait(100)
    assert not wizard.isVisible()


# -- screen readers ------------------------------------------------------------------------


def _controls(page: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QListWidget)
    return [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


def test_every_control_of_every_page_has_a_name_and_a_description(qtbot, home, store):
    wizard = OnboardingWizard(store, staying_on="Contoso")  # Next switches nothing
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard, timeout=5000)
    seen: set[str] = set()
    while True:
        page = wizard.currentPage()
        choices = (
            [Choice.CONNECT, Choice.DEMO, Choice.STAY] if page is wizard.sign_in_page else [None]
        )
        for choice in choices:  # each choice shows its own controls (the form's for Connect)
            if choice is not None:
                wizard.sign_in_page.radios[choice].setChecked(True)
            for control in [*_controls(page), *_controls(wizard)]:
                name = control.accessibleName() or getattr(control, "text", lambda: "")()
                where = f"{page.objectName()}: {control.objectName() or name}"
                assert name.strip(), where
                assert control.accessibleDescription().strip(), where
                seen.add(where)
        assert page.title() and page.subTitle()
        if wizard.currentId() == DONE:
            break
        wizard.next()
    assert len(seen) > 20, seen
