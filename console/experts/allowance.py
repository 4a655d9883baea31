"""The question allowance: how many questions a tenant may ask per calendar month or quarter.

The onboarding page says monthly; the current service terms say 10 per calendar
quarter. Both are a per-tenant policy. Periods are calendar periods in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from console.domain.experts import Allowance, AllowancePeriod, AllowancePolicy


class AllowanceExhausted(Exception):
    """No question left in the current period; `allowance.end` is when it renews."""

    def __init__(self, allowance: Allowance) -> None:
        self.allowance = allowance
        super().__init__(
            f"all {allowance.size} Defender Experts questions of this {allowance.period.value} "
            f"are used; the allowance renews on {allowance.end:%Y-%m-%d} (UTC)"
        )


def period_bounds(period: AllowancePeriod, now: datetime) -> tuple[datetime, datetime]:
    """[start, end) of the calendar month or quarter (UTC) that contains `now`."""
    moment = now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)
    first_month = (
        moment.month if period == AllowancePeriod.MONTH else 3 * ((moment.month - 1) // 3) + 1
    )
    length = 1 if period == AllowancePeriod.MONTH else 3
    start = datetime(moment.year, first_month, 1, tzinfo=UTC)
    year, month = divmod(first_month - 1 + length, 12)
    end = datetime(moment.year + year, month + 1, 1, tzinfo=UTC)
    return start, end


def allowance(policy: AllowancePolicy, used: int, start: datetime, end: datetime) -> Allowance:
    return Allowance(used=used, size=policy.size, period=policy.period, start=start, end=end)
