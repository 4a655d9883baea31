"""The Defender Experts for Hunting report page against a tenant whose answers are known.

The tenant is tests/cache/test_report.py's (the emulator's seed 31, synced over 127.0.0.1);
the expected figures come from the emulator's own Graph documents through that test's
own reading of the definitions, not from console.cache.report.
"""

from __future__ import annotations

import csv
import os
import stat
import unicodedata
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from console.cache import report
from console.cache.engine import open_cache
from console.cache.filters import DEN_TAG
from console.settings import Settings
from console.ui.context import AppContext
from console.ui.numbers import number
from console.ui.reader import wait_for_readers
from console.ui.report import texts
from console.ui.report.page import DehReportPage
from tests.cache.test_report import (
    NOW,
    SEVERITY_RANK,
    Known,
    _den_alert,
    _den_incidents,
    _evidence_of,
    _in,
    _view_alerts,
    _when,
    sync_known_tenant,
)
from tests.ui.conftest import RecordingNavigator

WAIT_MS = 20_000


@pytest.fixture(scope="module")
def known_tenant(tmp_path_factory):
    return sync_known_tenant(tmp_path_factory.mktemp("report-ui"))


@pytest.fixture
def known(known_tenant):
    synced = known_tenant
    with open_cache(synced.path) as cache:
        yield Known(cache, synced.tenant_id, synced.incidents, synced.alerts), synced.name
        wait_for_readers()


@pytest.fixture
def page(qtbot, known):
    found, name = known
    context = AppContext(
        cache=found.cache,
        settings=Settings(None),
        tenant_id=found.tenant_id,
        tenant_name=name,
        navigator=RecordingNavigator(),
    )
    shown = DehReportPage(context)
    shown.clock = lambda: NOW.astimezone()
    shown.resize(1280, 800)
    qtbot.addWidget(shown)
    shown.set_period("6m")
    with qtbot.waitSignal(shown.loaded, timeout=WAIT_MS):
        shown.show()
    return shown


def _bounds(page: DehReportPage) -> tuple[datetime, datetime]:
    period = page.data.period
    return period.since.astimezone(UTC), period.until.astimezone(UTC)


def _expected_cells(known: Known, view, since, until) -> dict[tuple[str, str], int]:
    counted = Counter(
        (a.get("category") or "", a["title"]) for a in _view_alerts(known, view, since, until)
    )
    return {(texts.tactic_text(t), a): n for (t, a), n in counted.items()}


def _shown_cells(page: DehReportPage) -> dict[tuple[str, str], int]:
    return {(t, a): int(n.replace(",", "")) for t, a, n, _s in page.categories.rows()}


def _expected_dens(known: Known, since, until) -> int:
    dens = _den_incidents(known)
    return sum(
        1
        for i in known.incidents
        if i["id"] in dens and _in(_when(i["createdDateTime"]), since, until)
    )


def test_the_page_shows_the_known_figures(page, known):
    found, _name = known
    since, until = _bounds(page)
    assert page.objectName() == "dehReportPage"
    assert page.period().since == NOW.astimezone().replace(month=5)  # six months back
    dens = _expected_dens(found, since, until)
    assert dens > 0
    assert page.den_count_label.text() == number(dens)
    assert not page.empty_label.isVisible()
    assert page.charts.isVisible()
    # The default view: suspicious activities.
    assert page.view is report.View.SUSPICIOUS
    assert _shown_cells(page) == _expected_cells(found, report.View.SUSPICIOUS, since, until)
    # Trending: the three months before the period's end, by severity then frequency.
    seen: dict[str, list] = defaultdict(list)
    for alert in _view_alerts(
        found, report.View.SUSPICIOUS, until - report.TRENDING_LOOKBACK, until
    ):
        seen[alert["title"]].append(alert)
    expected = sorted(
        (-max(SEVERITY_RANK.get(a["severity"], 0) for a in alerts), -len(alerts), title)
        for title, alerts in seen.items()
        if len(alerts) >= 3
        and len({_when(a["createdDateTime"]).strftime("%Y-%W") for a in alerts}) >= 2
    )
    assert [row[0] for row in page.trending.rows()] == [t for *_k, t in expected][:20]
    assert page.trending.rows()
    # The charts say their figures (for a screen reader and in their tooltips).
    months = Counter(
        _when(i["createdDateTime"]).strftime("%Y-%m")
        for i in found.incidents
        if i["id"] in _den_incidents(found) and _in(_when(i["createdDateTime"]), since, until)
    )
    over_time = page.charts.charts["over_time"].accessibleDescription()
    for month, count in months.items():
        assert f"{texts.month_text(month)}: {number(count)}" in over_time
    resolved = sum(
        1
        for a in found.alerts
        if _den_alert(a)
        and a.get("resolvedDateTime")
        and _in(_when(a["createdDateTime"]), since, until)
    )
    assert f"the {resolved} resolved alerts" in page.charts.note.text()
    assert "Median" in page.charts.charts["resolution"].accessibleDescription()


def test_each_view_switch_changes_the_table(page, known, qtbot):
    found, _name = known
    since, until = _bounds(page)
    totals = {}
    for view in (report.View.NOTIFIED, report.View.ALL, report.View.SUSPICIOUS):
        with qtbot.waitSignal(page.categories_loaded, timeout=WAIT_MS):
            page.set_view(view)
        assert page.view_hint.text() == texts.view_hint(view)
        shown = _shown_cells(page)
        assert shown == _expected_cells(found, view, since, until), view
        totals[view] = sum(shown.values())
    assert totals[report.View.NOTIFIED] < totals[report.View.ALL]
    assert totals[report.View.SUSPICIOUS] < totals[report.View.ALL]


def test_selecting_a_cell_lists_its_devices_and_users_each_opening_its_page(page, known, qtbot):
    found, _name = known
    since, until = _bounds(page)
    with qtbot.waitSignal(page.categories_loaded, timeout=WAIT_MS):
        page.set_view(report.View.ALL)
    shown = _view_alerts(found, report.View.ALL, since, until)
    cells = page.data.categories
    evidence = [
        _evidence_of([a for a in shown if (a.get("category") or "", a["title"]) == key])
        for key in ((cell.tactic, cell.activity) for cell in cells)
    ]
    # The first cell whose alerts name both a device and a user.
    row = next(r for r, (devices, users) in enumerate(evidence) if devices and users)
    devices, users = evidence[row]
    with qtbot.waitSignal(page.impacted_loaded, timeout=WAIT_MS):
        page.categories.select(row, 2)
    panel = page.category_impacted
    listed = [panel.devices.item(i) for i in range(panel.devices.count())]
    assert {item.data(256)[1] for item in listed} == devices
    listed_users = [panel.users.item(i).text() for i in range(panel.users.count())]
    assert users <= set(listed_users)
    navigator = page.context.navigator
    panel.devices.itemActivated.emit(listed[0])
    assert navigator.calls[-1] == ("open_device", listed[0].data(256))
    user = sorted(users)[0]
    item = next(
        panel.users.item(i)
        for i in range(panel.users.count())
        if panel.users.item(i).text() == user
    )
    panel.users.itemActivated.emit(item)
    kind, filters = navigator.calls[-1]
    assert kind == "show_alerts"
    assert filters.text == user
    assert (filters.time_column, filters.since, filters.until) == (
        "created",
        page.data.period.since,
        page.data.period.until,
    )
    # A trending activity lists its own, already read with the report.
    page.trending.select(0)
    trend = page.data.trending[0]
    assert page.trending_impacted.devices.count() == max(1, len(trend.impacted.devices))
    # Its users open their alerts over the three months trending counted, not the period.
    with_users = next(row for row in page.data.trending if row.impacted.users)
    page.trending.select(page.data.trending.index(with_users))
    page.trending_impacted.users.itemActivated.emit(page.trending_impacted.users.item(0))
    kind, filters = navigator.calls[-1]
    assert kind == "show_alerts"
    assert filters.since == page.data.period.until - report.TRENDING_LOOKBACK
    assert filters.until == page.data.period.until


def test_view_dens_opens_incidents_filtered_to_them_and_to_the_period(qtbot, known):
    from console.ui.main_window import MainWindow
    from console.ui.shell.sync_controller import SyncController

    found, name = known
    context = AppContext(
        cache=found.cache,
        settings=Settings(None),
        tenant_id=found.tenant_id,
        tenant_name=name,
        navigator=RecordingNavigator(),
    )
    window = MainWindow(context, SyncController(context, None))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.page("report")
    assert window.navigation.keys()[-1] == "report"
    page.clock = lambda: NOW.astimezone()
    page.set_period("3m")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        window.show_page("report")
    assert window.current_page() == "report"
    page.view_dens_button.click()
    assert window.current_page() == "incidents"
    queue = window.queues.page("incidents")
    filters = queue.filters()
    assert tuple(filters.tags) == (DEN_TAG,)
    assert (filters.time_column, filters.since, filters.until) == (
        "created",
        page.data.period.since,
        page.data.period.until,
    )
    since, until = _bounds(page)
    qtbot.waitUntil(
        lambda: queue.model.count() == _expected_dens(found, since, until), timeout=WAIT_MS
    )
    assert queue.model.count() == page.data.dens > 0


def test_a_period_without_dens_says_so(page, qtbot, tmp_path):
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.set_custom_period(QDate(2001, 1, 1), QDate(2001, 1, 31))
    assert page.data.dens == 0
    assert page.den_count_label.text() == "0"
    assert page.empty_label.isVisible()
    said = page.empty_label.text()
    assert "No Defender Experts notifications" in said
    assert "1 Jan 2001" in said and "31 Jan 2001" in said and "Custom" in said
    assert not page.charts.isVisible()
    assert not page.view_dens_button.isEnabled()
    assert not page.categories.table.isVisible()
    assert page.categories.empty.isVisible()
    assert page.categories.empty.text() == "No activities in this view for this period."
    # The PDF says so too, in words, with the period named.
    path = page.export_pdf(tmp_path / "empty.pdf")
    text = " ".join(
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
        for p in pypdf.PdfReader(str(path)).pages
    )
    assert said in text


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.reader(source))


def test_each_table_exports_to_csv_readable_by_the_analyst_only(page, known, tmp_path, monkeypatch):
    found, _name = known
    since, until = _bounds(page)
    written = page.export_csv("categories", tmp_path / "categories.csv")
    rows = _csv(written)
    assert rows[0] == ["Tactic", "Activity", "Alerts", "Highest severity"]
    expected = _expected_cells(found, report.View.SUSPICIOUS, since, until)
    assert {(t, a): int(n) for t, a, n, _s in rows[1:]} == expected
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert page.status.text() == f"Exported {len(expected)} rows to categories.csv"
    assert page.open_folder_button.isVisibleTo(page)
    # The menu's action, the save dialog answered.
    target = tmp_path / "trending.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.trending_csv_action.trigger()
    rows = _csv(target)
    assert rows[0] == texts.trending_headers()
    assert [r[0] for r in rows[1:]] == [row.trend.activity for row in page.data.trending]
    first = page.data.trending[0]
    assert rows[1][5] == "; ".join(name for _t, _d, name in first.impacted.devices)


def test_the_pdf_has_a_title_page_the_figures_tables_and_charts(page, known, tmp_path):
    _found, name = known
    path = page.export_pdf(tmp_path / "report.pdf")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = pypdf.PdfReader(str(path))
    # Qt places each word on its own and shapes "fi" as a ligature: read as words.
    pages = [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in document.pages
    ]
    assert len(pages) >= 4  # title, charts, threat categories, trending
    assert page.status.text() == f"Exported {len(pages)} pages to report.pdf"
    title = pages[0]
    assert "Defender Experts for Hunting report" in title
    assert name in title
    assert texts.period_text(page.data.period) in title
    assert number(page.data.dens) in title
    assert "Threats identified" in title
    charts = pages[1]
    for chart in texts.chart_titles().values():
        assert chart in charts
    assert "Incidents carry no resolution time" in charts
    rest = "\n".join(pages[2:])
    assert "Threat categories: Suspicious activities" in rest
    assert "Top trending suspicious activities" in rest
    for row in page.data.trending[:5]:
        assert row.trend.activity in rest
        # Each with its devices and users, named.
        assert texts.impacted_text(row.impacted).split(" · ")[0][:40] in rest
    for number_, text in enumerate(pages, start=1):
        assert f"Page {number_} of {len(pages)}" in text


def test_one_tenant_or_all_on_a_desk(qtbot, desk):
    shown = DehReportPage(desk)
    qtbot.addWidget(shown)
    shown.set_period("6m")
    with qtbot.waitSignal(shown.loaded, timeout=WAIT_MS):
        shown.show()
    combo = shown.tenant_combo
    assert combo is not None and combo.itemText(0) == "All tenants"
    both = shown.data.dens
    counts = {}
    for index in (1, 2):
        with qtbot.waitSignal(shown.loaded, timeout=WAIT_MS):
            combo.setCurrentIndex(index)
        tenant = combo.itemData(index)
        assert shown.data.tenant_ids == (tenant,)
        counts[tenant] = shown.data.dens
        assert report.den_count(desk.cache, shown.data.scope) == shown.data.dens
        shown.view_dens()
        _kind, filters = desk.navigator.calls[-1]
        assert tuple(filters.tenant_ids) == (tenant,)
    assert sum(counts.values()) == both


def test_a_single_tenant_has_no_tenant_choice(page):
    assert page.tenant_combo is None
    assert page.data.tenant_ids == (page.context.tenant_id,)


def test_the_charts_paint_in_light_and_dark_and_the_pdf_is_always_light(page, qapp):
    from console.ui import theme
    from console.ui.report.charts import PDF_COLORS, screen_colors

    light, dark = theme.light_palette(qapp), theme.dark_palette()
    for palette in (light, dark):
        colors = screen_colors(palette)
        window = palette.color(palette.ColorRole.Window)
        # Text and bars stand out from the page in both schemes (bars carry numbers too).
        assert theme.contrast(colors.text, window) >= 4.5
        assert theme.contrast(colors.bar, window) >= 3
        page.setPalette(palette)
        for chart in page.charts.charts.values():
            image = chart.grab().toImage()
            assert not image.isNull()
            # Something was drawn in the chart's text or bar colour, not only the background.
            found = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 3)
                     for y in range(0, image.height(), 3)}  # fmt: skip
            assert len(found) > 2, chart.objectName()
    assert screen_colors(dark).text != screen_colors(light).text
    assert theme.contrast(PDF_COLORS.text, QColor("white")) >= 4.5


def test_an_export_that_cannot_be_written_says_so(page, tmp_path):
    missing = tmp_path / "gone" / "report.pdf"
    assert page.export_pdf(missing) is None
    assert page.status.text().startswith("Export failed: ")
    assert page.export_csv("categories", tmp_path / "gone" / "t.csv") is None
    assert page.status.text().startswith("Export failed: ")
    assert not list(tmp_path.iterdir())  # nothing half-written left behind


def test_figures_arrive_while_a_sync_keeps_writing(qtbot, page):
    """A sync's changes come faster than a read: each queues a read after the one under way,
    none cancels it, so the figures show during the sync, not only after it."""
    from PySide6.QtCore import QTimer

    from console.ui.events import CacheChange

    writes = QTimer(page)
    writes.setInterval(1)
    writes.timeout.connect(lambda: page.cache_changed((CacheChange("alerts"),)))
    page.refresh()
    writes.start()
    try:
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
            pass
    finally:
        writes.stop()
    assert page.data is not None
