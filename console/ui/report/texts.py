"""The report's words, shared by the page, the PDF and the CSV files (one translation each).

The period names are the Home card's (context "DenSummaryCard"): the same words, already
translated. The rest is in context "DehReport".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from console.cache import report
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui.labels import category_label, label
from console.ui.numbers import number
from console.ui.report.charts import Bar, hours_text
from console.ui.report.model import Period, ReportData

CONTEXT = "DehReport"

_PERIOD_NAMES = {
    "month": ("DenSummaryCard", QT_TRANSLATE_NOOP("DenSummaryCard", "This month")),
    "1m": ("DenSummaryCard", QT_TRANSLATE_NOOP("DenSummaryCard", "Last month")),
    "3m": ("DenSummaryCard", QT_TRANSLATE_NOOP("DenSummaryCard", "Last 3 months")),
    "6m": ("DenSummaryCard", QT_TRANSLATE_NOOP("DenSummaryCard", "Last 6 months")),
    "custom": (CONTEXT, QT_TRANSLATE_NOOP("DehReport", "Custom")),
}
_VIEW_NAMES = {
    report.View.SUSPICIOUS: QT_TRANSLATE_NOOP("DehReport", "Suspicious activities"),
    report.View.NOTIFIED: QT_TRANSLATE_NOOP("DehReport", "Notified activities"),
    report.View.ALL: QT_TRANSLATE_NOOP("DehReport", "All activities"),
}
_VIEW_HINTS = {
    report.View.SUSPICIOUS: QT_TRANSLATE_NOOP(
        "DehReport", "Alerts classified true positive or informational, expected activity."
    ),
    report.View.NOTIFIED: QT_TRANSLATE_NOOP(
        "DehReport", "Alerts that are part of a Defender Experts notification."
    ),
    report.View.ALL: QT_TRANSLATE_NOOP(
        "DehReport", "Every alert of the period, false positives and unclassified ones included."
    ),
}


class DehReport(QObject):
    """The report's wording context. Its plurals are `DehReport.tr(text, "", n)`, the one
    form with a count that pyside6-lupdate 6.11 reads as a plural (it reads none in
    QCoreApplication.translate)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("DehReport", text)


def period_name(key: str) -> str:
    context, text = _PERIOD_NAMES[key]
    return QCoreApplication.translate(context, text)


def view_name(view: report.View) -> str:
    return tr(_VIEW_NAMES[view])


def view_hint(view: report.View) -> str:
    return tr(_VIEW_HINTS[view])


def _date(moment: object) -> str:
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")  # type: ignore[attr-defined]


def period_dates(period: Period) -> str:
    """ "1 Sep 2026 – 4 Dec 2026": the first and last days of the period (its end excluded)."""
    last = period.until - timedelta(microseconds=1) if period.key == "custom" else period.until
    return (
        QCoreApplication.translate("DehReport", "%1 – %2")
        .replace("%1", _date(period.since))
        .replace("%2", _date(last))
    )


def period_text(period: Period) -> str:
    """ "Last 3 months (4 Sep 2026 – 4 Dec 2026)" """
    return (
        QCoreApplication.translate("DehReport", "%1 (%2)")
        .replace("%1", period_name(period.key))
        .replace("%2", period_dates(period))
    )


def empty_text(period: Period) -> str:
    return QCoreApplication.translate(
        "DehReport", "No Defender Experts notifications in this period: %1."
    ).replace("%1", period_text(period))


def tenants_text(names: Sequence[str]) -> str:
    return ", ".join(names)


def tactic_text(tactic: str) -> str:
    return (
        category_label(tactic) if tactic else QCoreApplication.translate("DehReport", "No category")
    )


def severity_text(rank: int) -> str:
    return label(
        {1: "informational", 2: "low", 3: "medium", 4: "high"}.get(rank, "")
    ) or QCoreApplication.translate("DehReport", "Unknown")


def made_text(data: ReportData) -> str:
    return QCoreApplication.translate("DehReport", "Made %1").replace(
        "%1", data.made.strftime("%Y-%m-%d %H:%M %Z").strip()
    )


def dens_caption() -> str:
    # One caption for every count, as the home page's card has: the count stands above it.
    return QCoreApplication.translate("DehReport", "Defender Experts notifications in the period")


def category_headers() -> list[str]:
    return [
        QCoreApplication.translate("DehReport", "Tactic"),
        QCoreApplication.translate("DehReport", "Activity"),
        QCoreApplication.translate("DehReport", "Alerts"),
        QCoreApplication.translate("DehReport", "Highest severity"),
    ]


def trending_headers() -> list[str]:
    return [
        QCoreApplication.translate("DehReport", "Activity"),
        QCoreApplication.translate("DehReport", "Tactic"),
        QCoreApplication.translate("DehReport", "Severity"),
        QCoreApplication.translate("DehReport", "Alerts"),
        QCoreApplication.translate("DehReport", "Weeks"),
        QCoreApplication.translate("DehReport", "Devices"),
        QCoreApplication.translate("DehReport", "Users"),
    ]


def names_text(names: Sequence[str], most: int = 3) -> str:
    """ "pc-1, pc-2, pc-3 and 4 more" """
    if len(names) <= most:
        return ", ".join(names)
    rest = len(names) - most
    return DehReport.tr("%1 and %Ln more", "", rest).replace("%1", ", ".join(names[:most]))  # type: ignore[arg-type]


def category_row(cell: report.CategoryCell) -> list[str]:
    return [
        tactic_text(cell.tactic),
        cell.activity,
        number(cell.alerts),
        severity_text(cell.severity_rank),
    ]


def trending_row(row: object, names: bool = True) -> list[str]:
    """A trending activity's cells; its devices and users named (the PDF), or counted (the
    page, whose panel below the table names them)."""
    trend, impacted = row.trend, row.impacted  # type: ignore[attr-defined]
    if not names:
        return [
            trend.activity,
            tactic_text(trend.tactic),
            severity_text(trend.severity_rank),
            number(trend.alerts),
            number(trend.weeks),
            number(len(impacted.devices)),
            number(len(impacted.users)),
        ]
    return [
        trend.activity,
        tactic_text(trend.tactic),
        severity_text(trend.severity_rank),
        number(trend.alerts),
        number(trend.weeks),
        names_text([name for _tenant, _id, name in impacted.devices]),
        names_text(list(impacted.users)),
    ]


def impacted_text(impacted: report.Impacted) -> str:
    """ "Devices: pc-1, pc-2, pc-3 and 4 more · Users: ana@contoso.com" (the PDF's line)."""
    devices = names_text([name for _tenant, _id, name in impacted.devices]) or (
        QCoreApplication.translate("DehReport", "No device")
    )
    users = names_text(list(impacted.users)) or QCoreApplication.translate("DehReport", "No user")
    return (
        QCoreApplication.translate("DehReport", "Devices: %1 · Users: %2")
        .replace("%1", devices)
        .replace("%2", users)
    )


def month_text(key: str) -> str:
    """ "2026-09" as "Sep 2026" (a week "2026-36" stays as it is)."""
    year, _, month = key.partition("-")
    if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return QLocale().toString(QDate(int(year), int(month), 1), "MMM yyyy")
    return key


def over_time_bars(data: ReportData) -> list[Bar]:
    return [(month_text(key), count, None) for key, count in data.over_time]


def severity_bars(data: ReportData) -> list[Bar]:
    return [
        (label(severity) or QCoreApplication.translate("DehReport", "Unknown"), count, None)
        for severity, count in data.by_severity
    ]


def category_bars(data: ReportData) -> list[Bar]:
    return [(tactic_text(tactic), count, None) for tactic, count in data.by_category]


def chart_titles() -> dict[str, str]:
    return {
        "over_time": QCoreApplication.translate(
            "DehReport", "Defender Experts notifications over time"
        ),
        "by_severity": QCoreApplication.translate(
            "DehReport", "Defender Experts notifications by severity"
        ),
        "by_category": QCoreApplication.translate(
            "DehReport", "Defender Experts alerts by category"
        ),
        "resolution": QCoreApplication.translate(
            "DehReport", "Time from a notification to its resolution"
        ),
    }


def resolution_note(data: ReportData) -> str:
    return DehReport.tr(
        "Incidents carry no resolution time: this is each Defender Experts alert's resolved "  # type: ignore[arg-type]
        "time minus its created time, over the %Ln resolved alerts of the period.",
        "",
        data.resolution.resolved,  # type: ignore[arg-type]
    )


def resolution_summary(data: ReportData) -> str:
    found = data.resolution
    if found.median is None or found.first_quartile is None or found.third_quartile is None:
        return QCoreApplication.translate(
            "DehReport", "No resolved Defender Experts alerts in this period."
        )
    return (
        QCoreApplication.translate("DehReport", "Median %1; middle half %2 to %3")
        .replace("%1", hours_text(found.median))
        .replace("%2", hours_text(found.first_quartile))
        .replace("%3", hours_text(found.third_quartile))
    )


def bars_summary(bars: Sequence[Bar]) -> str:
    return "; ".join(f"{name}: {number(value)}" for name, value, _colour in bars)
