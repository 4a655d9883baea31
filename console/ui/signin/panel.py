"""The sign-in's steps as the analyst sees them: waiting for the browser, or a device code.

Shown inside the Connect dialog and the "Sign in again" dialog; `cancel_requested`
asks the runner to stop (the browser's wait, the device code's polling).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.auth.service import DeviceCodePrompt


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class SignInPanel(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPanel")
        self.code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = _label("signInStatus", self)
        layout.addWidget(self.status_label)
        self.code_label = _label("deviceCodeLabel", self)
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_label)
        self.url_label = QLabel(self)
        self.url_label.setObjectName("verificationUrlLabel")
        self.url_label.setTextFormat(Qt.TextFormat.RichText)
        self.url_label.setOpenExternalLinks(True)
        layout.addWidget(self.url_label)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy code"), self)
        self.copy_button.setObjectName("copyCodeButton")
        self.copy_button.clicked.connect(self.copy_code)
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"), self)
        self.cancel_button.setObjectName("cancelSignInButton")
        self.cancel_button.clicked.connect(self.cancel_requested)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.clear()

    def clear(self) -> None:
        self.code = ""
        for widget in (self.code_label, self.url_label, self.copy_button, self.cancel_button):
            widget.hide()
        self.status_label.clear()
        self.hide()

    def show_working(self, text: str) -> None:
        self._show(text, cancel=True)

    def show_browser_wait(self) -> None:
        self._show(
            self.tr(
                "Waiting for you to sign in in the browser. Come back here when the browser "
                "says you are signed in."
            ),
            cancel=True,
        )

    def show_device_code(self, prompt: DeviceCodePrompt) -> None:
        self.code = prompt.user_code
        self._show(
            self.tr(
                "On any device, open the address below, enter this code and sign in. "
                "The console waits until you have."
            ),
            cancel=True,
        )
        self.code_label.setText(prompt.user_code)
        url = prompt.verification_uri.replace("&", "&amp;").replace('"', "&quot;")
        self.url_label.setText(f'<a href="{url}">{url}</a>')
        for widget in (self.code_label, self.url_label, self.copy_button):
            widget.show()

    def show_result(self, text: str) -> None:
        self.clear()
        self._show(text, cancel=False)

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.status_label.setText(self.tr("Code copied. Paste it on the sign-in page."))

    def _show(self, text: str, *, cancel: bool) -> None:
        self.status_label.setText(text)
        self.cancel_button.setVisible(cancel)
        self.show()
