"""The periods the Home page counts DENs over: this month, and 1, 3 or 6 months back."""

from __future__ import annotations

import calendar
from datetime import datetime

PERIODS = ("month", "1m", "3m", "6m")


def months_back(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (clamped to the month's end)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def period_start(period: str, now: datetime) -> datetime:
    """Where a period starts; `now` is aware, in the analyst's zone ("this month" is local)."""
    if period == "month":
        return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    months = {"1m": 1, "3m": 3, "6m": 6}.get(period, 1)
    return months_back(now, months)
