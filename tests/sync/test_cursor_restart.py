"""The sync cursor survives a restart as written: a killed sync resumes the run it was in.

Found by `make mutants`: renaming any key of the stored run (`since`, `items`, ...) passed
the suite. A lost `since` turns a resumed incremental run into a whole run at its end,
and a whole run's end hides what it did not list.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from console.cache import open_cache
from console.cache.writer import read_sync_state, write_sync_state
from console.sync.state import Cursor, RunState, link_key, link_keys

TENANT = "00000000-0000-4000-8000-000000000001"
STARTED = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)
FOLLOWED = link_key("https://graph.example/page1") + link_key("https://graph.example/page2")


def _through_a_restart(tmp_path: Path, cursor: Cursor) -> Cursor:
    with open_cache(tmp_path / "cache.db") as cache:
        write_sync_state(cache, TENANT, "incidents", cursor.to_json())
    with open_cache(tmp_path / "cache.db") as cache:
        return Cursor.from_json(read_sync_state(cache, TENANT, "incidents"))


def test_a_killed_incremental_run_comes_back_as_it_was_left(tmp_path: Path) -> None:
    run = RunState(
        started=STARTED,
        since=STARTED - timedelta(hours=6),
        next_link="https://graph.example/security/incidents?$skiptoken=3",
        pages=3,
        items=250,
        followed=FOLLOWED,
    )
    cursor = Cursor(
        watermark=STARTED - timedelta(hours=6),
        run=run,
        last_completed=STARTED - timedelta(hours=6, minutes=-5),
        refresh_pending=True,
    )
    back = _through_a_restart(tmp_path, cursor)
    assert back == cursor
    assert back.run is not None and back.run.since is not None  # still incremental
    assert link_keys(back.run.followed) == {FOLLOWED[:8], FOLLOWED[8:]}


def test_a_killed_whole_run_comes_back_as_a_whole_run(tmp_path: Path) -> None:
    run = RunState(STARTED, None, "https://graph.example/next", pages=1, items=50)
    back = _through_a_restart(tmp_path, Cursor(run=run))
    assert back == Cursor(run=run)
    assert back.run is not None and back.run.since is None


def test_a_damaged_list_of_followed_links_is_dropped_not_trusted() -> None:
    stored = RunState(STARTED, None, "https://graph.example/next", 1, 50, FOLLOWED).to_json()
    # Not a whole number of link keys: a truncated or edited cursor.
    damaged = RunState.from_json({**stored, "followed": FOLLOWED[:-3]})
    assert damaged is not None and damaged.followed == ""
    assert damaged.next_link == stored["next_link"]  # the run itself still resumes


def test_a_run_stored_before_pages_were_counted_resumes_from_zero() -> None:
    # An older console kept only where the run started and where it was: the counts
    # start again at zero (a default of one would shift the page cap and the
    # progress), and with no followed links nothing is taken as a cycle.
    old = {"started": STARTED.isoformat(), "next_link": "https://graph.example/next"}
    run = RunState.from_json(old)
    assert run == RunState(STARTED, None, "https://graph.example/next", pages=0, items=0)
    assert run is not None and run.followed == ""


def test_a_run_without_a_start_is_no_run() -> None:
    # Without `started` there is no "since" for the end of the run to trust: a full sync.
    assert RunState.from_json({"next_link": "https://graph.example/next"}) is None
    assert Cursor.from_json({"run": {"next_link": "x", "started": "yesterday"}}).run is None
