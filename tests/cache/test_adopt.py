"""Caches of the layout before the desk (one file per profile): their outbox, audit log and
settings join the desk's cache once, and the old files are kept, renamed."""

from __future__ import annotations

from pathlib import Path

from console.cache import audit, open_cache, outbox
from console.cache.adopt import adopt_old_caches
from console.cache.files import free_name, move_with_side_files
from console.domain.experts import ExpertCategory, ExpertContext, RequestDraft
from console.experts import ExpertsService

WINDOW_LAYOUT = Path("tenants/0123abcd/cache.db")
CLI_LAYOUT = Path("profiles/Contoso-1a2b3c4d.db")


def old_cache(data: Path, where: Path, tenant: str, key: str) -> Path:
    path = data / where
    path.parent.mkdir(parents=True)
    with open_cache(path) as cache:
        outbox.enqueue(cache, tenant, "status", "incident", "7", {"status": "resolved"}, key)
        outbox.enqueue(cache, tenant, "comment", "incident", "7", {"text": "seen"}, f"{key}-2")
        audit.record(cache, tenant, "ana", "set-status", "incident", "7", {"to": "resolved"})
        experts = ExpertsService(cache, tenant, None)
        context = ExpertContext("incident", "7", "An incident", tenant, None)
        asked = experts.ask(RequestDraft(ExpertCategory.ALERT_INFORMATION, "Why?", context))
        experts.reply(asked.id, "And?")  # a reply refers to its question: copied after it
    return path


def audit_of(where, tenant: str) -> list[tuple]:
    """The tenant's audit entries as (at, actor, action, entity, detail), from a cache or
    the file of one."""
    if isinstance(where, Path):
        with open_cache(where) as cache:
            return audit_of(cache, tenant)
    entries = audit.entries(where, tenant, 100)
    return sorted((e.at, e.actor, e.action, e.entity_id, str(e.detail)) for e in entries)


def test_old_caches_records_join_the_desk_once_and_the_files_are_kept(tmp_path):
    data = tmp_path / "data"
    window_file = old_cache(data, WINDOW_LAYOUT, "tenant-a", "a1")
    cli_file = old_cache(data, CLI_LAYOUT, "tenant-b", "b1")
    expected = {
        "tenant-a": audit_of(window_file, "tenant-a"),
        "tenant-b": audit_of(cli_file, "tenant-b"),
    }
    desk_path = data / "desk" / "cache.db"
    desk_path.parent.mkdir()
    with open_cache(desk_path) as desk:
        # The desk's own entry has id 1, as each old file's first entry has: all are kept.
        outbox.enqueue(desk, "tenant-a", "status", "incident", "9", {"status": "active"}, "d1")

        adopted = adopt_old_caches(desk, data)

        assert set(adopted) == {window_file, cli_file}
        keys = {entry.idempotency_key for entry in outbox.pending(desk)}
        assert {"a1", "a1-2", "b1", "b1-2", "d1"} <= keys  # the questions' entries too
        for tenant in ("tenant-a", "tenant-b"):
            [question] = ExpertsService(desk, tenant, None).requests()
            assert question.question == "Why?"
            assert [reply.text for reply in question.replies] == ["And?"]
        for tenant, entries in expected.items():
            assert audit_of(desk, tenant) == entries
        for old in (window_file, cli_file):
            assert not old.exists()
            assert old.with_name(old.name + ".adopted").exists()  # kept, renamed

        pending = outbox.pending_count(desk)
        assert adopt_old_caches(desk, data) == {}  # never twice
        assert outbox.pending_count(desk) == pending


def test_a_copy_tried_again_after_a_failed_rename_copies_nothing_twice(tmp_path, monkeypatch):
    data = tmp_path / "data"
    old = old_cache(data, CLI_LAYOUT, "tenant-b", "b1")
    with open_cache(tmp_path / "desk.db") as desk:

        def refuse(self, target):
            raise PermissionError("the file is in use")

        monkeypatch.setattr(Path, "rename", refuse)  # Windows: another process holds it
        assert list(adopt_old_caches(desk, data)) == [old]  # copied, not renamed
        assert old.exists()
        monkeypatch.undo()
        first = (outbox.pending_count(desk), len(audit.entries(desk, "tenant-b", 10)))
        assert list(adopt_old_caches(desk, data)) == [old]  # tried again: now renamed
        assert (outbox.pending_count(desk), len(audit.entries(desk, "tenant-b", 10))) == first
        assert first[1] == len(audit_of(old.with_name(old.name + ".adopted"), "tenant-b"))
        [kept] = old.parent.glob("*.adopted")
        assert kept.name == old.name + ".adopted"


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


def test_a_renamed_cache_takes_its_wal_and_shm_and_never_replaces_a_kept_one(tmp_path):
    old = tmp_path / "cache.db"
    for name, content in (("cache.db", b"db"), ("cache.db-wal", b"wal"), ("cache.db-shm", b"shm")):
        (tmp_path / name).write_bytes(content)
    (tmp_path / "cache.db.adopted").write_bytes(b"kept earlier")
    target = free_name(tmp_path / "cache.db.adopted")
    move_with_side_files(old, target)
    assert target.name == "cache.db.adopted-2"
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {
        "cache.db.adopted": b"kept earlier",
        "cache.db.adopted-2": b"db",
        "cache.db.adopted-2-wal": b"wal",  # SQLite finds it by the database's new name
        "cache.db.adopted-2-shm": b"shm",
    }
