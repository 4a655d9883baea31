"""The report's tables as CSV records: the words the page shows, the numbers as numbers."""

from __future__ import annotations

from console.ui.report import texts
from console.ui.report.model import ReportData


def csv_records(data: ReportData, table: str) -> list[dict[str, object]]:
    """The rows of "categories" (the threat categories in the view shown) or "trending"
    (the trending activities with their devices and users named), keyed by the headers."""
    if table == "categories":
        headers = texts.category_headers()
        return [
            dict(zip(headers, [texts.tactic_text(c.tactic), c.activity, c.alerts,
                               texts.severity_text(c.severity_rank)], strict=True))
            for c in data.categories
        ]  # fmt: skip
    headers = texts.trending_headers()
    return [
        dict(zip(headers, [
            row.trend.activity, texts.tactic_text(row.trend.tactic),
            texts.severity_text(row.trend.severity_rank), row.trend.alerts, row.trend.weeks,
            [name for _t, _d, name in row.impacted.devices], list(row.impacted.users),
        ], strict=True))
        for row in data.trending
    ]  # fmt: skip
