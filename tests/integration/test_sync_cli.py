"""`hunting-console sync` against the emulator: full, incremental, failures, resume."""

from __future__ import annotations

import sqlite3

from console.emulator import Emulator
from tests.integration.conftest import dump_cache, run_cli, small_config, sync_args, token_env


def count(path, table, where="1=1"):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}").fetchone()[0]


def test_full_sync_copies_the_tenant(emulator, tmp_path):
    cache = tmp_path / "cache.db"
    result = run_cli(*sync_args(emulator, cache), env=token_env(emulator))
    assert result.returncode == 0, result.stderr
    assert "incidents: done" in result.stderr and "alerts: done" in result.stderr
    assert count(cache, "incidents") == 120  # the sample DEN among them
    assert count(cache, "alerts") >= 120
    assert count(cache, "devices") == 40
    assert count(cache, "incidents", "is_den") >= 2


def test_incremental_sync_reads_only_changes(emulator, tmp_path):
    cache = tmp_path / "cache.db"
    env = token_env(emulator)
    assert run_cli(*sync_args(emulator, cache), env=env).returncode == 0
    before = count(cache, "incidents")
    emulator.mutate_once()
    requests_before = len(emulator.request_log)
    result = run_cli(*sync_args(emulator, cache), env=env)
    assert result.returncode == 0, result.stderr
    assert "incidents: incremental sync" in result.stderr
    assert count(cache, "incidents") == before + 1
    incident_requests = [
        r for r in emulator.request_log[requests_before:] if "/security/incidents" in r[1]
    ]
    assert len(incident_requests) == 1  # one page of changes, not the whole collection
    assert "lastUpdateDateTime" in incident_requests[0][1]


def test_throttling_storm_is_waited_out_and_said(emulator, tmp_path):
    emulator.faults.throttle_next(3, retry_after=1)
    result = run_cli(*sync_args(emulator, tmp_path / "c.db"), env=token_env(emulator))
    assert result.returncode == 0, result.stderr
    assert "waiting 1 s" in result.stderr
    assert "429" in result.stderr


def test_transient_failures_are_retried(tmp_path):
    with Emulator(small_config(fault_5xx_rate=0.2, fault_drop_every=7)) as emu:
        result = run_cli(*sync_args(emu, tmp_path / "c.db"), env=token_env(emu))
        assert result.returncode == 0, result.stderr
        with Emulator(small_config()) as clean_emu:
            clean = tmp_path / "clean.db"
            assert run_cli(*sync_args(clean_emu, clean), env=token_env(clean_emu)).returncode == 0
        assert dump_cache(tmp_path / "c.db") == dump_cache(clean)


def test_malformed_page_stops_with_one_line_and_the_next_run_continues(tmp_path):
    cache = tmp_path / "cache.db"
    with Emulator(small_config(fault_malformed_page=2)) as emu:
        env = token_env(emu)
        failed = run_cli(*sync_args(emu, cache), env=env)
        assert failed.returncode == 1
        last_line = failed.stderr.strip().splitlines()[-1]
        assert last_line.startswith("hunting-console: sync stopped: incidents page 2")
        assert "Traceback" not in failed.stderr
        assert count(cache, "incidents") == 50  # page 1 was committed and kept

        resumed = run_cli(*sync_args(emu, cache), env=env)
        assert resumed.returncode == 0, resumed.stderr
        assert "resuming at page 2" in resumed.stderr

        clean = tmp_path / "clean.db"
        assert run_cli(*sync_args(emu, clean), env=env).returncode == 0
    assert dump_cache(cache) == dump_cache(clean)


def test_missing_token_variable_is_a_one_line_failure(emulator, tmp_path):
    result = run_cli(*sync_args(emulator, tmp_path / "c.db"), env={"HC_TEST_TOKEN": ""})
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "HC_TEST_TOKEN" in result.stderr


def test_rejected_token_is_a_one_line_failure(emulator, tmp_path):
    env = {"HC_TEST_TOKEN": "not-a-token", "HC_TEST_DEFENDER_TOKEN": "not-a-token"}
    result = run_cli(*sync_args(emulator, tmp_path / "c.db"), env=env)
    assert result.returncode == 1
    assert "401" in result.stderr.strip().splitlines()[-1]
    assert "not-a-token" not in result.stderr


def test_bad_usage_exits_2():
    assert run_cli("sync", "--cache").returncode == 2
    assert run_cli("no-such-command").returncode == 2


def test_help_lists_the_headless_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("emulator", "sync", "export", "demo"):
        assert command in result.stdout


def test_incident_columns_agree_with_their_alerts_after_a_first_sync(emulator, tmp_path):
    # A run over the whole collection refreshes these once, at its last page.
    cache = tmp_path / "cache.db"
    assert run_cli(*sync_args(emulator, cache), env=token_env(emulator)).returncode == 0
    with sqlite3.connect(cache) as conn:
        wrong = conn.execute(
            """
            SELECT i.id FROM incidents i
            WHERE i.alert_count != (SELECT COUNT(*) FROM alerts a
                                    WHERE a.tenant_id = i.tenant_id AND a.incident_id = i.id)
               OR i.is_den != (i.own_den OR EXISTS (SELECT 1 FROM alerts a
                               WHERE a.tenant_id = i.tenant_id AND a.incident_id = i.id
                                 AND a.is_den))
            """
        ).fetchall()
        with_alerts = conn.execute("SELECT COUNT(*) FROM incidents WHERE alert_count > 0")
        assert with_alerts.fetchone()[0] > 100
    assert wrong == []


def test_a_tenant_id_spelt_in_capitals_is_the_same_tenant(emulator, tmp_path):
    # `--tenant E8FA…` after `--tenant e8fa…` filed every item a second time, under a
    # second tenant that the queues and the reconciling of the first never saw.
    cache = tmp_path / "cache.db"
    env = token_env(emulator)
    tenant = emulator.tenants[0].id
    assert run_cli(*sync_args(emulator, cache), env=env).returncode == 0
    shouted = sync_args(emulator, cache)
    shouted[shouted.index("--tenant") + 1] = tenant.upper()
    result = run_cli(*shouted, env=env)
    assert result.returncode == 0, result.stderr
    assert count(cache, "tenants") == 1
    assert count(cache, "incidents") == 120
    exported = run_cli("export", "incidents", "--cache", str(cache), "--tenant", tenant.upper())
    assert exported.returncode == 0 and exported.stdout.count('"id"') == 120
