"""The first day's part 2 screens (issue 15) to docs/screenshots/first-day/, under Xvfb:
an alert's evidence and category in the language shown, the offline banner with its
Details open, an export's Open folder, Qt's save dialog, Help's About and Documentation.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python \\
        scripts/first_day_shots.py --lang fr --size 1024x700 --scheme dark
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog

from console.api.errors import NetworkError
from console.cache.filters import Filters
from console.settings import Settings
from console.ui import theme
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from console.ui.shell.navigator import ShellNavigator
from console.ui.shell.sync_controller import classify
from scripts.take_screenshots import app_on_demo, save, select_first_row, settle

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "first-day"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scheme", default="light", choices=theme.SCHEMES)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    tag = f"-{width}-{args.scheme}" + ("" if args.lang == "en" else f"-{args.lang}")
    app, cache, tenant_id, tenant_name = app_on_demo(args.lang, args.scheme)
    context = AppContext(cache, Settings(None), tenant_id, tenant_name, ShellNavigator())
    window = MainWindow(context, None)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    window.den_banner.hide()
    settle(app, 50)
    out: Path = args.out

    # An alert's evidence: kinds, verdicts and roles in words; its category too.
    window.show_alerts(Filters())
    select_first_row(app, window, "alertsView")
    save(app, window, f"alert-pane{tag}", out)
    from console.ui.queues.model import ROW_ROLE

    view = window.queues.page("alerts").table
    alert = view.model().index(0, 0).data(ROW_ROLE)
    window.open_alert(alert.tenant_id, alert.id)
    page = window.pages.currentWidget()
    page.content.tabs.setCurrentIndex(page.content.tab_index("evidence"))
    save(app, window, f"alert-evidence{tag}", out)
    window.pages.back()

    # Offline, in words, with the technical line behind Details.
    error = NetworkError(
        "cannot reach graph.microsoft.com: NewConnectionError after 1 attempt(s)",
        resource="incidents",
        page=1,
        url="https://graph.microsoft.com/v1.0/security/incidents",
    )
    window.show_outcome(classify(error))
    window.offline_banner.details_button.click()
    window.show_incidents(Filters(tags=("Defender Experts",)))
    save(app, window, f"offline-details{tag}", out)
    window.offline_banner.hide()

    # An export, then its Open folder.
    exports = Path(tempfile.mkdtemp(prefix="hc-exports-"))
    queue = window.queues.page("incidents")
    QFileDialog.getSaveFileName = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: (str(exports / "incidents.csv"), "")
    )
    job = queue.export_view("csv")
    if job is not None:
        job.join(30)
    settle(app, 50)
    save(app, window, f"export-open-folder{tag}", out)

    # Qt's own save dialog, in the language shown.
    dialog = QFileDialog(window, "Export", str(exports), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    save(app, dialog, f"save-dialog{tag}", out)
    dialog.reject()

    about = window.show_about()
    save(app, about, f"about{tag}", out)
    about.reject()
    documentation = window.show_documentation()
    documentation.show_titled(documentation.sections[1].title)
    save(app, documentation, f"documentation{tag}", out)
    documentation.reject()
    QTimer.singleShot(0, window.close)
    settle(app)
    cache.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
