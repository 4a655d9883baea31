"""Side panes for the selected row of the incident, alert and device queues.

Each pane reads the one item it shows from the cache (a DEN's card needs the
incident's full text, which the queue rows do not carry) and scrolls on its own,
so a long DEN never pushes the buttons out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.cache import alerts as alert_queries
from console.cache import devices as device_queries
from console.cache import incidents as incident_queries
from console.cache.filters import Filters, Sort
from console.cache.rows import AlertRow, DeviceRow, IncidentRow
from console.domain.den import DenContent
from console.domain.triage import EntityKind
from console.ui.context import AppContext
from console.ui.details.den_card import DenCard
from console.ui.details.device_menu import build_device_menu
from console.ui.details.widgets import (
    FactGrid,
    action_button,
    colored_value,
    heading,
    joined,
    plain_label,
    severity_label,
    status_label,
    time_label,
)
from console.ui.labels import assigned_label, category_label, label
from console.ui.style import severity_color


def incident_den_content(
    context: AppContext, tenant_id: str, incident_id: str
) -> DenContent | None:
    incident = incident_queries.get(context.cache, tenant_id, incident_id)
    return None if incident is None else incident.den_content()


class _Pane(QScrollArea):
    """A scrolling column: heading, facts, optional DEN card, buttons at the bottom."""

    def __init__(self, context: AppContext, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(12, 12, 12, 12)
        self.body.setSpacing(10)
        self.setWidget(body)
        # No minimum width of its own: the queue's side area decides the width, and a
        # pane wider than that area would be clipped (its horizontal scroll bar is off).

    def add_buttons(self, *buttons: QWidget) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)

    def finish(self) -> None:
        self.body.addStretch(1)

    def add_ask_experts(self, kind: str, tenant_id: str, entity_id: str) -> None:
        """The pane's "Ask Defender Experts" (the portal's flyout offers it): an action,
        for keyboard and automation, and a button for it."""
        from console.ui.experts.action import ask_action_for  # the experts UI imports details

        action = ask_action_for(self.context, kind, tenant_id, entity_id, self)
        self.ask_action = action
        self.addAction(action)
        button = action_button(action.text(), "askExpertsButton", action.trigger)
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())
        self.add_buttons(button)

    def _pending_note(self, row: IncidentRow | AlertRow) -> None:
        """Under the facts, what the italics mean (and, when held, where to settle it)."""
        if row.pending:
            from console.ui.queues import pending

            self.body.addWidget(pending.note_label(row.pending_state))

    def add_triage(self, kind: EntityKind, tenant_id: str, entity_id: str, subject: str) -> None:
        """ "Manage…" and "Assign to me" (the portal's flyout offers them), as actions and
        buttons; none in a window that cannot change anything."""
        if self.context.triage is None:
            return
        from console.ui.triage.actions import assign_to_me_action, manage_action

        manage = manage_action(self.context, kind, tenant_id, entity_id, subject, self)
        assign = assign_to_me_action(self.context, kind, tenant_id, entity_id, self)
        self.manage_action, self.assign_action = manage, assign
        buttons = []
        for action, name in ((manage, "manageButton"), (assign, "assignToMeButton")):
            self.addAction(action)
            buttons.append(action_button(action.text(), name, action.trigger))
        self.add_buttons(*buttons)

    def portal_button(self, url: str | None) -> QWidget:
        # Slots capture the navigator and the url, never `self`: a closure that holds the
        # pane keeps its Python wrapper alive past the C++ widget and crashes at teardown.
        navigator = self.context.navigator
        return action_button(
            self.tr("Open in Defender portal"),
            "openInPortalButton",
            lambda: navigator.open_url(url) if navigator and url else None,
            enabled=bool(url) and navigator is not None,
        )


def _mark_pending(value: QWidget, row: IncidentRow | AlertRow, key: str) -> None:
    """A fact whose value is a triage change not sent yet: in italics, as in the queue."""
    if key in row.pending:
        from console.ui.queues import pending

        pending.italicize(value)


class IncidentPane(_Pane):
    def __init__(self, context: AppContext, row: IncidentRow, parent: QWidget | None = None):
        super().__init__(context, "incidentPane", parent)
        self.row = row
        incident = incident_queries.get(context.cache, row.tenant_id, row.id)
        self.web_url = incident.incident_web_url if incident else None
        title = heading(row.name, size_delta=2)
        title.setObjectName("paneTitle")
        self.body.addWidget(title)
        self.body.addWidget(plain_label(self.tr("Incident %1").replace("%1", row.id)))

        facts = FactGrid()
        facts.add(self.tr("Severity"), severity_label(row.severity), object_name="severityValue")
        status = facts.add(self.tr("Status"), status_label(row.status), object_name="statusValue")
        _mark_pending(status, row, "status")
        _mark_pending(
            facts.add(self.tr("Assigned to"), assigned_label(row.assigned_to)), row, "assigned_to"
        )
        klass = facts.add(
            self.tr("Classification"), label(row.classification) or self.tr("Not set")
        )
        _mark_pending(klass, row, "classification")
        found = facts.add(self.tr("Determination"), label(row.determination) or self.tr("Not set"))
        _mark_pending(found, row, "determination")
        tags = facts.add(
            self.tr("Tags"), ", ".join(row.tags) or self.tr("None"), object_name="tagsValue"
        )
        _mark_pending(tags, row, "tags")
        facts.add(
            self.tr("Alerts"),
            self.tr("%1 active of %2")
            .replace("%1", str(row.active_alerts))
            .replace("%2", str(row.alert_count)),
        )
        facts.add(self.tr("Impacted devices"), str(row.impacted_devices))
        facts.add(self.tr("Categories"), ", ".join(category_label(c) for c in row.categories))
        facts.add(self.tr("Service sources"), joined(row.service_sources))
        facts.add(self.tr("Detection sources"), joined(row.detection_sources))
        facts.add(self.tr("First activity"), time_label(row.first_activity))
        facts.add(self.tr("Last activity"), time_label(row.last_activity))
        facts.add(self.tr("Created"), time_label(row.created))
        facts.add(self.tr("Last update"), time_label(row.last_update))
        self.body.addWidget(facts)
        self._pending_note(row)

        content = incident.den_content() if incident else None
        if content is not None:
            ask = _ask_about_den(context, row.tenant_id, row.id)
            self.body.addWidget(DenCard(content, ask_action=ask))

        navigator = context.navigator
        self.add_buttons(
            action_button(
                self.tr("Open incident page"),
                "openIncidentPageButton",
                lambda: navigator.open_incident(row.tenant_id, row.id) if navigator else None,
                enabled=navigator is not None,
            ),
            self.portal_button(self.web_url),
        )
        self.add_triage(EntityKind.INCIDENT, row.tenant_id, row.id, row.name)
        self.add_ask_experts("incident", row.tenant_id, row.id)
        self.finish()


def _ask_about_den(context: AppContext, tenant_id: str, incident_id: str) -> QAction:
    from console.ui.experts.action import ask_about_notification_action

    return ask_about_notification_action(context, tenant_id, incident_id, None)


class AlertPane(_Pane):
    def __init__(self, context: AppContext, row: AlertRow, parent: QWidget | None = None):
        super().__init__(context, "alertPane", parent)
        self.row = row
        alert = alert_queries.get(context.cache, row.tenant_id, row.id)
        self.web_url = alert.alert_web_url if alert else None
        navigator = context.navigator
        title = heading(row.title, size_delta=2)
        title.setObjectName("paneTitle")
        self.body.addWidget(title)
        self.body.addWidget(plain_label(self.tr("Alert %1").replace("%1", row.id)))

        facts = FactGrid()
        facts.add(self.tr("Severity"), severity_label(row.severity), object_name="severityValue")
        status = facts.add(self.tr("Status"), status_label(row.status), object_name="statusValue")
        _mark_pending(status, row, "status")
        facts.add(self.tr("Category"), category_label(row.category))
        facts.add(self.tr("Detection source"), label(row.detection_source))
        facts.add(self.tr("Service source"), label(row.service_source))
        _mark_pending(
            facts.add(self.tr("Assigned to"), assigned_label(row.assigned_to)), row, "assigned_to"
        )
        klass = facts.add(
            self.tr("Classification"), label(row.classification) or self.tr("Not set")
        )
        _mark_pending(klass, row, "classification")
        if row.determination is not None or "determination" in row.pending:
            found = facts.add(self.tr("Determination"), label(row.determination))
            _mark_pending(found, row, "determination")
        facts.add(self.tr("First activity"), time_label(row.first_activity))
        facts.add(self.tr("Last activity"), time_label(row.last_activity))
        if row.device_id:
            device_link = action_button(
                (row.device_name or row.device_id).replace("&", "&&"),  # no mnemonic
                "alertDeviceLink",
                lambda: (
                    navigator.open_device(row.tenant_id, row.device_id or "") if navigator else None
                ),
                enabled=navigator is not None,
            )
            device_link.setFlat(True)
            device_link.setStyleSheet("text-align: left;")  # reads as a link, not a button
            facts.add(self.tr("Device"), device_link)
        else:
            facts.add(self.tr("Device"), self.tr("None"))
        if row.incident_id:
            incident_link = action_button(
                self.tr("Incident %1").replace("%1", row.incident_id),
                "alertIncidentLink",
                lambda: (
                    navigator.open_incident(row.tenant_id, row.incident_id or "")
                    if navigator
                    else None
                ),
                enabled=navigator is not None,
            )
            incident_link.setFlat(True)
            incident_link.setStyleSheet("text-align: left;")
            facts.add(self.tr("Incident"), incident_link)
        self.body.addWidget(facts)
        self._pending_note(row)

        content = self._incident_den(row)
        if content is not None and row.incident_id:
            ask = _ask_about_den(context, row.tenant_id, row.incident_id)
            self.body.addWidget(DenCard(content, ask_action=ask))

        self.add_buttons(
            action_button(
                self.tr("Open alert page"),
                "openAlertPageButton",
                lambda: navigator.open_alert(row.tenant_id, row.id) if navigator else None,
                enabled=navigator is not None,
            ),
            self.portal_button(self.web_url),
        )
        self.add_triage(EntityKind.ALERT, row.tenant_id, row.id, row.title)
        self.add_ask_experts("alert", row.tenant_id, row.id)
        self.finish()

    def _incident_den(self, row: AlertRow) -> DenContent | None:
        """The DEN card of the alert's incident, when that incident is a DEN."""
        if not row.incident_id:
            return None
        rows = incident_queries.page(
            self.context.cache,
            Filters(tenant_ids=(row.tenant_id,), incident_id=row.incident_id),
            Sort("id"),
            0,
            1,
        )
        if not rows or not rows[0].is_den:
            return None
        return incident_den_content(self.context, row.tenant_id, row.incident_id)


class DevicePane(_Pane):
    def __init__(self, context: AppContext, row: DeviceRow, parent: QWidget | None = None):
        super().__init__(context, "devicePane", parent)
        self.row = row
        navigator = context.navigator

        header = QHBoxLayout()
        title = heading(row.name, size_delta=2)
        title.setObjectName("paneTitle")
        header.addWidget(title, 1)
        more = QToolButton()
        more.setObjectName("deviceMoreButton")
        more.setText("\u2026")
        more.setToolTip(self.tr("More actions"))
        more.setAccessibleName(self.tr("More actions"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.menu = build_device_menu(context, row, more)
        more.setMenu(self.menu)
        header.addWidget(more, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(header)

        device_filter = Filters(tenant_ids=(row.tenant_id,), device_id=row.id)
        incident_count = incident_queries.count(context.cache, device_filter)
        alert_count = alert_queries.count(context.cache, device_filter)
        device = device_queries.get(context.cache, row.tenant_id, row.id)

        facts = FactGrid()
        facts.add(
            self.tr("Risk level"),
            colored_value(
                label(row.risk_score) or self.tr("Unknown"), severity_color(row.risk_score)
            ),
            object_name="riskValue",
        )
        facts.add(
            self.tr("Exposure level"),
            colored_value(
                label(row.exposure_level) or self.tr("Unknown"), severity_color(row.exposure_level)
            ),
        )
        facts.add(self.tr("Health state"), label(row.health_status))
        facts.add(self.tr("Onboarding status"), label(row.onboarding_status))
        facts.add(self.tr("OS"), " ".join(p for p in (row.os_platform, row.os_version) if p))
        facts.add(self.tr("Domain"), row.domain)
        facts.add(self.tr("IP address"), row.ip_address)
        if device is not None and device.last_external_ip_address:
            facts.add(self.tr("External IP"), device.last_external_ip_address)
        facts.add(self.tr("Device value"), label(row.device_value))
        facts.add(self.tr("Tags"), ", ".join(row.tags) or self.tr("None"), object_name="tagsValue")
        facts.add(self.tr("First seen"), time_label(row.first_seen))
        facts.add(self.tr("Last seen"), time_label(row.last_seen))
        facts.add(self.tr("Incidents"), str(incident_count), object_name="incidentCountValue")
        facts.add(self.tr("Alerts"), str(alert_count), object_name="alertCountValue")
        self.body.addWidget(facts)

        self.add_buttons(
            action_button(
                self.tr("Open device page"),
                "openDevicePageButton",
                lambda: navigator.open_device(row.tenant_id, row.id) if navigator else None,
                enabled=navigator is not None,
            ),
        )
        self.finish()


def incident_pane(context: AppContext, row: IncidentRow) -> QWidget:
    return IncidentPane(context, row)


def alert_pane(context: AppContext, row: AlertRow) -> QWidget:
    return AlertPane(context, row)


def device_pane(context: AppContext, row: DeviceRow) -> QWidget:
    return DevicePane(context, row)
