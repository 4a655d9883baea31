"""The tenant's Ask Defender Experts settings: channel, endpoint, contact, allowance."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.domain.experts import (
    AllowancePeriod,
    AllowancePolicy,
    ChannelKind,
    ExpertsSettings,
)
from console.ui.details.widgets import plain_label
from console.ui.experts import texts

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


class ExpertsSettingsDialog(QDialog):
    def __init__(self, settings: ExpertsSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expertsSettingsDialog")
        self.setWindowTitle(self.tr("Defender Experts settings"))
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr(
                "There is no public Microsoft API for Ask Defender Experts: choose how this "
                "tenant's questions travel. The allowance follows your service terms (ten a "
                "quarter today; older terms were monthly)."
            )
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")
        for channel in (ChannelKind.SERVICE, ChannelKind.PORTAL, ChannelKind.EMAIL):
            self.channel_combo.addItem(texts.value_text(channel), channel.value)
        form.addRow(self.tr("Channel"), self.channel_combo)
        self.url_edit = QLineEdit(settings.service_url or "")
        self.url_edit.setObjectName("serviceUrlEdit")
        self.url_edit.setPlaceholderText("https://experts.example.com/experts/v1")
        form.addRow(self.tr("Service URL"), self.url_edit)
        self.email_edit = QLineEdit(settings.contact_email or "")
        self.email_edit.setObjectName("contactEmailEdit")
        self.email_edit.setPlaceholderText("defender-experts@example.com")
        form.addRow(self.tr("Experts contact e-mail"), self.email_edit)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("allowancePeriodCombo")
        for period in (AllowancePeriod.QUARTER, AllowancePeriod.MONTH):
            self.period_combo.addItem(texts.value_text(period), period.value)
        form.addRow(self.tr("Allowance period"), self.period_combo)
        self.size_spin = QSpinBox()
        self.size_spin.setObjectName("allowanceSizeSpin")
        self.size_spin.setRange(0, 1000)
        self.size_spin.setValue(settings.allowance.size)
        self.size_spin.setSuffix(self.tr(" questions"))
        form.addRow(self.tr("Questions per period"), self.size_spin)
        layout.addLayout(form)
        self.error_label = plain_label("", name="settingsError")
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._select(self.channel_combo, settings.channel)
        self._select(self.period_combo, settings.allowance.period)
        for signal in (
            self.channel_combo.currentIndexChanged,
            self.url_edit.textChanged,
            self.email_edit.textChanged,
        ):
            signal.connect(self._validate)
        self._validate()
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _select(combo: QComboBox, value: ChannelKind | AllowancePeriod) -> None:
        for index in range(combo.count()):
            if combo.itemData(index) == value.value:
                combo.setCurrentIndex(index)

    def channel(self) -> ChannelKind:
        return ChannelKind.parse(self.channel_combo.currentData()) or ChannelKind.SERVICE

    def result_settings(self) -> ExpertsSettings:
        return ExpertsSettings(
            channel=self.channel(),
            service_url=self.url_edit.text().strip() or None,
            contact_email=self.email_edit.text().strip() or None,
            allowance=AllowancePolicy(
                period=AllowancePeriod.parse(self.period_combo.currentData())
                or AllowancePeriod.QUARTER,
                size=self.size_spin.value(),
            ),
        )

    def problem(self) -> str:
        """Why these settings cannot be saved, or ""."""
        channel = self.channel()
        url = QUrl(self.url_edit.text().strip())
        email = self.email_edit.text().strip()
        if channel == ChannelKind.SERVICE and (
            url.scheme() not in ("http", "https") or not url.host()
        ):
            return self.tr("The service channel needs an http(s) URL.")
        if channel == ChannelKind.EMAIL and not _EMAIL.match(email):
            return self.tr("The e-mail channel needs the experts contact's address.")
        if email and not _EMAIL.match(email):
            return self.tr("Not an e-mail address: %1").replace("%1", email)
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.url_edit.setEnabled(self.channel() == ChannelKind.SERVICE)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem)

    def _accept(self) -> None:
        if not self.problem():
            self.accept()
