# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""The window over a cache that cannot be used: a message and two ways out, never a traceback."""

from __future__ import annotations

import dataclasses
import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from console.app import build_window, context_for
from console.cache import incidents
from console.cache.filters import Filters
from console.emulator import Emulator, EmulatorConfig
from console.launch import cached_launch, emulator_target, remember
from console.settings import Settings
from console.sync.engine import SyncOptions
from console.ui.main_window import MainWindow
from console.ui.shell.cache_problem import install_excepthook
from console.ui.shell.sync_controller import CACHE_PROBLEM, OK, SyncController
from tests.damage import integrity_problems, truncate, wreck_table
from tests.ui.conftest import UI_SEED
from tests.ui.shell_fixtures import qt_loop, run  # noqa: F401 (fixture)

CONFIG = EmulatorConfig(seed=UI_SEED, tenants=1, incidents=150, devices=40)


def _window(qtbot, launch, context, controller=None):
    window = build_window(
        context, launch.cache_problem, controller or SyncController(context, None)
    )
    qtbot.addWidget(window)
    window.show()
    return window


def _launch_on(cache_path, synced_tenant, experts_transport=None):
    """What the window opens on when the last tenant used is the one synced into
    `cache_path`: the launch and the window's context made from it."""
    settings = Settings(None)
    remember(settings, cache_path, synced_tenant.tenant_id, synced_tenant.tenant_name)
    launch = cached_launch(settings)
    if experts_transport is not None:
        from console.experts import ExpertsService

        service = ExpertsService(launch.cache, launch.tenant_id, experts_transport)
        launch = dataclasses.replace(launch, experts=service)
    return launch, context_for(launch, settings)


def _main_windows():
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}


def _banner_buttons(window):
    banner = window.cache_banner
    rebuild = banner.findChild(QPushButton, "rebuildCacheButton")
    demo = banner.findChild(QPushButton, "openDemoButton")
    assert rebuild is not None and demo is not None
    assert rebuild.isVisible() and demo.isVisible()
    return rebuild, demo


@pytest.fixture
def own_question(cache_copy, synced_tenant):
    """One question to Defender Experts in the cache: the server cannot give it back."""
    now = "2024-05-01 10:00:00.000000"
    db = sqlite3.connect(cache_copy)
    with db:
        db.execute(
            "INSERT INTO expert_requests (id, tenant_id, category, question, entity_kind,"
            " entity_id, context, priority, channel, status, created, updated)"
            " VALUES ('q1', ?, 'general', 'Is this lateral movement?', 'incident', '1', '{}',"
            " 'normal', 'service', 'pending', ?, ?)",
            (synced_tenant.tenant_id, now, now),
        )
    db.close()
    return cache_copy


@pytest.mark.parametrize("damage", ["truncated", "not sqlite"])
def test_a_cache_that_cannot_be_opened_is_moved_aside_and_explained(
    qtbot, synced_tenant, cache_copy, damage
):
    if damage == "truncated":
        truncate(cache_copy)
    else:
        cache_copy.write_bytes(b"not a database at all\n" * 200)
    launch, context = _launch_on(cache_copy, synced_tenant)
    try:
        window = _window(qtbot, launch, context)
        assert window.cache_banner.isVisible()
        text = window.cache_banner.text
        [folder] = (cache_copy.parent / "quarantine").iterdir()
        assert str(folder) in text and "Traceback" not in text
        assert (folder / cache_copy.name).exists()
        rebuild, demo = _banner_buttons(window)
        with qtbot.waitSignal(window.demo_requested, timeout=5000):
            demo.click()
        rebuild.click()  # no tenant to sync from here: said in the status bar
        assert "No tenant is set up" in window.status.currentMessage()
        window.close()
    finally:
        launch.close()


def test_a_newer_cache_opens_the_window_with_the_reason(qtbot, synced_tenant, cache_copy):
    with sqlite3.connect(cache_copy) as db:
        db.execute("UPDATE alembic_version SET version_num = '0999'")
    db.close()
    launch, context = _launch_on(cache_copy, synced_tenant)
    try:
        window = _window(qtbot, launch, context)
        assert window.cache_banner.isVisible()
        assert "0999" in window.cache_banner.text and "newer" in window.cache_banner.text
        assert not (cache_copy.parent / "quarantine").exists()  # a newer app's file is kept
        window.close()
    finally:
        launch.close()


def test_a_window_opened_on_damage_recovers_and_rebuilds_from_the_server(
    qtbot, qt_loop, synced_tenant, own_question
):
    cache_path = own_question
    wreck_table(cache_path, "sync_state")  # the status bar reads it as the window opens
    assert integrity_problems(cache_path)
    launch, context = _launch_on(cache_path, synced_tenant)
    try:
        with Emulator(CONFIG) as emulator:
            target = emulator_target(emulator, context.tenant_id, options=SyncOptions(full=True))
            before = _main_windows()
            window = _window(qtbot, launch, context, SyncController(context, target))
            # The window whose building met the damage is gone now, not left for the
            # garbage collector to destroy in the middle of the sync below (a crash).
            assert _main_windows() - before == {window}
            assert window.cache_banner.isVisible()
            [folder] = (cache_path.parent / "quarantine").iterdir()
            assert str(folder) in window.cache_banner.text
            assert "1 of your own records" in window.cache_banner.text
            assert integrity_problems(cache_path) == []
            assert incidents.count(context.cache, Filters()) == 0

            rebuild, _ = _banner_buttons(window)
            with qtbot.waitSignal(window.sync.finished, timeout=60_000) as finished:
                rebuild.click()
            assert finished.args[0].kind == OK
            assert not window.cache_banner.isVisible()
            assert incidents.count(context.cache, Filters()) == 150
            assert [r.id for r in context.experts.requests()] == ["q1"]
            window.close()
    finally:
        launch.close()


@pytest.mark.parametrize("in_child", [False, True], ids=["thread", "child"])
def test_damage_met_mid_sync_stops_it_and_moves_the_file_aside(
    qtbot, qt_loop, synced_tenant, own_question, in_child
):
    cache_path = own_question
    wreck_table(cache_path, "evidence")  # written by the sync, not read as the window opens
    launch, context = _launch_on(cache_path, synced_tenant)
    try:
        with Emulator(CONFIG) as emulator:
            target = emulator_target(
                emulator, context.tenant_id, options=SyncOptions(full=True), in_child=in_child
            )
            window = _window(qtbot, launch, context, SyncController(context, target))
            assert not window.cache_banner.isVisible()
            outcome = run(qt_loop, window.sync.run())
            assert outcome.kind == CACHE_PROBLEM
            assert window.cache_banner.isVisible()
            assert "malformed" in window.cache_banner.text
            assert (cache_path.parent / "quarantine").is_dir()
            assert integrity_problems(cache_path) == []
            assert [r.id for r in context.experts.requests()] == ["q1"]
            _banner_buttons(window)
            window.close()
    finally:
        launch.close()


def test_damage_met_by_a_view_is_recovered_and_shown_in_the_window(
    qtbot, synced_tenant, own_question, monkeypatch
):
    cache_path = own_question
    launch, context = _launch_on(cache_path, synced_tenant)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # undone after the test
    try:
        window = _window(qtbot, launch, context)
        install_excepthook(window.on_cache_error)  # as console.app does
        assert not window.cache_banner.isVisible()
        context.cache.close()  # the next read opens the file afresh...
        wreck_table(cache_path, "incidents")  # ...and meets the damage
        window.navigation.page_requested.emit("incidents")  # the analyst opens Incidents
        qtbot.waitUntil(window.cache_banner.isVisible, timeout=10_000)
        assert "malformed" in window.cache_banner.text
        assert (cache_path.parent / "quarantine").is_dir()
        assert integrity_problems(cache_path) == []
        assert [r.id for r in context.experts.requests()] == ["q1"]
        window.close()
    finally:
        launch.close()


def test_damage_met_by_defender_experts_work_is_recovered_and_shown(
    qtbot, synced_tenant, own_question, qt_loop
):
    # The experts controller sends and polls in the background; damage it meets there
    # went to the status bar as "Defender Experts: ... malformed" and the file stayed.
    from console.api.auth import StaticTokenProvider
    from console.api.session import ApiSession
    from console.ui.experts import ExpertsController

    cache_path = own_question
    with sqlite3.connect(cache_path) as db:  # the question waits in the outbox to be sent
        db.execute(
            "INSERT INTO outbox (tenant_id, idempotency_key, kind, entity_kind, entity_id,"
            " payload, status, attempts, created, updated) VALUES (?, 'k1', 'expertRequest',"
            " 'expertRequest', 'q1', '{}', 'pending', 0, ?, ?)",
            (synced_tenant.tenant_id, "2024-05-01 10:00:00", "2024-05-01 10:00:00"),
        )
    db.close()
    session = ApiSession(StaticTokenProvider("unused"), max_attempts=1, timeout=(2, 5))
    launch, context = _launch_on(cache_path, synced_tenant, experts_transport=session)
    try:
        controller = ExpertsController(context, use_tray=False)
        window = build_window(
            context, launch.cache_problem, SyncController(context, None), controller
        )
        qtbot.addWidget(window)
        window.show()
        context.cache.close()
        wreck_table(cache_path, "outbox")  # the first thing a send reads
        run(qt_loop, controller.run_once(), timeout=20)
        qtbot.waitUntil(window.cache_banner.isVisible, timeout=10_000)
        assert "malformed" in window.cache_banner.text
        assert (cache_path.parent / "quarantine").is_dir()
        assert integrity_problems(cache_path) == []
        window.close()
    finally:
        launch.close()


def test_damage_reported_while_a_sync_runs_waits_for_the_sync_to_stop(
    qtbot, qt_loop, synced_tenant, own_question
):
    # Recovering under a running sync sent its later pages and its cursor into the
    # fresh file, which then looked synced and was only ever synced incrementally.
    from console.cache.errors import CacheDamagedError
    from console.sync.engine import sync_state_summary

    cache_path = own_question
    launch, context = _launch_on(cache_path, synced_tenant)
    slow = EmulatorConfig(seed=UI_SEED, tenants=1, incidents=150, devices=40, latency_ms=150)
    try:
        with Emulator(slow) as emulator:
            target = emulator_target(emulator, context.tenant_id, options=SyncOptions(full=True))
            window = _window(qtbot, launch, context, SyncController(context, target))
            with qtbot.waitSignal(window.sync.progress, timeout=30_000):
                assert window.sync.start()
            assert window.sync.running
            old_engine = context.cache.engine
            damage = CacheDamagedError(f"{cache_path}: damaged SQLite file (malformed)")
            damage.engine = old_engine
            window.on_cache_error(damage)  # as a view reading the file would
            assert not (cache_path.parent / "quarantine").exists()  # not under the sync
            qtbot.waitUntil(window.cache_banner.isVisible, timeout=60_000)
            assert not window.sync.running
            assert [r.id for r in context.experts.requests()] == ["q1"]
            cursors = sync_state_summary(context.cache, context.tenant_id)
            assert all(c.watermark is None and c.run is None for c in cursors.values())

            # A reader still on the replaced engine reports the same damage late: the
            # fresh file stays where it is.
            window.on_cache_error(damage)
            assert len(list((cache_path.parent / "quarantine").iterdir())) == 1
            window.close()
    finally:
        launch.close()


def test_a_read_only_cache_opens_the_window_with_the_reason(
    qtbot, qt_loop, cache_copy, synced_tenant, tmp_path
):
    from tests.integration.filesystems import read_only_folder

    with read_only_folder(tmp_path / "ro", cache_copy) as folder:
        cache_path = folder / cache_copy.name
        launch, context = _launch_on(cache_path, synced_tenant)
        try:
            window = _window(qtbot, launch, context)
            assert window.cache_banner.isVisible()
            assert f"cannot be used: {cache_path}: the file" in window.cache_banner.text
            assert not (folder / "quarantine").exists()  # not damaged: left where it is
            window.close()
        finally:
            launch.close()
