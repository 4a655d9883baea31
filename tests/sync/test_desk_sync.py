"""Many tenants at once (console.sync.desk): each its own process, data and token; none crosses.

The emulator serves several tenants on one origin and tells them apart by the token,
as Graph does by the token's tenant; it records every token that reached it.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from console.api.auth import StaticTokenProvider
from console.api.errors import AuthError, ProxyError
from console.api.retry import Backoff
from console.cache import open_cache, summary
from console.emulator import Emulator, EmulatorConfig
from console.sync.clients import ClientSettings
from console.sync.desk import TenantJob, sync_tenants
from console.sync.engine import SilentObserver, SyncCancelled, SyncOptions, SyncProcessError
from tests.sync.test_sync_in_child import sync_processes

OPTIONS = SyncOptions(full=True, incident_page_size=10, alert_page_size=40)
FAST = Backoff(base=0.01, cap=0.05)


class RefusingTokens:
    def token(self) -> str:
        raise AuthError("the refresh token expired: sign in again")


def _emulator(tenants: int, **overrides) -> Emulator:
    return Emulator(EmulatorConfig(seed=9, tenants=tenants, incidents=25, devices=8, **overrides))


def _jobs(emulator, tmp_path, tokens=None):
    jobs = []
    for number, tenant in enumerate(emulator.tenants):
        provider = (tokens or {}).get(tenant.id) or StaticTokenProvider(
            emulator.issue_token(tenant.id)
        )

        def settings(provider=provider) -> ClientSettings:
            return ClientSettings(
                emulator.graph_url, emulator.defender_url, provider, provider, backoff=FAST
            )

        jobs.append(
            TenantJob(f"customer-{number}", tenant.id, tmp_path / f"{number}.db", settings, OPTIONS)
        )
    return jobs


@pytest.mark.parametrize("tenants", [2, 5])
def test_each_tenant_lands_in_its_own_cache_with_its_own_token_only(tmp_path, tenants):
    with _emulator(tenants) as emulator:
        jobs = _jobs(emulator, tmp_path)
        issued = {job.tenant_id: job.settings().graph_tokens.token() for job in jobs}
        emulator.tokens_seen.clear()
        outcomes = sync_tenants(jobs, limit=3)
        seen = {token for _port, token in emulator.tokens_seen}
    assert sorted(o.job.name for o in outcomes) == sorted(job.name for job in jobs)
    assert all(o.ok for o in outcomes), [str(o.error) for o in outcomes if not o.ok]
    assert seen == set(issued.values())  # every tenant's own token, and no other
    for job in jobs:
        with open_cache(job.cache_path) as cache:
            assert summary.counts(cache, job.tenant_id)[:3:2] == (25, 8)  # incidents, devices
            for other in jobs:
                if other is not job:  # not one row of another tenant
                    assert summary.counts(cache, other.tenant_id) == (0, 0, 0, 0)


def test_a_tenant_that_fails_ends_alone_and_the_others_sync(tmp_path):
    with _emulator(3) as emulator:
        refused = emulator.tenants[1].id
        jobs = _jobs(emulator, tmp_path, tokens={refused: RefusingTokens()})

        def no_proxy_password() -> ClientSettings:
            raise ProxyError("the proxy's password for 'customer-2' is not stored")

        jobs[2] = TenantJob(
            jobs[2].name, jobs[2].tenant_id, jobs[2].cache_path, no_proxy_password, OPTIONS
        )
        ended: list[str] = []
        outcomes = {
            o.job.name: o
            for o in sync_tenants(jobs, limit=3, on_outcome=lambda o: ended.append(o.job.name))
        }
    assert sorted(ended) == ["customer-0", "customer-1", "customer-2"]
    assert outcomes["customer-0"].ok and outcomes["customer-0"].report.items > 0
    assert isinstance(outcomes["customer-1"].error, AuthError)
    assert "sign in again" in str(outcomes["customer-1"].error)
    assert isinstance(outcomes["customer-2"].error, ProxyError)
    with open_cache(jobs[0].cache_path) as cache:
        assert summary.counts(cache, jobs[0].tenant_id)[0] == 25


def test_no_more_than_the_limit_run_at_once_and_they_overlap(tmp_path):
    running: set[str] = set()
    most = [0]
    lock = threading.Lock()
    # The first two tenants each wait here until the other has started: with a limit of
    # one they could not both arrive, and the barrier breaks (the test fails, not hangs).
    both_started = threading.Barrier(2, timeout=60)
    met: set[str] = set()

    class Watch(SilentObserver):
        def __init__(self, name):
            self.name = name

        def resource_started(self, resource, mode):
            with lock:
                running.add(self.name)
                most[0] = max(most[0], len(running))
                first_two = self.name in {"customer-0", "customer-1"} and self.name not in met
                met.add(self.name)
            if first_two:
                both_started.wait()

        def resource_finished(self, resource, total, pages, seconds):
            if resource == OPTIONS.resources[-1]:
                with lock:
                    running.discard(self.name)

    with _emulator(5) as emulator:
        outcomes = sync_tenants(
            _jobs(emulator, tmp_path), limit=2, observer_for=lambda job: Watch(job.name)
        )
    assert all(o.ok for o in outcomes), [str(o.error) for o in outcomes if not o.ok]
    assert most[0] == 2  # they overlapped (the barrier), and never three at once


def test_an_observer_that_fails_ends_its_tenant_and_the_next_gets_a_fresh_process(tmp_path):
    # An observer raising mid-run (a closed stderr) leaves that run's process half way:
    # handed the next tenant, its threads would ask for tokens answered with the next
    # tenant's. It is retired instead.
    class BrokenPipeOnce(SilentObserver):
        def __init__(self, name):
            self.name = name

        def page_committed(self, *args):
            if self.name == "customer-0":
                raise BrokenPipeError("stderr closed")

    with _emulator(3, latency_ms=10) as emulator:
        jobs = _jobs(emulator, tmp_path)
        outcomes = {
            o.job.name: o
            for o in sync_tenants(jobs, limit=1, observer_for=lambda job: BrokenPipeOnce(job.name))
        }
    assert isinstance(outcomes["customer-0"].error, BrokenPipeError)
    for job in jobs[1:]:
        assert outcomes[job.name].ok, outcomes[job.name].error
        with open_cache(job.cache_path) as cache:
            assert summary.counts(cache, job.tenant_id)[0] == 25
            assert summary.counts(cache, jobs[0].tenant_id) == (0, 0, 0, 0)


def test_cancel_stops_the_running_and_starts_no_more(tmp_path):
    cancel = threading.Event()

    class CancelOnFirstPage(SilentObserver):
        def page_committed(self, *args):
            cancel.set()

    with _emulator(4, latency_ms=15) as emulator:
        outcomes = sync_tenants(
            _jobs(emulator, tmp_path),
            limit=1,
            observer_for=lambda job: CancelOnFirstPage(),
            cancel=cancel,
        )
    assert len(outcomes) == 4
    assert all(isinstance(o.error, SyncCancelled) for o in outcomes)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the child in /proc")
def test_a_sync_process_that_dies_fails_its_tenant_and_a_new_one_takes_the_rest(tmp_path):
    killed: list[str] = []

    class KillOnce(SilentObserver):
        def __init__(self, name):
            self.name = name

        def page_committed(self, *args):
            if self.name == "customer-0" and not killed:
                killed.append(self.name)
                for pid in sync_processes():
                    os.kill(pid, signal.SIGKILL)

    with _emulator(3) as emulator:
        outcomes = {
            o.job.name: o
            for o in sync_tenants(
                _jobs(emulator, tmp_path), limit=1, observer_for=lambda job: KillOnce(job.name)
            )
        }
    assert isinstance(outcomes["customer-0"].error, SyncProcessError)
    assert outcomes["customer-1"].ok and outcomes["customer-2"].ok


def test_a_throttled_tenant_waits_alone(tmp_path):
    # Graph counts its quota per app per tenant: one tenant's 429s make that tenant wait,
    # and the others, syncing beside it, never wait at all.
    waits: dict[str, list[float]] = {}

    def waits_of(job):
        return lambda _reason, seconds: waits.setdefault(job.name, []).append(seconds)

    with _emulator(3) as emulator:
        emulator.faults.throttle_tenant(emulator.tenants[1].id, 3, retry_after=1)
        outcomes = sync_tenants(_jobs(emulator, tmp_path), limit=3, on_wait_for=waits_of)
    assert all(o.ok for o in outcomes), [str(o.error) for o in outcomes if not o.ok]
    assert sorted(waits) == ["customer-1"]
    assert len(waits["customer-1"]) == 3
