"""A profile's sync takes its tokens from the sign-in: the CLI path, a 401 mid-sync, and
no token in anything the run wrote."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from console.api.errors import AuthError
from console.auth.service import SignInService
from console.cache import outbox
from console.cache.engine import open_cache
from console.cli import main
from console.emulator import Emulator
from console.launch import profile_target
from console.sync.engine import sync_tenant
from tests.auth.conftest import CLIENT_ID


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("HUNTING_CONSOLE_HOME", str(folder))
    return folder


def add_profile(emulator: Emulator, *extra: str) -> None:
    assert emulator.ca_path
    code = main(
        [
            "profile",
            "add",
            "Contoso",
            "--tenant",
            emulator.tenants[0].domain,
            "--client-id",
            CLIENT_ID,
            "--cloud",
            "custom",
            "--method",
            "device-code",
            "--login-url",
            emulator.login_url,
            "--graph-url",
            emulator.graph_url,
            "--defender-url",
            emulator.defender_url,
            "--ca-bundle",
            emulator.ca_path,
            *extra,
        ]
    )
    assert code == 0


def every_file(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


@pytest.mark.parametrize("token_file", [False, True], ids=["memory", "private-file"])
def test_sync_with_a_profile_signs_in_on_the_terminal_and_no_token_is_written(
    emulator: Emulator,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    token_file: bool,
) -> None:
    add_profile(emulator, *(["--allow-token-file"] if token_file else []))
    cache_path = tmp_path / "cache" / "contoso.db"
    cache_path.parent.mkdir()
    code = main(
        ["--log-level", "debug", "sync", "--profile", "Contoso", "--cache", str(cache_path)]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "enter the code" in err and "signed in as soc.analyst@" in err
    tenant = emulator.tenants[0].id
    with open_cache(cache_path) as cache:
        assert (
            cache.engine.connect()
            .exec_driver_sql("select count(*) from incidents where tenant_id = ?", (tenant,))
            .scalar()
            == 30
        )
    minted = list(emulator.tokens.minted)
    assert len(minted) >= 3  # an access and refresh token from the code, one more for Defender
    written = every_file(home) + every_file(tmp_path / "cache")
    assert any(p.suffix == ".log" for p in written)
    token_files = [p for p in written if p.name.endswith(".msal-cache")]
    assert bool(token_files) is token_file  # memory only unless the analyst opted in
    for path in written:
        if path in token_files:
            assert os.stat(path).st_mode & 0o077 == 0  # only the analyst can read it
            continue
        content = path.read_bytes()
        for token in minted:
            assert token.encode() not in content, f"a token reached {path.relative_to(tmp_path)}"
    for token in minted:
        assert token not in out and token not in err


def test_a_401_mid_sync_stops_with_sign_in_again_and_keeps_the_outbox(
    emulator: Emulator, service_for: Callable[..., SignInService], tmp_path: Path
) -> None:
    service = service_for()
    service.sign_in()
    target = profile_target(service)
    tenant = emulator.tenants[0].id
    assert target.tenant_id == tenant

    class RevokeAfterIncidents:
        def resource_started(self, resource: str, mode: str) -> None: ...
        def page_committed(self, resource: str, page: int, items: int, total: int) -> None: ...
        def page_warnings(self, resource: str, page: int, warnings: list[str]) -> None: ...
        def resource_finished(self, resource: str, total: int, pages: int, seconds: float) -> None:
            if resource == "incidents":
                emulator.revoke_access_tokens()  # MSAL still thinks its tokens are good

    with open_cache(tmp_path / "cache.db") as cache:
        outbox.enqueue(cache, tenant, "comment", "incident", "1", {"text": "keep me"}, "k-1")
        graph, defender = target.make_clients(lambda reason, seconds: None)
        with pytest.raises(AuthError) as stopped:
            sync_tenant(
                cache, tenant, graph=graph, defender=defender, observer=RevokeAfterIncidents()
            )
        assert stopped.value.status == 401
        (entry,) = outbox.pending(cache, tenant)
        assert entry.payload == {"text": "keep me"}
        # What the incidents run committed is kept.
        count = (
            cache.engine.connect()
            .exec_driver_sql("select count(*) from incidents where tenant_id = ?", (tenant,))
            .scalar()
        )
        assert count == 30
