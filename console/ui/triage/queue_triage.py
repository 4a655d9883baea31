"""Triage from the incident and alert queues: the selected rows (one, many, or all the
filters match) managed at once, from the row menu or with single keys.

Each row goes with its own tenant id, so on a desk a change across tenants is queued
under each row's tenant (TriageService groups them) and sent with that tenant's token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from console.domain.triage import EntityKind
from console.triage.service import MAX_ITEMS, NotSignedIn, TooMany
from console.ui.numbers import number
from console.ui.triage.actions import assign_to_me, not_signed_in_text, open_manage, too_many_text
from console.ui.triage.keys import ASSIGN_TO_ME, TRIAGE_KEYS

if TYPE_CHECKING:
    from console.ui.queues.queue_view import QueueView
    from console.ui.triage.manage_dialog import ManageDialog

# Texts are translated in the "QueueTriage" context, spelled out at each call: lupdate only
# extracts a literal context and source (a helper taking a variable is never extracted).


class QueueTriage(QObject):
    def __init__(self, view: QueueView, kind: EntityKind) -> None:
        super().__init__(view)
        self.view = view
        self.kind = kind
        self.shortcuts: dict[str, QShortcut] = {}
        for key in TRIAGE_KEYS:
            if key.incidents_only and kind != EntityKind.INCIDENT:
                continue
            # The table's own: never while the search box (or anything else) has the focus,
            # and "A" is the bare key (Shift+A, Ctrl+A are other sequences).
            shortcut = QShortcut(QKeySequence(key.key), view.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setObjectName(f"triageKey{key.key}")
            shortcut.activated.connect(lambda target=key.target: self._key(target))
            self.shortcuts[key.shown] = shortcut

    # ---- what the keys and the menu do -------------------------------------------------

    def items(self) -> list[tuple[str, str]]:
        """The selected rows' items; raises TooMany before reading a million keys."""
        return selected_items(self.view)

    def _say_too_many(self, error: TooMany) -> None:
        self.view.status.setText(too_many_text(error.count))

    def manage(self, focus: str | None = None) -> ManageDialog | None:
        """The Manage dialog for the selected rows (opened, not exec'd); None without any."""
        try:
            items = self.items()
        except TooMany as error:
            self._say_too_many(error)
            return None
        if not items:
            return None
        subject = None
        if len(items) == 1:
            row = self.view.selection.first_row()
            subject = getattr(row, "name", None) or getattr(row, "title", None)
        return open_manage(
            self.view.context, self.kind, items, subject=subject, focus=focus, parent=self.view
        )

    def assign_to_me(self) -> dict[str, int]:
        """Assign the selected rows to the analyst, each tenant's own "me": no dialog."""
        try:
            items = self.items()
        except TooMany as error:
            self._say_too_many(error)
            return {}
        if not items:
            return {}
        try:
            queued = assign_to_me(self.view.context, self.kind, items)
        except NotSignedIn:
            self.view.status.setText(not_signed_in_text())
            return {}
        done = sum(queued.values())
        self.view.status.setText(
            QueueTriage.tr("%Ln assigned to you: pending until sent", "", done)  # type: ignore[arg-type]
        )
        return queued

    def _key(self, target: str) -> None:
        if target == ASSIGN_TO_ME:
            self.assign_to_me()
        else:
            self.manage(target)

    # ---- the row menu ------------------------------------------------------------------

    def add_menu_actions(self, menu: QMenu) -> list[QAction]:
        """Manage…, Assign to me, Select all N in this view (the cell menu's triage part)."""
        selection = self.view.selection
        count = selection.count()
        incident = self.kind == EntityKind.INCIDENT
        if count > 1:
            text = (
                QCoreApplication.translate("QueueTriage", "Manage %1 selected incidents…")
                if incident
                else QCoreApplication.translate("QueueTriage", "Manage %1 selected alerts…")
            ).replace("%1", number(count))
        else:
            text = (
                QCoreApplication.translate("QueueTriage", "Manage incident…")
                if incident
                else QCoreApplication.translate("QueueTriage", "Manage alert…")
            )
        manage = QAction(text, menu)
        manage.setObjectName("manageSelectedAction")
        manage.setEnabled(count > 0)
        manage.triggered.connect(lambda: self.manage())
        assign = QAction(QCoreApplication.translate("QueueTriage", "Assign to me"), menu)
        assign.setObjectName("assignSelectedToMeAction")
        assign.setEnabled(count > 0)
        assign.triggered.connect(self.assign_to_me)
        made = [manage, assign, select_all_action(self.view, menu)]
        for action in made:
            menu.addAction(action)
        return made


def selected_items(view: QueueView) -> list[tuple[str, str]]:
    """(tenant id, id) of the rows an action takes; raises TooMany before reading a million
    keys (the incidents, alerts and devices queues alike)."""
    count = view.selection.count()
    if count > MAX_ITEMS:
        raise TooMany(count)
    return view.selection.items()


def select_all_action(view: QueueView, menu: QMenu) -> QAction:
    """ "Select all N in this view": every row the filters match, past the loaded window."""
    selection = view.selection
    total = view.model.count()
    select_all = QAction(
        QCoreApplication.translate("QueueTriage", "Select all %1 in this view").replace(
            "%1", number(total)
        ),
        menu,
    )
    select_all.setObjectName("selectAllMatchingAction")
    select_all.setEnabled(total > 0 and not selection.all_matching)
    select_all.triggered.connect(selection.select_all)
    return select_all
