"""Periods across a change to or from summer time start at local midnight, with the offset
the analyst's zone has on that day, not today's."""

from __future__ import annotations

import os
import time as system_time
from datetime import datetime, timedelta

import pytest

from console.ui.report.model import custom_period
from console.ui.shell.periods import period_start


@pytest.fixture
def paris(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Paris")
    system_time.tzset()
    yield
    monkeypatch.undo()
    system_time.tzset()
    assert os.environ.get("TZ") != "Europe/Paris"


def test_a_winter_period_chosen_in_summer_starts_at_winter_midnight(paris):
    period = custom_period(datetime(2026, 1, 1), datetime(2026, 1, 31))
    assert period.since.replace(tzinfo=None) == datetime(2026, 1, 1)
    assert period.since.utcoffset() == timedelta(hours=1)
    assert period.until.replace(tzinfo=None) == datetime(2026, 2, 1)
    summer = custom_period(datetime(2026, 7, 1), datetime(2026, 7, 1))
    assert summer.since.utcoffset() == timedelta(hours=2)
    assert summer.until - summer.since == timedelta(days=1)


def test_this_month_and_months_back_start_at_their_own_local_offset(paris):
    now = datetime(2026, 4, 15, 10, 0).astimezone()  # summer time, +02:00
    month = period_start("month", now)
    assert month.replace(tzinfo=None) == datetime(2026, 4, 1)
    assert month.utcoffset() == timedelta(hours=2)  # 1 April is summer time already
    three = period_start("3m", now)
    assert three.replace(tzinfo=None) == datetime(2026, 1, 15, 10, 0)
    assert three.utcoffset() == timedelta(hours=1)  # 15 January was winter time


def test_a_fixed_zone_keeps_its_offset():
    from datetime import UTC

    now = datetime(2026, 4, 15, 10, 0, tzinfo=UTC)
    assert period_start("3m", now) == datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
