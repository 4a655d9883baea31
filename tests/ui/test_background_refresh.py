# ruff: noqa: F811  (pytest fixtures imported from shell_fixtures share their names)
"""A sync's refresh reads on a reader thread: the window never waits on SQL for it,
keeps the analyst's place, and re-renders only the rows that changed."""

from __future__ import annotations

import dataclasses
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate
from sqlalchemy import event

from console.cache import incidents, writer
from console.ui.events import INCIDENTS, OUTBOX, SYNC_STATE, CacheChange
from console.ui.queues import AlertsQueue, DevicesQueue, IncidentsQueue
from console.ui.shell.cache_problem import install_excepthook
from tests.damage import wreck_table
from tests.ui.queues_helpers import READ_TIMEOUT_MS, refresh_and_wait, shown_rows, wait_for_reads
from tests.ui.shell_fixtures import window  # noqa: F401 (fixture)
from tests.ui.test_shell_broken_cache import _launch_on, _window, own_question  # noqa: F401

pytestmark = pytest.mark.timeout(120)


class QueryThreads:
    """The thread of every statement the cache runs, recorded as SQLAlchemy sends it."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.threads: list[int] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, *_args) -> None:
        self.threads.append(threading.get_ident())

    def on_gui_thread(self) -> int:
        return self.threads.count(threading.main_thread().ident)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)


@pytest.fixture
def queries(context):
    recorder = QueryThreads(context.cache.engine)
    yield recorder
    recorder.close()


def _incidents_queue(qtbot, window, height: int = 480):
    window.resize(1280, height)
    window.show_page("incidents")
    queue = window.queues.page("incidents")
    queue.table.selectRow(3)
    queue.table.viewport().repaint()
    wait_for_reads(qtbot)
    return queue


def _newer_incident(context, template_id: str, number: int):
    template = incidents.get(context.cache, context.tenant_id, template_id)
    return dataclasses.replace(
        template,
        id=f"fresh-{number}",
        display_name=f"Fresh incident {number}",
        last_update=datetime.now(UTC) + timedelta(days=365, minutes=number),
    )


@pytest.mark.parametrize("page", ["incidents", "home"])
def test_a_change_driven_refresh_runs_no_query_on_the_gui_thread(
    qtbot, window, context, queries, page
):
    queue = _incidents_queue(qtbot, window)
    fresh = _newer_incident(context, shown_rows(queue)[0].id, 1)
    writer.write_incidents(context.cache, context.tenant_id, [fresh], resource="t", state={})
    window.show_page(page)
    wait_for_reads(qtbot)
    queries.threads.clear()

    context.events.announce(
        CacheChange(INCIDENTS, context.tenant_id, frozenset({fresh.id})),
        CacheChange(SYNC_STATE, context.tenant_id),
        CacheChange(OUTBOX, context.tenant_id),
    )
    wait_for_reads(qtbot)
    window.pages.currentWidget().repaint()  # the swapped-in rows are painted from memory
    queue.table.viewport().repaint()

    assert queries.threads, "the refresh should have read the cache"
    assert queries.on_gui_thread() == 0
    if page == "incidents":
        assert shown_rows(queue)[0].id == fresh.id


def test_rows_inserted_above_keep_the_selection_current_row_and_scroll(qtbot, window, context):
    queue = _incidents_queue(qtbot, window)
    table = queue.table
    table.scrollTo(queue.model.index(20, 0), table.ScrollHint.PositionAtTop)
    top = table.rowAt(0)
    table.selectRow(top + 3)  # on screen: selecting it does not scroll
    wanted = queue.current_row()
    scroll = table.verticalScrollBar().value()
    assert scroll > 0 and top > 0
    news = [_newer_incident(context, wanted.id, n) for n in (1, 2)]
    writer.write_incidents(context.cache, context.tenant_id, news, resource="t", state={})

    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        context.events.announce(CacheChange(INCIDENTS, context.tenant_id))

    assert queue.current_row().id == wanted.id
    assert table.currentIndex().row() == top + 5  # two rows came in above it
    assert [index.row() for index in table.selectionModel().selectedRows()] == [top + 5]
    assert table.verticalScrollBar().value() == scroll
    assert [row.id for row in shown_rows(queue)[:2]] == ["fresh-2", "fresh-1"]


def test_a_selection_pushed_far_down_by_a_sync_stays_on_the_same_incident(qtbot, window, context):
    queue = _incidents_queue(qtbot, window)
    wanted = queue.current_row()
    pane = queue.details.widget()
    scroll = queue.table.verticalScrollBar().value()
    news = [_newer_incident(context, wanted.id, n) for n in range(80)]  # more than a screen
    writer.write_incidents(context.cache, context.tenant_id, news, resource="t", state={})

    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        context.events.announce(CacheChange(INCIDENTS, context.tenant_id))

    assert queue.table.currentIndex().row() == 3 + 80
    assert queue.current_row().id == wanted.id
    assert queue.details.widget() is pane  # the same incident: its pane stays
    assert queue.table.verticalScrollBar().value() == scroll  # the view did not jump


def test_only_the_rows_that_changed_get_data_changed_and_the_count_grows_at_the_end(
    qtbot, window, context
):
    queue = _incidents_queue(qtbot, window)
    model = queue.model
    before = model.count()
    fourth = incidents.get(context.cache, context.tenant_id, shown_rows(queue)[4].id)
    texts_of_row_0 = model.index(0, 1).data()
    # A rename keeps its place in the order (last update unchanged); a new incident at
    # the bottom of the order (oldest) adds a row at the end.
    renamed = dataclasses.replace(fourth, display_name="Renamed while the analyst looked")
    oldest = dataclasses.replace(
        fourth, id="oldest-1", last_update=datetime(2001, 1, 1, tzinfo=UTC)
    )
    writer.write_incidents(
        context.cache, context.tenant_id, [renamed, oldest], resource="t", state={}
    )
    changed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    resets: list[int] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(1))

    with qtbot.waitSignal(queue.refreshed, timeout=READ_TIMEOUT_MS):
        context.events.announce(CacheChange(INCIDENTS, context.tenant_id))

    assert resets == []
    assert changed == [(4, 4)]
    assert inserted == [(before, before)]
    assert model.index(4, model.column_index("name")).data() == renamed.display_name
    assert model.index(0, 1).data() == texts_of_row_0


def test_refreshes_during_a_sync_do_not_pile_up(qtbot, window, context, queries):
    queue = _incidents_queue(qtbot, window)
    queries.threads.clear()
    refresh_and_wait(qtbot, queue)
    one_refresh = len(queries.threads)  # the statements of one refresh
    assert one_refresh > 0
    landed: list[int] = []
    queue.refreshed.connect(lambda: landed.append(1))
    queries.threads.clear()
    for _ in range(6):  # six change events while the first read is still running
        context.events.announce(CacheChange(INCIDENTS, context.tenant_id))
    wait_for_reads(qtbot)
    assert 1 <= len(landed) <= 2  # one running plus one pending, the others merged
    # Merged before they run, not only dropped when they land: at most two reads ran.
    assert len(queries.threads) <= 2 * one_refresh


def test_a_stale_refresh_never_lands_over_the_analysts_newer_sort(qtbot, window, context):
    queue = _incidents_queue(qtbot, window)
    model = queue.model
    column = model.column_index("severity")
    queue.refresh()  # in flight: read under the old order
    queue.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)  # the analyst's click
    wait_for_reads(qtbot)
    first = incidents.page(context.cache, model.filters, model.current_sort, 0, 1)[0]
    assert model.current_sort.column == "severity"
    assert shown_rows(queue)[0] == first


def test_a_stale_refresh_never_lands_over_the_analysts_newer_filter(qtbot, window, context):
    queue = _incidents_queue(qtbot, window)
    everything = queue.model.count()
    queue.refresh()  # in flight on a reader thread: its answer arrives by the event loop
    queue.set_filters(dataclasses.replace(queue.filters(), text="zzz-no-such-incident"))
    assert queue.model.count() == 0
    wait_for_reads(qtbot)
    assert queue.model.count() == 0
    assert everything > 0
    assert queue.showing_text().startswith("Showing 0 of")


def test_damage_met_by_a_background_refresh_shows_the_banner(
    qtbot, synced_tenant, own_question, monkeypatch
):
    cache_path = own_question
    launch, context = _launch_on(cache_path, synced_tenant)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # undone after the test
    try:
        window = _window(qtbot, launch, context)
        install_excepthook(window.on_cache_error)  # as console.app does
        qtbot.waitExposed(window, timeout=5000)
        window.show_page("incidents")
        queue = window.queues.page("incidents")
        # Painted before the damage: the rows on screen are in memory.
        qtbot.waitUntil(lambda: queue.model.loaded_row(0) is not None, timeout=5000)
        wait_for_reads(qtbot)
        assert not window.cache_banner.isVisible()
        context.cache.close()  # the next read opens the file afresh...
        wreck_table(cache_path, "incidents")  # ...and meets the damage, on a reader thread
        context.events.announce(CacheChange(INCIDENTS, context.tenant_id))
        qtbot.waitUntil(window.cache_banner.isVisible, timeout=READ_TIMEOUT_MS)
        assert "malformed" in window.cache_banner.text
        assert (cache_path.parent / "quarantine").is_dir()
        wait_for_reads(qtbot)
        window.close()
    finally:
        launch.close()


@pytest.mark.parametrize("queue_type", [IncidentsQueue, AlertsQueue, DevicesQueue])
def test_the_queue_delegate_paints_what_qts_own_delegate_paints(qtbot, context, queue_type):
    queue = queue_type(context)
    qtbot.addWidget(queue)
    queue.resize(1400, 700)
    queue.show()
    qtbot.waitExposed(queue, timeout=5000)
    queue.table.selectRow(2)  # selected colours and icons too
    assert any(getattr(row, "is_den", False) for row in shown_rows(queue)[:20]) or (
        queue_type is not IncidentsQueue
    )
    ours = queue.table.viewport().grab().toImage()
    queue.table.setItemDelegate(QStyledItemDelegate(queue.table))
    qts = queue.table.viewport().grab().toImage()
    assert ours == qts


def test_a_filter_applied_while_a_refresh_reads_still_counts_the_new_total(qtbot, window, context):
    queue = _incidents_queue(qtbot, window)
    before = queue.showing_text()
    fresh = _newer_incident(context, shown_rows(queue)[0].id, 1)
    writer.write_incidents(context.cache, context.tenant_id, [fresh], resource="t", state={})
    queue.cache_changed((CacheChange(INCIDENTS, context.tenant_id),))  # a sync's page
    assert queue._reads.busy  # the refresh that recounts is reading
    # The analyst searches at once: that refresh is dropped, its count is not.
    queue.set_filters(dataclasses.replace(queue.filters(), text="Fresh incident"))
    wait_for_reads(qtbot)
    total = int(before.rsplit(" ", 1)[1].replace(",", "")) + 1
    assert queue.showing_text() == f"Showing 1 of {total:,}"
