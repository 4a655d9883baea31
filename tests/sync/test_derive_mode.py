"""When a sync asks the cache to refresh incident aggregates from alert pages."""

from datetime import UTC, datetime

from console.api.paging import Page
from console.sync.engine import _derive_mode
from console.sync.state import Cursor

SINCE = datetime(2026, 11, 1, tzinfo=UTC)


def page(last: bool) -> Page[object]:
    return Page("alerts", 1, "u", [], None if last else "next")


def test_a_whole_run_defers_then_refreshes_everything_at_its_last_page():
    assert _derive_mode(Cursor(), None, page(last=False)) == "defer"
    assert _derive_mode(Cursor(), None, page(last=True)) == "all"


def test_an_incremental_run_refreshes_page_by_page():
    assert _derive_mode(Cursor(watermark=SINCE), SINCE, page(last=False)) == "page"
    assert _derive_mode(Cursor(watermark=SINCE), SINCE, page(last=True)) == "page"


def test_a_run_that_inherits_unrefreshed_pages_refreshes_all_at_its_end():
    # A whole run was abandoned (killed, then its link could not be resumed): the next
    # run, even an incremental one, must not leave those incidents' counts stale.
    left = Cursor(watermark=SINCE, refresh_pending=True)
    assert _derive_mode(left, SINCE, page(last=False)) == "page"
    assert _derive_mode(left, SINCE, page(last=True)) == "all"


def test_the_cursor_remembers_unrefreshed_pages_across_a_restart():
    cursor = Cursor(watermark=SINCE, refresh_pending=True)
    assert Cursor.from_json(cursor.to_json()).refresh_pending is True
    assert Cursor.from_json({}).refresh_pending is False
