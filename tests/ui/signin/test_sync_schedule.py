"""The window's sync schedule for a tenant profile, against the TLS emulator: at start,
every N minutes (a minute made short), off (only Sync now), never two syncs at once, no
retry until signed in again, and a longer wait while offline."""

from __future__ import annotations

import asyncio
import threading

import pytest
from PySide6.QtCore import Qt

from console.app import ConsoleWindows
from console.auth.setup import open_service
from console.launch import emulator_target, profile_launch
from console.ui.main_window import MainWindow
from console.ui.shell.schedule import ScheduledSync
from console.ui.shell.sync_controller import OFFLINE, OK, SIGN_IN, SyncController
from tests.auth.conftest import profile_for
from tests.ui.shell_fixtures import run

SHORT_MINUTE_MS = 150


@pytest.fixture
def windows(qtbot, qt_loop, settings, played_browser):
    made = ConsoleWindows(settings, qt_loop, played_browser)
    made.minute_ms = SHORT_MINUTE_MS
    yield made
    if made.schedule is not None:
        made.schedule.stop()
    if made.window is not None:
        made.window.close()
    if made.controller is not None and made.controller.task is not None:
        run(qt_loop, asyncio.wait([made.controller.task]), timeout=30)
    made.close()


def open_on(windows, store, emu, browser, qtbot, **schedule):
    profile = profile_for(emu, **schedule)
    store.save(profile)
    service = open_service(profile, open_browser=browser)
    service.sign_in()
    window = windows.open(profile_launch(windows.settings, service))
    qtbot.addWidget(window)
    return window


async def next_outcome(controller, after=None):
    """The outcome of the next sync that is not `after` (the task already seen)."""
    while controller.task is None or controller.task is after:
        await asyncio.sleep(0.01)
    return await controller.task


def test_at_start_syncs_when_the_window_opens(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser
):
    open_on(windows, store, tls_emulator, played_browser, qtbot, sync_at_start=True)
    assert run(qt_loop, next_outcome(windows.controller), timeout=60).kind == OK
    assert not windows.schedule.timer.isActive()  # no "every N minutes": nothing more


def test_off_syncs_only_when_asked(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser
):
    window = open_on(windows, store, tls_emulator, played_browser, qtbot)
    run(qt_loop, asyncio.sleep(0.1))  # what the window queued at opening has run
    assert windows.controller.task is None and not windows.schedule.timer.isActive()
    window.sync_action.trigger()  # Sync now
    assert run(qt_loop, next_outcome(windows.controller), timeout=60).kind == OK
    assert not windows.schedule.timer.isActive()


def test_every_n_minutes_syncs_again_and_never_two_at_once(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser
):
    window = open_on(windows, store, tls_emulator, played_browser, qtbot, sync_every_minutes=1)
    controller, schedule = windows.controller, windows.schedule
    # Sync now, before the schedule arms its timer, held on its worker thread until the
    # timer has fallen due.
    release = threading.Event()

    def hold(resource: str, mode: str) -> None:  # on the sync's thread
        release.wait(timeout=30)

    relay = controller._relay
    relay.resource_started.connect(hold, Qt.ConnectionType.DirectConnection)
    starts: list[int] = []
    controller.started.connect(lambda: starts.append(1))
    window.sync_action.trigger()
    manual = controller.task
    with qtbot.waitSignal(schedule.timer.timeout, timeout=10_000):
        pass
    assert controller.task is manual and len(starts) == 1  # the timer waited its turn
    relay.resource_started.disconnect(hold)
    release.set()
    assert run(qt_loop, manual, timeout=60).kind == OK
    # The run's end armed the timer again: the next sync comes by itself.
    assert schedule.timer.isActive()
    assert run(qt_loop, next_outcome(controller, manual), timeout=60).kind == OK
    assert len(starts) == 2


def test_a_sync_needing_sign_in_waits_for_the_sign_in(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser
):
    window = open_on(windows, store, tls_emulator, played_browser, qtbot, sync_every_minutes=1)
    controller, schedule = windows.controller, windows.schedule
    tls_emulator.revoke_access_tokens()  # MSAL still thinks its tokens are good
    assert run(qt_loop, next_outcome(controller), timeout=60).kind == SIGN_IN
    first = controller.task
    assert schedule.waiting_for_sign_in and not schedule.timer.isActive()
    run(qt_loop, asyncio.sleep(3 * SHORT_MINUTE_MS / 1000))
    assert controller.task is first  # no retry: it would only fail the same way
    window.sign_in_banner.action_button.click()  # Sign in again (the played browser)
    assert run(qt_loop, next_outcome(controller, first), timeout=60).kind == OK
    assert not schedule.waiting_for_sign_in and schedule.timer.isActive()


def test_offline_the_wait_grows(qtbot, qt_loop, context, synced_tenant):
    from console.api.retry import Backoff
    from console.emulator import Emulator, EmulatorConfig
    from tests.ui.conftest import UI_SEED

    config = EmulatorConfig(seed=UI_SEED, tenants=1, incidents=10, devices=5)
    with Emulator(config) as emulator:
        target = emulator_target(
            emulator, context.tenant_id, max_attempts=1, backoff=Backoff(base=0.01, cap=0.01)
        )
    # The emulator has stopped: nothing listens on its port, as when the network is down.
    controller = SyncController(context, target)
    window = MainWindow(context, controller)
    qtbot.addWidget(window)
    schedule = ScheduledSync(
        controller, every_minutes=1, at_start=True, minute_ms=SHORT_MINUTE_MS, parent=window
    )
    schedule.start()
    assert run(qt_loop, next_outcome(controller), timeout=30).kind == OFFLINE
    assert schedule.wait_minutes == 2 and schedule.timer.interval() == 2 * SHORT_MINUTE_MS
    first = controller.task
    assert run(qt_loop, next_outcome(controller, first), timeout=30).kind == OFFLINE
    assert schedule.wait_minutes == 4
    schedule.stop()


def test_a_schedule_saved_in_the_tenants_page_applies_at_once(
    qtbot, qt_loop, home, windows, store, tls_emulator, played_browser
):
    window = open_on(windows, store, tls_emulator, played_browser, qtbot)
    run(qt_loop, asyncio.sleep(0.1))
    assert windows.controller.task is None and not windows.schedule.timer.isActive()  # off
    tenants = window.open_tenants_dialog()
    form = tenants.edit_schedule()
    form.every_check.setChecked(True)
    form.minutes_edit.setText("1")
    assert form.save()
    assert windows.schedule.timer.isActive()
    assert run(qt_loop, next_outcome(windows.controller), timeout=60).kind == OK


def test_a_schedule_set_after_signing_in_runs_even_if_the_window_opened_signed_out(
    qtbot, qt_loop, context
):
    # The window opened before anyone signed in, with the schedule off; the analyst signed
    # in and synced (Sync now), then chose "every minute" in Settings > Tenants.
    from console.emulator import Emulator, EmulatorConfig
    from tests.ui.conftest import UI_SEED

    config = EmulatorConfig(seed=UI_SEED, tenants=1, incidents=10, devices=5)
    with Emulator(config) as emulator:
        controller = SyncController(context, emulator_target(emulator, context.tenant_id))
        window = MainWindow(context, controller)
        qtbot.addWidget(window)
        schedule = ScheduledSync(
            controller,
            every_minutes=None,
            at_start=False,
            signed_in=False,
            minute_ms=SHORT_MINUTE_MS,
            parent=window,
        )
        schedule.start()
        assert controller.start()
        assert run(qt_loop, next_outcome(controller), timeout=60).kind == OK
        schedule.change(1, False)
        assert schedule.timer.isActive()
        schedule.stop()
        assert not schedule.timer.isActive()
