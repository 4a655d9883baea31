"""Screenshots of device response on the demo tenant, at 1280x800: the confirmation of an
isolation, the action in progress, and its end, on the device page.

    QT_QPA_PLATFORM=xcb PYTHONPATH=. xvfb-run -a -s "-screen 0 1440x900x24" \\
        .venv/bin/python scripts/response_screenshots.py fr docs/screenshots/response/fr
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile


def _screen(window):  # type: ignore[no-untyped-def]
    """What the screen shows over the window (its dialogs included)."""
    from PySide6.QtWidgets import QApplication

    frame = window.frameGeometry()
    return QApplication.primaryScreen().grabWindow(
        0, frame.x(), frame.y(), frame.width(), frame.height()
    )


async def take(window, out: str) -> None:  # type: ignore[no-untyped-def]
    from console.cache import devices
    from console.cache.filters import DeviceFilters, Sort
    from console.domain.response import ActionType

    while window.sync.task is None:
        await asyncio.sleep(0.05)
    await window.sync.task  # the demo's first sync
    context = window.context
    [device] = devices.page(
        context.cache, DeviceFilters(tenant_ids=(context.tenant_id,)), Sort("risk", True), 0, 1
    )
    context.navigator.open_device(context.tenant_id, device.id)
    await asyncio.sleep(1.5)
    page = window.pages.currentWidget().content  # the opened page's device page
    dialog = page.confirm_response(ActionType.ISOLATE)
    dialog.comment.setPlainText(
        window.tr("Defender Experts notification: active ransomware staging on this host.")
    )
    await asyncio.sleep(0.8)
    _screen(window).save(f"{out}-confirm.png")
    dialog.ok.click()
    await asyncio.sleep(1.6)
    window.grab().save(f"{out}-in-progress.png")
    [run] = page.runs
    await run.task
    await asyncio.sleep(0.8)
    window.grab().save(f"{out}-done.png")
    window.close()


def main(language: str, out: str) -> None:
    os.environ["HUNTING_CONSOLE_HOME"] = tempfile.mkdtemp()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import qasync

    from console.app import ConsoleWindows
    from console.launch import demo_launch
    from console.settings import LANGUAGE, default_settings
    from console.ui import theme
    from console.ui.i18n import install_translators

    settings = default_settings()
    settings.set(LANGUAGE, language)
    theme.apply_theme(app, "light")
    translators = install_translators(app, language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    windows = ConsoleWindows(settings, loop)
    window = windows.open(demo_launch(settings))
    window.resize(1280, 800)
    with loop:
        loop.run_until_complete(take(window, out))
    windows.close()
    del translators


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
