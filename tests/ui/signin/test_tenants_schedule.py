"""Settings > Tenants > Sync and experts: a profile's sync schedule and experts channel,
validated, and read-only where the policy file locks them."""

from __future__ import annotations

import dataclasses

from console.auth.clouds import Cloud
from console.auth.policy import Policy, SyncSchedule
from console.auth.profiles import ProfileStore
from console.ui.tenants.tenants_dialog import TenantsDialog
from tests.auth.conftest import profile_for


def tenants(qtbot, store: ProfileStore) -> TenantsDialog:
    dialog = TenantsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_schedule_and_channel_are_edited_and_a_bad_value_is_named(
    qtbot, home, store, tls_emulator
):
    # A commercial-cloud profile: the one with a Defender Experts channel.
    store.save(
        dataclasses.replace(profile_for(tls_emulator, name="Contoso"), cloud=Cloud.COMMERCIAL)
    )
    dialog = tenants(qtbot, store)
    assert "Syncs: only with Sync now" in dialog.details.text()
    form = dialog.edit_schedule()
    assert not form.minutes_edit.isEnabled()  # until "Sync every" is ticked
    form.every_check.setChecked(True)
    for typed, named in (
        ("", "Sync every: how many minutes?"),
        ("half an hour", "Sync every: half an hour is not a whole number of minutes."),
        ("0", "Sync every: at least 1 minute."),
    ):
        form.minutes_edit.setText(typed)
        assert not form.save()
        assert form.message_label.text().startswith(named)
    assert store.get("Contoso").sync_every_minutes is None  # nothing kept while wrong
    form.minutes_edit.setText("15")
    form.at_start_check.setChecked(True)
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("portal"))
    assert form.save()
    saved = store.get("Contoso")
    assert (saved.sync_every_minutes, saved.sync_at_start) == (15, True)
    assert saved.experts_channel == "portal"
    text = dialog.details.text()
    assert "Syncs: every 15 min, and when the console opens on it" in text
    assert "Ask Defender Experts through: the Defender portal" in text


def test_a_provisioned_profiles_locked_schedule_is_read_only_with_its_reason(
    qtbot, home, settings, tls_emulator
):
    provisioned = dataclasses.replace(
        profile_for(tls_emulator, name="Fabrikam", sync_every_minutes=60),
        managed=True,
        locked=frozenset({"name", "sync_every_minutes", "sync_at_start"}),
    )
    store = ProfileStore(settings, Policy(profiles={"Fabrikam": provisioned}))
    form = tenants(qtbot, store).edit_schedule()
    assert not form.every_check.isEnabled() and not form.at_start_check.isEnabled()
    assert not form.minutes_edit.isEnabled() and form.minutes_edit.text() == "60"
    reason = "Set by your organisation's policy file: only IT can change it."
    assert form.every_check.toolTip() == reason
    assert form.schedule_reason.isVisible() and form.schedule_reason.text() == reason
    assert form.save()  # the unlocked channel is still the analyst's
    assert store.get("Fabrikam").sync_every_minutes == 60


def test_a_desk_wide_schedule_and_channel_the_analyst_may_not_override_are_read_only(
    qtbot, home, settings, tls_emulator
):
    policy = Policy(
        experts_channel="email",
        sync_schedule=SyncSchedule(every_minutes=30, at_start=True),
        user_may_override=frozenset({"profiles"}),
    )
    store = ProfileStore(settings, policy)
    store.save(dataclasses.replace(profile_for(tls_emulator, name="Mine"), cloud=Cloud.COMMERCIAL))
    dialog = tenants(qtbot, store)
    assert "Syncs: every 30 min, and when the console opens on it" in dialog.details.text()
    form = dialog.edit_schedule()
    assert not form.every_check.isEnabled() and form.minutes_edit.text() == "30"
    assert "sets the sync schedule of every tenant" in form.schedule_reason.text()
    assert not form.channel_combo.isEnabled()
    assert form.channel_combo.currentData() == "email"
    assert "sets the Defender Experts channel: E-mail." in form.channel_reason.text()
    assert not form.save_button.isEnabled()  # nothing left to change
