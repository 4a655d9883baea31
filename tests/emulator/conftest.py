"""Shared emulator fixtures: one read-only emulator per session, fresh ones for writes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import requests

from console.emulator import Emulator, EmulatorConfig

FIXED_NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
TIMEOUT = 10  # seconds, for every HTTP call in these tests


def small_config(**overrides: object) -> EmulatorConfig:
    values: dict[str, object] = {"seed": 7, "incidents": 120, "devices": 30, "now": FIXED_NOW}
    values.update(overrides)
    return EmulatorConfig(**values)  # type: ignore[arg-type]


def authorised(emu: Emulator, tenant_index: int = 0) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {emu.issue_token(emu.tenants[tenant_index].id)}"
    return session


@pytest.fixture(scope="session")
def shared_emu() -> Iterator[Emulator]:
    """Read-only tests share this one; never write to it."""
    with Emulator(small_config()) as emu:
        yield emu


@pytest.fixture(scope="session")
def shared(shared_emu: Emulator) -> requests.Session:
    return authorised(shared_emu)


@pytest.fixture()
def emu() -> Iterator[Emulator]:
    """A fresh emulator for tests that write or change faults."""
    with Emulator(small_config()) as fresh:
        yield fresh


@pytest.fixture()
def session(emu: Emulator) -> requests.Session:
    return authorised(emu)


def follow(session: requests.Session, url: str, **kwargs: object) -> list[dict[str, object]]:
    """Every item of a collection, following @odata.nextLink to the end."""
    items: list[dict[str, object]] = []
    next_url: str | None = url
    pages = 0
    while next_url:
        response = session.get(next_url, timeout=TIMEOUT, **kwargs)  # type: ignore[arg-type]
        assert response.status_code == 200, response.text
        body = response.json()
        items.extend(body["value"])
        next_url = body.get("@odata.nextLink")
        pages += 1
        assert pages < 10_000
    return items
