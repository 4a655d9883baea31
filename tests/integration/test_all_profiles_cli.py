"""`hunting-console sync --all-profiles` in a real process, as a scheduled job runs it:
an app with a secret, an app with a certificate, a token command and environment tokens
sync while one tenant fails; one line per tenant, exit 1; and no secret, password or
token in any file the runs wrote, nor in their output."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from console.auth.secret_store import SecretKind, put_secret
from console.cli import main
from console.domain.tenants import canonical_tenant_id
from console.emulator import Emulator
from tests.auth.certificates import make_app_certificate
from tests.auth.conftest import tls_config
from tests.auth.keyrings import FileKeyring
from tests.integration.conftest import run_cli

SECRET_APP = "0a0a0a0a-0000-4000-8000-00000000a001"
CERT_APP = "0a0a0a0a-0000-4000-8000-00000000a002"
SECRET = "night-sync-secret-5b2e9d"
ANALYST = "night.shift@contoso.example"


@pytest.fixture()
def emulator() -> Iterator[Emulator]:
    with Emulator(tls_config(tenants=2, incidents=12, devices=4)) as emu:
        yield emu


@pytest.fixture()
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The console's home and a credential store both processes see."""
    env = {
        "HUNTING_CONSOLE_HOME": str(tmp_path / "home"),
        "TEST_KEYRING_FILE": str(tmp_path / "os-store" / "keyring.json"),
        "PYTHON_KEYRING_BACKEND": "tests.auth.keyrings.FileKeyring",
        # The CLI runs from another folder: the backend's package must still import.
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    (tmp_path / "os-store").mkdir()
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield env
    keyring.set_keyring(previous)


def add(emu: Emulator, name: str, tenant: int, *options: str) -> None:
    assert emu.ca_path
    common = ["--tenant", emu.tenants[tenant].id, "--cloud", "custom", "--ca-bundle", emu.ca_path]
    common += ["--login-url", emu.login_url, "--graph-url", emu.graph_url]
    common += ["--defender-url", emu.defender_url, "--acting-as", ANALYST]
    assert main(["profiles", "add", name, *common, *options]) == 0


def test_all_profiles_sync_with_one_tenant_failing_and_nothing_secret_written(
    emulator: Emulator, desk: dict[str, str], tmp_path: Path
) -> None:
    cert = make_app_certificate(tmp_path / "certs")
    emulator.register_app(SECRET_APP, secret=SECRET)
    emulator.register_app(CERT_APP, certificate_pem=cert.certificate_pem)

    add(emulator, "App secret", 0, "--method", "app-secret", "--client-id", SECRET_APP)
    put_secret("App secret", SecretKind.CLIENT_SECRET, SECRET)
    add(
        emulator,
        "App certificate",
        1,
        "--method",
        "app-certificate",
        "--client-id",
        CERT_APP,
        "--certificate",
        str(cert.pfx_path),
    )
    put_secret("App certificate", SecretKind.CERTIFICATE_PASSWORD, cert.password)

    tenant = emulator.tenants[0].id
    tokens = {
        "https://graph.microsoft.com": emulator.issue_token(tenant),
        "https://api.securitycenter.microsoft.com": emulator.issue_token(tenant),
    }
    script = tmp_path / "get_token.py"
    script.write_text(
        "import json, sys\n"
        f"tokens = {json.dumps(tokens)}\n"
        "print(json.dumps({'accessToken': tokens[sys.argv[-1]], 'expires_on': 4102444800}))\n"
    )
    add(emulator, "Command", 0, "--method", "token-command",
        "--token-command", f"{sys.executable} {script} {{resource}}")  # fmt: skip
    env_tokens = {"DESK_G": emulator.issue_token(tenant), "DESK_D": emulator.issue_token(tenant)}
    add(emulator, "Environment", 0, "--method", "token-env",
        "--token-env", "DESK_G", "--defender-token-env", "DESK_D")  # fmt: skip
    failing = f"{sys.executable} -c 'import sys; sys.exit(4)' {{resource}}"
    add(emulator, "Broken", 1, "--method", "token-command", "--token-command", failing)

    run = run_cli(
        "--log-level", "debug", "sync", "--all-profiles", "--only", "incidents,devices",
        env={**desk, **env_tokens}, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    lines = run.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "App certificate",
        "App secret",
        "Broken",
        "Command",
        "Environment",
    ], run.stderr
    assert lines[2].startswith("Broken: FAILED: ") and "exit status 4" in lines[2]
    for line in lines[:2] + lines[3:]:
        assert ": synced " in line, line
    assert run.stderr.strip().splitlines()[-1] == ("hunting-console: 1 of 5 tenants failed: Broken")

    # Every profile synced into the desk's one cache, the window's All tenants: each
    # tenant's rows under its own id (three profiles of the first tenant, sharing its rows).
    data = tmp_path / "home" / "data"
    assert sorted(p.name for p in data.glob("**/*.db")) == ["cache.db"]
    with sqlite3.connect(data / "desk" / "cache.db") as db:
        counts = dict(db.execute("select tenant_id, count(*) from incidents group by tenant_id"))
    assert counts[canonical_tenant_id(emulator.tenants[1].id)] == 12  # App certificate's
    assert set(counts) == {canonical_tenant_id(t.id) for t in emulator.tenants[:2]}

    secrets = {SECRET, cert.password, *tokens.values(), *env_tokens.values()}
    secrets |= set(emulator.tokens.minted)
    written = [p for p in (tmp_path / "home").rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" or "log" in p.name for p in written)
    for path in written:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"{path.name} holds a secret"
    for secret in secrets:
        assert secret not in run.stdout and secret not in run.stderr


def test_a_scheduled_run_never_waits_for_a_sign_in(
    emulator: Emulator, desk: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    add(emulator, "Analyst", 0, "--method", "device-code", "--client-id", SECRET_APP)
    assert main(["sync", "--all-profiles"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("Analyst: FAILED: sign-in to 'Analyst' failed: sign in again")
    assert "hunting-console sign-in --profile Analyst" in captured.out
    assert "To sign in, open" not in captured.err  # no device code shown to no one


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_a_bad_parallel_count_is_named(
    desk: dict[str, str], capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["sync", "--all-profiles", "--parallel", value])
    assert exited.value.code == 2
    assert (
        f"expected a whole number of tenants, 1 or more; got {value!r}" in capsys.readouterr().err
    )


def test_parallel_is_for_all_profiles_only(
    desk: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "--profile", "x", "--parallel", "2"]) == 1
    assert "--parallel is for --all-profiles" in capsys.readouterr().err
