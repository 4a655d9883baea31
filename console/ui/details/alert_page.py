"""The full alert page: header facts, evidence, the process tree, recommended actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMenu, QScrollArea, QSizePolicy, QToolButton, QWidget

from console.cache import alerts as alert_queries
from console.cache import incidents as incident_queries
from console.cache import triage_overlay
from console.domain import mitre
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
from console.ui.details.page_base import DetailsPage, column, mark_pending_facts
from console.ui.details.process_tree import ProcessTree
from console.ui.details.related import evidence_table
from console.ui.details.widgets import (
    FactGrid,
    action_button,
    copy_to_clipboard,
    plain_label,
    severity_label,
    status_label,
    time_label,
)
from console.ui.labels import assigned_label, category_label, label
from console.ui.numbers import number

# A description longer than this many lines scrolls in its box.
DESCRIPTION_LINES = 4


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
        if alert.description:  # what the alert is about, first: the portal's place for it
            self.layout_.addWidget(_DescriptionBox(alert.description))

        self.add_tab(
            column(evidence_table([(alert, item) for item in alert.evidence], with_alert=False)),
            self.tr("Evidence (%1)").replace("%1", number(len(alert.evidence))),
            "evidence",
        )
        self.process_tree = ProcessTree(alert.evidence)
        self.add_tab(column(self.process_tree), self.tr("Process tree"), "processTree")
        self.add_tab(self._recommended(alert), self.tr("Recommended actions"), "recommended")
        self.activity = ActivityTab(context, tenant_id, "alert", alert.id)
        self.add_tab(self.activity, self.tr("Activity"), "activity")
        self.den_card = self._incident_den_card(alert)
        self.add_body(self.den_card)

    def _actions_button(self, alert: Alert) -> None:
        """Actions, as on the incident page (build_alert_actions_menu)."""
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
        left.add(self.tr("Category"), category_label(alert.category))
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
        techniques = right.add(
            self.tr("MITRE techniques"),
            "\n".join(mitre.technique_text(t) for t in alert.mitre_techniques),
            object_name="mitreTechniques",
        )
        techniques.setToolTip(
            self.tr("Technique names from %1, shipped with the console.").replace(
                "%1", mitre.ATTACK_VERSION
            )
        )
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


class _DescriptionBox(QScrollArea):
    """The description, wrapped, as tall as its text up to a few lines; a longer one
    scrolls rather than squeeze the tabs (the process tree) below it on a 700 px screen."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setObjectName("alertDescriptionBox")
        self.label = plain_label(text, name="alertDescription")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # the layout asks how tall at the width it gives
        self.setSizePolicy(policy)
        self.tallest = self.label.fontMetrics().lineSpacing() * DESCRIPTION_LINES

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = max(width - 2 * self.frameWidth(), 50)
        return min(self.label.heightForWidth(inner), self.tallest) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.heightForWidth(max(self.width(), 200)))


def build_alert_actions_menu(context: AppContext, alert: Alert, parent: QWidget) -> QMenu:
    """The alert page's Actions menu: copy its id, Manage alert… and Assign to me (when
    the window can triage), and Ask Defender Experts, as the alert flyout offers it."""
    from console.ui.experts.action import ask_action_for  # the experts UI imports details

    menu = QMenu(parent)
    menu.setObjectName("alertActionsMenu")
    tenant_id, alert_id = alert.tenant_id, alert.id
    copy_id = menu.addAction(QCoreApplication.translate("AlertPage", "Copy alert id"))
    copy_id.setObjectName("copyAlertIdAction")
    copy_id.triggered.connect(lambda: copy_to_clipboard(alert_id))
    if context.triage is not None:
        from console.ui.triage.actions import assign_to_me_action, manage_action

        menu.addSeparator()
        menu.addAction(
            manage_action(context, EntityKind.ALERT, tenant_id, alert_id, alert.title, menu)
        )
        menu.addAction(assign_to_me_action(context, EntityKind.ALERT, tenant_id, alert_id, menu))
    menu.addSeparator()
    menu.addAction(ask_action_for(context, "alert", tenant_id, alert_id, menu))
    return menu
