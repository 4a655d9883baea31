"""Screenshots of device tags on the demo tenant, at 1280x800: the devices queue with every
device picked and its tag dialog, the tag shown pending in the queue, and on a device page.

    QT_QPA_PLATFORM=xcb PYTHONPATH=. xvfb-run -a -s "-screen 0 1440x900x24" \\
        .venv/bin/python scripts/device_tags_screenshots.py fr docs/screenshots/device-tags/fr
"""

from __future__ import annotations

import asyncio
import sys

from demo_shots import run_on_demo, screen


async def take(window, out: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from console.ui.queues.model import ROW_ROLE

    while window.sync.task is None:
        await asyncio.sleep(0.05)
    await window.sync.task  # the demo's first sync
    while getattr(window, "triage", None) is None:
        await asyncio.sleep(0.05)
    paused = window.triage.pause()  # held, so the shots show the tag before it is sent
    if paused is not None:
        await paused
    window.show_devices()
    await asyncio.sleep(1.2)
    queue = window.page("devices")
    queue.selection.select_all()
    tagging = queue.device_tags
    await asyncio.sleep(0.4)
    dialog = tagging.ask(remove=False)
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Campaign-42")
    await asyncio.sleep(0.8)
    screen(window).save(f"{out}-dialog.png")
    dialog.accept()
    await asyncio.sleep(1.5)
    tags = next(n for n, c in enumerate(queue.model.columns) if c.key == "tags")
    queue.table.scrollTo(queue.model.index(0, tags))  # the Tags column, past the pane
    await asyncio.sleep(0.4)
    window.grab().save(f"{out}-pending.png")
    first = queue.model.index(0, 0).data(ROW_ROLE)
    window.open_device(first.tenant_id, first.id)
    await asyncio.sleep(1.5)
    window.grab().save(f"{out}-device-page.png")
    window.triage.resume()
    await asyncio.sleep(2.5)
    window.grab().save(f"{out}-device-page-sent.png")
    window.close()


def main(language: str, out: str) -> None:
    run_on_demo(language, lambda window, _emulator: take(window, out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
