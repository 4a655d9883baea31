"""The tenant profile's form, "Test connection" and keeping the profile: one widget that
File > Connect a tenant, Settings > Tenants and the welcome wizard's Sign in page share.

The form makes a `TenantProfile` (console.auth.profiles) with one clear message per
mistake, "Test connection" signs in and reads one page of each API off the GUI thread
(`SignInRunner`) and lists each step's result, "Import from file" fills it from a profile
IT handed out (console.auth.profile_file), and `keep()` saves the profile in the settings
(`ProfileStore`) and hands the sign-in over (`connected`) for the window to switch to.
Only the methods an analyst signs in with are offered here; app and token profiles are a
desk's (`hunting-console profiles add`).

Its words keep the "ConnectTenantDialog" context they had when the dialog was the form,
so the catalogues' translations still apply.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from console.tr_noop import QT_TRANSLATE_NOOP
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


class TenantForm(QWidget):
    # The kept profile's sign-in (signed in or not): the window switches to it.
    connected = Signal(object)
    # A profile kept without connecting (edited from the Tenants page): the TenantProfile.
    saved = Signal(object)
    # "Test connection" ended: True when every step passed.
    tested = Signal(bool)
    # A sign-in or test started (True) or ended: the host's own buttons wait meanwhile.
    busy_changed = Signal(bool)

    def __init__(
        self,
        store: ProfileStore,
        parent: QWidget | None = None,
        *,
        open_browser: BrowserOpener | None = None,
        handoff: BrowserHandoff | None = None,
        service_factory: ServiceFactory = default_service,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tenantForm")
        self._store = store
        # The profile the form started from (edited, or provisioned by IT): the fields the
        # form does not show are kept, and its name is not free.
        self._base: TenantProfile | None = None
        # Keeping the profile connects to it (False: the Tenants page's edit only saves).
        self.connects = True
        self._service_factory = service_factory
        self._service: TenantSignIn | None = None
        self._handed_over = False
        self.task: asyncio.Future[object] | None = None
        # What the form says when the test passed: the host names its own next step.
        self.ready_text = QCoreApplication.translate(
            "ConnectTenantDialog", "The connection works: Save to open the tenant."
        )
        self.runner = SignInRunner(handoff or BrowserHandoff(open_browser), self)
        self._build()
        self._describe()
        self._on_cloud_changed()

    @property
    def service(self) -> TenantSignIn | None:
        """The sign-in of the profile tested or signed in to last (None before)."""
        return self._service

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

    def start_from(self, profile: TenantProfile) -> None:
        """The form on a saved or provisioned profile: its name is its key, IT's locks are
        read-only, and the fields the form does not show are kept."""
        self._base = profile
        self.fill(profile)
        self.name_edit.setEnabled(False)
        managed = QCoreApplication.translate(
            "ConnectTenantDialog", "Set by your organisation's policy file: only IT can change it."
        )
        if profile.managed:
            self.intro.setText(
                QCoreApplication.translate(
                    "ConnectTenantDialog",
                    "Provisioned by your organisation's policy file: the greyed fields are set "
                    "by IT; the others are yours to change.",
                )
            )
        for name, widgets in self._fields().items():
            locked = name in profile.locked
            for widget in widgets:
                widget.setEnabled(not locked and widget is not self.name_edit)
                widget.setToolTip(managed if locked else "")

    def start_blank(self) -> None:
        """An empty form for a new profile (after one started from another)."""
        self._base = None
        self.intro.setText(self._intro_text())
        for widgets in self._fields().values():
            for widget in widgets:
                widget.setEnabled(True)
                widget.setToolTip("")
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        self.cloud_combo.setCurrentIndex(0)
        self.method_combo.setCurrentIndex(0)
        self.plain_file_check.setChecked(False)
        self._say("")

    # -- building ------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _intro_text(self) -> str:
        return QCoreApplication.translate(
            "ConnectTenantDialog",
            "Your tenant's administrator registers an app for the console (a public "
            "client) and grants it consent; enter its details here.",
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = intro = QLabel(self._intro_text(), self)
        intro.setObjectName("connectIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = self._line(
            "nameEdit", QCoreApplication.translate("ConnectTenantDialog", "Contoso SOC")
        )
        self.tenant_edit = self._line(
            "tenantEdit",
            QCoreApplication.translate(
                "ConnectTenantDialog", "contoso.onmicrosoft.com or its GUID"
            ),
        )
        self.cloud_combo = QComboBox(self)
        self.cloud_combo.setObjectName("cloudCombo")
        clouds = {
            Cloud.COMMERCIAL: QCoreApplication.translate("ConnectTenantDialog", "Commercial"),
            Cloud.GCC: QCoreApplication.translate("ConnectTenantDialog", "US Government (GCC)"),
            Cloud.GCC_HIGH: QCoreApplication.translate(
                "ConnectTenantDialog", "US Government (GCC High)"
            ),
            Cloud.DOD: QCoreApplication.translate("ConnectTenantDialog", "US Government (DoD)"),
            Cloud.CUSTOM: QCoreApplication.translate("ConnectTenantDialog", "Custom base URLs"),
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
        self.method_combo.addItem(
            QCoreApplication.translate("ConnectTenantDialog", "Browser (recommended)"),
            SignInMethod.INTERACTIVE,
        )
        self.method_combo.addItem(
            QCoreApplication.translate(
                "ConnectTenantDialog", "Device code (sign in on another device)"
            ),
            SignInMethod.DEVICE_CODE,
        )
        self.ca_edit = self._line(
            "caBundleEdit",
            QCoreApplication.translate("ConnectTenantDialog", "Only behind a TLS-inspecting proxy"),
        )
        browse = QPushButton(QCoreApplication.translate("ConnectTenantDialog", "Browse…"), self)
        browse.setObjectName("caBundleBrowseButton")
        browse.clicked.connect(self._browse_ca)
        self.ca_browse = browse
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        self.plain_file_check = QCheckBox(
            QCoreApplication.translate(
                "ConnectTenantDialog",
                "Where no secure store exists, keep my tokens in a file only I can read",
            ),
            self,
        )
        self.plain_file_check.setObjectName("plainTokenFileCheck")
        form.addRow(
            QCoreApplication.translate("ConnectTenantDialog", "Display name:"), self.name_edit
        )
        form.addRow(QCoreApplication.translate("ConnectTenantDialog", "Tenant:"), self.tenant_edit)
        form.addRow(QCoreApplication.translate("ConnectTenantDialog", "Cloud:"), self.cloud_combo)
        self._custom_rows = [
            (
                QCoreApplication.translate("ConnectTenantDialog", "Sign-in base URL:"),
                self.login_edit,
            ),
            (QCoreApplication.translate("ConnectTenantDialog", "Graph base URL:"), self.graph_edit),
            (
                QCoreApplication.translate(
                    "ConnectTenantDialog", "Defender for Endpoint base URL:"
                ),
                self.defender_edit,
            ),
        ]
        for text, edit in self._custom_rows:
            form.addRow(text, edit)
        form.addRow(
            QCoreApplication.translate("ConnectTenantDialog", "Client id:"), self.client_edit
        )
        form.addRow(
            QCoreApplication.translate("ConnectTenantDialog", "Sign in with:"), self.method_combo
        )
        form.addRow(QCoreApplication.translate("ConnectTenantDialog", "CA bundle:"), ca_row)
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
        # As tall as its few lines: the form keeps its room for the fields.
        self.steps_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.steps_list.hide()
        layout.addWidget(self.steps_list)
        layout.addStretch(1)  # room the hidden rows leave goes below the form, not inside it
        self.test_button = QPushButton(
            QCoreApplication.translate("ConnectTenantDialog", "Test connection"), self
        )
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(lambda: self._start(self.test_connection()))
        self.import_button = QPushButton(
            QCoreApplication.translate("ConnectTenantDialog", "Import from file…"), self
        )
        self.import_button.setObjectName("importProfileButton")
        self.import_button.clicked.connect(self._browse_profile_file)
        # The host adds its own buttons (Save, Close) after these.
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.test_button)
        self.button_row.addWidget(self.import_button)
        self.button_row.addStretch(1)
        layout.addLayout(self.button_row)

    def _describe(self) -> None:
        """Screen readers hear each field's name (its label) and what to put in it."""
        for widget, (name, description) in self._descriptions().items():
            widget.setAccessibleName(QCoreApplication.translate("TenantForm", name))
            widget.setAccessibleDescription(QCoreApplication.translate("TenantForm", description))

    def _descriptions(self) -> dict[QWidget, tuple[str, str]]:
        return {
            self.name_edit: (
                QT_TRANSLATE_NOOP("TenantForm", "Display name"),
                QT_TRANSLATE_NOOP("TenantForm", "The name the console shows for this tenant."),
            ),
            self.tenant_edit: (
                QT_TRANSLATE_NOOP("TenantForm", "Tenant"),
                QT_TRANSLATE_NOOP("TenantForm", "The tenant's GUID or its domain."),
            ),
            self.cloud_combo: (
                QT_TRANSLATE_NOOP("TenantForm", "Cloud"),
                QT_TRANSLATE_NOOP("TenantForm", "The Microsoft cloud the tenant lives in."),
            ),
            self.login_edit: (
                QT_TRANSLATE_NOOP("TenantForm", "Sign-in base URL"),
                QT_TRANSLATE_NOOP("TenantForm", "An https:// address."),
            ),
            self.graph_edit: (
                QT_TRANSLATE_NOOP("TenantForm", "Graph base URL"),
                QT_TRANSLATE_NOOP("TenantForm", "An https:// address."),
            ),
            self.defender_edit: (
                QT_TRANSLATE_NOOP("TenantForm", "Defender for Endpoint base URL"),
                QT_TRANSLATE_NOOP("TenantForm", "An https:// address."),
            ),
            self.client_edit: (
                QT_TRANSLATE_NOOP("TenantForm", "Client id"),
                QT_TRANSLATE_NOOP(
                    "TenantForm",
                    "The application (client) id of the app registration your administrator made.",
                ),
            ),
            self.method_combo: (
                QT_TRANSLATE_NOOP("TenantForm", "Sign in with"),
                QT_TRANSLATE_NOOP("TenantForm", "How you sign in to the tenant."),
            ),
            self.ca_edit: (
                QT_TRANSLATE_NOOP("TenantForm", "CA bundle"),
                QT_TRANSLATE_NOOP(
                    "TenantForm",
                    "A PEM file of certificates to trust besides the system's; only behind a "
                    "TLS-inspecting proxy.",
                ),
            ),
            self.ca_browse: (
                QT_TRANSLATE_NOOP("TenantForm", "Browse for a CA bundle"),
                QT_TRANSLATE_NOOP("TenantForm", "Choose the CA bundle file."),
            ),
            self.plain_file_check: (
                QT_TRANSLATE_NOOP("TenantForm", "Keep tokens in a private file"),
                QT_TRANSLATE_NOOP(
                    "TenantForm", "Only where this machine has no secure store for tokens."
                ),
            ),
            self.test_button: (
                QT_TRANSLATE_NOOP("TenantForm", "Test connection"),
                QT_TRANSLATE_NOOP(
                    "TenantForm", "Sign in and read one page of incidents, alerts and devices."
                ),
            ),
            self.import_button: (
                QT_TRANSLATE_NOOP("TenantForm", "Import a profile from a file"),
                QT_TRANSLATE_NOOP(
                    "TenantForm",
                    "Fill the form from a tenant profile your IT team sent you (a JSON file).",
                ),
            ),
            self.steps_list: (
                QT_TRANSLATE_NOOP("TenantForm", "Connection test results"),
                QT_TRANSLATE_NOOP("TenantForm", "Each step of the test and its result."),
            ),
        }

    def _on_cloud_changed(self) -> None:
        custom = self.cloud_combo.currentData() == Cloud.CUSTOM  # Qt hands back a plain str
        for _text, edit in self._custom_rows:
            self._form.setRowVisible(edit, custom)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ConnectTenantDialog", "CA bundle"),
            "",
            QCoreApplication.translate(
                "ConnectTenantDialog", "Certificates (*.pem *.crt *.cer);;All (*)"
            ),
        )
        if path:
            self.ca_edit.setText(path)

    def _browse_profile_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ConnectTenantDialog", "Import a tenant profile"),
            "",
            QCoreApplication.translate("ConnectTenantDialog", "Tenant profiles (*.json);;All (*)"),
        )
        if path:
            self.import_file(Path(path))

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

    def import_file(self, path: Path) -> bool:
        """Fill the form from the first profile in `path` an analyst signs in with; False
        (and why, in the form's message) when the file has none."""
        from console.auth.profile_file import ProfileFileError, read_imported_profiles

        try:
            imported = read_imported_profiles(path)
        except ProfileFileError as error:
            self._say(
                QCoreApplication.translate(
                    "TenantForm", "This file cannot be imported: %1."
                ).replace("%1", str(error))
            )
            return False
        delegated = [entry for entry in imported if entry.profile.method.delegated]
        if not delegated:
            self._say(
                QCoreApplication.translate(
                    "TenantForm",
                    "The profiles in this file sign in as an app or with tokens: add them with "
                    "`hunting-console profiles add`.",
                )
            )
            return False
        if self._base is not None:
            self.start_blank()
        profile, left_out = delegated[0]
        self.fill(profile)
        filled = QCoreApplication.translate(
            "TenantForm", "Filled from %1: check the fields, then test the connection."
        ).replace("%1", path.name)
        self._say(" ".join(filter(None, (filled, _left_out_note(left_out)))))
        return True

    def profile(self) -> TenantProfile:
        """The form's profile; raises FormMistake for the first mistake, in form order."""
        name = self.name_edit.text().strip()
        tenant = self.tenant_edit.text().strip()
        client_id = self.client_edit.text().strip()
        cloud = Cloud(self.cloud_combo.currentData())
        if not name:
            raise FormMistake(
                self.name_edit,
                QCoreApplication.translate(
                    "ConnectTenantDialog", "Give the tenant a display name."
                ),
            )
        if not tenant:
            raise FormMistake(
                self.tenant_edit,
                QCoreApplication.translate(
                    "ConnectTenantDialog",
                    "Enter the tenant: its GUID or its domain (contoso.onmicrosoft.com).",
                ),
            )
        if not (_GUID.match(tenant) or _DOMAIN.match(tenant)):
            raise FormMistake(
                self.tenant_edit,
                QCoreApplication.translate(
                    "ConnectTenantDialog",
                    "The tenant is neither a GUID nor a domain such as contoso.onmicrosoft.com.",
                ),
            )
        urls: dict[str, str | None] = {"login_url": None, "graph_url": None, "defender_url": None}
        if cloud is Cloud.CUSTOM:
            for (text, edit), key in zip(self._custom_rows, urls, strict=True):
                url = edit.text().strip()
                if not url.lower().startswith("https://") or len(url) <= len("https://"):
                    raise FormMistake(
                        edit,
                        QCoreApplication.translate(
                            "ConnectTenantDialog", "%1 must be an https:// address."
                        ).replace("%1", text.rstrip(" :\u00a0")),
                    )
                urls[key] = url
        if not client_id:
            raise FormMistake(
                self.client_edit,
                QCoreApplication.translate(
                    "ConnectTenantDialog", "Enter the client id of your tenant's app registration."
                ),
            )
        if not _GUID.match(client_id):
            raise FormMistake(
                self.client_edit,
                QCoreApplication.translate(
                    "ConnectTenantDialog",
                    "The client id is a GUID (8-4-4-4-12 hexadecimal digits): copy it from the "
                    "app registration's overview.",
                ),
            )
        ca_bundle = self.ca_edit.text().strip() or None
        if ca_bundle is not None and not Path(ca_bundle).is_file():
            raise FormMistake(
                self.ca_edit,
                QCoreApplication.translate(
                    "ConnectTenantDialog", "The CA bundle %1 is not a file."
                ).replace("%1", ca_bundle),
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
        if self._base is not None:  # the fields this form does not show are kept
            return dataclasses.replace(self._base, **values)
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
            text = QCoreApplication.translate(
                "ConnectTenantDialog",
                "This machine has no secure store for tokens: they stay in memory, and you "
                "sign in again each time the console starts.",
            )
        elif storage is TokenStorage.PLAIN_FILE:
            text = QCoreApplication.translate(
                "ConnectTenantDialog",
                "Warning: your tokens are kept unencrypted in a file only your account can "
                "read. Anyone who can use your account on this machine can use them.",
            )
        else:
            text = ""
        self.storage_warning.setText(text)
        self.storage_warning.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------

    def _start(self, work: Coroutine[Any, Any, object]) -> None:
        self.task = asyncio.ensure_future(work)

    def set_busy(self, busy: bool) -> None:
        """While a sign-in or test runs, nothing else starts (the host's buttons too)."""
        self.test_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    async def test_connection(self) -> bool:
        """Sign in if needed and read one page of each API; True if every step passed."""
        profile = self._checked_profile()
        if profile is None:
            self.tested.emit(False)
            return False
        service = self._service_for(profile)
        self.steps_list.clear()
        self.steps_list.hide()
        self.set_busy(True)
        self.panel.show_working(
            QCoreApplication.translate("ConnectTenantDialog", "Testing the connection…")
        )
        try:
            report = await self.runner.test_connection(service)
        finally:
            self.set_busy(False)
        self.panel.clear()
        for step in report.steps:
            self.steps_list.addItem(step_text(step))
        self.steps_list.show()
        if report.ok:
            self._say(self.ready_text)
        self.tested.emit(report.ok)
        return report.ok

    async def sign_in(self) -> bool:
        """Sign in with the form's profile (shown step by step); False if it failed."""
        profile = self._checked_profile()
        if profile is None:
            return False
        service = self._service_for(profile)
        self.set_busy(True)
        self.panel.show_working(QCoreApplication.translate("ConnectTenantDialog", "Signing in…"))
        try:
            await self.runner.sign_in(service)
        except SignInError as error:
            self.panel.show_result(error_text(error))
            return False
        finally:
            self.set_busy(False)
        self.panel.clear()
        return True

    def keep(self) -> bool:
        """Save the profile; when the form connects, make it the one the console opens on
        and hand its sign-in over (`connected`). False, with the reason shown, if not."""
        profile = self._checked_profile()
        if profile is None:
            return False
        if self._base is None:
            existing = self._store.get(profile.name)
            if existing is not None and existing != profile:
                self._say(
                    QCoreApplication.translate(
                        "ConnectTenantDialog",
                        "A tenant named %1 exists already: choose another name.",
                    ).replace("%1", profile.name)
                )
                self.name_edit.setFocus()
                return False
        try:
            self._store.save(profile)
        except ProfileLockedError as error:
            self._say(str(error))
            return False
        if not self.connects:
            self.saved.emit(profile)
            return True
        self._store.mark_used(profile.name)
        service = self._service_for(profile)
        self._handed_over = True
        self.connected.emit(service)
        return True

    def _close_service(self) -> None:
        """Done with the form's sign-in: closed, unless the window took it over."""
        if self._service is not None and not self._handed_over:
            self._service.close()
        self._service = None
        self._handed_over = False

    def stop(self) -> None:
        """The host closes: a sign-in under way is cancelled, one not handed over closed."""
        self.runner.cancel()
        self._close_service()


def _left_out_note(left_out: tuple[str, ...]) -> str:
    """The sentence naming what an import left out of the file, and why ("" for nothing)."""
    ca, plain = "ca_bundle" in left_out, "allow_plain_token_file" in left_out
    if ca and plain:
        return QCoreApplication.translate(
            "TenantForm",
            "Its CA bundle and its choice to keep tokens in a plain file were left out: a "
            "file anyone can send must not add a trusted root certificate or weaken how your "
            "tokens are kept, so set them yourself if your IT asks you to.",
        )
    if ca:
        return QCoreApplication.translate(
            "TenantForm",
            "Its CA bundle was left out: a file anyone can send must not add a trusted root "
            "certificate, so set it yourself if your IT asks you to.",
        )
    if plain:
        return QCoreApplication.translate(
            "TenantForm",
            "Its choice to keep tokens in a plain file was left out: a file anyone can send "
            "must not weaken how your tokens are kept, so tick it yourself if your IT asks "
            "you to.",
        )
    return ""
