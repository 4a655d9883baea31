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


def test_a_damaged_cache_is_recovered_only_after_the_other_tenants_sync_stops(qtbot, qt_loop, desk):
    own, beside = desk.tenant_ids
    writing, release = threading.Event(), threading.Event()

    def still_writing(_on_wait):  # the own tenant's sync, in the middle of a page
        writing.set()
        release.wait(30)
        raise SyncCancelled("stopped after its page")

    def damaged(_on_wait):
        raise CacheDamagedError("database disk image is malformed")

    own_sync = SyncController(desk, SyncTarget(own, still_writing))
    syncs = DeskSyncs(desk, {beside: SyncTarget(beside, damaged)}, own_sync)
    said = []
    syncs.cache_problem.connect(said.append)
    path = desk.cache.sqlite_path
    file_before = os.stat(path).st_ino

    async def scenario():
        own_sync.start()
        while not writing.is_set():
            await asyncio.sleep(0.01)
        syncs.start(beside)
        while not own_sync.cancelling:  # the recovery asked the writer to stop...
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)
        # ...and waits: the file has not moved under it.
        assert os.stat(path).st_ino == file_before
        assert not syncs.controllers[beside].task.done()
        release.set()
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
    late = CacheDamagedError("database disk image is malformed")
    assert run(qt_loop, syncs.recover(late, own_sync), timeout=10) == ""
    assert os.stat(path).st_ino == fresh


def test_damage_met_by_a_view_on_a_desk_waits_for_every_sync_then_says_so(qtbot, qt_loop, desk):
    beside = desk.desk[0].tenant_id
    writing, release = threading.Event(), threading.Event()

    def still_writing(_on_wait):  # the tenant beside the window's, in the middle of a page
        writing.set()
        release.wait(30)
        raise SyncCancelled("stopped after its page")

    own_sync = SyncController(desk, None)
    syncs = DeskSyncs(desk, {beside: SyncTarget(beside, still_writing)}, own_sync)
    window = MainWindow(desk, own_sync)
    qtbot.addWidget(window)
    window.desk_syncs = syncs
    path = desk.cache.sqlite_path
    file_before = os.stat(path).st_ino

    async def scenario():
        syncs.start(beside)
        while not writing.is_set():
            await asyncio.sleep(0.01)
        window.on_cache_error(CacheDamagedError("database disk image is malformed"))
        while not syncs.controllers[beside].cancelling:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)
        assert os.stat(path).st_ino == file_before and not window.cache_banner.isVisible()
        release.set()
        await syncs.controllers[beside].task
        while not window.cache_banner.isVisible():
            await asyncio.sleep(0.01)

    window.show()
    run(qt_loop, scenario(), timeout=30)
    assert os.stat(path).st_ino != file_before
    assert "has been moved to" in window.cache_banner.text


def test_nothing_starts_while_the_desk_recovers_and_a_writer_that_will_not_stop_keeps_the_file(
    qtbot, qt_loop, desk, monkeypatch
):
    monkeypatch.setattr(desk_syncs, "QUIESCE_SECONDS", 0.5)
    own, beside = desk.tenant_ids
    writing, release = threading.Event(), threading.Event()

    def never_stops(_on_wait):  # a sync process that hangs past its page
        writing.set()
        release.wait(30)
        raise SyncCancelled("stopped at last")

    own_sync = SyncController(desk, SyncTarget(own, lambda _w: pytest.fail("started")))
    syncs = DeskSyncs(desk, {beside: SyncTarget(beside, never_stops)}, own_sync)
    experts = ExpertsController(
        dataclasses.replace(desk, experts=ExpertsService(desk.cache, own, None)), use_tray=False
    )
    syncs.own_experts = experts
    path = desk.cache.sqlite_path
    file_before = os.stat(path).st_ino

    async def scenario():
        syncs.start(beside)
        while not writing.is_set():
            await asyncio.sleep(0.01)
        recovery = asyncio.ensure_future(
            syncs.recover(CacheDamagedError("database disk image is malformed"))
        )
        while not syncs.controllers[beside].cancelling:
            await asyncio.sleep(0.01)
        # A schedule's turn, Sync now, an experts poll: refused while the file may move.
        assert own_sync.start() is False and own_sync.task is None
        assert experts.kick() is None
        text = await recovery
        release.set()
        await syncs.controllers[beside].task
        return text

    text = run(qt_loop, scenario(), timeout=30)
    assert text.startswith("The cache cannot be used")
    assert os.stat(path).st_ino == file_before  # never moved under the writer
    assert not own_sync.paused and not experts.paused  # the desk goes on
