"""File > Connect a tenant: the profile's form, "Test connection", Save.

The form makes a `TenantProfile` (console.auth.profiles) with one clear message per
mistake, "Test connection" signs in and reads one page of each API off the GUI thread
(`SignInRunner`) and lists each step's result, and Save keeps the profile in the
settings (`ProfileStore`) and hands the sign-in to the window (`connected`), which
switches to the tenant. Only the methods an analyst signs in with are offered here;
app and token profiles are a desk's (`hunting-console profiles add`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.auth.browser import BrowserOpener
from console.auth.clouds import Cloud
from console.auth.errors import SignInError
from console.auth.profiles import ProfileLockedError, ProfileStore, SignInMethod, TenantProfile
from console.auth.service import TenantSignIn
from console.auth.token_cache import TokenStorage
from console.ui.signin.panel import SignInPanel
from console.ui.signin.runner import BrowserHandoff, SignInRunner
from console.ui.signin.texts import error_text, step_text

ServiceFactory = Callable[[TenantProfile, BrowserOpener], TenantSignIn]

_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)


class FormMistake(ValueError):
    """One mistake in the form: the field to fix and what to do."""

    def __init__(self, field: QWidget, message: str) -> None:
        super().__init__(message)
        self.field = field


def default_service(profile: TenantProfile, opener: BrowserOpener) -> TenantSignIn:
    from console.auth.setup import open_service

    return open_service(profile, open_browser=opener)


class ConnectTenantDialog(QDialog):
    # The saved profile's sign-in (signed in or not): the window switches to it.
    connected = Signal(object)
    # A profile edited from the Tenants page was saved (the TenantProfile).
    saved = Signal(object)

    def __init__(
        self,
        store: ProfileStore,
        parent: QWidget | None = None,
        *,
        open_browser: BrowserOpener | None = None,
        handoff: BrowserHandoff | None = None,
        service_factory: ServiceFactory = default_service,
        editing: TenantProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectTenantDialog")
        self.setWindowTitle(self.tr("Connect a tenant"))
        self._store = store
        # Editing a saved profile (the Tenants page): Save keeps it, the window stays.
        self._editing = editing
        self._service_factory = service_factory
        self._service: TenantSignIn | None = None
        self._handed_over = False
        self.task: asyncio.Future[object] | None = None
        # Not the dialog's child: the saved profile's sign-in keeps opening through it.
        self.runner = SignInRunner(handoff or BrowserHandoff(open_browser), self)
        self._build()
        self._on_cloud_changed()
        if editing is not None:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", editing.name))
            self.save_button.setText(self.tr("Save"))
            self.fill(editing)
            self._lock(editing)

    def _fields(self) -> dict[str, list[QWidget]]:
        """The widgets of each profile field (the policy file locks fields by these names)."""
        return {
            "name": [self.name_edit],
            "tenant": [self.tenant_edit],
            "cloud": [self.cloud_combo],
            "login_url": [self.login_edit],
            "graph_url": [self.graph_edit],
            "defender_url": [self.defender_edit],
            "client_id": [self.client_edit],
            "method": [self.method_combo],
            "ca_bundle": [self.ca_edit, self.ca_browse],
            "allow_plain_token_file": [self.plain_file_check],
        }

    def _lock(self, profile: TenantProfile) -> None:
        """The name is the profile's key (Duplicate makes another); IT's locks are read-only."""
        self.name_edit.setEnabled(False)
        managed = self.tr("Set by your organisation's policy file: only IT can change it.")
        if profile.managed:
            self.intro.setText(
                self.tr(
                    "Provisioned by your organisation's policy file: the greyed fields are set "
                    "by IT; the others are yours to change."
                )
            )
        for name, widgets in self._fields().items():
            if name in profile.locked:
                for widget in widgets:
                    widget.setEnabled(False)
                    widget.setToolTip(managed)

    # -- building ------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr(
                "Your tenant's administrator registers an app for the console (a public "
                "client) and grants it consent; enter its details here."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = self._line("nameEdit", self.tr("Contoso SOC"))
        self.tenant_edit = self._line("tenantEdit", self.tr("contoso.onmicrosoft.com or its GUID"))
        self.cloud_combo = QComboBox(self)
        self.cloud_combo.setObjectName("cloudCombo")
        clouds = {
            Cloud.COMMERCIAL: self.tr("Commercial"),
            Cloud.GCC: self.tr("US Government (GCC)"),
            Cloud.GCC_HIGH: self.tr("US Government (GCC High)"),
            Cloud.DOD: self.tr("US Government (DoD)"),
            Cloud.CUSTOM: self.tr("Custom base URLs"),
        }
        for cloud, text in clouds.items():
            self.cloud_combo.addItem(text, cloud)
        self.cloud_combo.currentIndexChanged.connect(self._on_cloud_changed)
        self.login_edit = self._line("loginUrlEdit", "https://login.example.com")
        self.graph_edit = self._line("graphUrlEdit", "https://graph.example.com/v1.0")
        self.defender_edit = self._line("defenderUrlEdit", "https://api.example.com")
        self.client_edit = self._line("clientIdEdit", "00000000-0000-0000-0000-000000000000")
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("methodCombo")
        self.method_combo.addItem(self.tr("Browser (recommended)"), SignInMethod.INTERACTIVE)
        self.method_combo.addItem(
            self.tr("Device code (sign in on another device)"), SignInMethod.DEVICE_CODE
        )
        self.ca_edit = self._line("caBundleEdit", self.tr("Only behind a TLS-inspecting proxy"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("caBundleBrowseButton")
        browse.clicked.connect(self._browse_ca)
        self.ca_browse = browse
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        self.plain_file_check = QCheckBox(
            self.tr("Where no secure store exists, keep my tokens in a file only I can read"),
            self,
        )
        self.plain_file_check.setObjectName("plainTokenFileCheck")
        form.addRow(self.tr("Display name:"), self.name_edit)
        form.addRow(self.tr("Tenant:"), self.tenant_edit)
        form.addRow(self.tr("Cloud:"), self.cloud_combo)
        self._custom_rows = [
            (self.tr("Sign-in base URL:"), self.login_edit),
            (self.tr("Graph base URL:"), self.graph_edit),
            (self.tr("Defender for Endpoint base URL:"), self.defender_edit),
        ]
        for text, edit in self._custom_rows:
            form.addRow(text, edit)
        form.addRow(self.tr("Client id:"), self.client_edit)
        form.addRow(self.tr("Sign in with:"), self.method_combo)
        form.addRow(self.tr("CA bundle:"), ca_row)
        form.addRow("", self.plain_file_check)
        self._form = form
        layout.addLayout(form)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("formMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.storage_warning = QLabel(self)
        self.storage_warning.setObjectName("tokenStorageWarning")
        self.storage_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.storage_warning.setWordWrap(True)
        self.storage_warning.hide()
        layout.addWidget(self.storage_warning)
        self.panel = SignInPanel(self)
        self.panel.cancel_requested.connect(self.runner.cancel)
        self.runner.device_code.connect(self.panel.show_device_code)
        self.runner.handoff.opened.connect(self.panel.show_browser_wait)
        layout.addWidget(self.panel)
        self.steps_list = QListWidget(self)
        self.steps_list.setObjectName("connectionSteps")
        self.steps_list.hide()
        layout.addWidget(self.steps_list)
        layout.addStretch(1)  # room the hidden rows leave goes below the form, not inside it
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(lambda: self._start(self.test_connection()))
        self.save_button = QPushButton(self.tr("Save and open"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(620, self.sizeHint().height())

    def _on_cloud_changed(self) -> None:
        custom = self.cloud_combo.currentData() == Cloud.CUSTOM  # Qt hands back a plain str
        for _text, edit in self._custom_rows:
            self._form.setRowVisible(edit, custom)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle"), "", self.tr("Certificates (*.pem *.crt *.cer);;All (*)")
        )
        if path:
            self.ca_edit.setText(path)

    # -- the form ------------------------------------------------------------------------

    def fill(self, profile: TenantProfile) -> None:
        """The form showing `profile` (editing one, or a copy of one)."""
        self.name_edit.setText(profile.name)
        self.tenant_edit.setText(profile.tenant)
        self.cloud_combo.setCurrentIndex(self.cloud_combo.findData(profile.cloud))
        self.login_edit.setText(profile.login_url or "")
        self.graph_edit.setText(profile.graph_url or "")
        self.defender_edit.setText(profile.defender_url or "")
        self.client_edit.setText(profile.client_id)
        index = self.method_combo.findData(profile.method)
        self.method_combo.setCurrentIndex(max(index, 0))
        self.ca_edit.setText(profile.ca_bundle or "")
        self.plain_file_check.setChecked(profile.allow_plain_token_file)

    def profile(self) -> TenantProfile:
        """The form's profile; raises FormMistake for the first mistake, in form order."""
        name = self.name_edit.text().strip()
        tenant = self.tenant_edit.text().strip()
        client_id = self.client_edit.text().strip()
        cloud = Cloud(self.cloud_combo.currentData())
        if not name:
            raise FormMistake(self.name_edit, self.tr("Give the tenant a display name."))
        if not tenant:
            raise FormMistake(
                self.tenant_edit,
                self.tr("Enter the tenant: its GUID or its domain (contoso.onmicrosoft.com)."),
            )
        if not (_GUID.match(tenant) or _DOMAIN.match(tenant)):
            raise FormMistake(
                self.tenant_edit,
                self.tr(
                    "The tenant is neither a GUID nor a domain such as contoso.onmicrosoft.com."
                ),
            )
        urls: dict[str, str | None] = {"login_url": None, "graph_url": None, "defender_url": None}
        if cloud is Cloud.CUSTOM:
            for (text, edit), key in zip(self._custom_rows, urls, strict=True):
                url = edit.text().strip()
                if not url.lower().startswith("https://") or len(url) <= len("https://"):
                    raise FormMistake(
                        edit,
                        self.tr("%1 must be an https:// address.").replace(
                            "%1", text.rstrip(" :\u00a0")
                        ),
                    )
                urls[key] = url
        if not client_id:
            raise FormMistake(
                self.client_edit,
                self.tr("Enter the client id of your tenant's app registration."),
            )
        if not _GUID.match(client_id):
            raise FormMistake(
                self.client_edit,
                self.tr(
                    "The client id is a GUID (8-4-4-4-12 hexadecimal digits): copy it from the "
                    "app registration's overview."
                ),
            )
        ca_bundle = self.ca_edit.text().strip() or None
        if ca_bundle is not None and not Path(ca_bundle).is_file():
            raise FormMistake(
                self.ca_edit, self.tr("The CA bundle %1 is not a file.").replace("%1", ca_bundle)
            )
        values: dict[str, Any] = {
            "name": name,
            "tenant": tenant,
            "client_id": client_id,
            "cloud": cloud,
            "method": SignInMethod(self.method_combo.currentData()),
            "ca_bundle": ca_bundle,
            "allow_plain_token_file": self.plain_file_check.isChecked(),
            **urls,
        }
        if self._editing is not None:  # the fields this form does not show are kept
            return dataclasses.replace(self._editing, **values)
        return TenantProfile(**values)

    def _checked_profile(self) -> TenantProfile | None:
        try:
            profile = self.profile()
        except FormMistake as mistake:
            self._say(str(mistake))
            mistake.field.setFocus()
            return None
        self._say("")
        return profile

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _service_for(self, profile: TenantProfile) -> TenantSignIn:
        """The sign-in for the form's profile; a changed form starts a new one."""
        if self._service is not None and self._service.profile == profile:
            return self._service
        self._close_service()
        self._service = self._service_factory(profile, self.runner.handoff)
        self._show_storage(self._service.token_storage)
        return self._service

    def _show_storage(self, storage: TokenStorage) -> None:
        if storage is TokenStorage.MEMORY:
            text = self.tr(
                "This machine has no secure store for tokens: they stay in memory, and you "
                "sign in again each time the console starts."
            )
        elif storage is TokenStorage.PLAIN_FILE:
            text = self.tr(
                "Warning: your tokens are kept unencrypted in a file only your account can "
                "read. Anyone who can use your account on this machine can use them."
            )
        else:
            text = ""
        self.storage_warning.setText(text)
        self.storage_warning.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------

    def _start(self, work: Coroutine[Any, Any, object]) -> None:
        self.task = asyncio.ensure_future(work)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    async def test_connection(self) -> bool:
        """Sign in if needed and read one page of each API; True if every step passed."""
        profile = self._checked_profile()
        if profile is None:
            return False
        service = self._service_for(profile)
        self.steps_list.clear()
        self.steps_list.hide()
        self._busy(True)
        self.panel.show_working(self.tr("Testing the connection…"))
        try:
            report = await self.runner.test_connection(service)
        finally:
            self._busy(False)
        self.panel.clear()
        for step in report.steps:
            self.steps_list.addItem(step_text(step))
        self.steps_list.show()
        if report.ok:
            self._say(self.tr("The connection works: Save to open the tenant."))
        return report.ok

    async def sign_in(self) -> bool:
        """Sign in with the form's profile (shown step by step); False if it failed."""
        profile = self._checked_profile()
        if profile is None:
            return False
        service = self._service_for(profile)
        self._busy(True)
        self.panel.show_working(self.tr("Signing in…"))
        try:
            await self.runner.sign_in(service)
        except SignInError as error:
            self.panel.show_result(error_text(error))
            return False
        finally:
            self._busy(False)
        self.panel.clear()
        return True

    def save(self) -> bool:
        """Keep the profile, make it the one the console opens on, and switch to it."""
        profile = self._checked_profile()
        if profile is None:
            return False
        existing = self._store.get(profile.name)
        if self._editing is not None:
            return self._save_edit(profile)
        if existing is not None and existing != profile:
            self._say(
                self.tr("A tenant named %1 exists already: choose another name.").replace(
                    "%1", profile.name
                )
            )
            self.name_edit.setFocus()
            return False
        try:
            self._store.save(profile)
        except ProfileLockedError as error:
            self._say(str(error))
            return False
        self._store.mark_used(profile.name)
        service = self._service_for(profile)
        self._handed_over = True
        self.connected.emit(service)
        self.accept()
        return True

    def _save_edit(self, profile: TenantProfile) -> bool:
        try:
            self._store.save(profile)
        except ProfileLockedError as error:
            self._say(str(error))
            return False
        self.saved.emit(profile)
        self.accept()
        return True

    def _close_service(self) -> None:
        if self._service is not None and not self._handed_over:
            self._service.close()
        self._service = None

    def done(self, result: int) -> None:
        self.runner.cancel()
        if not self._handed_over:
            self._close_service()
        super().done(result)
