"""Settings > Tenants > Sync and experts: a profile's sync schedule and experts channel.

Off (only Sync now), every N minutes, at start, or both. Either is read-only, saying why,
when the policy file locks it: the profile's own fields for a provisioned profile, or the
desk-wide setting analysts may not override (`Policy.locks`). The window open on the tenant
applies a saved schedule at once (`console.ui.shell.schedule`).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.auth.profiles import ProfileLockedError, ProfileStore, TenantProfile, sync_schedule

SCHEDULE_FIELDS = frozenset({"sync_every_minutes", "sync_at_start"})
CHANNELS = (None, "service", "portal", "email")


class ScheduleDialog(QDialog):
    saved = Signal(object)  # the TenantProfile kept

    def __init__(
        self, store: ProfileStore, profile: TenantProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tenantScheduleDialog")
        self.setWindowTitle(self.tr("Sync and experts: %1").replace("%1", profile.name))
        self._store = store
        self._profile = profile
        layout = QVBoxLayout(self)
        form = QFormLayout()
        every = QHBoxLayout()
        self.every_check = QCheckBox(self.tr("Sync every"), self)
        self.every_check.setObjectName("syncEveryCheck")
        self.minutes_edit = QLineEdit(self)
        self.minutes_edit.setObjectName("syncEveryMinutes")
        self.minutes_edit.setPlaceholderText("30")
        self.minutes_edit.setMaximumWidth(80)
        every.addWidget(self.every_check)
        every.addWidget(self.minutes_edit)
        every.addWidget(QLabel(self.tr("minutes"), self))
        every.addStretch(1)
        form.addRow(self.tr("Schedule:"), every)
        self.at_start_check = QCheckBox(self.tr("Sync when the console opens on this tenant"), self)
        self.at_start_check.setObjectName("syncAtStartCheck")
        form.addRow("", self.at_start_check)
        self.schedule_reason = self._reason_label("scheduleLockReason")
        form.addRow("", self.schedule_reason)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("expertsChannelCombo")
        for channel, text in zip(CHANNELS, self._channel_texts(), strict=True):
            self.channel_combo.addItem(text, channel)
        form.addRow(self.tr("Defender Experts channel:"), self.channel_combo)
        self.channel_reason = self._reason_label("channelLockReason")
        form.addRow("", self.channel_reason)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Off: the tenant syncs only when you press Sync now. A new schedule applies "
                "at once in the window open on the tenant."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message_label = self._reason_label("scheduleMessage")
        layout.addWidget(self.message_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveScheduleButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.every_check.toggled.connect(self._update_minutes)
        self._fill(profile)
        self._lock(profile)

    def _reason_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    def _channel_texts(self) -> tuple[str, ...]:
        return (
            self.tr("The console's default"),
            self.tr("The Defender Experts service"),
            self.tr("The Defender portal"),
            self.tr("E-mail"),
        )

    def _fill(self, profile: TenantProfile) -> None:
        schedule = sync_schedule(profile, self._store.policy)
        self.every_check.setChecked(schedule.every_minutes is not None)
        self.minutes_edit.setText(str(schedule.every_minutes or ""))
        self.at_start_check.setChecked(schedule.at_start)
        self.channel_combo.setCurrentIndex(CHANNELS.index(profile.experts_channel))
        self._update_minutes()

    def _update_minutes(self) -> None:
        self.minutes_edit.setEnabled(self.every_check.isEnabled() and self.every_check.isChecked())

    # -- what the policy file locks -------------------------------------------------------

    def _lock(self, profile: TenantProfile) -> None:
        policy = self._store.policy
        it_sets = self.tr("Set by your organisation's policy file: only IT can change it.")
        schedule_reason = ""
        if profile.managed and profile.locked & SCHEDULE_FIELDS:
            schedule_reason = it_sets
        elif (
            policy is not None
            and policy.locks("sync_schedule")
            and sync_schedule(profile, policy) == policy.sync_schedule
        ):
            schedule_reason = self.tr(
                "Your organisation's policy file sets the sync schedule of every tenant."
            )
        channel_reason = ""
        if profile.managed and "experts_channel" in profile.locked:
            channel_reason = it_sets
        elif policy is not None and policy.locks("experts_channel"):
            channel_reason = self.tr(
                "Your organisation's policy file sets the Defender Experts channel: %1."
            ).replace("%1", self._channel_texts()[CHANNELS.index(policy.experts_channel)])
            self.channel_combo.setCurrentIndex(CHANNELS.index(policy.experts_channel))
        elif not profile.has_experts_channel:
            channel_reason = self.tr("This tenant's cloud has no Defender Experts channel.")
        for widget in (self.every_check, self.at_start_check):
            self._set_locked(widget, schedule_reason)
        self._set_locked(self.channel_combo, channel_reason)
        self._show(self.schedule_reason, schedule_reason)
        self._show(self.channel_reason, channel_reason)
        self._update_minutes()
        if schedule_reason and channel_reason:
            self.save_button.setEnabled(False)

    @staticmethod
    def _set_locked(widget: QWidget, reason: str) -> None:
        widget.setEnabled(not reason)
        widget.setToolTip(reason)

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # -- saving --------------------------------------------------------------------------

    def mistakes(self) -> list[str]:
        """One line per mistake in the form, naming the field."""
        if not (self.every_check.isEnabled() and self.every_check.isChecked()):
            return []
        text = self.minutes_edit.text().strip()
        if not text:
            return [self.tr("Sync every: how many minutes? Enter 1 or more.")]
        if not text.isdigit():
            return [self.tr("Sync every: %1 is not a whole number of minutes.").replace("%1", text)]
        if int(text) < 1:
            return [self.tr("Sync every: at least 1 minute.")]
        return []

    def edited(self) -> TenantProfile:
        """The profile with the form's values (the locked ones as they were)."""
        values: dict[str, object] = {}
        if self.every_check.isEnabled():
            every = self.every_check.isChecked()
            values["sync_every_minutes"] = int(self.minutes_edit.text()) if every else None
            values["sync_at_start"] = self.at_start_check.isChecked()
        if self.channel_combo.isEnabled():
            values["experts_channel"] = self.channel_combo.currentData()
        return dataclasses.replace(self._profile, **values)  # type: ignore[arg-type]

    def save(self) -> bool:
        mistakes = self.mistakes()
        if mistakes:
            self._show(self.message_label, "\n".join(mistakes))
            return False
        profile = self.edited()
        try:
            self._store.save(profile)
        except ProfileLockedError as error:
            self._show(self.message_label, str(error))
            return False
        self.saved.emit(profile)
        self.accept()
        return True
