"""The report page's exports: the whole report to PDF, each table to CSV, each file readable
by the analyst only (console.private_files, through the writers they use)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from console.export import write_records
from console.ui import export_folder
from console.ui.error_texts import reason_text
from console.ui.report.csv_tables import csv_records

if TYPE_CHECKING:
    from console.ui.report.page import DehReportPage

# The page's own words: context "DehReportPage", as its self.tr().


def ask_path(page: DehReportPage, name: str, name_filter: str) -> Path | None:
    settings = page.context.settings
    path, _ = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("DehReportPage", "Export report"),
        export_folder.suggested_path(settings, name),
        name_filter,
    )
    if not path:
        return None
    export_folder.remember(settings, path)
    return Path(path)


def export_pdf(page: DehReportPage, path: Path | None) -> Path | None:
    if page.data is None:
        return None
    path = path or ask_path(
        page,
        "defender-experts-report.pdf",
        QCoreApplication.translate("DehReportPage", "PDF files (*.pdf)"),
    )
    if path is None:
        return None
    from console.ui.report.pdf import write_pdf  # QPdfWriter's module, loaded when used

    try:
        pages = write_pdf(path, page.data, page.tenant_names())
    except OSError as error:
        _failed(page, error)
        return None
    # The page's class by name: its tr() with a count is the one form lupdate 6.11 reads as
    # a plural. (Imported here: the page imports this module.)
    from console.ui.report.page import DehReportPage

    page.exported(
        DehReportPage.tr("Exported %Ln pages to %1", "", pages).replace("%1", path.name),  # type: ignore[arg-type]
        path,
    )
    return path


def export_csv(page: DehReportPage, table: str, path: Path | None) -> Path | None:
    if page.data is None:
        return None
    name = "threat-categories.csv" if table == "categories" else "trending-activities.csv"
    path = path or ask_path(
        page, name, QCoreApplication.translate("DehReportPage", "CSV files (*.csv)")
    )
    if path is None:
        return None
    records = csv_records(page.data, table)
    try:
        count = write_records(lambda: iter(records), path, "csv", overwrite=True)
    except Exception as error:  # an ExportError or OSError: said, never lost
        _failed(page, error)
        return None
    # The page's class by name: its tr() with a count is the one form lupdate 6.11 reads as
    # a plural. (Imported here: the page imports this module.)
    from console.ui.report.page import DehReportPage

    page.exported(
        DehReportPage.tr("Exported %Ln rows to %1", "", count).replace("%1", path.name),  # type: ignore[arg-type]
        path,
    )
    return path


def _failed(page: DehReportPage, error: Exception) -> None:
    page.say(
        QCoreApplication.translate("DehReportPage", "Export failed: %1").replace(
            "%1", reason_text(error)
        )
    )
