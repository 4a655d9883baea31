"""The Defender Experts for Hunting report (issue 20) to docs/screenshots/report/, under Xvfb,
over the window on the synced demo tenant: the page's top (period, threats identified,
charts), its tables with a threat category selected (the impacted devices and users), the
trending activities, a period without DENs, and the first three pages of its PDF (title, charts, threat
categories) rendered to PNG by pdftoppm (Debian's poppler-utils).

    QT_QPA_PLATFORM=xcb PYTHONPATH=. HUNTING_CONSOLE_HOME=$(mktemp -d) \\
        xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python \\
        scripts/report_shots.py --lang fr --size 1024x700 --scheme dark
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from console.settings import Settings
from console.ui import theme
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from console.ui.report.page import DehReportPage
from console.ui.shell.navigator import ShellNavigator
from scripts.take_screenshots import app_on_demo, save, settle

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "report"


def wait_loaded(app: QApplication, page: DehReportPage, timeout: float = 60.0) -> None:
    started = time.monotonic()
    page.data = None
    page.refresh()
    while page.data is None:
        if time.monotonic() - started > timeout:
            raise TimeoutError("the report did not load")
        app.processEvents()
        time.sleep(0.01)
    settle(app, 30)


def pdf_pages(pdf: Path, out: Path, name: str, pages: int = 3) -> None:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing (apt-get install poppler-utils): no PDF page images")
        return
    for page in range(1, pages + 1):
        target = out / f"{name}-page{page}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
             str(pdf), str(target)],
            check=True,
        )  # fmt: skip
        print(f"saved {target}.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scheme", default="light", choices=theme.SCHEMES)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--period", default="3m")
    parser.add_argument("--pdf", action="store_true", help="also the PDF's first pages")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    tag = f"report-{args.lang}-{width}-{args.scheme}"
    app, cache, tenant_id, tenant_name = app_on_demo(args.lang, args.scheme)
    context = AppContext(cache, Settings(None), tenant_id, tenant_name, ShellNavigator())
    window = MainWindow(context, None)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    window.den_banner.hide()
    settle(app, 50)
    window.show_page("report")
    page = window.page("report")
    assert isinstance(page, DehReportPage)
    page.set_period(args.period)
    wait_loaded(app, page)
    window.den_banner.hide()  # the demo's DENs, told at start: not the report's
    out: Path = args.out
    save(app, window, tag, out)
    # The tables: a threat category selected, its devices and users listed.
    page.categories.select(0, 1)
    deadline = time.monotonic() + 30
    while page.category_impacted.devices.count() == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    # From the section's heading and view switch down (the table's parent is the page body).
    page.verticalScrollBar().setValue(page.view_hint.y() - 60)
    save(app, window, f"{tag}-tables", out)
    # The trending activities, the first selected: its devices and users below.
    page.trending.select(0)
    page.verticalScrollBar().setValue(page.trending_heading.y() - 10)
    save(app, window, f"{tag}-trending", out)
    # A period without DENs: said in words, the period named.
    page.set_custom_period(QDate(2001, 1, 1), QDate(2001, 1, 31))
    wait_loaded(app, page)
    page.verticalScrollBar().setValue(0)
    save(app, window, f"{tag}-empty", out)
    page.set_period(args.period)
    wait_loaded(app, page)
    if args.pdf:
        pdf = Path(tempfile.mkdtemp(prefix="hc-report-")) / "report.pdf"
        page.export_pdf(pdf)
        pdf_pages(pdf, out, f"report-pdf-{args.lang}")
    QTimer.singleShot(0, window.close)
    settle(app)
    cache.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
