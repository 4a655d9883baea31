"""A poll against an experts service whose next links never end: it stops, one clear line."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from console.api.auth import StaticTokenProvider
from console.api.errors import PagingError
from console.api.retry import Backoff
from console.api.session import ApiSession
from console.cache import Cache
from console.domain import ExpertsSettings
from console.experts import ExpertsService
from console.experts.wire import ExpertsClient
from tests.api.scripted_server import (
    BASE,
    TOKEN,
    Reply,
    ScriptedServer,
    Seen,
    start_server,
    stop_server,
)
from tests.experts.conftest import fill

TENANT = "contoso"
# How many pages the server serves before it refuses: the old client read a
# p1 -> p2 -> p1 cycle until then (2,420 requests in 5 s in the field).
SERVED = 200


class PagingServer(ScriptedServer):
    """Answers every GET with an empty page whose next link `next_of` chooses, endlessly."""

    def __init__(self) -> None:
        super().__init__()
        self.next_of: Callable[[str], str | None] = lambda path: None

    def next_reply(self, seen: Seen) -> Reply:
        with self.lock:
            self.seen.append(seen)
            if len(self.seen) > SERVED:
                return Reply(418, {"error": {"code": "TooMany", "message": "paged too long"}})
        body: dict[str, object] = {"value": []}
        link = self.next_of(seen.path)
        if link is not None:
            body["@odata.nextLink"] = self.base_url + link
        return Reply(200, body)


@pytest.fixture()
def server() -> Iterator[PagingServer]:
    scripted = PagingServer()
    scripted.thread.start()
    yield scripted
    stop_server(scripted)


@pytest.fixture()
def session() -> Iterator[ApiSession]:
    opened = ApiSession(StaticTokenProvider(TOKEN), timeout=(2, 5), backoff=Backoff(0.01, 0.02))
    yield opened
    opened.close()


REQUESTS = f"/experts/v1/tenants/{TENANT}/requests"


def test_a_next_link_cycle_stops_the_poll_with_a_paging_error(
    cache: Cache, server: PagingServer, session: ApiSession
) -> None:
    # p1 -> p2 -> p1: neither page links to itself.
    server.next_of = lambda path: f"{REQUESTS}?page=2" if path == REQUESTS else REQUESTS
    fill(cache, TENANT)
    service = ExpertsService(cache, TENANT, session)
    service.save_settings(ExpertsSettings(service_url=f"{server.base_url}/experts/v1"))
    with pytest.raises(PagingError) as raised:
        service.poll()
    assert len(server.seen) == 2  # p1 and p2, never p1 again
    line = str(raised.value)
    assert "\n" not in line
    assert line.startswith("experts requests page 2: ") and "paging loop" in line


def test_next_links_that_never_end_stop_at_the_page_cap(
    server: PagingServer, session: ApiSession
) -> None:
    def onwards(path: str) -> str:
        number = int(path.partition("page=")[2] or 1)
        return f"{REQUESTS}?page={number + 1}"

    server.next_of = onwards
    client = ExpertsClient(session, f"{server.base_url}/experts/v1", TENANT, max_pages=5)
    with pytest.raises(PagingError, match="at most 5 pages"):
        client.updated_since(None)
    assert len(server.seen) == 5


def test_pages_that_end_are_all_read(session: ApiSession) -> None:
    scripted = start_server()
    try:
        scripted.script(
            Reply(200, {"value": [], "@odata.nextLink": f"{BASE}{REQUESTS}?page=2"}),
            Reply(200, {"value": []}),
        )
        client = ExpertsClient(session, f"{scripted.base_url}/experts/v1", TENANT)
        assert client.updated_since(None) == []
        assert len(scripted.seen) == 2
    finally:
        stop_server(scripted)
