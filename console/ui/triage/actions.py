"""What the pages, panes and queues call to triage: open the Manage dialog, assign to me,
and the two menu actions that do them for one item.

The dialog is opened with `open()` (window-modal, the caller's event loop goes on) and
deletes itself when closed. Nothing here runs without a `TriageService` on the context:
a window that cannot change anything offers none of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from console.cache import triage as triage_cache
from console.domain.triage import ASSIGNED_TO, Change, EntityKind
from console.triage.service import MAX_ITEMS, NotSignedIn
from console.ui.context import AppContext
from console.ui.numbers import number

if TYPE_CHECKING:
    from console.ui.triage.manage_dialog import ManageDialog

Item = tuple[str, str]  # (tenant id, item id)
# Texts are translated in the "TriageActions" context, spelled out at each call: lupdate only
# extracts a literal context and source (a helper taking a variable is never extracted).
# Dialogs opened with no window to own them, held until they close.
_PARENTLESS: set[QWidget] = set()


def open_manage(
    context: AppContext,
    kind: EntityKind,
    items: Sequence[Item],
    subject: str | None = None,
    focus: str | None = None,
    parent: QWidget | None = None,
) -> ManageDialog | None:
    """Open the Manage dialog on `items` (a single item starts from its values as the
    console shows them, pending changes included); None when nothing can be managed."""
    if context.triage is None or not items:
        return None
    from console.ui.triage.manage_dialog import ManageDialog  # loaded when first used

    current = None
    if len(set(items)) == 1:
        tenant_id, item_id = items[0]
        current = triage_cache.shown(context.cache, tenant_id, kind, [item_id]).get(item_id)
    dialog = ManageDialog(context, kind, items, current, subject, focus, parent)
    dialog.finished.connect(dialog.deleteLater)
    if parent is None:  # no window owns it: held until it closes
        _PARENTLESS.add(dialog)
        dialog.finished.connect(lambda _result: _PARENTLESS.discard(dialog))
    dialog.open()
    return dialog


def assign_to_me(context: AppContext, kind: EntityKind, items: Sequence[Item]) -> dict[str, int]:
    """Queue "assigned to me" for `items`, each tenant naming its own analyst; how many
    were queued per tenant (an item already assigned to me gets none)."""
    service = context.triage
    if service is None or not items:
        return {}
    by_tenant: dict[str, list[Item]] = {}
    for item in items:
        by_tenant.setdefault(item[0], []).append(item)
    queued: dict[str, int] = {}
    for tenant_id, tenant_items in by_tenant.items():
        change = Change(kind, {ASSIGNED_TO: service.me(tenant_id)})
        queued.update(service.queue(change, tenant_items))
    context.events.triage_acted(list(by_tenant))
    return queued


def manage_action(
    context: AppContext,
    kind: EntityKind,
    tenant_id: str,
    item_id: str,
    subject: str | None,
    parent: QWidget,
) -> QAction:
    """ "Manage incident…" / "Manage alert…" for one item (objectName manageIncidentAction,
    manageAlertAction)."""
    incident = kind == EntityKind.INCIDENT
    action = QAction(
        QCoreApplication.translate("TriageActions", "Manage incident…")
        if incident
        else QCoreApplication.translate("TriageActions", "Manage alert…"),
        parent,
    )
    action.setObjectName("manageIncidentAction" if incident else "manageAlertAction")
    action.setEnabled(context.triage is not None)

    def manage() -> None:
        open_manage(context, kind, [(tenant_id, item_id)], subject, parent=dialog_parent(parent))

    action.triggered.connect(manage)
    return action


def dialog_parent(widget: QWidget) -> QWidget | None:
    """The window a dialog opened from `widget` belongs to: a menu's owner's, not the
    popup's own (a menu is a window of its own, gone once an action is chosen)."""
    owner: QWidget | None = widget
    while isinstance(owner, QMenu) and owner.parentWidget() is not None:
        owner = owner.parentWidget()
    if owner is None or isinstance(owner, QMenu):
        return QApplication.activeWindow()
    return owner.window()


def assign_to_me_action(
    context: AppContext, kind: EntityKind, tenant_id: str, item_id: str, parent: QWidget
) -> QAction:
    """ "Assign to me" for one item, no dialog (objectName assignToMeAction)."""
    action = QAction(QCoreApplication.translate("TriageActions", "Assign to me"), parent)
    action.setObjectName("assignToMeAction")
    action.setEnabled(context.triage is not None)
    action.triggered.connect(lambda: _assign_or_say(context, kind, (tenant_id, item_id), parent))
    return action


def _assign_or_say(context: AppContext, kind: EntityKind, item: Item, parent: QWidget) -> None:
    """Assign one item to me, or say why not (no one signed in to its tenant)."""
    try:
        assign_to_me(context, kind, [item])
    except NotSignedIn:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("TriageActions", "Assign to me"),
            not_signed_in_text(),
            QMessageBox.StandardButton.Ok,
            dialog_parent(parent),
        )
        box.setObjectName("notSignedInBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window goes on


def too_many_text(count: int) -> str:
    return (
        QCoreApplication.translate(
            "TriageActions",
            "%1 items selected: at most %2 can be changed at once. Narrow the view first.",
        )
        .replace("%1", number(count))
        .replace("%2", number(MAX_ITEMS))
    )


def not_signed_in_text() -> str:
    return QCoreApplication.translate(
        "TriageActions", "Sign in to this tenant to assign items to yourself."
    )
