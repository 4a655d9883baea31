"""`hunting-console export` over a synced cache."""

from __future__ import annotations

import csv
import io
import json

import pytest

from console.domain import SAMPLE_DEN_TITLE
from tests.integration.conftest import run_cli, sync_args, token_env


@pytest.fixture(scope="module")
def synced(tmp_path_factory):
    from console.emulator import Emulator
    from tests.integration.conftest import small_config

    cache = tmp_path_factory.mktemp("export") / "cache.db"
    with Emulator(small_config()) as emu:
        result = run_cli(*sync_args(emu, cache), env=token_env(emu))
        assert result.returncode == 0, result.stderr
        yield cache, emu.tenants[0].id


def export(cache, *args):
    result = run_cli("export", *args, "--cache", str(cache))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_incidents_export_uses_graph_names_with_tenant_and_den_flag(synced):
    cache, tenant = synced
    records = json.loads(export(cache, "incidents"))
    assert len(records) == 120
    first = records[0]
    for key in (
        "id",
        "displayName",
        "severity",
        "status",
        "lastUpdateDateTime",
        "tenantId",
        "isDefenderExperts",
    ):
        assert key in first
    assert {r["tenantId"] for r in records} == {tenant}
    sample = [r for r in records if r["displayName"] == SAMPLE_DEN_TITLE]
    assert sample and sample[0]["isDefenderExperts"] is True


def test_den_only_exports_exactly_the_dens(synced):
    cache, _ = synced
    everything = json.loads(export(cache, "incidents"))
    dens = json.loads(export(cache, "incidents", "--den-only"))
    assert dens and all(r["isDefenderExperts"] for r in dens)
    assert len(dens) == sum(r["isDefenderExperts"] for r in everything)


def test_tag_filter(synced):
    cache, _ = synced
    tagged = json.loads(export(cache, "incidents", "--tag", "Defender Experts"))
    assert tagged and all(r["isDefenderExperts"] for r in tagged)


def test_alerts_export_keeps_evidence_and_den_flag(synced):
    cache, _ = synced
    alerts = json.loads(export(cache, "alerts", "--den-only"))
    assert alerts and all(a["isDefenderExperts"] for a in alerts)
    assert all("evidence" in a and "title" in a for a in alerts)


def test_devices_export_uses_defender_names(synced):
    cache, _ = synced
    devices = json.loads(export(cache, "devices"))
    assert len(devices) == 40
    assert {"id", "computerDnsName", "riskScore", "healthStatus", "tenantId"} <= set(devices[0])
    assert "isDefenderExperts" not in devices[0]


def test_csv_has_the_same_columns_flattened(synced, tmp_path):
    cache, _ = synced
    out = tmp_path / "incidents.csv"
    result = run_cli(
        "export", "incidents", "--cache", str(cache), "--format", "csv", "--output", str(out)
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 120
    assert {"id", "displayName", "tenantId", "isDefenderExperts", "systemTags"} <= set(rows[0])
    den_rows = [r for r in rows if r["isDefenderExperts"] == "true"]
    assert any("Defender Experts" in r["systemTags"] for r in den_rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@")), "cells must never start a formula"


def test_export_of_a_missing_cache_is_a_one_line_failure(tmp_path):
    result = run_cli("export", "incidents", "--cache", str(tmp_path / "none.db"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
