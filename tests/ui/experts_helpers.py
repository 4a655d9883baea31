"""Shared pieces of the Ask Defender Experts UI tests: a service, finding the dialog, rows."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from console.cache import alerts, devices, incidents
from console.cache.filters import DeviceFilters, Filters, Sort
from console.experts import ExpertsService
from console.ui.experts import AskDefenderExpertsDialog


def with_offline_experts(context):
    """The same context with an experts service that has no transport: every question
    waits in the outbox."""
    service = ExpertsService(context.cache, context.tenant_id, None)
    return dataclasses.replace(context, experts=service)


def open_dialogs() -> list[AskDefenderExpertsDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, AskDefenderExpertsDialog) and w.isVisible()
    ]


def the_dialog(qtbot) -> AskDefenderExpertsDialog:
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=3000)
    return open_dialogs()[0]


def close_dialogs() -> None:
    for dialog in open_dialogs():
        dialog.close()


def device_row(context):
    return devices.page(context.cache, DeviceFilters(), Sort("name"), 0, 1)[0]


def alert_row(context):
    return alerts.page(context.cache, Filters(), Sort("first_activity", True), 0, 1)[0]


def incident_row(context, *, den: bool = False):
    filters = Filters(den_only=True) if den else Filters()
    return incidents.page(context.cache, filters, Sort("last_update", True), 0, 1)[0]
