"""Render the main screens to docs/screenshots/ (run by scripts/screenshots.sh under Xvfb).

A synthetic tenant from the emulator is synced into a temporary cache, the real
main window is opened on it, and each screen is driven the way an analyst would
reach it, then grabbed. `--lang fr` renders the French catalogue.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QTableView, QWidget

from console.api.auth import StaticTokenProvider
from console.api.session import ApiSession
from console.cache.engine import Cache, open_cache
from console.cache.filters import Filters
from console.emulator import Emulator, EmulatorConfig
from console.experts import ExpertsService
from console.launch import DEMO_DEVICES, DEMO_INCIDENTS, DEMO_SEED
from console.settings import Settings
from console.sync.clients import make_clients
from console.sync.engine import sync_tenant
from console.ui import theme
from console.ui.context import AppContext
from console.ui.i18n import install_translators
from console.ui.main_window import MainWindow
from console.ui.shell.navigator import ShellNavigator

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(app: QApplication, widget: QWidget, name: str, out: Path) -> None:
    """`widget` alone, as `out`/`name`.png."""
    settle(app, 30)
    out.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(out / f"{name}.png"))
    print(f"saved {out / name}.png")


def save_screen(app: QApplication, window: QWidget, name: str, out: Path) -> None:
    """The screen over `window`: what is over it (a dialog, the wizard, a menu) included."""
    settle(app, 30)
    out.mkdir(parents=True, exist_ok=True)
    frame = window.frameGeometry()
    image = QGuiApplication.primaryScreen().grabWindow(
        0, frame.x(), frame.y(), frame.width(), frame.height()
    )
    image.save(str(out / f"{name}.png"))
    print(f"saved {out / name}.png")


def grab(app: QApplication, window: MainWindow, name: str, *, whole_screen: bool = False) -> None:
    settle(app)
    image = (
        QGuiApplication.primaryScreen().grabWindow(0, 0, 0, window.width(), window.height())
        if whole_screen
        else window.grab()
    )
    OUT.mkdir(parents=True, exist_ok=True)
    image.save(str(OUT / f"{name}.png"))
    print(f"saved {OUT / name}.png")


def synced_cache(path: Path) -> tuple[str, str]:
    config = EmulatorConfig(
        seed=DEMO_SEED, tenants=1, incidents=DEMO_INCIDENTS, devices=DEMO_DEVICES
    )
    with Emulator(config) as emu:
        tenant = emu.tenants[0]
        graph, defender = make_clients(
            tenant.id,
            emu.graph_url,
            emu.defender_url,
            StaticTokenProvider(emu.issue_token(tenant.id)),
        )
        with open_cache(path) as cache:
            sync_tenant(
                cache,
                tenant.id,
                graph=graph,
                defender=defender,
            )
        return tenant.id, tenant.name


def app_on_demo(language: str, scheme: str) -> tuple[QApplication, Cache, str, str]:
    """The application in `language` and `scheme`, and the demo tenant synced into a
    temporary cache: (app, cache, tenant id, tenant name)."""
    app = QApplication(sys.argv[:1])
    theme.apply_theme(app, scheme)
    install_translators(app, language)
    path = Path(tempfile.mkdtemp(prefix="hc-shots-")) / "cache.db"
    tenant_id, tenant_name = synced_cache(path)
    return app, open_cache(path), tenant_id, tenant_name


def select_first_row(app: QApplication, window: MainWindow, view_name: str) -> QTableView:
    view = window.findChild(QTableView, view_name)
    assert view is not None, view_name
    view.setFocus()
    view.selectRow(0)
    settle(app)
    return view


def main() -> int:
    global OUT
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--scheme", default="light", choices=theme.SCHEMES)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--tag", default="", help='added to each name, e.g. "-1024-dark"')
    args = parser.parse_args()
    suffix = args.tag + ("" if args.lang == "en" else f"-{args.lang}")
    OUT = args.out
    width, height = (int(part) for part in args.size.split("x"))

    app, cache, tenant_id, tenant_name = app_on_demo(args.lang, args.scheme)
    # The experts service is part of the context from the start, as the launch makes it:
    # an emulator's experts side with its timers off (the script answers).
    with Emulator(_experts_emulator_config()) as emu:
        session = ApiSession(StaticTokenProvider(emu.issue_token(tenant_id)))
        service = ExpertsService(cache, tenant_id, session)
        url = f"{emu.base_url}/experts/v1"
        service.save_settings(dataclasses.replace(service.settings(), service_url=url))
        context = AppContext(
            cache, Settings(None), tenant_id, tenant_name, ShellNavigator(), experts=service
        )
        shoot(app, context, emu, suffix, (width, height))
        session.close()
    cache.close()
    return 0


def _experts_emulator_config() -> EmulatorConfig:
    return EmulatorConfig(
        seed=DEMO_SEED,
        tenants=1,
        incidents=DEMO_INCIDENTS,
        devices=DEMO_DEVICES,
        experts_progress_after=0,
        experts_answer_after=0,
    )


def shoot(
    app: QApplication, context: AppContext, emu: Emulator, suffix: str, size: tuple[int, int]
) -> None:
    window = MainWindow(context, None)
    window.resize(*size)
    window.show()
    settle(app, 50)

    window.show_page("home")
    grab(app, window, f"home{suffix}")  # with the first look's summary of the DENs
    window.den_banner.hide()

    window.show_incidents(Filters(tags=("Defender Experts",)))
    select_first_row(app, window, "incidentsView")
    grab(app, window, f"incidents-den-filter{suffix}")

    queue = window.queues.page("incidents")
    show_panel = getattr(queue, "show_filter_panel", None)
    if show_panel is not None:
        show_panel(True)
        grab(app, window, f"incidents-filter-panel{suffix}")
        show_panel(False)

    view = select_first_row(app, window, "incidentsView")
    row = (
        view.model().index(0, 0).data(view.model().ROW_ROLE)
        if hasattr(view.model(), "ROW_ROLE")
        else None
    )
    if row is None:
        from console.ui.queues.model import ROW_ROLE

        row = view.model().index(0, 0).data(ROW_ROLE)
    window.open_incident(row.tenant_id, row.id)
    grab(app, window, f"incident-den-page{suffix}")

    window.show_alerts(Filters())
    alerts_view = select_first_row(app, window, "alertsView")
    grab(app, window, f"alerts{suffix}")
    from console.ui.queues.model import ROW_ROLE

    alert = _alert_with_processes(context, alerts_view)
    window.open_alert(alert.tenant_id, alert.id)
    page = window.pages.currentWidget()
    tabs = getattr(page.content, "tabs", None)
    if tabs is not None:  # the process tree: what the alert page adds to the flyout
        tabs.setCurrentIndex(page.content.tab_index("processTree"))
    grab(app, window, f"alert-page{suffix}")
    window.pages.back()

    window.show_devices()
    devices = select_first_row(app, window, "devicesView")
    menu_holder: list[QMenu] = []

    def grab_menu() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            menu_holder.append(popup)
            grab(app, window, f"devices{suffix}", whole_screen=True)
            popup.close()

    rect = devices.visualRect(devices.model().index(0, 1))
    QTimer.singleShot(400, grab_menu)
    devices.customContextMenuRequested.emit(rect.center())
    if not menu_holder:
        grab(app, window, f"devices{suffix}")

    from console.ui.queues.model import ROW_ROLE

    device = devices.model().index(0, 0).data(ROW_ROLE)
    window.open_device(device.tenant_id, device.id)
    grab(app, window, f"device-page{suffix}")

    experts_shots(app, window, context, emu, row, suffix)
    window.close()


def experts_shots(
    app: QApplication, window: MainWindow, context: AppContext, emu: Emulator, row, suffix: str
):
    """The Ask Defender Experts dialog on a DEN, and the messages page with an answer,
    sent through the context's experts service (the emulator's timers are off)."""
    from console.domain.experts import ExpertCategory, RequestDraft
    from console.experts import context as expert_contexts
    from console.ui.experts import AskDefenderExpertsDialog

    service = context.experts
    assert service is not None
    incident_context = expert_contexts.incident_context(context.cache, row.tenant_id, row.id)
    dialog = AskDefenderExpertsDialog(context, incident_context, window)
    dialog.use_sample(dialog.samples.item(2).text())
    dialog.contacts_edit.setText("soc@contoso.com")
    if dialog.attachments_list.count():
        dialog.set_attachment_checked(0, True)
    dialog.show()
    settle(app, 30)
    OUT.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(OUT / f"ask-experts-dialog{suffix}.png"))
    print(f"saved {OUT}/ask-experts-dialog{suffix}.png")
    dialog.close()

    asked = service.ask(dialog.draft())
    service.ask(
        RequestDraft(
            ExpertCategory.POSSIBLE_DEVICE_COMPROMISE,
            "Can you help us validate a possible compromise on this device?",
            expert_contexts.device_context(context.cache, context.tenant_id, _device_id(window)),
        )
    )
    service.send_pending()
    emu.experts.advance(asked.id)
    emu.experts.answer(asked.id)
    service.poll()
    service.ask(
        RequestDraft(
            ExpertCategory.THREAT_INTELLIGENCE,
            "What protection does Microsoft Defender offer against this actor?",
            incident_context,
        )
    )  # still in the outbox: Pending
    window.show_page("experts")
    page = window.experts_page
    context.events.experts_acted(
        context.tenant_id
    )  # as the dialog does: page and status bar follow
    page.refresh()
    page.select_request(asked.id)
    grab(app, window, f"experts-messages{suffix}")


def _alert_with_processes(context: AppContext, view: QTableView):
    """The first listed alert whose evidence has a process chain (the tree to show)."""
    from console.cache import alerts
    from console.ui.queues.model import ROW_ROLE

    model = view.model()
    rows = [model.index(n, 0).data(ROW_ROLE) for n in range(min(60, model.rowCount()))]
    for row in rows:
        alert = alerts.get(context.cache, row.tenant_id, row.id)
        if alert is not None and any(item.kind == "process" for item in alert.evidence):
            return row
    return rows[0]


def _device_id(window: MainWindow) -> str:
    from console.ui.queues.model import ROW_ROLE

    view = window.findChild(QTableView, "devicesView")
    return str(view.model().index(0, 0).data(ROW_ROLE).id)


if __name__ == "__main__":
    sys.exit(main())
