"""The queue tables: sorting in SQL, model checks, keyboard, plain text, side pane."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from console.cache import alerts, devices, incidents
from console.cache.filters import DeviceFilters, Filters, Sort
from console.ui.queues import AlertsQueue, DevicesQueue, IncidentsQueue
from console.ui.queues.model import ROW_ROLE, LazyQueueModel
from console.ui.queues.specs import INCIDENTS
from tests.ui.queues_helpers import refresh_and_wait, showing_counts, shown_rows

pytestmark = pytest.mark.timeout(120)

QUEUES = [
    (IncidentsQueue, incidents, Filters),
    (AlertsQueue, alerts, Filters),
    (DevicesQueue, devices, DeviceFilters),
]


@pytest.mark.parametrize("queue_type,module,filters_type", QUEUES)
def test_sort_by_every_column_both_ways_matches_the_cache(
    qtbot, context, queue_type, module, filters_type
):
    queue = queue_type(context)
    qtbot.addWidget(queue)
    queue.show()
    header = queue.table.horizontalHeader()
    scoped = filters_type(tenant_ids=(context.tenant_id,))
    for position, column in enumerate(queue.model.columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(position, order)
            descending = order == Qt.SortOrder.DescendingOrder
            expected = module.page(context.cache, scoped, Sort(column.key, descending), 0, 3)
            got = [queue.model.index(r, 0).data(ROW_ROLE) for r in range(3)]
            assert [r.id for r in got] == [r.id for r in expected], (column.key, descending)
    # The last sort is remembered for the next time the queue opens.
    again = queue_type(context)
    qtbot.addWidget(again)
    last = queue.model.columns[-1].key
    assert again.model.current_sort == Sort(last, True)


@pytest.mark.parametrize("queue_type,module,filters_type", QUEUES)
def test_models_pass_the_model_tester(
    qtbot, qtmodeltester, context, queue_type, module, filters_type
):
    queue = queue_type(context)
    qtbot.addWidget(queue)
    qtmodeltester.check(queue.model)
    queue.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(queue.model)
    text = {IncidentsQueue: "Defender", AlertsQueue: "Suspicious"}.get(queue_type, "desktop")
    queue.set_filters(filters_type(text=text))
    shown, total = showing_counts(queue)
    assert 0 < queue.model.rowCount() == shown < total
    qtmodeltester.check(queue.model)
    queue.set_filters(filters_type(text="no-such-thing-anywhere"))
    assert queue.model.rowCount() == 0
    qtmodeltester.check(queue.model)


def test_model_fetches_only_windows(context):
    calls = []

    def page(filters, sort, offset, limit, total):
        calls.append((offset, limit))
        return INCIDENTS.page(context.cache, filters, sort, offset, limit, total)

    model = LazyQueueModel(
        INCIDENTS.columns,
        lambda f: INCIDENTS.count(context.cache, f),
        page,
        Filters(tenant_ids=(context.tenant_id,)),
        INCIDENTS.default_sort,
        block_size=50,
    )
    assert model.rowCount() > 51, "the tenant needs more than one window of incidents"
    model.index(40, 0).data()
    model.index(41, 0).data()
    assert calls == [(0, 50)]  # two rows of the first window: one query
    model.index(51, 0).data()
    assert calls == [(0, 50), (50, 50)]  # the next window only when it is reached
    model.index(3, 0).data()
    assert len(calls) == 2  # the first window is still held


def test_untrusted_title_shows_literally(qtbot, context):
    queue = AlertsQueue(context)
    qtbot.addWidget(queue)
    queue.show()
    queue.set_filters(Filters(text="img"))
    row = next(
        r for r in range(queue.model.rowCount()) if "<img src=x" in queue.model.index(r, 0).data()
    )
    index = queue.model.index(row, 0)
    title = index.data(ROW_ROLE).title
    assert index.data() == title
    assert "<img" not in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x" in index.data(Qt.ItemDataRole.ToolTipRole)
    queue.table.setCurrentIndex(index)
    label = queue.details.widget().findChild(QLabel, "rowSummaryTitle")
    assert label.text() == title
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_j_k_move_and_enter_opens(qtbot, context):
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    queue.show()
    queue.table.setFocus()
    qtbot.waitUntil(queue.table.hasFocus, timeout=2000)
    queue.table.setCurrentIndex(queue.model.index(0, 0))
    changed = []
    queue.current_row_changed.connect(changed.append)
    qtbot.keyClick(queue.table, Qt.Key.Key_J)
    qtbot.keyClick(queue.table, Qt.Key.Key_J)
    qtbot.keyClick(queue.table, Qt.Key.Key_J)
    qtbot.keyClick(queue.table, Qt.Key.Key_K)
    assert queue.table.currentIndex().row() == 2
    assert changed[-1].id == shown_rows(queue)[2].id
    with qtbot.waitSignal(queue.open_requested, timeout=2000) as opened:
        qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    assert opened.args[0].id == shown_rows(queue)[2].id
    with qtbot.waitSignal(queue.open_requested, timeout=2000) as opened:
        queue.table.doubleClicked.emit(queue.model.index(4, 2))
    assert opened.args[0].id == shown_rows(queue)[4].id


def test_details_factory_and_refresh_keeps_selection(qtbot, context):
    built = []

    def factory(row):
        built.append(row)
        label = QLabel(f"pane for {row.id}")
        label.setObjectName("customPane")
        return label

    queue = IncidentsQueue(context, details_factory=factory)
    qtbot.addWidget(queue)
    queue.show()
    queue.table.setCurrentIndex(queue.model.index(7, 0))
    wanted = shown_rows(queue)[7]
    assert built[-1].id == wanted.id
    assert queue.details.widget().objectName() == "customPane"
    refresh_and_wait(qtbot, queue)
    assert queue.current_row().id == wanted.id


def test_severity_and_status_read_as_text_with_colour(qtbot, context):
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    index = queue.model.index(0, queue.model.column_index("severity"))
    assert index.data() in {"High", "Medium", "Low", "Informational"}
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    dates = queue.model.index(0, queue.model.column_index("last_update"))
    assert "UTC" in dates.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("queue_type", "module", "filters_type", "column", "what"),
    [
        (IncidentsQueue, incidents, Filters, "last_update", "newest update first"),
        (AlertsQueue, alerts, Filters, "last_activity", "newest activity first"),
        (DevicesQueue, devices, DeviceFilters, "risk", "highest risk first"),
    ],
    ids=["incidents", "alerts", "devices"],
)
def test_a_queue_opens_on_what_matters_now(
    qtbot, context, queue_type, module, filters_type, column, what
):
    # The portal's order (and the analyst's habit): an alerts queue opening oldest-first
    # would hide tonight's alerts behind last year's.
    queue = queue_type(context)
    qtbot.addWidget(queue)
    queue.show()
    header = queue.table.horizontalHeader()
    keys = [c.key for c in queue.model.columns]
    assert header.sortIndicatorSection() == keys.index(column), what
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder, what
    scoped = filters_type(tenant_ids=(context.tenant_id,))
    expected = module.page(context.cache, scoped, Sort(column, True), 0, 5)
    got = [queue.model.index(r, 0).data(ROW_ROLE) for r in range(5)]
    assert [r.id for r in got] == [r.id for r in expected], what


def test_a_refresh_reads_its_count_and_rows_in_one_snapshot(context):
    # The queue hands the model `Cache.read_together`; the reader's COUNT and windows
    # run inside it (tests/cache/test_read_together.py shows why that matters).
    inside: list[bool] = []
    depth = [0]

    class Together:
        def __enter__(self):
            depth[0] += 1

        def __exit__(self, *_):
            depth[0] -= 1

    def count(filters):
        inside.append(depth[0] == 1)
        return INCIDENTS.count(context.cache, filters)

    def page(filters, sort, offset, limit, total):
        inside.append(depth[0] == 1)
        return INCIDENTS.page(context.cache, filters, sort, offset, limit, total)

    model = LazyQueueModel(
        INCIDENTS.columns,
        count,
        page,
        Filters(tenant_ids=(context.tenant_id,)),
        INCIDENTS.default_sort,
        block_size=50,
        together=Together,
    )
    inside.clear()
    snapshot = model.snapshot_reader(range(0, 120))()
    assert len(snapshot.blocks) == 3
    assert inside and all(inside)
    assert depth[0] == 0


def test_a_queue_refreshes_inside_its_caches_one_snapshot(qtbot, context, monkeypatch):
    # The model reads inside what the queue hands it: the cache's own read_together.
    entered: list[int] = []
    real = context.cache.read_together

    @contextlib.contextmanager
    def recording():
        entered.append(1)
        with real():
            yield

    monkeypatch.setattr(context.cache, "read_together", recording)
    queue = IncidentsQueue(context)
    qtbot.addWidget(queue)
    entered.clear()
    refresh_and_wait(qtbot, queue)
    assert entered, "the refresh read outside Cache.read_together"


def test_a_tooltip_shows_ampersands_and_tags_exactly(qtbot, context):
    from PySide6 import QtGui
    from PySide6.QtGui import QTextDocument

    from console.ui.details.widgets import escaped_tooltip

    for text in ("R&D don't", "<b>pwned</b> & co"):
        tip = escaped_tooltip(text)
        assert QtGui.Qt.mightBeRichText(tip)  # shown as rich text: its entities are read back
        document = QTextDocument()
        document.setHtml(tip)
        assert document.toPlainText() == text
