"""The device page: details, its incidents and alerts, users seen in evidence, alerts over time."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QToolButton, QWidget

from console.cache import alerts as alert_queries
from console.cache import devices as device_queries
from console.cache import incidents as incident_queries
from console.cache.filters import Filters, Sort
from console.cache.rows import AlertRow
from console.domain.models import Device
from console.ui.context import AppContext
from console.ui.details.activity import ActivityTab
from console.ui.details.alert_chart import AlertsOverTimeChart
from console.ui.details.device_menu import build_device_menu
from console.ui.details.device_tags_fact import DeviceTagsFact
from console.ui.details.evidence_facts import users_seen
from console.ui.details.page_base import DetailsPage, column
from console.ui.details.related import RELATED_LIMIT, alerts_table, incidents_table
from console.ui.details.widgets import (
    FactGrid,
    colored_value,
    fill_table,
    heading,
    plain_label,
    read_only_table,
    table_item,
    time_label,
)
from console.ui.error_texts import reason_text
from console.ui.labels import label
from console.ui.numbers import number
from console.ui.style import severity_color

log = logging.getLogger(__name__)

# Users are read from the evidence of at most this many of the device's newest alerts.
_USER_SCAN_LIMIT = 200


class DevicePage(DetailsPage):
    def __init__(
        self, context: AppContext, tenant_id: str, device_id: str, parent: QWidget | None = None
    ):
        super().__init__(context, "devicePage", parent)
        self.tenant_id = tenant_id
        self.device_id = device_id
        device = device_queries.get(context.cache, tenant_id, device_id)
        if device is None:
            self.add_header(
                device_id, self.tr("This device is not in the local cache. Sync, then try again.")
            )
            self.layout_.addStretch(1)
            return
        self.device = device
        self.add_header(device.computer_dns_name, self.tr("Device %1").replace("%1", device.id))
        self._facts(device)
        self._menu_button(device)
        self.finish_header()

        device_filter = Filters(tenant_ids=(tenant_id,), device_id=device_id)
        newest_first = Sort("first_activity", descending=True)
        cache = context.cache
        incidents = incident_queries.page(
            cache, device_filter, Sort("last_update", descending=True), 0, RELATED_LIMIT
        )
        alerts = alert_queries.page(cache, device_filter, newest_first, 0, RELATED_LIMIT)
        self.alert_rows = alerts
        navigator = context.navigator

        self.chart = AlertsOverTimeChart()
        self.chart.set_times(row.first_activity or row.created for row in alerts)
        chart_title = (
            self.tr("Alerts over time, per week")
            if self.chart.unit == "week"
            else self.tr("Alerts over time, per day")
        )
        chart_holder = column(heading(chart_title, size_delta=0), self.chart)
        self.layout_.addWidget(chart_holder)

        self.add_tab(
            column(
                incidents_table(
                    incidents,
                    lambda incident_id: (
                        navigator.open_incident(tenant_id, incident_id) if navigator else None
                    ),
                    "deviceIncidentsTable",
                )
            ),
            self.tr("Incidents (%1)").replace("%1", number(len(incidents))),
            "incidents",
        )
        self.add_tab(
            column(
                alerts_table(
                    alerts,
                    lambda alert_id: (
                        navigator.open_alert(tenant_id, alert_id) if navigator else None
                    ),
                    "deviceAlertsTable",
                )
            ),
            self.tr("Alerts (%1)").replace("%1", number(len(alerts))),
            "alerts",
        )
        self.users = self._users(alerts)
        self.add_tab(
            self._users_tab(), self.tr("Users (%1)").replace("%1", number(len(self.users))), "users"
        )
        # Empty, the tab says what will appear there rather than showing an empty table.
        self.activity = ActivityTab(
            context,
            tenant_id,
            "device",
            device.id,
            empty_text=self.tr(
                "No activity from this console on this device yet: its response actions, "
                "tags and questions to Defender Experts will be listed here."
            ),
        )
        self.add_tab(self.activity, self.tr("Activity"), "activity")
        self.add_body(None)

    def _facts(self, device: Device) -> None:
        left, right = FactGrid(), FactGrid()
        left.add(
            self.tr("Risk level"),
            colored_value(
                label(device.risk_score) or self.tr("Unknown"), severity_color(device.risk_score)
            ),
            object_name="riskValue",
        )
        left.add(
            self.tr("Exposure level"),
            colored_value(
                label(device.exposure_level) or self.tr("Unknown"),
                severity_color(device.exposure_level),
            ),
        )
        left.add(self.tr("Health state"), label(device.health_status))
        left.add(self.tr("Onboarding status"), label(device.onboarding_status))
        left.add(self.tr("Device value"), label(device.device_value))
        # Its own reads: a tag queued here shows at once (pending), and again once sent.
        self.tags_fact = DeviceTagsFact(self.context, device.tenant_id, device.id)
        left.add(self.tr("Tags"), self.tags_fact)
        os_text = " ".join(
            p for p in (device.os_platform, device.os_version, device.os_architecture) if p
        )
        if device.os_build:
            os_text += self.tr(" (build %1)").replace("%1", str(device.os_build))
        right.add(self.tr("OS"), os_text)
        right.add(self.tr("IP address"), device.last_ip_address)
        right.add(self.tr("External IP"), device.last_external_ip_address)
        right.add(self.tr("Device group"), device.rbac_group_name)
        right.add(self.tr("First seen"), time_label(device.first_seen))
        right.add(self.tr("Last seen"), time_label(device.last_seen))
        self.add_facts_row(left, right)

    def _menu_button(self, device: Device) -> None:
        button = QToolButton()
        button.setObjectName("deviceMoreButton")
        button.setText(self.tr("Actions"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = build_device_menu(self.context, device, button, open_page=False)
        self._response_actions(device)
        button.setMenu(self.menu)
        self.buttons.addWidget(button)

    def _response_actions(self, device: Device) -> None:
        """Isolate, scan, collect, restrict, as the portal's device page offers them: each
        confirmed, then sent at once and followed here (never queued)."""
        from console.domain.response import RESPONSES
        from console.ui.triage.response_dialog import title

        self.response_status = plain_label("", name="responseStatus")
        self.response_status.setWordWrap(True)
        self.response_status.hide()
        self.layout_.addWidget(self.response_status)
        self.runs: list[Any] = []  # each followed action, until it ends
        service = self.context.response
        available = service is not None and service.reachable(self.tenant_id)
        self.containment_label = plain_label("", name="containmentLabel")
        self.containment_label.hide()
        self.layout_.addWidget(self.containment_label)
        if available:
            self.read_containment()
        section = self.menu.addSeparator()
        section.setObjectName("responseSection")
        self.response_actions = {}
        tags = self.menu.addSeparator()
        tags.setObjectName("deviceTagsSection")
        for name, text, remove in (
            ("addDeviceTagAction", self.tr("Add a tag…"), False),
            ("removeDeviceTagAction", self.tr("Remove a tag…"), True),
        ):
            tag_action = self.menu.addAction(text)
            tag_action.setObjectName(name)
            tag_action.setEnabled(self.context.triage is not None)
            tag_action.triggered.connect(lambda _c=False, r=remove: self.ask_tag(r))
        self.menu.addSeparator()
        for response in RESPONSES:
            action = self.menu.addAction(title(response.type) + "…")
            action.setObjectName(f"{response.type.value[0].lower()}{response.type.value[1:]}Action")
            action.setEnabled(available)
            if not available:
                action.setToolTip(self.tr("Device actions need the tenant to be reachable."))
            action.triggered.connect(lambda _c=False, t=response.type: self.confirm_response(t))
            self.response_actions[response.type] = action

    def ask_tag(self, remove: bool) -> Any:
        """A tag to add to (or remove from) this device, queued like a triage change."""
        from console.cache import tags
        from console.ui.triage.device_tag_dialog import open_device_tag_dialog

        if remove:
            choices = list(self.device.machine_tags)
        else:  # type-ahead from the tags the tenant's devices carry
            choices = tags.distinct(self.context.cache, [self.tenant_id], "device")
        return open_device_tag_dialog(
            self,
            remove=remove,
            choices=choices,
            count=1,
            on_chosen=lambda tag: self.tag_device(tag, remove),
        )

    def tag_device(self, tag: str, remove: bool) -> None:
        triage = self.context.triage
        if triage is None or not tag.strip():
            return
        triage.tag_devices([(self.tenant_id, self.device_id)], tag, remove=remove)
        self.context.events.triage_acted([self.tenant_id])
        text = (
            self.tr("Tag “%1” removed: sent when online")
            if remove
            else self.tr("Tag “%1” added: sent when online")
        )
        self._say(text.replace("%1", tag.strip()))

    def confirm_response(self, action: Any) -> Any:
        """The confirmation for `action` (opened, not exec'd); confirming sends it."""
        from console.ui.triage.response_dialog import ResponseDialog

        dialog = ResponseDialog(action, self.device.computer_dns_name or self.device.id, self)
        dialog.accepted.connect(lambda: self.send_response(action, *dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def send_response(self, action: Any, comment: str, option: Any = None) -> Any:
        """Send the confirmed action and follow it on this page; returns its ResponseRun."""
        from console.ui.triage.response_dialog import title
        from console.ui.triage.response_follow import ResponseRun, start_run, status_text

        run = ResponseRun(
            self.context, self.tenant_id, self.device_id, action, comment, option, self
        )
        name = title(action)
        run.changed.connect(
            lambda found: self._say(
                self.tr("%1: %2").replace("%1", name).replace("%2", status_text(found))
            )
        )
        run.changed.connect(self._offer_package)
        run.changed.connect(self._containment_moved)
        run.failed.connect(
            lambda why: self._say(self.tr("%1: %2").replace("%1", name).replace("%2", why))
        )
        self._say(self.tr("%1: sending…").replace("%1", name))
        self.runs.append(run)
        run.task = start_run(run)
        return run

    def read_containment(self) -> Any:
        """Whether the device is isolated or restricted now, read from its actions off the
        GUI thread (online only: offline the line stays hidden). Returns the task."""
        import asyncio

        service = self.context.response
        if service is None:
            return None

        async def read() -> str | None:
            loop = asyncio.get_event_loop()
            try:
                isolated, restricted = await loop.run_in_executor(
                    None, service.containment, self.tenant_id, self.device_id
                )
            except Exception:  # offline or refused: nothing said rather than a guess
                return None
            parts = []
            if isolated is not None:
                kind = isolated.scope or "Full"
                parts.append(
                    self.tr("Isolated (%1)").replace(
                        "%1", self.tr("selective") if kind == "Selective" else self.tr("full")
                    )
                )
            else:
                parts.append(self.tr("Not isolated"))
            if restricted:
                parts.append(self.tr("apps restricted"))
            text = self.tr("Containment: %1").replace("%1", " · ".join(parts))
            self.containment_label.setText(text)
            self.containment_label.show()
            return text

        coroutine = read()
        self.containment_task: asyncio.Task[str | None] | None
        try:
            self.containment_task = asyncio.ensure_future(coroutine)
        except RuntimeError:  # no asyncio loop (a widget test without qasync)
            coroutine.close()
            self.containment_task = None
        return self.containment_task

    def _offer_package(self, found: Any) -> None:
        """A collected package that is ready: "Download package…" under the status line."""
        from console.domain.response import ActionStatus, ActionType

        if found.type != ActionType.COLLECT_INVESTIGATION_PACKAGE:
            return
        if found.status != ActionStatus.SUCCEEDED:
            return
        if getattr(self, "download_button", None) is None:
            from PySide6.QtWidgets import QPushButton

            self.download_button = QPushButton(self.tr("Download package…"))
            self.download_button.setObjectName("downloadPackageButton")
            self.download_button.clicked.connect(self.choose_package_folder)
            self.layout_.addWidget(self.download_button)
        self.package = found  # the latest ready one
        self.download_button.show()

    def _containment_moved(self, found: Any) -> None:
        from console.domain.response import ActionStatus, ActionType

        contain = (
            ActionType.ISOLATE,
            ActionType.UNISOLATE,
            ActionType.RESTRICT_CODE_EXECUTION,
            ActionType.UNRESTRICT_CODE_EXECUTION,
        )
        if found.type in contain and found.status == ActionStatus.SUCCEEDED:
            self.read_containment()

    def choose_package_folder(self) -> Any:
        """Where to save the package (opened, not exec'd); choosing downloads it."""
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self, self.tr("Save the investigation package in"))
        dialog.setObjectName("packageFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self.download_package(Path(folder)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def download_package(self, folder: Path) -> Any:
        """Download the ready package into `folder` off the GUI thread; says where it went.
        Returns the task (tests await it)."""
        import asyncio

        service, package = self.context.response, getattr(self, "package", None)
        if service is None or package is None:
            return None
        self._say(self.tr("Downloading the investigation package…"))

        async def fetch() -> Path | None:
            loop = asyncio.get_event_loop()
            try:
                saved = await loop.run_in_executor(
                    None, service.download_package, self.tenant_id, package, folder
                )
            except Exception as error:  # said in words, never raised into the loop
                log.warning("investigation package not downloaded: %s", error)
                self._say(
                    self.tr("The package was not downloaded: %1").replace("%1", reason_text(error))
                )
                return None
            self._say(self.tr("Investigation package saved: %1").replace("%1", str(saved)))
            return saved

        self.download_task = asyncio.ensure_future(fetch())
        return self.download_task

    def _say(self, text: str) -> None:
        self.response_status.setText(text)
        self.response_status.show()

    def _users(self, rows: list[AlertRow]) -> dict[str, int]:
        """Accounts named by user/account evidence and process evidence on this device's alerts."""
        seen: dict[str, int] = {}
        for row in rows[:_USER_SCAN_LIMIT]:
            alert = alert_queries.get(self.context.cache, row.tenant_id, row.id)
            if alert is None:
                continue
            for account, count in users_seen(alert.evidence).items():
                seen[account] = seen.get(account, 0) + count
        return dict(sorted(seen.items(), key=lambda item: (-item[1], item[0].casefold())))

    def _users_tab(self) -> QWidget:
        if not self.users:
            return column(plain_label(self.tr("No users named in the evidence of its alerts.")))
        table = read_only_table([self.tr("Account"), self.tr("Mentions in evidence")], "usersTable")
        fill_table(
            table,
            [
                [table_item(account), table_item(str(count))]
                for account, count in self.users.items()
            ],
        )
        return column(table)
