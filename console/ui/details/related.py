"""Tables of related items on the pages (an incident's alerts, a device's incidents, evidence).

These are small, bounded lists (one item's relations), so plain `QTableWidget`s
filled once are enough; the big queues use the lazy SQL-backed models instead.
Activating a row (double-click or Enter) opens that item's page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from console.cache.rows import AlertRow, IncidentRow
from console.domain.models import Alert, Device, Evidence
from console.ui.details.widgets import fill_table, read_only_table, table_item
from console.ui.labels import (
    assigned_label,
    evidence_kind_label,
    label,
    local_time,
    time_tooltip,
)
from console.ui.style import severity_color, status_color

# A page lists at most this many related items; the queue shows them all.
RELATED_LIMIT = 500


def _on_activate(table: QTableWidget, ids: Sequence[str], opener: Callable[[str], object]) -> None:
    def activated(index: QModelIndex) -> None:
        if 0 <= index.row() < len(ids):
            opener(ids[index.row()])

    table.activated.connect(activated)


def _time_item(value: datetime | None) -> QTableWidgetItem:
    item = table_item(local_time(value))
    item.setToolTip(time_tooltip(value))
    return item


def alerts_table(
    rows: Sequence[AlertRow], opener: Callable[[str], object], object_name: str = "alertsTable"
) -> QTableWidget:
    table = read_only_table(
        [
            QCoreApplication.translate("RelatedTables", "Title"),
            QCoreApplication.translate("RelatedTables", "Severity"),
            QCoreApplication.translate("RelatedTables", "Status"),
            QCoreApplication.translate("RelatedTables", "Detection source"),
            QCoreApplication.translate("RelatedTables", "Device"),
            QCoreApplication.translate("RelatedTables", "First activity"),
            QCoreApplication.translate("RelatedTables", "Assigned to"),
        ],
        object_name,
    )
    fill_table(
        table,
        [
            [
                table_item(("\u2691 " if row.is_den else "") + row.title, tooltip=row.title),
                table_item(label(row.severity), color=severity_color(row.severity)),
                table_item(label(row.status), color=status_color(row.status)),
                table_item(label(row.detection_source)),
                table_item(row.device_name or row.device_id),
                _time_item(row.first_activity),
                table_item(assigned_label(row.assigned_to)),
            ]
            for row in rows
        ],
    )
    _on_activate(table, [row.id for row in rows], opener)
    return table


def incidents_table(
    rows: Sequence[IncidentRow],
    opener: Callable[[str], object],
    object_name: str = "incidentsTable",
) -> QTableWidget:
    table = read_only_table(
        [
            QCoreApplication.translate("RelatedTables", "Incident name"),
            QCoreApplication.translate("RelatedTables", "Incident id"),
            QCoreApplication.translate("RelatedTables", "Severity"),
            QCoreApplication.translate("RelatedTables", "Status"),
            QCoreApplication.translate("RelatedTables", "Last update"),
            QCoreApplication.translate("RelatedTables", "Assigned to"),
        ],
        object_name,
    )
    fill_table(
        table,
        [
            [
                table_item(("\u2691 " if row.is_den else "") + row.name, tooltip=row.name),
                table_item(row.id),
                table_item(label(row.severity), color=severity_color(row.severity)),
                table_item(label(row.status), color=status_color(row.status)),
                _time_item(row.last_update),
                table_item(assigned_label(row.assigned_to)),
            ]
            for row in rows
        ],
    )
    _on_activate(table, [row.id for row in rows], opener)
    return table


def devices_table(
    devices: Sequence[Device], alert_counts: Sequence[int], opener: Callable[[str], object]
) -> QTableWidget:
    table = read_only_table(
        [
            QCoreApplication.translate("RelatedTables", "Device name"),
            QCoreApplication.translate("RelatedTables", "Risk level"),
            QCoreApplication.translate("RelatedTables", "Health state"),
            QCoreApplication.translate("RelatedTables", "OS platform"),
            QCoreApplication.translate("RelatedTables", "IP address"),
            QCoreApplication.translate("RelatedTables", "Alerts here"),
        ],
        "devicesTable",
    )
    fill_table(
        table,
        [
            [
                table_item(device.computer_dns_name),
                table_item(label(device.risk_score), color=severity_color(device.risk_score)),
                table_item(label(device.health_status)),
                table_item(device.os_platform),
                table_item(device.last_ip_address),
                table_item(str(count)),
            ]
            for device, count in zip(devices, alert_counts, strict=True)
        ],
    )
    _on_activate(table, [device.id for device in devices], opener)
    return table


def evidence_table(items: Sequence[tuple[Alert, Evidence]], with_alert: bool) -> QTableWidget:
    headers = [
        QCoreApplication.translate("RelatedTables", "Kind"),
        QCoreApplication.translate("RelatedTables", "Entity"),
        QCoreApplication.translate("RelatedTables", "Verdict"),
        QCoreApplication.translate("RelatedTables", "Remediation"),
        QCoreApplication.translate("RelatedTables", "Roles"),
    ]
    if with_alert:
        headers.append(QCoreApplication.translate("RelatedTables", "Alert"))
    table = read_only_table(headers, "evidenceTable")
    rows = []
    for alert, item in items:
        cells = [
            table_item(evidence_kind_label(item.kind)),
            table_item(item.label),
            table_item(label(item.verdict)),
            table_item(label(item.remediation_status)),
            table_item(", ".join(label(role) for role in item.roles)),
        ]
        if with_alert:
            cells.append(table_item(alert.title))
        rows.append(cells)
    fill_table(table, rows)
    return table
