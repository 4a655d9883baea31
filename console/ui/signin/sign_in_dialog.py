"""Sign in (again) to the window's tenant: the saved sign-in expired, or was never made.

The same steps as the Connect dialog (`SignInPanel`), for a profile already saved.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.auth.errors import SignInError
from console.auth.service import SignedIn, TenantSignIn
from console.ui.signin.panel import SignInPanel
from console.ui.signin.runner import BrowserHandoff, SignInRunner
from console.ui.signin.texts import error_text


class SignInDialog(QDialog):
    signed_in = Signal(object)  # SignedIn

    def __init__(
        self,
        service: TenantSignIn,
        parent: QWidget | None = None,
        *,
        handoff: BrowserHandoff | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to %1").replace("%1", service.profile.name))
        self._service = service
        self.task: asyncio.Future[SignedIn | None] | None = None
        self.runner = SignInRunner(handoff or BrowserHandoff(None, self), self)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Sign in to %1 to sync it. Nothing waiting in the outbox is lost.").replace(
                "%1", service.profile.name
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.panel = SignInPanel(self)
        self.panel.cancel_requested.connect(self.runner.cancel)
        self.runner.device_code.connect(self.panel.show_device_code)
        self.runner.handoff.opened.connect(self.panel.show_browser_wait)
        layout.addWidget(self.panel)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Sign in"), self)
        self.retry_button.setObjectName("signInButton")
        self.retry_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.retry_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(520, self.sizeHint().height())

    def start(self) -> None:
        self.task = asyncio.ensure_future(self.sign_in())

    async def sign_in(self) -> SignedIn | None:
        self.retry_button.setEnabled(False)
        self.panel.show_working(self.tr("Signing in…"))
        try:
            who = await self.runner.sign_in(self._service)
        except SignInError as error:
            self.panel.show_result(error_text(error))
            return None
        finally:
            self.retry_button.setEnabled(True)
        self.signed_in.emit(who)
        self.accept()
        return who

    def done(self, result: int) -> None:
        self.runner.cancel()
        super().done(result)
