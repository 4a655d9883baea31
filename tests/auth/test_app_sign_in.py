"""App-only sign-in against the TLS emulator: a client secret and a certificate (PEM and
PFX, each with a password) from the OS credential store, end to end through the CLI;
a wrong credential is named; no store means no secret kept."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from console.auth.app_sign_in import AppSignIn
from console.auth.errors import SignInError, SignInReason
from console.auth.profiles import SignInMethod, TenantProfile
from console.auth.secret_store import SecretKind, put_secret
from console.auth.service import Resource
from console.cli import main
from console.emulator import Emulator
from tests.auth.certificates import make_app_certificate
from tests.auth.conftest import profile_for
from tests.auth.keyrings import MemoryKeyring

APP_ID = "5d0e7f10-0000-4000-8000-0000000de5c0"
SECRET = "desk-app-secret-9f3a1c"
ANALYST = "night.shift@contoso.example"


@pytest.fixture()
def store() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("HUNTING_CONSOLE_HOME", str(folder))
    return folder


def app_profile(emulator: Emulator, method: SignInMethod, **overrides: object) -> TenantProfile:
    values: dict[str, object] = {"client_id": APP_ID, "acting_as": ANALYST, "name": "Desk"}
    return profile_for(emulator, method, **{**values, **overrides})


def add_app_profile(emulator: Emulator, *extra: str) -> None:
    assert emulator.ca_path
    code = main(
        [
            "profiles", "add", "Desk",
            "--tenant", emulator.tenants[0].id,
            "--client-id", APP_ID,
            "--cloud", "custom",
            "--login-url", emulator.login_url,
            "--graph-url", emulator.graph_url,
            "--defender-url", emulator.defender_url,
            "--ca-bundle", emulator.ca_path,
            "--acting-as", ANALYST,
            *extra,
        ]
    )  # fmt: skip
    assert code == 0


def test_client_secret_from_the_store_tests_the_connection_and_syncs(
    emulator: Emulator,
    store: MemoryKeyring,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    emulator.register_app(APP_ID, secret=SECRET)
    add_app_profile(emulator, "--method", "app-secret")
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    assert main(["profiles", "set-secret", "Desk", "--kind", "client-secret"]) == 0
    assert store.values == {("Hunting Console", "Desk/client-secret"): SECRET}

    assert main(["profiles", "test", "Desk"]) == 0
    out = capsys.readouterr().out
    assert "Sign in: ok" in out and "Read devices (Defender for Endpoint): ok" in out
    assert main(["sync", "--profile", "Desk", "--only", "incidents,devices"]) == 0
    assert "synced" in capsys.readouterr().err

    store.values[("Hunting Console", "Desk/client-secret")] = "not-the-secret"
    assert main(["profiles", "test", "Desk"]) == 1
    err = capsys.readouterr().err
    assert "the app's credential was refused" in err and "not-the-secret" not in err


@pytest.mark.parametrize("kind", ["pem", "pfx"])
def test_certificate_with_its_password_signs_the_assertion(
    emulator: Emulator, store: MemoryKeyring, tmp_path: Path, kind: str
) -> None:
    app = make_app_certificate(tmp_path / "certs")
    emulator.register_app(APP_ID, certificate_pem=app.certificate_pem)
    put_secret("Desk", SecretKind.CERTIFICATE_PASSWORD, app.password)
    path = app.pem_path if kind == "pem" else app.pfx_path
    service = AppSignIn(app_profile(emulator, SignInMethod.APP_CERTIFICATE, certificate=str(path)))
    try:
        assert service.token(Resource.GRAPH) != service.token(Resource.DEFENDER)
        assert service.signed_in().username == ANALYST
    finally:
        service.close()


def test_a_certificate_the_app_does_not_have_is_refused(
    emulator: Emulator, store: MemoryKeyring, tmp_path: Path
) -> None:
    registered = make_app_certificate(tmp_path / "registered", "registered")
    other = make_app_certificate(tmp_path / "other", "other")
    emulator.register_app(APP_ID, certificate_pem=registered.certificate_pem)
    put_secret("Desk", SecretKind.CERTIFICATE_PASSWORD, other.password)
    profile = app_profile(emulator, SignInMethod.APP_CERTIFICATE, certificate=str(other.pfx_path))
    service = AppSignIn(profile)
    with pytest.raises(SignInError) as refused:
        service.token(Resource.GRAPH)
    service.close()
    assert refused.value.reason is SignInReason.CREDENTIAL_WRONG
    assert refused.value.code == 700027


def test_a_wrong_certificate_password_is_named_not_shown(
    emulator: Emulator, store: MemoryKeyring, tmp_path: Path
) -> None:
    app = make_app_certificate(tmp_path / "certs")
    put_secret("Desk", SecretKind.CERTIFICATE_PASSWORD, "wrong-pass-0b7d")
    service = AppSignIn(
        app_profile(emulator, SignInMethod.APP_CERTIFICATE, certificate=str(app.pfx_path))
    )
    with pytest.raises(SignInError) as refused:
        service.token(Resource.GRAPH)
    service.close()
    assert refused.value.reason is SignInReason.CREDENTIAL_WRONG
    assert "password is wrong" in str(refused.value) and "wrong-pass" not in str(refused.value)


def test_without_a_credential_store_no_secret_is_kept(
    emulator: Emulator,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from keyring.backends.fail import Keyring as NoStore

    previous = keyring.get_keyring()
    keyring.set_keyring(NoStore())
    try:
        add_app_profile(emulator, "--method", "app-secret")
        monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
        assert main(["profiles", "set-secret", "Desk", "--kind", "client-secret"]) == 1
        err = capsys.readouterr().err
        assert "no OS credential store is available" in err and "never kept in a file" in err
        assert main(["profiles", "test", "Desk"]) == 1
        assert "not in the OS credential store" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)
    for path in home.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(errors="replace"), path


def test_app_and_token_profiles_must_say_whom_they_act_for(emulator: Emulator) -> None:
    with pytest.raises(ValueError, match="acting_as"):
        app_profile(emulator, SignInMethod.APP_SECRET, acting_as=None)


def test_the_emulator_command_line_registers_apps_from_a_variable_and_a_pem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from console.commands import CommandError
    from console.emulator.cli import add_arguments, config_from_args

    app = make_app_certificate(tmp_path)
    (tmp_path / "app.crt").write_text(app.certificate_pem)
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    monkeypatch.setenv("DESK_APP_SECRET", SECRET)
    args = parser.parse_args(
        [
            "--app-secret-env",
            f"{APP_ID}=DESK_APP_SECRET",
            "--app-certificate",
            f"cert-app={tmp_path / 'app.crt'}",
        ]
    )
    config = config_from_args(args)
    assert config.app_secrets == {APP_ID: SECRET}
    assert config.app_certificates == {"cert-app": app.certificate_pem}
    with Emulator(config) as emu:  # plain http: the wire, not TLS, is the point here
        url = f"{emu.login_url}/{emu.tenants[0].id}/oauth2/v2.0/token"
        import requests

        form = {"grant_type": "client_credentials", "client_id": APP_ID, "client_secret": "guess"}
        refused = requests.post(url, data=form, timeout=10)
        assert refused.status_code == 401 and refused.json()["error_codes"] == [7000215]
        form["client_secret"] = SECRET
        assert "access_token" in requests.post(url, data=form, timeout=10).json()
    missing = parser.parse_args(["--app-secret-env", f"{APP_ID}=NOT_SET_ANYWHERE"])
    with pytest.raises(CommandError, match="NOT_SET_ANYWHERE"):
        config_from_args(missing)
