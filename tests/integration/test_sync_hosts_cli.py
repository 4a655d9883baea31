"""`hunting-console sync`: each token goes to its own API, and hostile hosts stop the run."""

from __future__ import annotations

from console.emulator import Emulator
from tests.integration.conftest import (
    DEFENDER_TOKEN_ENV,
    TOKEN_ENV,
    run_cli,
    small_config,
    sync_args,
    token_env,
)


def last_line(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


def without_defender_token(args: list[str]) -> list[str]:
    at = args.index("--defender-token-env")
    return args[:at] + args[at + 2 :]


def test_devices_without_a_defender_token_are_refused_not_sent_the_graph_token(emulator, tmp_path):
    args = without_defender_token(sync_args(emulator, tmp_path / "c.db"))
    result = run_cli(*args, env={TOKEN_ENV: emulator.issue_token(emulator.tenants[0].id)})

    assert result.returncode == 1
    assert last_line(result.stderr).startswith(
        "hunting-console: devices come from Defender for Endpoint, which needs its own token"
    )
    assert "Traceback" not in result.stderr
    assert emulator.tokens_seen == []  # nothing was sent at all


def test_graph_and_defender_tokens_arrive_only_at_their_own_ports(tmp_path):
    with Emulator(small_config(defender_port=0)) as emu:
        env = token_env(emu)
        result = run_cli(*sync_args(emu, tmp_path / "c.db"), env=env)
        assert result.returncode == 0, result.stderr

        graph_port = int(emu.base_url.rsplit(":", 1)[1])
        defender_port = int(emu.defender_url.rsplit(":", 1)[1])
        assert set(emu.tokens_seen) == {
            (graph_port, env[TOKEN_ENV]),
            (defender_port, env[DEFENDER_TOKEN_ENV]),
        }


def test_a_next_link_to_another_host_stops_the_sync_and_the_next_run_completes(tmp_path):
    cache = tmp_path / "c.db"
    with Emulator(small_config(fault_foreign_next_link="localhost")) as emu:
        env = token_env(emu)
        failed = run_cli(*sync_args(emu, cache), env=env)
        assert failed.returncode == 1
        assert last_line(failed.stderr).startswith(
            "hunting-console: sync stopped: incidents page 1: refused a next link to localhost:"
        )
        assert "Traceback" not in failed.stderr

        emu.faults.foreign_next_link = None
        assert run_cli(*sync_args(emu, cache), env=env).returncode == 0


def test_plain_http_to_a_remote_host_is_refused_before_anything_is_sent(emulator, tmp_path):
    args = sync_args(emulator, tmp_path / "c.db")
    args[args.index("--graph-url") + 1] = "http://graph.example.com/v1.0"
    result = run_cli(*args, env=token_env(emulator))

    assert result.returncode == 1
    assert last_line(result.stderr) == (
        "hunting-console: refused plain http to graph.example.com: "
        "only this machine may be reached without https"
    )
