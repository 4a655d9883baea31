"""Fixtures for pytest-qt tests: a real cache synced from the emulator, a context."""

from __future__ import annotations

import gc
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from console.api.auth import StaticTokenProvider
from console.cache.engine import open_cache
from console.emulator import Emulator, EmulatorConfig
from console.settings import Settings
from console.sync.clients import make_clients
from console.sync.engine import sync_tenant
from console.ui.context import AppContext, DeskTenantView
from console.ui.i18n import install_translators
from console.ui.reader import wait_for_readers
from console.ui.shell.navigator import ShellNavigator

UI_SEED = 5


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp):
    """The English catalogue, as the app installs it: it holds the singulars of the plural
    forms ("%Ln entries" is "1 entry"). The French fixtures install theirs above it."""
    installed = install_translators(qapp, "en")
    yield
    for translator in installed.translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _collect_the_last_tests_widgets(qapp):
    """Collect the previous test's closed windows now, at a quiet moment.

    Left in reference cycles to the garbage collector, they were destroyed in the middle
    of a later test's event processing and Qt crashed (a timer firing on a deleted object,
    some tests into tests/integration run in the same process; passes with gc disabled),
    which is what console/app.py build_window does for a half-built window.

    During the test the collector does not run by itself, as in the app
    (console.ui.gc_policy): it would run in whichever thread allocates, a cache reader's
    too, and a Qt wrapper destroyed there crashes the process (a segfault seen with a
    queue's refresh in flight, "Garbage-collecting" on the reader thread).
    """
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


class RecordingNavigator(ShellNavigator):
    """The shell's navigator, remembering where widgets asked to go (a window built on the
    context still gets every request)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, Any]] = []

    def show_incidents(self, filters=None):
        self.calls.append(("show_incidents", filters))
        super().show_incidents(filters)

    def show_alerts(self, filters=None):
        self.calls.append(("show_alerts", filters))
        super().show_alerts(filters)

    def show_devices(self, filters=None):
        self.calls.append(("show_devices", filters))
        super().show_devices(filters)

    def open_incident(self, tenant_id, incident_id):
        self.calls.append(("open_incident", (tenant_id, incident_id)))
        super().open_incident(tenant_id, incident_id)

    def open_alert(self, tenant_id, alert_id):
        self.calls.append(("open_alert", (tenant_id, alert_id)))
        super().open_alert(tenant_id, alert_id)

    def open_device(self, tenant_id, device_id):
        self.calls.append(("open_device", (tenant_id, device_id)))
        super().open_device(tenant_id, device_id)

    def open_url(self, url):
        self.calls.append(("open_url", url))
        super().open_url(url)


@dataclass
class SyncedTenant:
    path: Path
    tenant_id: str
    tenant_name: str


@pytest.fixture(scope="session")
def synced_tenant(tmp_path_factory) -> SyncedTenant:
    """A small synthetic tenant synced once per test session into a real SQLite cache."""
    path = tmp_path_factory.mktemp("ui-cache") / "cache.db"
    config = EmulatorConfig(seed=UI_SEED, tenants=1, incidents=150, devices=40)
    with Emulator(config) as emu:
        tenant = emu.tenants[0]
        graph, defender = make_clients(
            tenant.id,
            emu.graph_url,
            emu.defender_url,
            StaticTokenProvider(emu.issue_token(tenant.id)),
        )
        with open_cache(path) as cache:
            sync_tenant(
                cache,
                tenant.id,
                graph=graph,
                defender=defender,
            )
    return SyncedTenant(path, tenant.id, tenant.name)


@pytest.fixture
def cache_copy(synced_tenant, tmp_path):
    """A private copy of the synced cache, for tests that write to it."""
    target = tmp_path / "cache.db"
    shutil.copy(synced_tenant.path, target)
    return target


@pytest.fixture
def context(synced_tenant, cache_copy):
    navigator = RecordingNavigator()
    with open_cache(cache_copy) as cache:
        yield AppContext(
            cache=cache,
            settings=Settings(None),
            tenant_id=synced_tenant.tenant_id,
            tenant_name=synced_tenant.tenant_name,
            navigator=navigator,
        )
        wait_for_readers()  # no background read left on the cache it closes


DESK_NAMES = ("Northwind", "Contoso")  # the second sorts first, as a desk lists them by name


@pytest.fixture(scope="session")
def two_tenants(tmp_path_factory):
    """Two synthetic tenants synced once per session into one cache (a desk's)."""
    path = tmp_path_factory.mktemp("desk-cache") / "cache.db"
    config = EmulatorConfig(seed=UI_SEED, tenants=2, incidents=40, devices=12)
    with Emulator(config) as emu, open_cache(path) as cache:
        for tenant in emu.tenants:
            token = StaticTokenProvider(emu.issue_token(tenant.id))
            graph, defender = make_clients(tenant.id, emu.graph_url, emu.defender_url, token)
            sync_tenant(cache, tenant.id, graph=graph, defender=defender)
        return path, [tenant.id for tenant in emu.tenants]


@pytest.fixture
def desk(two_tenants, tmp_path):
    """A desk's context over a private copy of the two tenants' cache: its own first."""
    synced, (own, beside) = two_tenants
    path = tmp_path / "desk.db"  # a test may write to it
    shutil.copy(synced, path)
    with open_cache(path) as cache:
        yield AppContext(
            cache=cache,
            settings=Settings(None),
            tenant_id=own,
            tenant_name=DESK_NAMES[0],
            navigator=RecordingNavigator(),
            desk=(DeskTenantView(beside, DESK_NAMES[1]),),
        )
        wait_for_readers()
