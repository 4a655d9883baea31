"""Tokens from the environment and from a command, end to end against the TLS emulator;
a command that fails, hangs or prints nonsense gives one line, and never its output."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from console.auth.errors import SignInError, SignInReason
from console.auth.external_tokens import ExternalTokens, parse_token_output
from console.auth.profiles import SignInMethod, TenantProfile
from console.auth.service import Resource
from console.cli import main
from console.emulator import Emulator
from tests.auth.conftest import profile_for

ANALYST = "night.shift@contoso.example"
GRAPH_TOKEN = "env-graph-token-4e1b"
DEFENDER_TOKEN = "env-defender-token-77aa"


def token_script(folder: Path, tokens: dict[str, str], *, expires_on: int | None = None) -> Path:
    """A stand-in for `az account get-access-token --resource R`: JSON for the resource."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "get_token.py"
    script.write_text(
        "import json, sys\n"
        f"tokens = {json.dumps(tokens)}\n"
        "resource = sys.argv[sys.argv.index('--resource') + 1]\n"
        f"print(json.dumps({{'accessToken': tokens[resource], 'expires_on': {expires_on or 0} "
        "or 4102444800, 'tokenType': 'Bearer'}))\n"
    )
    return script


def command_profile(emulator: Emulator, argv: list[str], timeout: float = 30) -> TenantProfile:
    return profile_for(
        emulator,
        SignInMethod.TOKEN_COMMAND,
        client_id="",
        acting_as=ANALYST,
        token_command=tuple(argv),
        token_command_timeout=timeout,
    )


@pytest.mark.emulator(accept_tokens={GRAPH_TOKEN: "", DEFENDER_TOKEN: ""})
def test_tokens_from_the_environment_test_the_connection(
    emulator: Emulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HUNTING_CONSOLE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DESK_GRAPH_TOKEN", GRAPH_TOKEN)
    monkeypatch.setenv("DESK_DEFENDER_TOKEN", DEFENDER_TOKEN)
    assert emulator.ca_path
    args = ["profiles", "add", "Env", "--tenant", emulator.tenants[0].id, "--cloud", "custom"]
    args += ["--login-url", emulator.login_url, "--graph-url", emulator.graph_url]
    args += ["--defender-url", emulator.defender_url, "--ca-bundle", emulator.ca_path]
    args += ["--method", "token-env", "--acting-as", ANALYST]
    args += ["--token-env", "DESK_GRAPH_TOKEN", "--defender-token-env", "DESK_DEFENDER_TOKEN"]
    assert main(args) == 0
    assert main(["profiles", "test", "Env"]) == 0
    assert "Read devices (Defender for Endpoint): ok" in capsys.readouterr().out
    monkeypatch.delenv("DESK_DEFENDER_TOKEN")
    assert main(["profiles", "test", "Env"]) == 1
    assert "DESK_DEFENDER_TOKEN is not set" in capsys.readouterr().err


def test_a_commands_token_per_api_reads_both_apis(emulator: Emulator, tmp_path: Path) -> None:
    graph = emulator.issue_token(emulator.tenants[0].id)
    defender = emulator.issue_token(emulator.tenants[0].id)
    script = token_script(
        tmp_path,
        {
            "https://graph.microsoft.com": graph,
            "https://api.securitycenter.microsoft.com": defender,
        },
    )
    argv = [sys.executable, str(script), "--resource", "{resource}"]
    tokens = ExternalTokens(command_profile(emulator, argv))
    assert tokens.token(Resource.GRAPH) == graph
    assert tokens.token(Resource.DEFENDER) == defender
    from console.auth.connection import run_connection_test

    assert run_connection_test(tokens).ok
    assert tokens.signed_in().username == ANALYST


def test_a_command_that_hangs_is_stopped_with_one_line(emulator: Emulator) -> None:
    argv = [sys.executable, "-c", "import time; time.sleep(120)", "{resource}"]
    tokens = ExternalTokens(command_profile(emulator, argv, timeout=1))
    with pytest.raises(SignInError) as stopped:
        tokens.token(Resource.GRAPH)
    assert stopped.value.reason is SignInReason.TOKEN_SOURCE_FAILED
    assert "gave no token within 1 s and was stopped" in str(stopped.value)


def test_a_command_that_fails_names_its_status_not_its_output(emulator: Emulator) -> None:
    code = (
        "import sys; print('leaked-output-token-123'); "
        "print('ERROR: Please run az login to setup account.', file=sys.stderr); sys.exit(3)"
    )
    tokens = ExternalTokens(command_profile(emulator, [sys.executable, "-c", code, "{resource}"]))
    with pytest.raises(SignInError) as failed:
        tokens.token(Resource.GRAPH)
    text = str(failed.value)
    assert "failed with exit status 3: ERROR: Please run az login" in text
    assert "leaked-output" not in text and "\n" not in text


def test_a_command_that_is_missing_says_so(emulator: Emulator, tmp_path: Path) -> None:
    tokens = ExternalTokens(command_profile(emulator, [str(tmp_path / "no-az"), "{resource}"]))
    with pytest.raises(SignInError, match="the token command no-az cannot run"):
        tokens.token(Resource.GRAPH)


def test_outputs_the_azure_cli_and_scripts_print() -> None:
    assert parse_token_output("abc.def\n", 100.0, "t") == ("abc.def", 400.0)
    document = {"accessToken": "tok", "expiresOn": "2030-01-01 10:00:00.000000"}
    token, expires = parse_token_output(json.dumps(document), 100.0, "az")
    assert token == "tok" and expires > 1_800_000_000
    with pytest.raises(SignInError, match="without accessToken"):
        parse_token_output('{"token": "x"}', 0, "az")
    with pytest.raises(SignInError, match="printed 2 lines"):
        parse_token_output("one\ntwo", 0, "t")


def test_a_token_command_needs_the_resource_placeholder(emulator: Emulator) -> None:
    with pytest.raises(ValueError, match=r"\{resource\}"):
        command_profile(emulator, ["az", "account", "get-access-token"])
