"""A queue's COUNT and the rows it windows read one snapshot while a sync commits."""

from __future__ import annotations

import threading

from console.cache import incidents, open_cache
from console.cache.filters import Filters, Sort
from console.cache.writer import write_incidents
from tests.cache.factories import TENANT, incident

NEWEST = Sort("last_update", descending=True)


def _write(path, identifiers):
    # Another connection, as the sync process writes: committed when this returns.
    with open_cache(path) as writer:
        write_incidents(writer, TENANT, [incident(i) for i in identifiers], resource="t", state={})


def test_rows_read_with_their_count_agree_with_it_while_a_sync_commits(cache, cache_path):
    _write(cache_path, [str(n) for n in range(1, 31)])
    with cache.read_together():
        counted = incidents.count(cache, Filters())
        _write(cache_path, [str(n) for n in range(31, 61)])  # lands between the two reads
        rows = incidents.page(cache, Filters(), NEWEST, 0, 1_000)
    assert counted == 30
    assert len(rows) == counted
    assert {row.id for row in rows} == {str(n) for n in range(1, 31)}
    # Outside it, each read sees what is committed: the next refresh shows all 60.
    assert incidents.count(cache, Filters()) == 60
    assert len(incidents.page(cache, Filters(), NEWEST, 0, 1_000)) == 60


def test_the_snapshot_is_per_thread_and_ends_with_the_block(cache, cache_path):
    _write(cache_path, ["1", "2"])
    seen: list[int] = []
    with cache.read_together():
        assert incidents.count(cache, Filters()) == 2
        _write(cache_path, ["3"])
        # Another thread (another reader) is not inside this snapshot.
        other = threading.Thread(target=lambda: seen.append(incidents.count(cache, Filters())))
        other.start()
        other.join(10)
        with cache.read_together():  # nested: still the same snapshot
            assert incidents.count(cache, Filters()) == 2
    assert seen == [3]
    assert incidents.count(cache, Filters()) == 3
