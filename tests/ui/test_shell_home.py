"""Home: the Defender Experts for Hunting card counts, lists and navigates."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from console.cache import incidents, summary, writer
from console.cache.filters import DEN_TAG, Filters, Sort
from console.settings import HOME_PERIOD
from console.ui.shell.home_page import NEWEST_DENS, DenSummaryCard, HomePage
from console.ui.shell.periods import PERIODS, months_back, period_start


def _all_dens(context):
    filters = Filters(tenant_ids=(context.tenant_id,), den_only=True)
    return incidents.page(context.cache, filters, Sort("created", descending=True), 0, 10_000)


@pytest.fixture
def card(qtbot, context):
    widget = DenSummaryCard(context)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("period", PERIODS)
def test_den_count_matches_the_dens_created_in_the_period(card, context, period):
    card.period_combo.setCurrentIndex(card.period_combo.findData(period))
    start = period_start(period, datetime.now().astimezone())
    expected = sum(1 for den in _all_dens(context) if den.created and den.created >= start)
    assert card.count_label.text() == f"{expected:,}"
    assert context.settings.get(HOME_PERIOD) == period  # remembered for next time


def test_the_longest_period_counts_more_than_this_month_and_dens_exist(card, context):
    # The synthetic tenant spreads DENs over months: the selector really changes the figure.
    dens = summary.counts(context.cache, context.tenant_id)[3]
    assert dens > 0
    card.period_combo.setCurrentIndex(card.period_combo.findData("6m"))
    six_months = int(card.count_label.text().replace(",", ""))
    card.period_combo.setCurrentIndex(card.period_combo.findData("month"))
    this_month = int(card.count_label.text().replace(",", ""))
    assert this_month <= six_months <= dens


def test_newest_dens_listed_newest_first_and_a_click_opens_the_incident(card, context, qtbot):
    newest = _all_dens(context)[:NEWEST_DENS]
    listed = card.newest_list
    assert listed.count() == len(newest)
    for index, den in enumerate(newest):
        assert listed.item(index).text().startswith(den.name)
        assert den.id in listed.item(index).text()
    rect = listed.visualItemRect(listed.item(1))
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert context.navigator.calls[-1] == ("open_incident", (newest[1].tenant_id, newest[1].id))


def test_view_button_asks_for_incidents_tagged_defender_experts(card, context):
    card.view_button.click()
    assert context.navigator.calls == [("show_incidents", Filters(tags=(DEN_TAG,)))]


def test_tooltips_of_untrusted_titles_are_escaped(qtbot, context):
    # The synced tenant has no hostile incident name: write one as the newest DEN, so
    # an unescaped tooltip (which Qt would render as rich text) fails here.
    newest = _all_dens(context)[0]
    incident = incidents.get(context.cache, newest.tenant_id, newest.id)
    hostile = dataclasses.replace(incident, display_name="Defender Experts: <img src=x>")
    writer.write_incidents(context.cache, context.tenant_id, [hostile], resource="t", state={})
    card = DenSummaryCard(context)
    qtbot.addWidget(card)
    item = card.newest_list.item(0)
    assert item.text().startswith("Defender Experts: <img src=x>")  # plain text, as written
    assert "<img" not in item.toolTip()
    assert "Defender Experts: &lt;img src=x&gt;" in item.toolTip()


def test_totals_show_the_cache_counts(qtbot, context):
    page = HomePage(context)
    qtbot.addWidget(page)
    total_incidents, total_alerts, total_devices, _ = summary.counts(
        context.cache, context.tenant_id
    )
    assert page.totals_card.incidents_label.text() == f"{total_incidents:,}"
    assert page.totals_card.alerts_label.text() == f"{total_alerts:,}"
    assert page.totals_card.devices_label.text() == f"{total_devices:,}"
    page.totals_card.buttons["alerts"].click()
    assert context.navigator.calls[-1] == ("show_alerts", Filters())


def test_months_back_clamps_to_the_end_of_a_shorter_month():
    end_of_march = datetime(2026, 3, 31, 9, tzinfo=UTC)
    assert months_back(end_of_march, 1) == datetime(2026, 2, 28, 9, tzinfo=UTC)
    assert months_back(datetime(2026, 1, 15, tzinfo=UTC), 6) == datetime(2025, 7, 15, tzinfo=UTC)


def test_this_month_starts_at_local_midnight_on_the_first():
    now = datetime(2026, 11, 17, 15, 4).astimezone()
    assert period_start("month", now) == now.replace(day=1, hour=0, minute=0)
