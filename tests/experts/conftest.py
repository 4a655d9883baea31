"""Fixtures: a cache with a device, an alert and a DEN incident; an emulator; a service."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.api.auth import StaticTokenProvider
from console.api.retry import Backoff
from console.api.session import ApiSession
from console.cache import Cache, open_cache, writer
from console.domain import ExpertsSettings
from console.emulator import Emulator, EmulatorConfig
from console.experts import ExpertsService
from tests.cache import factories as f

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def fill(cache: Cache, tenant_id: str) -> None:
    writer.ensure_tenant(cache, tenant_id, "Contoso")
    writer.write_devices(
        cache,
        tenant_id,
        [f.device("dev1", "pc-01.contoso.com", tenant_id=tenant_id)],
        resource="devices",
        state={},
    )
    evidence = [f.device_evidence("dev1", "pc-01.contoso.com")]
    alerts = [
        f.alert(
            "a1",
            "7",
            tenant_id=tenant_id,
            title="Suspicious PowerShell command line",
            evidence=evidence,
        ),
        f.den_alert("a2", "7", tenant_id=tenant_id, evidence=evidence),
    ]
    writer.write_incidents(
        cache,
        tenant_id,
        [f.incident("7", tenant_id=tenant_id, display_name="Multi-stage attack", alerts=alerts)],
        resource="incidents",
        state={},
    )


@pytest.fixture()
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "cache.db"


@pytest.fixture()
def cache(cache_path: Path) -> Iterator[Cache]:
    with open_cache(cache_path) as opened:
        yield opened


@pytest.fixture()
def emu() -> Iterator[Emulator]:
    config = EmulatorConfig(
        seed=7, incidents=5, devices=3, now=NOW, experts_progress_after=0, experts_answer_after=0
    )
    with Emulator(config) as running:
        yield running


def session_for(emu: Emulator) -> ApiSession:
    token = StaticTokenProvider(emu.issue_token(emu.tenants[0].id))
    return ApiSession(token, timeout=(2, 5), max_attempts=2, backoff=Backoff(base=0.01, cap=0.02))


@pytest.fixture()
def online(cache: Cache, emu: Emulator) -> Iterator[ExpertsService]:
    tenant_id = emu.tenants[0].id
    fill(cache, tenant_id)
    service = ExpertsService(cache, tenant_id, session_for(emu))
    service.save_settings(ExpertsSettings(service_url=emu.experts_url))
    yield service
    assert service.transport is not None
    service.transport.close()
