"""The full alert page: header facts, evidence, the process tree, recommended actions."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QToolButton, QTreeWidget, QTreeWidgetItem, QWidget

from console.cache import alerts as alert_queries
from console.cache import incidents as incident_queries
from console.cache import triage_overlay
from console.domain.den import recommendation_items
from console.domain.models import Alert
from console.domain.triage import (
    ASSIGNED_TO,
    CLASSIFICATION,
    DETERMINATION,
    STATUS,
    EntityKind,
)
from console.ui.context import AppContext
from console.ui.details.activity import ActivityTab
from console.ui.details.den_card import DenCard
from console.ui.details.evidence_facts import ProcessNode, process_forest
from console.ui.details.page_base import DetailsPage, column, mark_pending_facts
from console.ui.details.related import evidence_table
from console.ui.details.widgets import (
    FactGrid,
    action_button,
    escaped_tooltip,
    plain_label,
    severity_label,
    status_label,
    time_label,
)
from console.ui.labels import assigned_label, label


class AlertPage(DetailsPage):
    def __init__(
        self, context: AppContext, tenant_id: str, alert_id: str, parent: QWidget | None = None
    ):
        super().__init__(context, "alertPage", parent)
        self.tenant_id = tenant_id
        self.alert_id = alert_id
        alert = alert_queries.get(context.cache, tenant_id, alert_id)
        if alert is None:
            self.add_header(
                self.tr("Alert %1").replace("%1", alert_id),
                self.tr("This alert is not in the local cache. Sync, then try again."),
            )
            self.layout_.addStretch(1)
            return
        # Triage changes not sent yet show as the queues show them: new values, in italics.
        alert, self.pending = triage_overlay.overlay_item(context.cache, EntityKind.ALERT, alert)
        self.alert = alert
        self.add_header(alert.title, self.tr("Alert %1").replace("%1", alert.id))
        self._facts(alert)
        self._links(alert)
        self.add_portal_button(alert.alert_web_url)
        self._actions_button(alert)
        self.finish_header()

        self.add_tab(
            column(evidence_table([(alert, item) for item in alert.evidence], with_alert=False)),
            self.tr("Evidence (%1)").replace("%1", str(len(alert.evidence))),
            "evidence",
        )
        self.process_tree = self._process_tree(alert)
        self.add_tab(column(self.process_tree), self.tr("Process tree"), "processTree")
        self.add_tab(self._recommended(alert), self.tr("Recommended actions"), "recommended")
        if alert.description:
            self.add_tab(
                column(plain_label(alert.description, name="alertDescription")),
                self.tr("Description"),
                "description",
            )
        self.activity = ActivityTab(context, tenant_id, "alert", alert.id)
        self.add_tab(self.activity, self.tr("Activity"), "activity")
        self.den_card = self._incident_den_card(alert)
        self.add_body(self.den_card)

    def _actions_button(self, alert: Alert) -> None:
        """Actions: Manage alert… and Assign to me, as on the incident page; none in a
        window that cannot change anything."""
        if self.context.triage is None:
            return
        button = QToolButton()
        button.setObjectName("alertActionsButton")
        button.setText(self.tr("Actions"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = build_alert_actions_menu(self.context, alert, button)
        button.setMenu(self.menu)
        self.buttons.addWidget(button)

    def _facts(self, alert: Alert) -> None:
        left, right = FactGrid(), FactGrid()
        left.add(self.tr("Severity"), severity_label(alert.severity), object_name="severityValue")
        status = left.add(self.tr("Status"), status_label(alert.status), object_name="statusValue")
        left.add(self.tr("Category"), alert.category)
        left.add(self.tr("Detection source"), label(alert.detection_source))
        left.add(self.tr("Service source"), label(alert.service_source))
        facts = {
            STATUS: status,
            ASSIGNED_TO: left.add(self.tr("Assigned to"), assigned_label(alert.assigned_to)),
            CLASSIFICATION: right.add(
                self.tr("Classification"), label(alert.classification) or self.tr("Not set")
            ),
            DETERMINATION: right.add(
                self.tr("Determination"), label(alert.determination) or self.tr("Not set")
            ),
        }
        right.add(self.tr("MITRE techniques"), ", ".join(alert.mitre_techniques))
        right.add(self.tr("First activity"), time_label(alert.first_activity))
        right.add(self.tr("Last activity"), time_label(alert.last_activity))
        right.add(self.tr("Last update"), time_label(alert.last_update))
        self.add_facts_row(left, right)
        changed = self.pending.values if self.pending is not None else {}
        mark_pending_facts(self, facts, changed, self.pending)

    def _links(self, alert: Alert) -> None:
        navigator = self.context.navigator
        tenant = self.tenant_id
        if alert.incident_id:
            incident_id = alert.incident_id
            self.buttons.addWidget(
                action_button(
                    self.tr("Open incident %1").replace("%1", incident_id),
                    "openIncidentButton",
                    lambda: navigator.open_incident(tenant, incident_id) if navigator else None,
                    enabled=navigator is not None,
                )
            )
        if alert.device_ids:
            device_id = alert.device_ids[0]
            self.buttons.addWidget(
                action_button(
                    self.tr("Open device page"),
                    "openDeviceButton",
                    lambda: navigator.open_device(tenant, device_id) if navigator else None,
                    enabled=navigator is not None,
                )
            )

    def _process_tree(self, alert: Alert) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("processTree")
        tree.setHeaderLabels(
            [self.tr("Process"), self.tr("Process id"), self.tr("Command line"), self.tr("User")]
        )
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)

        def add(node: ProcessNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
            image = node.image or self.tr("Unknown process")
            if not node.known:
                image = self.tr("%1 (parent, not in evidence)").replace("%1", image)
            item = QTreeWidgetItem(
                [image, "" if node.pid is None else str(node.pid), node.command_line, node.user]
            )
            for col in range(4):
                item.setToolTip(col, escaped_tooltip(item.text(col)))
            if isinstance(parent, QTreeWidget):
                parent.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.children:
                add(child, item)

        forest = process_forest(alert.evidence)
        for root in forest:
            add(root, tree)
        if not forest:
            placeholder = QTreeWidgetItem([self.tr("No process evidence on this alert")])
            tree.addTopLevelItem(placeholder)
        tree.expandAll()
        for col in range(3):
            tree.resizeColumnToContents(col)
        return tree

    def _recommended(self, alert: Alert) -> QWidget:
        items = recommendation_items(alert.recommended_actions)
        if not items:
            return column(plain_label(self.tr("No recommended actions were provided.")))
        labels = [plain_label("\u2022  " + item, name="recommendedAction") for item in items]
        return column(*labels, stretch=True)

    def _incident_den_card(self, alert: Alert) -> DenCard | None:
        if not alert.incident_id:
            return None
        incident = incident_queries.get(self.context.cache, alert.tenant_id, alert.incident_id)
        content = incident.den_content() if incident is not None else None
        if content is None:
            return None
        from console.ui.experts.action import ask_about_notification_action

        ask = ask_about_notification_action(self.context, alert.tenant_id, alert.incident_id, None)
        return DenCard(content, ask_action=ask)


def build_alert_actions_menu(context: AppContext, alert: Alert, parent: QWidget) -> QMenu:
    """The alert page's Actions menu: Manage alert… and Assign to me."""
    from console.ui.triage.actions import assign_to_me_action, manage_action

    menu = QMenu(parent)
    menu.setObjectName("alertActionsMenu")
    tenant_id, alert_id = alert.tenant_id, alert.id
    menu.addAction(manage_action(context, EntityKind.ALERT, tenant_id, alert_id, alert.title, menu))
    menu.addAction(assign_to_me_action(context, EntityKind.ALERT, tenant_id, alert_id, menu))
    return menu
