"""Settings > Tenants: list, add, edit, duplicate, remove and test the tenant profiles.

Add, Edit, Duplicate and Test connection open the Connect dialog's form
(`ConnectTenantDialog`), which validates each field; Sync and experts opens the
profile's sync schedule and experts channel (`ScheduleDialog`), for every profile. Profiles the policy file
provisions show as managed: their locked fields are read-only (saying why) and only
IT removes them. App and token profiles are a desk's: edited with `hunting-console
profiles add`, shown here read-only.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.auth.profiles import (
    ProfileLockedError,
    ProfileStore,
    SignInMethod,
    TenantProfile,
    experts_channel,
    sync_schedule,
)
from console.ui.labels import local_time
from console.ui.signin.connect_dialog import ConnectTenantDialog
from console.ui.signin.runner import BrowserHandoff
from console.ui.tenants.last_sync import last_sync
from console.ui.tenants.schedule_dialog import ScheduleDialog


class TenantsDialog(QDialog):
    schedule_changed = Signal(object)  # the TenantProfile whose schedule was saved

    def __init__(
        self,
        store: ProfileStore,
        parent: QWidget | None = None,
        *,
        handoff: BrowserHandoff | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tenantsDialog")
        self.setWindowTitle(self.tr("Tenants"))
        self._store = store
        self._handoff = handoff or BrowserHandoff(None)
        # The form last opened (tests drive it).
        self.form: ConnectTenantDialog | ScheduleDialog | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("tenantsList")
        self.list.currentItemChanged.connect(self._show_details)
        row.addWidget(self.list, 1)
        self.details = QLabel(self)
        self.details.setObjectName("tenantDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumWidth(300)
        row.addWidget(self.details, 1)
        layout.addLayout(row, 1)
        buttons = QHBoxLayout()
        self.add_button = self._button("addTenantButton", self.tr("Add…"), self.add)
        self.edit_button = self._button("editTenantButton", self.tr("Edit…"), self.edit)
        self.duplicate_button = self._button(
            "duplicateTenantButton", self.tr("Duplicate…"), self.duplicate
        )
        self.remove_button = self._button("removeTenantButton", self.tr("Remove"), self.remove)
        self.test_button = self._button(
            "testTenantButton", self.tr("Test connection"), self.test_connection
        )
        self.schedule_button = self._button(
            "tenantScheduleButton", self.tr("Sync and experts…"), self.edit_schedule
        )
        for button in (
            self.add_button,
            self.edit_button,
            self.duplicate_button,
            self.remove_button,
            self.test_button,
            self.schedule_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = self._button("closeButton", self.tr("Close"), self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("tenantsMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.add_button.setEnabled(store.users_may_add())
        if not store.users_may_add():
            self.add_button.setToolTip(
                self.tr("Your organisation's policy file does not let you add tenants.")
            )
        self.resize(760, 420)
        self.refresh()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- the list ------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        current = select or self.selected_name()
        self.list.clear()
        for name, profile in sorted(self._store.all().items()):
            text = name if not profile.managed else self.tr("%1 (managed)").replace("%1", name)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            if name == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_details()

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected(self) -> TenantProfile | None:
        name = self.selected_name()
        return self._store.get(name) if name else None

    def _show_details(self) -> None:
        profile = self.selected()
        has = profile is not None
        editable = has and profile is not None and profile.method.delegated
        self.edit_button.setEnabled(editable)
        self.test_button.setEnabled(editable)
        self.duplicate_button.setEnabled(editable and self._store.users_may_add())
        self.schedule_button.setEnabled(has)
        self.remove_button.setEnabled(has and profile is not None and not profile.managed)
        self.remove_button.setToolTip(
            self.tr("Provisioned by your organisation's policy file: only IT can remove it.")
            if profile is not None and profile.managed
            else ""
        )
        self.details.setText(self._details(profile) if profile is not None else "")

    def _details(self, profile: TenantProfile) -> str:
        methods = {
            SignInMethod.INTERACTIVE: self.tr("the browser"),
            SignInMethod.DEVICE_CODE: self.tr("a device code"),
        }
        method = methods.get(profile.method, profile.method.value)
        lines = [
            self.tr("Tenant: %1").replace("%1", profile.tenant),
            self.tr("Sign in with: %1").replace("%1", method),
            self.tr("Defender Experts channel: %1").replace(
                "%1", self.tr("yes") if profile.has_experts_channel else self.tr("none")
            ),
        ]
        lines.append(self._schedule_text(profile))
        channel = experts_channel(profile, self._store.policy)
        if profile.has_experts_channel and channel is not None:
            channels = {
                "service": self.tr("the Defender Experts service"),
                "portal": self.tr("the Defender portal"),
                "email": self.tr("e-mail"),
            }
            lines.append(
                self.tr("Ask Defender Experts through: %1").replace("%1", channels[channel])
            )
        result = last_sync(self._store.settings, profile.name)
        if result is None:
            lines.append(self.tr("Last sync: never"))
        else:
            kinds = {
                "ok": self.tr("finished"),
                "cancelled": self.tr("cancelled"),
                "offline": self.tr("offline"),
                "sign-in": self.tr("sign in again needed"),
            }
            kind = kinds.get(result.kind, self.tr("failed"))
            text = self.tr("Last sync: %1, %2").replace("%1", local_time(result.at))
            text = text.replace("%2", kind)
            lines.append(f"{text} ({result.reason})" if result.reason else text)
        if not profile.method.delegated:
            lines.append(
                self.tr("An app or token profile: change it with `hunting-console profiles add`.")
            )
        if profile.managed:
            locked = sorted(profile.locked - {"name"})
            lines.append(
                self.tr("Managed by your organisation's policy file; locked: %1.").replace(
                    "%1", ", ".join(locked) or self.tr("nothing")
                )
            )
        return "\n".join(lines)

    def _schedule_text(self, profile: TenantProfile) -> str:
        schedule = sync_schedule(profile, self._store.policy)
        if schedule.every_minutes is None and not schedule.at_start:
            return self.tr("Syncs: only with Sync now")
        if schedule.every_minutes is None:
            return self.tr("Syncs: when the console opens on it")
        text = self.tr("Syncs: every %1 min").replace("%1", str(schedule.every_minutes))
        if schedule.at_start:
            text = self.tr("Syncs: every %1 min, and when the console opens on it").replace(
                "%1", str(schedule.every_minutes)
            )
        return text

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    # -- actions -------------------------------------------------------------------------

    def _open_form(self, editing: TenantProfile | None = None) -> ConnectTenantDialog:
        # Not deleted on close (a combo box's pending events crashed Qt): the next form
        # replaces it, and the page's closing takes the last one with it.
        if self.form is not None:
            self.form.deleteLater()
        form = ConnectTenantDialog(self._store, self, handoff=self._handoff, editing=editing)
        form.saved.connect(lambda profile: self.refresh(profile.name))
        form.connected.connect(lambda service: self._added(service))
        form.show()
        self.form = form
        return form

    def _added(self, service: object) -> None:
        close = getattr(service, "close", None)
        if close is not None:
            close()  # added from here: the window stays on its tenant
        self.refresh()

    def add(self) -> ConnectTenantDialog:
        return self._open_form()

    def edit(self) -> ConnectTenantDialog | None:
        profile = self.selected()
        return self._open_form(profile) if profile is not None else None

    def duplicate(self) -> ConnectTenantDialog | None:
        profile = self.selected()
        if profile is None:
            return None
        form = self._open_form()
        copy = dataclasses.replace(
            profile, name=self.tr("%1 (copy)").replace("%1", profile.name), managed=False
        )
        form.fill(dataclasses.replace(copy, locked=frozenset()))
        return form

    def edit_schedule(self) -> ScheduleDialog | None:
        profile = self.selected()
        if profile is None:
            return None
        if self.form is not None:
            self.form.deleteLater()
        dialog = ScheduleDialog(self._store, profile, self)
        dialog.saved.connect(lambda saved: self.refresh(saved.name))
        dialog.saved.connect(self.schedule_changed)
        dialog.show()
        self.form = dialog
        return dialog

    def test_connection(self) -> ConnectTenantDialog | None:
        form = self.edit()
        if form is not None:
            form.test_button.click()
        return form

    def confirm_remove(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove tenant"),
            self.tr(
                "Remove %1 and forget its tokens on this machine? Its cached data stays."
            ).replace("%1", name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove(self) -> bool:
        profile = self.selected()
        if profile is None or not self.confirm_remove(profile.name):
            return False
        try:
            self._store.remove(profile.name)
        except ProfileLockedError as error:
            self._say(str(error))
            return False
        from console.auth.setup import open_service

        service = open_service(profile)  # forget its tokens, as `profiles remove` does
        try:
            service.sign_out()
        finally:
            service.close()
        self._say(self.tr("Removed %1.").replace("%1", profile.name))
        self.refresh()
        return True
