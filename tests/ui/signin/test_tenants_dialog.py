"""Settings > Tenants: list, edit, duplicate, remove, Test connection, managed profiles read-only,
and the last sync's result."""

from __future__ import annotations

import dataclasses

from console.auth.policy import Policy
from console.auth.profiles import ProfileStore
from console.ui.tenants.last_sync import record
from console.ui.tenants.tenants_dialog import TenantsDialog
from tests.auth.conftest import profile_for
from tests.ui.shell_fixtures import run


def tenants(qtbot, store: ProfileStore, **kw) -> TenantsDialog:
    dialog = TenantsDialog(store, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def names(dialog: TenantsDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_edit_duplicate_and_remove_a_profile(qtbot, home, store, tls_emulator, monkeypatch):
    store.save(profile_for(tls_emulator, name="Contoso"))
    dialog = tenants(qtbot, store)
    assert names(dialog) == ["Contoso"]
    assert "Last sync: never" in dialog.details.text()
    form = dialog.edit()
    assert not form.name_edit.isEnabled()  # the name is the profile's key
    form.tenant_edit.setText("not a tenant")
    assert not form.save() and "neither a GUID nor a domain" in form.message_label.text()
    form.tenant_edit.setText("contoso.onmicrosoft.com")
    assert form.save()
    assert store.get("Contoso").tenant == "contoso.onmicrosoft.com"
    assert "contoso.onmicrosoft.com" in dialog.details.text()
    dialog.duplicate().save()
    assert names(dialog) == ["Contoso", "Contoso (copy)"]
    assert store.get("Contoso (copy)").tenant == "contoso.onmicrosoft.com"
    monkeypatch.setattr(dialog, "confirm_remove", lambda name: True)  # the modal question
    dialog.list.setCurrentRow(0)
    assert dialog.remove()
    assert names(dialog) == ["Contoso (copy)"] and store.get("Contoso") is None


def test_a_managed_profile_is_read_only_where_the_policy_locks_it(
    qtbot, home, settings, tls_emulator
):
    provisioned = dataclasses.replace(
        profile_for(tls_emulator, name="Fabrikam"),
        managed=True,
        locked=frozenset({"tenant", "client_id"}),
    )
    store = ProfileStore(settings, Policy(profiles={"Fabrikam": provisioned}))
    dialog = tenants(qtbot, store)
    assert names(dialog) == ["Fabrikam (managed)"]
    assert "locked: client_id, tenant" in dialog.details.text()
    assert not dialog.remove_button.isEnabled()
    assert "only IT can remove it" in dialog.remove_button.toolTip()
    form = dialog.edit()
    assert not form.tenant_edit.isEnabled() and not form.client_edit.isEnabled()
    assert "policy file" in form.tenant_edit.toolTip()
    assert "the greyed fields are set by IT" in form.intro.text()
    assert form.method_combo.isEnabled()  # not locked: the analyst's own choice
    form.method_combo.setCurrentIndex(1)
    assert form.save()
    assert store.get("Fabrikam").method.value == "device-code" and store.get("Fabrikam").managed


def test_test_connection_and_the_last_sync_result(
    qtbot, qt_loop, home, settings, store, tls_emulator, played_browser
):
    store.save(profile_for(tls_emulator, name="Contoso"))
    record(settings, "Contoso", "sign-in", "HTTP 401")
    dialog = tenants(qtbot, store, handoff=None)
    assert "sign in again needed (HTTP 401)" in dialog.details.text()
    dialog._handoff._opener = played_browser  # the browser this test plays
    form = dialog.test_connection()
    assert run(qt_loop, form.task, timeout=60)
    assert form.steps_list.count() == 4
