"""Caches of the layout before the desk (one file per profile): their outbox, audit log and
settings join the desk's cache once, and the old files are kept, renamed."""

from __future__ import annotations

from pathlib import Path

from console.cache import audit, open_cache, outbox
from console.cache.adopt import adopt_old_caches

WINDOW_LAYOUT = Path("tenants/0123abcd/cache.db")
CLI_LAYOUT = Path("profiles/Contoso-1a2b3c4d.db")


def old_cache(data: Path, where: Path, tenant: str, key: str) -> Path:
    path = data / where
    path.parent.mkdir(parents=True)
    with open_cache(path) as cache:
        outbox.enqueue(cache, tenant, "status", "incident", "7", {"status": "resolved"}, key)
        outbox.enqueue(cache, tenant, "comment", "incident", "7", {"text": "seen"}, f"{key}-2")
        audit.record(cache, tenant, "ana", "set-status", "incident", "7", {"to": "resolved"})
    return path


def test_old_caches_records_join_the_desk_once_and_the_files_are_kept(tmp_path):
    data = tmp_path / "data"
    window_file = old_cache(data, WINDOW_LAYOUT, "tenant-a", "a1")
    cli_file = old_cache(data, CLI_LAYOUT, "tenant-b", "b1")
    desk_path = data / "desk" / "cache.db"
    desk_path.parent.mkdir()
    with open_cache(desk_path) as desk:
        # The desk's own entry has id 1, as each old file's first entry has: all are kept.
        outbox.enqueue(desk, "tenant-a", "status", "incident", "9", {"status": "active"}, "d1")

        adopted = adopt_old_caches(desk, data)

        assert adopted == {window_file: 3, cli_file: 3}
        keys = sorted(entry.idempotency_key for entry in outbox.pending(desk))
        assert keys == ["a1", "a1-2", "b1", "b1-2", "d1"]
        assert len(audit.entries(desk, "tenant-a", 10)) == 1
        assert len(audit.entries(desk, "tenant-b", 10)) == 1
        for old in (window_file, cli_file):
            assert not old.exists()
            assert old.with_name(old.name + ".adopted").exists()  # kept, renamed

        assert adopt_old_caches(desk, data) == {}  # never twice
        assert outbox.pending_count(desk) == 5


def test_an_unreadable_old_cache_never_stops_the_desk(tmp_path):
    data = tmp_path / "data"
    broken = data / CLI_LAYOUT
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"not a database at all" * 100)
    with open_cache(tmp_path / "desk.db") as desk:
        adopt_old_caches(desk, data)
        assert outbox.pending_count(desk) == 0
    # Whatever happened to it, its bytes are still on disk.
    remaining = list(broken.parent.iterdir())
    assert [p.read_bytes() for p in remaining] == [b"not a database at all" * 100]
