"""Screenshots of device response on the demo tenant, at 1280x800: the confirmation of an
isolation, the action in progress, and its end, on the device page.

    QT_QPA_PLATFORM=xcb PYTHONPATH=. xvfb-run -a -s "-screen 0 1440x900x24" \\
        .venv/bin/python scripts/response_screenshots.py fr docs/screenshots/response/fr
"""

from __future__ import annotations

import asyncio
import sys

from demo_shots import run_on_demo, screen


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
    screen(window).save(f"{out}-confirm.png")
    dialog.ok.click()
    await asyncio.sleep(1.6)
    window.grab().save(f"{out}-in-progress.png")
    [run] = page.runs
    await run.task
    await asyncio.sleep(0.8)
    window.grab().save(f"{out}-done.png")
    window.close()


def main(language: str, out: str) -> None:
    run_on_demo(language, lambda window, _emulator: take(window, out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
