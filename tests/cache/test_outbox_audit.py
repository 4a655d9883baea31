"""Analyst actions queue once per idempotency key; the audit log keeps what happened."""

from __future__ import annotations

import pytest

from console.cache import Cache, CacheError, audit, outbox
from tests.cache.factories import TENANT


def test_the_same_idempotency_key_queues_one_action(cache: Cache) -> None:
    first = outbox.enqueue(cache, TENANT, "status", "incident", "5", {"status": "resolved"}, "k1")
    again = outbox.enqueue(cache, TENANT, "status", "incident", "5", {"status": "active"}, "k1")
    assert first == again
    [entry] = outbox.pending(cache, TENANT)
    assert entry.payload == {"status": "resolved"}
    assert outbox.pending_count(cache) == 1


def test_entries_move_through_their_states(cache: Cache) -> None:
    entry_id = outbox.enqueue(cache, TENANT, "comment", "alert", "a1", {"text": "hi"}, "k2", "v7")
    outbox.mark(cache, entry_id, "sending")
    outbox.mark(cache, entry_id, "failed", "HTTP 503")
    [entry] = outbox.pending(cache)
    assert (entry.status, entry.attempts, entry.last_error, entry.base_version) == (
        "failed",
        1,
        "HTTP 503",
        "v7",
    )
    outbox.mark(cache, entry_id, "sent")
    assert outbox.pending_count(cache, TENANT) == 0
    with pytest.raises(ValueError):
        outbox.mark(cache, entry_id, "lost")
    with pytest.raises(CacheError):
        outbox.mark(cache, 999, "sent")


def test_audit_entries_newest_first(cache: Cache) -> None:
    audit.record(cache, TENANT, "ana", "set-status", "incident", "5", {"to": "resolved"})
    audit.record(cache, TENANT, "ana", "comment", "incident", "5", {"length": 12})
    audit.record(cache, "other", "bob", "comment", "incident", "1", {})
    entries = audit.entries(cache, TENANT, 10)
    assert [e.action for e in entries] == ["comment", "set-status"]
    assert entries[1].detail == {"to": "resolved"}
