"""Throttling and each injected fault, as a client would experience them."""

from __future__ import annotations

import time

import pytest
import requests

from console.emulator import Emulator

from .conftest import TIMEOUT, authorised, small_config


def test_throttle_next_answers_429_with_retry_after(
    emu: Emulator, session: requests.Session
) -> None:
    emu.faults.throttle_next(2, retry_after=7)
    url = f"{emu.graph_url}/security/incidents"
    for _ in range(2):
        response = session.get(url, timeout=TIMEOUT)
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "7"
        assert response.json()["error"]["code"] == "TooManyRequests"
    assert session.get(url, timeout=TIMEOUT).status_code == 200


def test_rate_limit_per_token_per_minute() -> None:
    with Emulator(small_config(incidents=5, devices=3, rate_limit_per_minute=3)) as emu:
        first, second = authorised(emu), authorised(emu)
        url = f"{emu.base_url}/api/machines"
        assert [first.get(url, timeout=TIMEOUT).status_code for _ in range(4)] == [
            200,
            200,
            200,
            429,
        ]
        limited = first.get(url, timeout=TIMEOUT)
        assert 1 <= int(limited.headers["Retry-After"]) <= 60
        assert limited.json()["error"]["code"] == "TooManyRequests"
        assert second.get(url, timeout=TIMEOUT).status_code == 200  # another token, another budget


def test_5xx_rate_is_seeded_and_roughly_right() -> None:
    def statuses() -> list[int]:
        with Emulator(small_config(incidents=5, devices=3, fault_5xx_rate=0.3)) as emu:
            session = authorised(emu)
            return [
                session.get(f"{emu.graph_url}/security/incidents", timeout=TIMEOUT).status_code
                for _ in range(60)
            ]

    first = statuses()
    failures = [s for s in first if s != 200]
    assert 5 <= len(failures) <= 35 and all(500 <= s < 600 for s in failures)
    assert statuses() == first  # same seed, same failures


def test_malformed_page_once(emu: Emulator, session: requests.Session) -> None:
    emu.faults.malformed_page = 2
    url = f"{emu.graph_url}/security/incidents?$top=5"
    assert session.get(url, timeout=TIMEOUT).json()["value"]
    broken = session.get(url, timeout=TIMEOUT)
    assert broken.status_code == 200
    with pytest.raises(ValueError):
        broken.json()
    assert session.get(url, timeout=TIMEOUT).json()["value"]  # once only


def test_drop_every_nth_request(emu: Emulator, session: requests.Session) -> None:
    emu.faults.drop_every = 3
    url = f"{emu.graph_url}/security/alerts_v2?$top=200"
    outcomes = []
    for _ in range(6):
        try:
            outcomes.append(len(session.get(url, timeout=TIMEOUT).json()["value"]))
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError, ValueError):
            outcomes.append("dropped")
    assert outcomes[2] == outcomes[5] == "dropped"
    assert all(o != "dropped" for i, o in enumerate(outcomes) if i not in (2, 5))
    assert emu.request_log[-1][0] == "GET"


def test_latency(emu: Emulator, session: requests.Session) -> None:
    emu.faults.latency_ms = 150
    started = time.monotonic()
    assert session.get(f"{emu.base_url}/api/machines", timeout=TIMEOUT).status_code == 200
    assert time.monotonic() - started >= 0.15


def test_request_log_records_method_path_and_status(
    emu: Emulator, session: requests.Session
) -> None:
    session.get(f"{emu.graph_url}/security/incidents?$top=2", timeout=TIMEOUT)
    requests.get(f"{emu.base_url}/api/machines", timeout=TIMEOUT)
    assert emu.request_log[-2:] == [
        ("GET", "/v1.0/security/incidents?$top=2", 200),
        ("GET", "/api/machines", 401),
    ]
