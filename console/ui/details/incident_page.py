"""The full incident page: header, DEN card, and tabs of alerts, devices, evidence,
comments and activity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from console.cache import alerts as alert_queries
from console.cache import devices as device_queries
from console.cache import incidents as incident_queries
from console.cache import triage_overlay
from console.cache.filters import Filters, Sort
from console.domain.models import Device, Incident
from console.domain.triage import (
    ASSIGNED_TO,
    CLASSIFICATION,
    CUSTOM_TAGS,
    DETERMINATION,
    STATUS,
    EntityKind,
)
from console.ui.context import AppContext
from console.ui.details.activity import ActivityTab, ItemEvent
from console.ui.details.den_card import DenCard
from console.ui.details.page_base import DetailsPage, column, mark_pending_facts
from console.ui.details.related import (
    RELATED_LIMIT,
    alerts_table,
    devices_table,
    evidence_table,
)
from console.ui.details.widgets import (
    FactGrid,
    copy_to_clipboard,
    fill_table,
    plain_label,
    read_only_table,
    severity_label,
    status_label,
    table_item,
    time_label,
)
from console.ui.labels import assigned_label, label, local_time, time_tooltip
from console.ui.numbers import number


class IncidentPage(DetailsPage):
    def __init__(
        self, context: AppContext, tenant_id: str, incident_id: str, parent: QWidget | None = None
    ):
        super().__init__(context, "incidentPage", parent)
        self.tenant_id = tenant_id
        self.incident_id = incident_id
        incident = incident_queries.get(context.cache, tenant_id, incident_id)
        if incident is None:
            self.add_header(
                self.tr("Incident %1").replace("%1", incident_id),
                self.tr("This incident is not in the local cache. Sync, then try again."),
            )
            self.layout_.addStretch(1)
            return
        # Triage changes not sent yet show as the queues show them: new values, in italics.
        incident, self.pending = triage_overlay.overlay_item(
            context.cache, EntityKind.INCIDENT, incident
        )
        self.incident = incident
        self.add_header(incident.display_name, self.tr("Incident %1").replace("%1", incident.id))
        self._facts(incident)
        self.add_portal_button(incident.incident_web_url)
        self._actions_button(incident)
        self.finish_header()
        content = incident.den_content()
        self.den_card = None
        if content is not None:
            from console.ui.experts.action import ask_about_notification_action

            ask = ask_about_notification_action(context, tenant_id, incident_id, None)
            self.den_card = DenCard(content, ask_action=ask)
        self._tabs(incident)
        self.add_body(self.den_card)

    def _actions_button(self, incident: Incident) -> None:
        button = QToolButton()
        button.setObjectName("incidentActionsButton")
        button.setText(self.tr("Actions"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = build_incident_actions_menu(self.context, incident, button)
        button.setMenu(self.menu)
        self.buttons.addWidget(button)

    def _facts(self, incident: Incident) -> None:
        left, right = FactGrid(), FactGrid()
        left.add(
            self.tr("Severity"), severity_label(incident.severity), object_name="severityValue"
        )
        changed = self.pending.values if self.pending is not None else {}
        facts = {
            STATUS: left.add(
                self.tr("Status"), status_label(incident.status), object_name="statusValue"
            ),
            ASSIGNED_TO: left.add(self.tr("Assigned to"), assigned_label(incident.assigned_to)),
            CLASSIFICATION: left.add(
                self.tr("Classification"), label(incident.classification) or self.tr("Not set")
            ),
            DETERMINATION: left.add(
                self.tr("Determination"), label(incident.determination) or self.tr("Not set")
            ),
            CUSTOM_TAGS: right.add(
                self.tr("Tags"), ", ".join(self._tags(incident)) or self.tr("None")
            ),
        }
        right.add(self.tr("Created"), time_label(incident.created))
        right.add(self.tr("Last update"), time_label(incident.last_update))
        active = sum(1 for a in incident.alerts if a.status is None or a.status.value != "resolved")
        right.add(
            self.tr("Alerts"),
            self.tr("%1 active of %2")
            .replace("%1", number(active))
            .replace("%2", number(len(incident.alerts))),
        )
        if incident.summary:
            right.add(self.tr("Summary"), incident.summary)
        self.add_facts_row(left, right)
        mark_pending_facts(self, facts, changed, self.pending)

    @staticmethod
    def _tags(incident: Incident) -> tuple[str, ...]:
        from console.domain.den import DEN_TAG

        tags = incident.tags
        if incident.is_den and DEN_TAG not in tags:
            tags = (DEN_TAG, *tags)
        return tags

    def _tabs(self, incident: Incident) -> None:
        navigator = self.context.navigator
        tenant = self.tenant_id
        rows = alert_queries.page(
            self.context.cache,
            Filters(tenant_ids=(tenant,), incident_id=incident.id),
            Sort("first_activity"),
            0,
            RELATED_LIMIT,
        )
        alerts = alerts_table(rows, lambda alert_id: navigator.open_alert(tenant, alert_id))
        self.add_tab(
            column(alerts), self.tr("Alerts (%1)").replace("%1", number(len(rows))), "alerts"
        )

        device_ids: dict[str, int] = {}
        for alert in incident.alerts:
            for device_id in alert.device_ids:
                device_ids[device_id] = device_ids.get(device_id, 0) + 1
        devices: list[Device] = []
        counts: list[int] = []
        for device_id, count in device_ids.items():
            device = device_queries.get(self.context.cache, tenant, device_id)
            if device is None:
                # Named by evidence but not in the inventory: still worth listing.
                device = Device(id=device_id, tenant_id=tenant, computer_dns_name=device_id)
            devices.append(device)
            counts.append(count)
        table = devices_table(
            devices,
            counts,
            lambda device_id: navigator.open_device(tenant, device_id),
        )
        self.add_tab(
            column(table), self.tr("Devices (%1)").replace("%1", number(len(devices))), "devices"
        )

        evidence = [(alert, item) for alert in incident.alerts for item in alert.evidence]
        self.add_tab(
            column(evidence_table(evidence, with_alert=True)),
            self.tr("Evidence (%1)").replace("%1", number(len(evidence))),
            "evidence",
        )
        self.add_tab(
            self._comments(incident),
            self.tr("Comments (%1)").replace("%1", number(len(incident.comments))),
            "comments",
        )
        self.add_tab(self._activity(incident), self.tr("Activity"), "activity")

    def _comments(self, incident: Incident) -> QWidget:
        if not incident.comments:
            return column(plain_label(self.tr("No comments on this incident yet.")))
        table = read_only_table(
            [self.tr("Time"), self.tr("Author"), self.tr("Comment")], "commentsTable"
        )
        table.setWordWrap(True)
        rows = []
        for comment in incident.comments:
            when = table_item(local_time(comment.created))
            when.setToolTip(time_tooltip(comment.created))
            rows.append(
                [when, table_item(comment.author or self.tr("Unknown")), table_item(comment.text)]
            )
        fill_table(table, rows)
        table.resizeRowsToContents()
        return column(table)

    def _activity(self, incident: Incident) -> QWidget:
        """What the cache knows happened, newest first: the incident's dated events and what
        this console changed (the Audit page's words, each with its status now). The API
        keeps no history of status or classification, so the rest is today's values."""
        events = [ItemEvent(incident.created, self.tr("Incident created"))]
        for alert in incident.alerts:
            events.append(
                ItemEvent(alert.created, self.tr("Alert added: %1").replace("%1", alert.title))
            )
            if alert.resolved is not None:
                events.append(
                    ItemEvent(
                        alert.resolved, self.tr("Alert resolved: %1").replace("%1", alert.title)
                    )
                )
        for comment in incident.comments:
            author = comment.author or self.tr("Unknown")
            events.append(
                ItemEvent(comment.created, self.tr("Comment by %1").replace("%1", author))
            )
        current = (
            self.tr("Last update. Now: %1, %2, classification %3")
            .replace("%1", label(incident.status) or self.tr("Unknown"))
            .replace("%2", assigned_label(incident.assigned_to))
            .replace("%3", label(incident.classification) or self.tr("not set"))
        )
        events.append(ItemEvent(incident.last_update, current))
        note = self.tr(
            "Defender keeps no history of status, assignment or classification changes in "
            "what it sends; this list shows dated events, the current values and what was "
            "changed from this console."
        )
        self.activity = ActivityTab(
            self.context, self.tenant_id, "incident", incident.id, events, note=note
        )
        return self.activity


def build_incident_actions_menu(
    context: AppContext, incident: Incident, parent: QWidget | None = None
) -> QMenu:
    """The incident page's Actions menu: copy its id, Manage incident… and Assign to me
    (when the window can triage), Ask Defender Experts (the portal offers it here)."""
    from console.ui.experts.action import ask_action_for  # the experts UI imports details

    menu = QMenu(parent)
    menu.setObjectName("incidentActionsMenu")
    incident_id = incident.id
    copy_id = menu.addAction(QCoreApplication.translate("IncidentPage", "Copy incident id"))
    copy_id.setObjectName("copyIncidentIdAction")
    copy_id.triggered.connect(lambda: copy_to_clipboard(incident_id))
    if context.triage is not None:  # a window that can change things: the portal's Manage
        from console.ui.triage.actions import assign_to_me_action, manage_action

        tenant_id, name = incident.tenant_id, incident.display_name
        menu.addSeparator()
        menu.addAction(
            manage_action(context, EntityKind.INCIDENT, tenant_id, incident_id, name, menu)
        )
        menu.addAction(
            assign_to_me_action(context, EntityKind.INCIDENT, tenant_id, incident_id, menu)
        )
    menu.addSeparator()
    menu.addAction(ask_action_for(context, "incident", incident.tenant_id, incident_id, menu))
    return menu
