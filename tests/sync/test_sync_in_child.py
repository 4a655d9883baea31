"""The window's sync in a process of its own: the same cache, the same errors, tokens from here.

A real child process (`python -m console.sync.worker`) syncs from the emulator over
127.0.0.1 into a real SQLite file, asking this process for each token.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from console.api.auth import StaticTokenProvider
from console.api.errors import AuthError, NetworkError
from console.api.retry import Backoff
from console.cache import open_cache, summary
from console.emulator import Emulator, EmulatorConfig
from console.sync.child import SyncProcess
from console.sync.clients import ClientSettings, make_clients
from console.sync.engine import SyncCancelled, SyncOptions, SyncProcessError, sync_tenant

FAST = Backoff(base=0.01, cap=0.05)


class Recorder:
    """A SyncObserver that keeps every call (called on the runner's thread)."""

    def __init__(self, on_page=None) -> None:
        self.calls: list[tuple] = []
        self._on_page = on_page

    def resource_started(self, resource, mode):
        self.calls.append(("started", resource, mode))

    def page_committed(self, resource, page, items, total):
        self.calls.append(("page", resource, page, items, total))
        if self._on_page is not None:
            self._on_page()

    def page_warnings(self, resource, page, warnings):
        self.calls.append(("warnings", resource, page))

    def resource_finished(self, resource, total, pages, seconds):
        self.calls.append(("finished", resource, total, pages))


class CountingTokens:
    def __init__(self, token: str) -> None:
        self.value, self.asked = token, 0

    def token(self) -> str:
        self.asked += 1
        return self.value


class RefusingTokens:
    def token(self) -> str:
        raise AuthError("the refresh token expired: sign in again (AADSTS700082)")


@pytest.fixture
def emulator():
    config = EmulatorConfig(seed=4, incidents=60, devices=25, defender_port=0)
    with Emulator(config) as emu:
        yield emu


def _child(emulator, graph=None, defender=None, **overrides) -> ClientSettings:
    tenant = emulator.tenants[0].id
    token = emulator.issue_token(tenant)
    values = {
        "graph_url": emulator.graph_url,
        "defender_url": emulator.defender_url,
        "graph_tokens": graph or StaticTokenProvider(token),
        "defender_tokens": defender or StaticTokenProvider(token),
        "backoff": FAST,
        "timeout": (3, 30),
    }
    values.update(overrides)
    return ClientSettings(**values)


def _run(path: Path, emulator, child: ClientSettings, observer=None, cancel=None, options=None):
    waits: list[tuple[str, float]] = []
    with SyncProcess() as process:
        report = process.run(
            path,
            emulator.tenants[0].id,
            child,
            options=options or SyncOptions(full=True, incident_page_size=10, alert_page_size=50),
            observer=observer or Recorder(),
            on_wait=lambda reason, seconds: waits.append((reason, seconds)),
            cancel=cancel or threading.Event(),
        )
    return report, waits


def test_a_sync_in_its_own_process_fills_the_cache_as_one_here_does(tmp_path, emulator):
    tenant = emulator.tenants[0].id
    options = SyncOptions(full=True, incident_page_size=10, alert_page_size=50)
    observer = Recorder()
    report, _ = _run(tmp_path / "child.db", emulator, _child(emulator), observer, options=options)

    token = StaticTokenProvider(emulator.issue_token(tenant))
    graph, defender = make_clients(tenant, emulator.graph_url, emulator.defender_url, token)
    with open_cache(tmp_path / "here.db") as cache:
        here = sync_tenant(cache, tenant, graph=graph, defender=defender, options=options)
        expected = summary.counts(cache, tenant)
    with open_cache(tmp_path / "child.db") as cache:
        assert summary.counts(cache, tenant) == expected
    assert expected[0] == 60 and expected[2] == 25
    assert report.tenant_id == tenant
    assert [(r.resource, r.items, r.pages) for r in report.resources] == [
        (r.resource, r.items, r.pages) for r in here.resources
    ]
    # The observer heard every resource start, commit pages and finish, in that order.
    for resource in options.resources:
        kinds = [call[0] for call in observer.calls if call[1] == resource]
        assert kinds[0] == "started" and kinds[-1] == "finished" and "page" in kinds


class PeekingTokens(CountingTokens):
    """Reads the sync process's arguments and environment the first time it is asked."""

    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.child_sees = b""

    def token(self) -> str:
        if not self.child_sees:
            for pid in sync_processes():
                proc = Path(f"/proc/{pid}")
                self.child_sees += (proc / "cmdline").read_bytes() + (proc / "environ").read_bytes()
        return super().token()


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads the child in /proc")
def test_each_service_gets_the_token_asked_of_this_process_and_no_other(tmp_path, emulator):
    tenant = emulator.tenants[0].id
    graph_tokens = PeekingTokens(emulator.issue_token(tenant))
    defender_tokens = CountingTokens(emulator.issue_token(tenant))
    assert graph_tokens.value != defender_tokens.value
    _run(tmp_path / "cache.db", emulator, _child(emulator, graph_tokens, defender_tokens))
    assert graph_tokens.asked >= 1 and defender_tokens.asked >= 1
    graph_port = int(emulator.graph_url.split(":")[2].split("/")[0])
    seen = {(port, token) for port, token in emulator.tokens_seen}
    assert {token for port, token in seen if port == graph_port} == {graph_tokens.value}
    assert {token for port, token in seen if port != graph_port} == {defender_tokens.value}
    # The tokens went down the pipe only: not in the child's arguments or environment.
    assert b"console.sync.worker" in graph_tokens.child_sees
    for token in (graph_tokens.value, defender_tokens.value):
        assert token.encode() not in graph_tokens.child_sees


def test_a_cancel_before_the_run_began_is_not_lost(tmp_path, emulator):
    # Cancel (or closing the window) within the half second the process takes to start:
    # the run stops at once instead of syncing everything first.
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SyncCancelled):
        _run(tmp_path / "cache.db", emulator, _child(emulator), cancel=cancel)
    with open_cache(tmp_path / "cache.db") as cache:
        assert summary.counts(cache, emulator.tenants[0].id)[0] < 60


def test_a_token_that_cannot_be_had_stops_the_run_as_sign_in_again(tmp_path, emulator):
    with pytest.raises(AuthError, match="sign in again"):
        _run(tmp_path / "cache.db", emulator, _child(emulator, graph=RefusingTokens()))


def test_an_unreachable_tenant_is_a_network_error_not_a_traceback(tmp_path, emulator):
    child = _child(emulator, graph_url="http://127.0.0.1:9/v1.0", max_attempts=1)
    with pytest.raises(NetworkError):
        _run(tmp_path / "cache.db", emulator, child)


def test_cancel_stops_after_the_page_being_written_and_keeps_it(tmp_path, emulator):
    cancel = threading.Event()
    observer = Recorder(on_page=cancel.set)
    with pytest.raises(SyncCancelled):
        _run(tmp_path / "cache.db", emulator, _child(emulator), observer, cancel)
    with open_cache(tmp_path / "cache.db") as cache:
        assert summary.counts(cache, emulator.tenants[0].id)[0] >= 10  # the first page


def sync_processes() -> list[int]:
    """This process's children running the sync worker (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if int(stat[1]) == os.getpid() and b"console.sync.worker" in command:
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the child in /proc")
def test_a_killed_sync_process_says_so_and_keeps_what_it_committed(tmp_path, emulator):
    def kill_the_child() -> None:
        for pid in sync_processes():
            os.kill(pid, signal.SIGKILL)

    observer = Recorder(on_page=kill_the_child)
    with pytest.raises(SyncProcessError, match=r"stopped .* before it finished"):
        _run(tmp_path / "cache.db", emulator, _child(emulator), observer)
    with open_cache(tmp_path / "cache.db") as cache:
        assert summary.counts(cache, emulator.tenants[0].id)[0] >= 10
    assert sync_processes() == []
