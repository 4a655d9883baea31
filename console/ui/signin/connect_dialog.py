"""File > Connect a tenant: the profile's form, "Test connection", Save.

The form itself (`TenantForm`) is shared with the welcome wizard's Sign in page; this
dialog adds Save and Close. Save keeps the profile in the settings (`ProfileStore`) and
hands the sign-in to the window (`connected`), which switches to the tenant; editing a
profile from the Tenants page, Save only keeps it (`saved`).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from console.auth.browser import BrowserOpener
from console.auth.profiles import ProfileStore, TenantProfile
from console.auth.service import TenantSignIn
from console.ui.signin.runner import BrowserHandoff
from console.ui.signin.tenant_form import (
    FormMistake,
    ServiceFactory,
    TenantForm,
    default_service,
)

__all__ = ["ConnectTenantDialog", "FormMistake", "ServiceFactory", "default_service"]


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
        form = TenantForm(
            store,
            self,
            open_browser=open_browser,
            handoff=handoff,
            service_factory=service_factory,
        )
        self.form = form
        form.connected.connect(self.connected)
        form.saved.connect(self.saved)
        # The form's parts, by the names the Tenants page and the tests have used.
        self.runner = form.runner
        self.intro = form.intro
        self.name_edit = form.name_edit
        self.tenant_edit = form.tenant_edit
        self.cloud_combo = form.cloud_combo
        self.login_edit = form.login_edit
        self.graph_edit = form.graph_edit
        self.defender_edit = form.defender_edit
        self.client_edit = form.client_edit
        self.method_combo = form.method_combo
        self.ca_edit = form.ca_edit
        self.plain_file_check = form.plain_file_check
        self.message_label = form.message_label
        self.storage_warning = form.storage_warning
        self.panel = form.panel
        self.steps_list = form.steps_list
        self.test_button = form.test_button
        self.import_button = form.import_button
        layout = QVBoxLayout(self)
        layout.addWidget(form, 1)
        self.save_button = QPushButton(self.tr("Save and open"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        form.busy_changed.connect(self._on_busy)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        form.button_row.addWidget(self.save_button)
        form.button_row.addWidget(close)
        if editing is not None:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", editing.name))
            self.save_button.setText(self.tr("Save"))
            form.connects = False
            form.start_from(editing)
            # Importing fills a new profile's form: editing one, it has no place.
            form.import_button.setVisible(False)
        self.resize(620, self.sizeHint().height())

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    @property
    def task(self) -> asyncio.Future[object] | None:
        """The test or sign-in started last from the form's buttons."""
        return self.form.task

    @property
    def _service(self) -> TenantSignIn | None:
        return self.form.service

    def fill(self, profile: TenantProfile) -> None:
        self.form.fill(profile)

    def profile(self) -> TenantProfile:
        return self.form.profile()

    async def test_connection(self) -> bool:
        return await self.form.test_connection()

    async def sign_in(self) -> bool:
        return await self.form.sign_in()

    def save(self) -> bool:
        """Keep the profile; a new one becomes the one the console opens on, and the
        window switches to it."""
        if not self.form.keep():
            return False
        self.accept()
        return True

    def done(self, result: int) -> None:
        self.form.stop()
        super().done(result)
