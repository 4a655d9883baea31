"""Every step of the quick tour (issue 16) to docs/screenshots/tour/, under Xvfb.

The screen over the window is grabbed, not the window alone: the device step's menu is
a popup window of its own.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python \\
        scripts/tour_shots.py --lang fr --size 1024x700 --scheme dark
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from console.api.auth import StaticTokenProvider
from console.api.session import ApiSession
from console.emulator import Emulator, EmulatorConfig
from console.experts import ExpertsService
from console.launch import DEMO_DEVICES, DEMO_INCIDENTS, DEMO_SEED
from console.settings import Settings
from console.ui import theme
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from console.ui.shell.navigator import ShellNavigator
from console.ui.tour import Tour, start_tour
from scripts.take_screenshots import app_on_demo, save_screen, settle

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "tour"
STEP_TIMEOUT_S = 20


def wait_for_step(app: QApplication, tour: Tour, shown: list[int], index: int) -> None:
    deadline = time.monotonic() + STEP_TIMEOUT_S
    while index not in shown:
        if time.monotonic() > deadline:
            raise SystemExit(f"step {index} of the tour never showed (skipped: {tour.skipped})")
        app.processEvents()
        time.sleep(0.01)


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
    # The experts service as the launch makes it, so Ask Defender Experts is available.
    with Emulator(_experts_emulator_config()) as emu:
        session = ApiSession(StaticTokenProvider(emu.issue_token(tenant_id)))
        service = ExpertsService(cache, tenant_id, session)
        url = f"{emu.base_url}/experts/v1"
        service.save_settings(dataclasses.replace(service.settings(), service_url=url))
        context = AppContext(
            cache, Settings(None), tenant_id, tenant_name, ShellNavigator(), experts=service
        )
        window = MainWindow(context, None)
        window.resize(width, height)
        window.move(0, 0)
        window.show()
        window.den_banner.hide()
        settle(app, 50)
        tour = start_tour(window)
        shown: list[int] = []
        tour.step_shown.connect(shown.append)
        for index, step in enumerate(tour.steps):
            wait_for_step(app, tour, shown, index)
            save_screen(app, window, f"tour-{index + 1}-{step.key}{tag}", args.out)
            tour.next()
        settle(app)
        if tour.skipped:
            print(f"skipped: {tour.skipped}", file=sys.stderr)
        QTimer.singleShot(0, window.close)
        settle(app)
        session.close()
    cache.close()
    return 1 if tour.skipped else 0


def _experts_emulator_config() -> EmulatorConfig:
    return EmulatorConfig(
        seed=DEMO_SEED,
        tenants=1,
        incidents=DEMO_INCIDENTS,
        devices=DEMO_DEVICES,
        experts_progress_after=0,
        experts_answer_after=0,
    )


if __name__ == "__main__":
    sys.exit(main())
