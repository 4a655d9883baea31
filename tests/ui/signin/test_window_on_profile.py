"""The window on a tenant profile against the TLS emulator: the first run's offer, the
switch after Connect, the last profile at start, Sign in again after a 401, Sign out."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from console.app import ConsoleWindows
from console.auth.profiles import ProfileStore
from console.auth.service import SignInService
from console.auth.setup import open_service
from console.cache import outbox
from console.cache.filters import Filters
from console.emulator import Emulator
from console.launch import LaunchNotice, cached_launch, last_profile_launch
from console.settings import Settings
from console.ui.shell.sync_controller import OK, SIGN_IN
from console.ui.signin.connect_dialog import ConnectTenantDialog
from tests.auth.conftest import PlayedBrowser, profile_for
from tests.ui.shell_fixtures import run


@pytest.fixture
def windows(qtbot, qt_loop, settings, played_browser):
    made = ConsoleWindows(settings, qt_loop, played_browser)
    yield made
    if made.window is not None:
        made.window.close()
    if made.controller is not None and made.controller.task is not None:
        run(qt_loop, asyncio.wait([made.controller.task]), timeout=30)
    made.close()


async def synced(windows: ConsoleWindows):
    """The outcome of the sync the window started on opening."""
    while windows.controller.task is None:
        await asyncio.sleep(0.01)
    return await windows.controller.task


async def until_new_task(windows: ConsoleWindows, old: object) -> None:
    while windows.controller.task is old:
        await asyncio.sleep(0.01)


def signed_in_service(emu: Emulator, browser: PlayedBrowser, store: ProfileStore):
    profile = profile_for(emu, sync_at_start=True)  # these tests watch the sync at start
    store.save(profile)
    store.mark_used(profile.name)
    service = open_service(profile, open_browser=browser)
    service.sign_in()
    return service


def test_the_first_run_offers_connect_a_tenant_and_the_demo(qtbot, home, windows, settings):
    launch = cached_launch(settings)
    assert launch.notice is LaunchNotice.NO_TENANT
    window = windows.open(launch)
    qtbot.addWidget(window)
    banner = window.info_banner
    assert banner.isVisible() and "later version" not in banner.text
    assert "Connect your tenant" in banner.text
    assert window.connect_button.isVisible() and window.connect_button.text() == "Connect a tenant"
    assert banner.action_button.text() == "Open the demo"
    window.connect_button.click()
    dialog = window.findChild(ConnectTenantDialog, "connectTenantDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_connecting_switches_the_window_to_the_tenant_and_syncs_it(
    qtbot, qt_loop, home, windows, settings, store, tls_emulator, played_browser
):
    first = windows.open(cached_launch(settings))
    service = signed_in_service(tls_emulator, played_browser, store)
    first.tenant_connected.emit(service)  # what Save in the Connect dialog emits
    window = windows.window
    qtbot.addWidget(window)
    assert window is not first and not first.isVisible()
    assert "Contoso on the emulator" in window.windowTitle()
    assert window.status.signed_in_label.text() == (
        f"Signed in as {service.signed_in().username} to Contoso on the emulator"
    )
    assert run(qt_loop, synced(windows), timeout=60).kind == OK
    window.show_incidents(Filters())
    assert window.queues.page("incidents").model.rowCount() == 30
    # The emulator is a custom cloud: the Defender Experts service is commercial-only.
    assert window.context.experts is None
    # No token reached a file the window wrote (cache, settings, log); memory-only tokens
    # here, or the encrypted store's file, which holds them encrypted.
    minted = list(tls_emulator.tokens.minted)
    assert minted
    for path in [p for p in home.rglob("*") if p.is_file()] + [settings.path]:
        if path.name.endswith(".msal-cache"):
            continue
        content = path.read_bytes()
        assert not any(token.encode() in content for token in minted), path


def test_the_last_profile_opens_at_start_and_asks_to_sign_in(
    qtbot, qt_loop, home, windows, settings, store, tls_emulator, played_browser
):
    profile = profile_for(tls_emulator)
    store.save(profile)
    store.mark_used(profile.name)
    launch = last_profile_launch(settings, windows.handoff)
    assert launch is not None and launch.tenant_name == profile.name
    assert launch.notice is LaunchNotice.SIGN_IN_NEEDED  # tokens were in memory only
    window = windows.open(launch)
    qtbot.addWidget(window)
    assert window.sign_in_banner.isVisible()
    assert window.status.signed_in_label.text() == f"Not signed in to {profile.name}"
    window.sign_in_banner.action_button.click()
    assert run(qt_loop, synced(windows), timeout=60).kind == OK
    assert not window.sign_in_banner.isVisible()
    assert window.status.signed_in_label.text().startswith("Signed in as ")


def test_a_401_mid_sync_offers_sign_in_again_and_keeps_the_outbox(
    qtbot, qt_loop, home, windows, settings, store, tls_emulator, played_browser
):
    service = signed_in_service(tls_emulator, played_browser, store)
    tenant = tls_emulator.tenants[0].id
    from console.launch import profile_launch

    launch = profile_launch(settings, service)
    outbox.enqueue(launch.cache, tenant, "comment", "incident", "1", {"text": "keep me"}, "k-1")

    def revoke_after_incidents(resource: str) -> None:  # on the sync's thread
        if resource == "incidents":
            tls_emulator.revoke_access_tokens()  # MSAL still thinks its tokens are good

    window = windows.open(launch)
    qtbot.addWidget(window)
    relay = windows.controller._relay
    relay.resource_finished.connect(revoke_after_incidents, Qt.ConnectionType.DirectConnection)
    outcome = run(qt_loop, synced(windows), timeout=60)
    assert outcome.kind == SIGN_IN
    banner = window.sign_in_banner
    assert banner.isVisible() and banner.action_button.text() == "Sign in again"
    assert "Nothing waiting in the outbox is lost" in banner.text
    assert not window.sync_error_banner.isVisible()
    (entry,) = outbox.pending(launch.cache, tenant)
    assert entry.payload == {"text": "keep me"}
    window.show_incidents(Filters())
    assert window.queues.page("incidents").model.rowCount() == 30  # committed pages kept
    relay.resource_finished.disconnect(revoke_after_incidents)
    first = windows.controller.task
    banner.action_button.click()  # Sign in again: the browser (played), then the sync
    run(qt_loop, until_new_task(windows, first), timeout=60)
    assert run(qt_loop, windows.controller.task, timeout=60).kind == OK
    assert not banner.isVisible()
    (entry,) = outbox.pending(launch.cache, tenant)  # still there, once: nothing sent twice


def test_sign_out_forgets_the_tenants_tokens(
    qtbot, qt_loop, home, windows, settings, store, tls_emulator, played_browser
):
    service = signed_in_service(tls_emulator, played_browser, store)
    assert isinstance(service, SignInService)
    from console.launch import profile_launch

    window = windows.open(profile_launch(settings, service))
    qtbot.addWidget(window)
    run(qt_loop, synced(windows), timeout=60)
    assert window.sign_out_action.isEnabled()
    window.sign_out_action.trigger()
    run(qt_loop, window.task, timeout=30)
    assert service.signed_in() is None
    assert window.status.signed_in_label.text() == "Not signed in to Contoso on the emulator"
    assert Settings  # settings never held a token: the store's JSON is names and addresses
    assert "access_token" not in str(settings.get_raw("auth/profiles"))
