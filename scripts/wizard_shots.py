"""Every page of the welcome wizard (issue 16) to docs/screenshots/wizard/, under Xvfb, over
the window on the synced demo tenant: Welcome; Sign in with nothing chosen, the Connect
form, a provisioned profile preselected, the demo; Quick tour; the Defender Experts
service; Done; and the no-tenant banner that offers the wizard again.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python \\
        scripts/wizard_shots.py --lang fr --size 1024x700 --scheme dark
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from console.auth.policy import Policy
from console.auth.profiles import ProfileStore, SignInMethod, TenantProfile
from console.auth.service import DeviceCodePrompt
from console.settings import Settings
from console.ui import theme
from console.ui.context import AppContext
from console.ui.main_window import MainWindow
from console.ui.onboarding.flow import fit_over
from console.ui.onboarding.sign_in_page import Choice
from console.ui.onboarding.wizard import DONE, SERVICE, SIGN_IN, TOUR, OnboardingWizard
from console.ui.shell.launch_texts import notice_text
from console.ui.shell.navigator import ShellNavigator
from scripts.take_screenshots import app_on_demo, save, save_screen, settle

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "wizard"
# What IT provisions on a managed desk (docs/policy-file.md's example).
PROVISIONED = TenantProfile(
    name="Contoso",
    tenant="4f1c9a2e-7b3d-4e5f-8a6b-1c2d3e4f5a6b",
    client_id="11111111-2222-4333-8444-555555555555",
    method=SignInMethod.INTERACTIVE,
    managed=True,
    locked=frozenset({"tenant", "client_id", "cloud"}),
)


def wizard_over(window: MainWindow, store: ProfileStore) -> OnboardingWizard:
    wizard = OnboardingWizard(store, window)
    fit_over(wizard, window)
    wizard.show()
    return wizard


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scheme", default="light", choices=theme.SCHEMES)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--font-pt", type=float, default=0, help="the system font's size (a desk's larger text)"
    )
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    tag = f"-{width}-{args.scheme}" + ("" if args.lang == "en" else f"-{args.lang}")
    app, cache, tenant_id, tenant_name = app_on_demo(args.lang, args.scheme)
    if args.font_pt:
        font = app.font()
        font.setPointSizeF(args.font_pt)
        app.setFont(font)
        tag += f"-{args.font_pt:g}pt"
    context = AppContext(cache, Settings(None), tenant_id, tenant_name, ShellNavigator())
    window = MainWindow(context, None)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    window.den_banner.hide()
    settle(app, 50)
    out: Path = args.out

    # The no-tenant window offers the wizard again beside Connect and the demo.
    from console.launch import LaunchNotice

    window.show_info(
        notice_text(LaunchNotice.NO_TENANT),
        QApplication.translate("MainWindow", "Open the demo"),
        offer_connect=True,
    )
    save(app, window, f"no-tenant-banner{tag}", out)
    window.info_banner.hide()

    wizard = wizard_over(window, ProfileStore(Settings(None)))
    save(app, wizard, f"1-welcome{tag}", out)
    save_screen(app, window, f"0-over-window{tag}", out)
    wizard.next()
    save(app, wizard, f"2-sign-in{tag}", out)
    wizard.sign_in_page.radios[Choice.CONNECT].setChecked(True)
    save(app, wizard, f"2-sign-in-connect{tag}", out)
    # While a device code sign-in waits, then the test's steps once it has passed.
    page = wizard.sign_in_page
    form = page.form
    form.method_combo.setCurrentIndex(1)
    form.panel.show_device_code(
        DeviceCodePrompt("HC7-QK2P", "https://microsoft.com/devicelogin", 0.0, "")
    )
    settle(app)
    page.form_area.ensureWidgetVisible(form.panel)
    save(app, wizard, f"2-sign-in-device-code{tag}", out)
    form.panel.clear()
    for step in ("Sign in", "Read incidents", "Read alerts", "Read devices"):
        form.steps_list.addItem(f"✓ {step}: OK")
    form.steps_list.show()
    form.message_label.setText(form.ready_text)
    form.message_label.show()
    settle(app)
    page.form_area.ensureWidgetVisible(form.steps_list)
    save(app, wizard, f"2-sign-in-tested{tag}", out)
    form.steps_list.hide()
    form.message_label.hide()
    wizard.sign_in_page.radios[Choice.DEMO].setChecked(True)
    save(app, wizard, f"2-sign-in-demo{tag}", out)
    for page_id, name in ((TOUR, "3-tour"), (SERVICE, "4-service"), (DONE, "5-done")):
        while wizard.currentId() != page_id:
            wizard.next()
        save(app, wizard, f"{name}{tag}", out)
    wizard.reject()

    # A managed desk: the profile IT provisioned is preselected, its locked fields greyed.
    managed = ProfileStore(Settings(None), Policy(profiles={PROVISIONED.name: PROVISIONED}))
    wizard = wizard_over(window, managed)
    wizard.next()
    assert wizard.currentId() == SIGN_IN
    save(app, wizard, f"2-sign-in-provisioned{tag}", out)
    wizard.reject()

    QTimer.singleShot(0, window.close)
    settle(app)
    cache.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
