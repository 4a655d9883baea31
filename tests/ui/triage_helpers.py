"""Helpers shared by the triage UI tests (not a test module)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication, QComboBox

from console.cache import triage
from console.triage.service import TriageService
from console.ui.context import AppContext
from console.ui.triage.manage_dialog import ManageDialog

ME = "me@contoso.example"


def with_triage(context: AppContext, actors: dict[str, str] | None = None) -> AppContext:
    """The context with a TriageService over its tenants (each tenant's "me" from
    `actors`, else ME), as the window makes it."""
    names = actors or {tenant: ME for tenant in context.tenant_ids}
    service = TriageService(context.cache, {t: (lambda who=who: who) for t, who in names.items()})
    return dataclasses.replace(context, triage=service)


def choose(combo: QComboBox, value: object) -> None:
    """Pick the entry whose data is `value`, as the analyst would."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def open_dialogs() -> list[ManageDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, ManageDialog) and w.isVisible()]


def waiting_values(context: AppContext, tenant_id: str | None = None) -> dict[str, dict]:
    """The queued changes of a tenant by item id: the fields each one changes."""
    return {
        change.entity_id: change.values
        for change in triage.waiting(context.cache, tenant_id or context.tenant_id)
    }
