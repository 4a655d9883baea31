"""File > Connect a tenant against the TLS emulator: the form, Test connection, the sign-in
steps (the browser played, a device code approved, declined, expired, blocked, cancelled)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from console.auth.clouds import Cloud
from console.auth.profiles import ProfileStore, SignInMethod, TenantProfile
from console.auth.service import DeviceCodePrompt, TenantSignIn
from console.emulator import Emulator
from console.ui.signin.connect_dialog import ConnectTenantDialog
from tests.auth.conftest import PlayedBrowser, profile_for
from tests.ui.shell_fixtures import run


def dialog_for(
    qtbot, store: ProfileStore, emu: Emulator, opener=None, **profile
) -> ConnectTenantDialog:
    dialog = ConnectTenantDialog(store, open_browser=opener)
    qtbot.addWidget(dialog)
    dialog.fill(profile_for(emu, **profile))
    dialog.show()
    return dialog


def message(dialog: ConnectTenantDialog) -> str:
    return dialog.message_label.text() if dialog.message_label.isVisible() else ""


def test_each_mistake_in_the_form_has_its_own_message(qtbot, store, tls_emulator, tmp_path):
    dialog = dialog_for(qtbot, store, tls_emulator)
    assert dialog.graph_edit.isVisible()  # a custom cloud names its base URLs
    cases = [
        (dialog.name_edit, " ", "display name"),
        (dialog.tenant_edit, "", "Enter the tenant"),
        (dialog.tenant_edit, "not a tenant", "neither a GUID nor a domain"),
        (dialog.graph_edit, "http://graph.example.com", "Graph base URL must be an https://"),
        (dialog.client_edit, "", "client id of your tenant's app registration"),
        (dialog.client_edit, "my-app", "The client id is a GUID"),
        (dialog.ca_edit, str(tmp_path / "missing.pem"), "is not a file"),
    ]
    for field, wrong, expected in cases:
        good = field.text()
        field.setText(wrong)
        assert not dialog.save()
        assert expected in message(dialog), (wrong, message(dialog))
        assert field.hasFocus() or not dialog.isActiveWindow()
        field.setText(good)
    assert store.all() == {}
    dialog.cloud_combo.setCurrentIndex(dialog.cloud_combo.findData(Cloud.COMMERCIAL))
    assert not dialog.graph_edit.isVisible()  # the base URLs are the custom cloud's only


def test_test_connection_signs_in_with_the_played_browser_lists_each_step_and_save_switches(
    qtbot, qt_loop, store, tls_emulator, played_browser: PlayedBrowser
):
    dialog = dialog_for(qtbot, store, tls_emulator, played_browser)
    waits: list[bool] = []
    dialog.runner.handoff.opened.connect(lambda: waits.append(dialog.panel.isVisible()))
    assert run(qt_loop, dialog.test_connection(), timeout=60)
    played_browser.join()
    assert not played_browser.errors
    assert waits == [True]  # "Waiting for you to sign in in the browser" was shown
    lines = [dialog.steps_list.item(i).text() for i in range(dialog.steps_list.count())]
    assert lines == [
        "✓ Sign in: OK",
        "✓ Read incidents (Microsoft Graph): OK",
        "✓ Read alerts (Microsoft Graph): OK",
        "✓ Read devices (Defender for Endpoint): OK",
    ]
    connected: list[TenantSignIn] = []
    dialog.connected.connect(connected.append)
    assert dialog.save()
    (service,) = connected
    assert service.signed_in() is not None  # the test's sign-in is kept: no second one
    assert store.last_used() == "Contoso on the emulator"
    assert store.get("Contoso on the emulator") == service.profile
    service.close()


def test_the_token_storage_warning_shows_where_it_applies(
    qtbot, qt_loop, store, tls_emulator, played_browser
):
    dialog = dialog_for(qtbot, store, tls_emulator, played_browser, allow_plain_token_file=True)
    assert run(qt_loop, dialog.sign_in(), timeout=60)
    storage = dialog._service.token_storage  # type: ignore[union-attr]
    if storage.value == "encrypted":
        assert not dialog.storage_warning.isVisible()
    else:  # headless CI: the file the analyst accepted, shown with its warning
        assert "unencrypted" in dialog.storage_warning.text()


def test_a_device_code_is_shown_with_copy_and_the_sign_in_completes(
    qtbot, qt_loop, store, tls_emulator
):
    dialog = dialog_for(qtbot, store, tls_emulator, method=SignInMethod.DEVICE_CODE)
    shown: list[DeviceCodePrompt] = []

    def on_code(prompt: DeviceCodePrompt) -> None:
        # The panel's own slot ran first: the code, the address and "Copy code" are shown.
        shown.append(prompt)
        assert dialog.panel.code_label.text() == prompt.user_code
        assert prompt.verification_uri in dialog.panel.url_label.text()
        dialog.panel.copy_button.click()

    dialog.runner.device_code.connect(on_code)
    assert run(qt_loop, dialog.test_connection(), timeout=60)
    (prompt,) = shown
    assert QGuiApplication.clipboard().text() == prompt.user_code
    assert dialog.steps_list.count() == 4


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        ("deny", "declined on the other device"),
        ("expire", "The code expired"),
        ("blocked", "sign in with the browser instead"),
    ],
)
def test_a_device_code_declined_expired_or_blocked_says_why(
    qtbot, qt_loop, store, tls_emulator, outcome, expected
):
    tls_emulator.tokens.device_code_outcome = outcome
    dialog = dialog_for(qtbot, store, tls_emulator, method=SignInMethod.DEVICE_CODE)
    assert not run(qt_loop, dialog.sign_in(), timeout=60)
    assert expected in dialog.panel.status_label.text()
    assert not dialog.panel.cancel_button.isVisible()
    assert dialog.save_button.isEnabled()


def test_a_device_code_sign_in_is_cancelled(qtbot, qt_loop, store, tls_emulator):
    tls_emulator.tokens.device_code_polls = 10_000  # only the cancel ends it
    dialog = dialog_for(qtbot, store, tls_emulator, method=SignInMethod.DEVICE_CODE)
    dialog.runner.device_code.connect(lambda _prompt: dialog.panel.cancel_button.click())
    assert not run(qt_loop, dialog.sign_in(), timeout=60)
    assert "cancelled" in dialog.panel.status_label.text()


def test_a_browser_sign_in_is_cancelled_while_waiting(qtbot, qt_loop, store, tls_emulator):
    opened: list[str] = []  # a browser the analyst never signs in with
    dialog = dialog_for(qtbot, store, tls_emulator, opened.append)
    dialog.runner.handoff.opened.connect(dialog.panel.cancel_button.click)
    assert not run(qt_loop, dialog.sign_in(), timeout=60)
    assert opened and "cancelled" in dialog.panel.status_label.text()


# -- Import from file ----------------------------------------------------------------------

HANDED_OUT = {
    "name": "Contoso",
    "tenant": "contoso.onmicrosoft.com",
    "client_id": "11111111-2222-4333-8444-555555555555",
    "method": "device-code",
}


def test_an_import_leaves_out_an_extra_root_ca_and_plain_token_files_and_says_so(
    qtbot, store, tmp_path: Path
):
    dialog = ConnectTenantDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    handed_out = tmp_path / "contoso.json"
    document = {
        **HANDED_OUT,
        "ca_bundle": str(tmp_path / "root.pem"),
        "allow_plain_token_file": True,
    }
    handed_out.write_text(json.dumps(document), encoding="utf-8")
    assert dialog.form.import_file(handed_out)
    assert dialog.tenant_edit.text() == "contoso.onmicrosoft.com"
    assert dialog.ca_edit.text() == "" and not dialog.plain_file_check.isChecked()
    said = message(dialog)
    assert said.startswith("Filled from contoso.json: check the fields")
    assert "CA bundle and its choice to keep tokens in a plain file were left out" in said
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(HANDED_OUT), encoding="utf-8")
    assert dialog.form.import_file(plain)
    assert "left out" not in message(dialog)  # nothing left out: nothing said


def test_editing_a_profile_offers_no_import(qtbot, store):
    editing = TenantProfile.from_json(HANDED_OUT)
    dialog = ConnectTenantDialog(store, editing=editing)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Edit Contoso"
    assert dialog.import_button.isHidden()
    dialog.form.set_busy(False)  # the end of a test enables the buttons, not shows them
    assert dialog.import_button.isHidden()
    new = ConnectTenantDialog(store)
    qtbot.addWidget(new)
    new.show()
    assert new.import_button.isVisible()
