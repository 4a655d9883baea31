"""A sync against servers whose paging or answers never end, or lead elsewhere, stops with a
reason, keeps every committed page, and the next run resumes (or stops again at once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.api import StaticTokenProvider
from console.api.errors import DeadlineError, PagingError, RefusedUrlError
from console.cache.engine import Cache, open_cache
from console.cache.summary import counts
from console.cache.writer import read_sync_state
from console.emulator import Emulator, EmulatorConfig
from console.sync.clients import make_clients
from console.sync.engine import SyncOptions, sync_tenant
from console.sync.state import LINK_KEY_LENGTH, Cursor

INCIDENTS_ONLY = SyncOptions(resources=("incidents",), incident_page_size=10)


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(EmulatorConfig(seed=5, incidents=60, devices=12)) as emu:
        yield emu


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with open_cache(tmp_path / "cache.db") as opened:
        yield opened


def sync(emu: Emulator, cache: Cache, options: SyncOptions = INCIDENTS_ONLY, **session) -> None:
    tenant = emu.tenants[0].id
    graph, defender = make_clients(
        tenant,
        emu.graph_url,
        emu.defender_url,
        StaticTokenProvider(emu.issue_token(tenant)),
        max_attempts=2,
        **session,
    )
    try:
        sync_tenant(cache, tenant, graph=graph, defender=defender, options=options)
    finally:
        graph.session.close()
        defender.session.close()


def incidents_cursor(emu: Emulator, cache: Cache) -> Cursor:
    return Cursor.from_json(read_sync_state(cache, emu.tenants[0].id, "incidents"))


def cached_incidents(emu: Emulator, cache: Cache) -> int:
    return counts(cache, emu.tenants[0].id)[0]


@pytest.mark.timeout(120)
def test_a_next_link_cycle_stops_the_run_and_its_resume_at_once(emulator, cache):
    emulator.faults.link_cycle = 4  # page 4 links back to page 3: 3 -> 4 -> 3 -> ...

    with pytest.raises(PagingError, match=r"incidents page 4: .*paging loop"):
        sync(emulator, cache)

    cursor = incidents_cursor(emulator, cache)
    assert cursor.run is not None and cursor.run.pages == 3  # page 4 showed the loop
    assert cached_incidents(emulator, cache) == 30
    assert len(cursor.run.followed) == 3 * LINK_KEY_LENGTH  # pages 1-3, compactly

    # The resumed run knows the links its first part followed: it stops at page 4 again
    # instead of going round forever.
    before = len(emulator.request_log)
    with pytest.raises(PagingError, match="paging loop"):
        sync(emulator, cache)
    assert len(emulator.request_log) - before <= 2  # page 4 (and one page read ahead)


@pytest.mark.timeout(120)
def test_a_run_reads_at_most_its_page_limit_and_keeps_what_it_read(emulator, cache):
    limited = SyncOptions(resources=("incidents",), incident_page_size=10, max_pages=2)

    with pytest.raises(PagingError, match="incidents page 3: one run reads at most 2 pages"):
        sync(emulator, cache, limited)

    assert cached_incidents(emulator, cache) == 20
    assert incidents_cursor(emulator, cache).run.pages == 2


class TurnHostileAfterPage:
    """An observer that makes the emulator's next links foreign once page `n` is committed."""

    def __init__(self, emu: Emulator, n: int) -> None:
        self.emu, self.n = emu, n
        self.modes: list[str] = []

    def resource_started(self, resource: str, mode: str) -> None:
        self.modes.append(mode)

    def page_committed(self, resource: str, page: int, items: int, total: int) -> None:
        if page == self.n:
            self.emu.faults.foreign_next_link = "localhost"  # the same server, another name

    def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None:
        pass

    def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None:
        pass


@pytest.mark.timeout(120)
def test_a_next_link_to_another_host_stops_the_run_and_the_next_run_resumes(emulator, cache):
    tenant = emulator.tenants[0].id
    graph, defender = make_clients(
        tenant, emulator.graph_url, emulator.defender_url, StaticTokenProvider("unused")
    )
    graph.session.token_provider = defender.session.token_provider = StaticTokenProvider(
        emulator.issue_token(tenant)
    )
    observer = TurnHostileAfterPage(emulator, 2)

    with pytest.raises(RefusedUrlError, match=r"refused a next link to localhost:\d+"):
        sync_tenant(
            cache, tenant, graph=graph, defender=defender, options=INCIDENTS_ONLY, observer=observer
        )

    # Pages 3 and 4 may have been read ahead before the links turned foreign; the first
    # page whose next link is foreign is not written, and nothing was asked of "localhost".
    committed = incidents_cursor(emulator, cache).run.pages
    assert committed in (2, 3, 4)
    assert cached_incidents(emulator, cache) == committed * 10
    assert len(emulator.request_log) == committed + 1

    emulator.faults.foreign_next_link = None
    observer.n = 0
    sync_tenant(
        cache, tenant, graph=graph, defender=defender, options=INCIDENTS_ONLY, observer=observer
    )
    assert observer.modes[-1] == f"resuming at page {committed + 1}"
    assert cached_incidents(emulator, cache) == 60
    assert len(emulator.request_log) == 6 + 1  # the refused page's own URL is asked again


@pytest.mark.timeout(120)
def test_a_server_sending_one_byte_at_a_time_is_given_up_at_the_deadline(emulator, cache):
    emulator.faults.slow_bytes = 0.02  # a 10-incident page would take minutes

    with pytest.raises(DeadlineError, match="incidents page 1: no complete answer"):
        sync(emulator, cache, deadline=1.0)

    assert cached_incidents(emulator, cache) == 0
    emulator.faults.slow_bytes = None
    sync(emulator, cache, deadline=1.0)
    assert cached_incidents(emulator, cache) == 60


def test_graph_and_defender_tokens_each_reach_only_their_own_service(tmp_path):
    config = EmulatorConfig(seed=5, incidents=20, devices=12, defender_port=0)
    with Emulator(config) as emu, open_cache(tmp_path / "c.db") as cache:
        tenant = emu.tenants[0].id
        graph_token, defender_token = emu.issue_token(tenant), emu.issue_token(tenant)
        graph, defender = make_clients(
            tenant,
            emu.graph_url,
            emu.defender_url,
            StaticTokenProvider(graph_token),
            defender_tokens=StaticTokenProvider(defender_token),
        )
        sync_tenant(cache, tenant, graph=graph, defender=defender)
        graph.session.close()
        defender.session.close()

        graph_port = int(emu.graph_url.rsplit(":", 1)[1].split("/")[0])
        defender_port = int(emu.defender_url.rsplit(":", 1)[1])
        assert graph_port != defender_port
        seen = {(port, token) for port, token in emu.tokens_seen}
        assert seen == {(graph_port, graph_token), (defender_port, defender_token)}
        assert counts(cache, tenant)[2] == 12
