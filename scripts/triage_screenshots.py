"""Screenshots of triage on the demo tenant, at 1280x800: the Manage dialog over five
selected incidents, a bulk change being sent (its progress in the status bar, the rows
pending in italics), a conflict on the Audit page, and the Audit page itself.

    QT_QPA_PLATFORM=xcb PYTHONPATH=. xvfb-run -a -s "-screen 0 1440x900x24" \\
        .venv/bin/python scripts/triage_screenshots.py fr docs/screenshots/triage/fr

The conflict is made on the demo's emulator (a portal analyst reassigns an incident after
the change was queued), as the tests make theirs.
"""

from __future__ import annotations

import asyncio
import sys

from demo_shots import run_on_demo, screen
from PySide6.QtCore import QItemSelectionModel, Qt

BULK = 300


async def _settle(seconds: float = 1.0) -> None:
    await asyncio.sleep(seconds)


def model_column(queue, key: str) -> int:  # type: ignore[no-untyped-def]
    return int(queue.model.column_index(key))


async def take(window, emulator, out: str) -> None:  # type: ignore[no-untyped-def]
    from console.domain.triage import Change, EntityKind

    sync = window.sync
    while sync.task is None:
        await asyncio.sleep(0.05)
    await sync.task  # the demo's first sync
    while window.triage is None:
        await asyncio.sleep(0.05)
    window.triage.paused = True  # nothing goes until the shots are set up
    window.show_page("incidents")
    window.status.clearMessage()
    queue = window.queues.page("incidents")
    header = queue.table.horizontalHeader()
    for place, key in enumerate(("status", "assigned_to"), start=1):  # beside the name
        header.moveSection(header.visualIndex(model_column(queue, key)), place)
    await _settle(1.5)

    # 1. Manage five selected incidents.
    model, selection = queue.model, queue.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(5):
        selection.select(model.index(row, 0), flags)
    await _settle(0.5)
    dialog = queue.triage.manage()
    dialog.findChild(object, "statusCombo").setCurrentIndex(3)  # Resolved
    dialog.findChild(object, "classificationCombo").setCurrentIndex(2)
    dialog.findChild(object, "commentEdit").setPlainText(
        window.tr("Contained by the night shift: devices isolated, passwords reset.")
    )
    await _settle(0.5)
    screen(window).save(f"{out}-manage.png")  # the dialog is a window of its own
    dialog.reject()

    # 2. A conflict: queued, then changed in the portal before it is sent.
    service, tenant = window.context.triage, window.context.tenant_id
    from console.ui.queues.model import ROW_ROLE

    first = model.index(0, 0).data(ROW_ROLE)
    me = service.me(tenant)
    service.queue(Change(EntityKind.INCIDENT, {"assignedTo": me}), [(tenant, first.id)])
    emulator.edit_item(tenant, "incident", first.id, {"assignedTo": "sam.ortiz@contoso.com"})

    # 3. A bulk change of the first BULK incidents, sent at the tenant's quota.
    rows = [model.index(r, 0).data(ROW_ROLE) for r in range(1, BULK + 1)]
    bulk = Change(EntityKind.INCIDENT, {"status": "inProgress", "assignedTo": me})
    service.queue(bulk, [(tenant, row.id) for row in rows if row is not None])
    window.context.events.triage_acted([tenant])
    window.triage.paused = False
    window.triage.kick()
    queue.table.clearSelection()
    # By id, the rows keep their places as they are sent: sent and pending side by side.
    header.setSortIndicator(model_column(queue, "id"), Qt.SortOrder.DescendingOrder)
    await _settle(6.0)
    # Where the sent ones end and the pending ones (in italics, with a clock) begin.
    sent = sum(1 for r in range(BULK) if not model.index(r, 0).data(ROW_ROLE).pending)
    queue.table.scrollTo(model.index(max(0, sent - 12), 0), queue.table.ScrollHint.PositionAtTop)
    await _settle(1.0)
    window.grab().save(f"{out}-bulk.png")

    # 4. The Audit page, the conflict selected and its panel open.
    window.triage.stop()
    await _settle(2.0)
    window.show_held_changes()
    await _settle(1.5)
    audit = window.pages.currentWidget()
    audit.select_row(0)
    await _settle(1.0)
    window.grab().save(f"{out}-conflict.png")
    attention = audit.findChild(object, "needsAttentionCheck")
    if attention is not None:
        attention.setChecked(False)
    audit.select_row(3)
    await _settle(1.0)
    window.grab().save(f"{out}-audit.png")
    window.close()


def main(language: str, out: str) -> None:
    run_on_demo(language, lambda window, emulator: take(window, emulator, out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
