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
        start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    else:
        start = months_back(now, {"1m": 1, "3m": 3, "6m": 6}.get(period, 1))
    return local_wall_time(start, now)


def local_wall_time(moment: datetime, now: datetime) -> datetime:
    """`moment`'s wall-clock time with the offset the system zone has then, when `now` is in
    the system zone: replace() keeps now's offset, an hour off across a change to or from
    summer time (1 March counted from 1 April, in Paris, began at 23:00 the day before)."""
    if now.utcoffset() != now.replace(tzinfo=None).astimezone().utcoffset():
        return moment  # another zone than the system's: its offset is fixed here
    return moment.replace(tzinfo=None).astimezone()
