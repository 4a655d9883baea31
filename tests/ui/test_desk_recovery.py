# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""A desk's one cache found damaged by one tenant's sync while another's is writing: the
file is moved aside only once that other sync has stopped, and the window is told once."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import threading

import pytest

from console.cache.errors import CacheDamagedError
from console.experts import ExpertsService
from console.sync.engine import SyncCancelled
from console.sync.target import SyncTarget
from console.ui.experts import ExpertsController
from console.ui.main_window import MainWindow
from console.ui.shell import desk_syncs
from console.ui.shell.desk_syncs import DeskSyncs
from console.ui.shell.sync_controller import CACHE_PROBLEM, CANCELLED, SyncController
from tests.ui.shell_fixtures import qt_loop, run  # noqa: F401 (fixture)

pytestmark = pytest.mark.timeout(60)
DAMAGE = "database disk image is malformed"


class HeldSync:
    """A sync target's client factory that holds its run in the middle of a page until
    released, as a sync process writing a page does; then it stops as a cancelled run."""

    def __init__(self) -> None:
        self.writing, self.release = threading.Event(), threading.Event()

    def __call__(self, _on_wait):
        self.writing.set()
        self.release.wait(30)
        raise SyncCancelled("stopped after its page")

    async def started(self) -> None:
        while not self.writing.is_set():
            await asyncio.sleep(0.01)


async def until(condition) -> None:
    while not condition():
        await asyncio.sleep(0.01)


def test_a_damaged_cache_is_recovered_only_after_the_other_tenants_sync_stops(qtbot, qt_loop, desk):
    own, beside = desk.tenant_ids
    held = HeldSync()  # the own tenant's sync, in the middle of a page

    def damaged(_on_wait):
        raise CacheDamagedError(DAMAGE)

    own_sync = SyncController(desk, SyncTarget(own, held))
    syncs = DeskSyncs(desk, {beside: SyncTarget(beside, damaged)}, own_sync)
    said = []
    syncs.cache_problem.connect(said.append)
    path = desk.cache.sqlite_path
    file_before = os.stat(path).st_ino

    async def scenario():
        own_sync.start()
        await held.started()
        syncs.start(beside)
        await until(lambda: own_sync.cancelling)  # the recovery asked the writer to stop...
        await asyncio.sleep(0.2)
        # ...and waits: the file has not moved under it.
        assert os.stat(path).st_ino == file_before
        assert not syncs.controllers[beside].task.done()
        held.release.set()
        return await syncs.controllers[beside].task, await own_sync.task

    damaged_outcome, own_outcome = run(qt_loop, scenario(), timeout=30)
    assert own_outcome.kind == CANCELLED
    assert damaged_outcome.kind == CACHE_PROBLEM
    assert "has been moved to" in damaged_outcome.reason
    assert os.stat(path).st_ino != file_before  # a fresh file under the same handle
    assert said == [damaged_outcome.reason]  # the window is told once
    # The own sync's run began on the file since moved aside: damage it reports late (a
    # sync process's error carries no engine) never moves the fresh file.
    fresh = os.stat(path).st_ino
    late = CacheDamagedError(DAMAGE)
    assert run(qt_loop, syncs.recover(late, own_sync), timeout=10) == ""
    assert os.stat(path).st_ino == fresh


def test_damage_met_by_a_view_on_a_desk_waits_for_every_sync_then_says_so(qtbot, qt_loop, desk):
    beside = desk.desk[0].tenant_id
    held = HeldSync()  # the tenant beside the window's, in the middle of a page

    own_sync = SyncController(desk, None)
    syncs = DeskSyncs(desk, {beside: SyncTarget(beside, held)}, own_sync)
    window = MainWindow(desk, own_sync)
    qtbot.addWidget(window)
    window.desk_syncs = syncs
    path = desk.cache.sqlite_path
    file_before = os.stat(path).st_ino

    async def scenario():
        syncs.start(beside)
        await held.started()
        window.on_cache_error(CacheDamagedError(DAMAGE))
        await until(lambda: syncs.controllers[beside].cancelling)
        await asyncio.sleep(0.2)
        assert os.stat(path).st_ino == file_before and not window.cache_banner.isVisible()
        held.release.set()
        await syncs.controllers[beside].task
        await until(window.cache_banner.isVisible)

    window.show()
    run(qt_loop, scenario(), timeout=30)
    assert os.stat(path).st_ino != file_before
    assert "has been moved to" in window.cache_banner.text


def test_nothing_starts_while_the_desk_recovers_and_a_writer_that_will_not_stop_keeps_the_file(
    qtbot, qt_loop, desk, monkeypatch
):
    monkeypatch.setattr(desk_syncs, "QUIESCE_SECONDS", 0.5)
    own, beside = desk.tenant_ids
    held = HeldSync()  # a sync process that hangs past its page

    own_sync = SyncController(desk, SyncTarget(own, lambda _w: pytest.fail("started")))
    syncs = DeskSyncs(desk, {beside: SyncTarget(beside, held)}, own_sync)
    experts = ExpertsController(
        dataclasses.replace(desk, experts=ExpertsService(desk.cache, own, None)), use_tray=False
    )
    syncs.own_experts = experts
    path = desk.cache.sqlite_path
    file_before = os.stat(path).st_ino

    async def scenario():
        syncs.start(beside)
        await held.started()
        recovery = asyncio.ensure_future(syncs.recover(CacheDamagedError(DAMAGE)))
        await until(lambda: syncs.controllers[beside].cancelling)
        # A schedule's turn, Sync now, an experts poll: refused while the file may move.
        assert own_sync.start() is False and own_sync.task is None
        assert experts.kick() is None
        text = await recovery
        held.release.set()
        await syncs.controllers[beside].task
        return text

    text = run(qt_loop, scenario(), timeout=30)
    assert text.startswith("The cache cannot be used")
    assert os.stat(path).st_ino == file_before  # never moved under the writer
    assert not own_sync.paused and not experts.paused  # the desk goes on


def test_a_recovery_that_fails_still_ends_the_sync_and_says_why(qtbot, qt_loop, desk):
    def damaged(_on_wait):
        raise CacheDamagedError(DAMAGE)

    async def broken_recovery(_error):
        raise RuntimeError("the quarantine folder could not be made")

    sync = SyncController(desk, SyncTarget(desk.tenant_id, damaged))
    sync.recover_with(broken_recovery)
    with qtbot.waitSignal(sync.finished, timeout=10_000):
        outcome = run(qt_loop, sync.run(), timeout=10)
    assert outcome.kind == CACHE_PROBLEM
    assert outcome.reason.startswith("The cache cannot be used")
