"""Salvage of a damaged cache: the analyst's own records outlive the damage, row by row."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from console.cache import open_cache
from console.cache.salvage import recover, recover_file
from tests.damage import integrity_problems, wreck_leaf

AUDIT_ROWS = 600  # a few pages of audit log


def _fill_audit_log(path: Path) -> None:
    now = datetime(2024, 5, 1, tzinfo=UTC).isoformat()
    with open_cache(path) as cache, cache.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_log (tenant_id, at, actor, action, entity_kind, entity_id,"
                " detail) VALUES ('t', :at, 'analyst', 'comment', 'incident', :n, :detail)"
            ),
            [{"at": now, "n": str(n), "detail": "x" * 200} for n in range(AUDIT_ROWS)],
        )


def _audit_ids(path: Path) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT id FROM audit_log ORDER BY id")]
    finally:
        connection.close()


def test_rows_past_a_damaged_page_are_kept_one_by_one(cache_path: Path) -> None:
    _fill_audit_log(cache_path)
    wreck_leaf(cache_path, "audit_log", which=1)
    assert integrity_problems(cache_path)

    salvage = recover_file(cache_path)

    kept = _audit_ids(cache_path)
    assert salvage.damaged == ["audit_log"]
    assert 0 < len(kept) < AUDIT_ROWS
    assert kept[0] == 1 and kept[-1] == AUDIT_ROWS  # before and after the damaged page
    assert salvage.kept["audit_log"] == len(kept)
    assert (salvage.quarantine / cache_path.name).exists()
    assert integrity_problems(cache_path) == []


def test_recover_points_the_open_handle_at_the_fresh_file(cache_path: Path) -> None:
    _fill_audit_log(cache_path)
    cache = open_cache(cache_path)
    try:
        salvage = recover(cache)
        assert salvage.damaged == [] and salvage.kept["audit_log"] == AUDIT_ROWS
        with cache.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar() == (
                AUDIT_ROWS
            )
        assert sorted(p.name for p in salvage.quarantine.iterdir())[0] == "cache.db"
    finally:
        cache.close()
