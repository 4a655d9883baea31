"""Screenshots of a desk window: three TLS emulator tenants, each its own profile signed
in, synced, then Home (Defender Experts by tenant), Incidents (All tenants), the status
bar's tenant states, and the alerts' filter panel with one tenant ticked, at 1280x800.

    QT_QPA_PLATFORM=xcb PYTHONPATH=. xvfb-run -a -s "-screen 0 1440x900x24" \\
        .venv/bin/python scripts/desk_screenshots.py fr docs/screenshots/desk/fr
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile

from PySide6.QtCore import Qt

TENANTS = ("Contoso", "Fabrikam", "Northwind")


async def take(window, windows, out: str) -> None:
    window.sync_action.trigger()  # Sync now: every tenant of the desk
    controllers = list(window.desk_syncs.controllers.values())
    while any(c.task is None for c in controllers):
        await asyncio.sleep(0.05)
    for controller in controllers:
        await controller.task
    await asyncio.sleep(1.0)
    window.grab().save(f"{out}-home.png")
    window.show_page("incidents")
    window.status.clearMessage()  # "Sync finished" hides the bar's widgets
    await asyncio.sleep(1.5)
    window.grab().save(f"{out}-incidents.png")
    states = window.status.tenant_states
    states.menu_of_tenants.popup(states.mapToGlobal(states.rect().topLeft()))
    await asyncio.sleep(0.5)
    states.menu_of_tenants.grab().save(f"{out}-menu.png")
    states.menu_of_tenants.hide()
    window.show_page("alerts")
    alerts = window.queues.page("alerts")
    alerts.filter_button.click()
    section = alerts.filter_panel.lists["tenant_ids"]
    section.item(1).setCheckState(Qt.CheckState.Checked)
    alerts.filter_panel.apply_button.click()
    await asyncio.sleep(1.0)
    window.grab().save(f"{out}-tenant-filter.png")
    window.close()
    tasks = [t for t in (windows.controller.task, *window.desk_syncs.tasks()) if t]
    if tasks:
        await asyncio.wait(tasks, timeout=30)


def main(language: str, out: str) -> None:
    os.environ["HUNTING_CONSOLE_HOME"] = tempfile.mkdtemp()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import qasync

    from console.app import ConsoleWindows
    from console.auth.profiles import ProfileStore
    from console.auth.setup import open_service
    from console.emulator import Emulator
    from console.launch import desk_launch
    from console.settings import LANGUAGE, default_settings
    from console.ui import theme
    from console.ui.i18n import install_translators
    from tests.auth.conftest import PlayedBrowser, profile_for, tls_config

    settings = default_settings()
    settings.set(LANGUAGE, language)
    theme.apply_theme(app, "light")
    translators = install_translators(app, language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with Emulator(tls_config(tenants=len(TENANTS), incidents=40)) as emulator:
        browser = PlayedBrowser(emulator.ca_path)
        store = ProfileStore(settings)
        services = []
        for name, tenant in zip(TENANTS, emulator.tenants, strict=True):
            profile = profile_for(emulator, name=name, tenant=tenant.id)
            store.save(profile)
            service = open_service(profile, open_browser=browser)
            service.sign_in()
            services.append(service)
        windows = ConsoleWindows(settings, loop, browser)
        window = windows.open(desk_launch(settings, services))
        window.resize(1280, 800)
        with loop:
            loop.run_until_complete(take(window, windows, out))
        windows.close()
    del translators


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
