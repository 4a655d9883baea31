"""Fixtures of the HTTP tests: a scripted server on 127.0.0.1 and sessions that record waits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from console.api import ApiSession, Backoff, StaticTokenProvider
from tests.api.scripted_server import TOKEN, ScriptedServer, start_server, stop_server


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = start_server()
    yield scripted
    stop_server(scripted)


@dataclass
class Waits:
    calls: list[tuple[str, float]] = field(default_factory=list)

    def __call__(self, reason: str, seconds: float) -> None:
        self.calls.append((reason, seconds))


@pytest.fixture
def waits() -> Waits:
    return Waits()


# Backoff small enough for fast tests, large enough to be measurable.
FAST_BACKOFF = Backoff(base=0.02, cap=0.1)


@pytest.fixture
def make_session(waits: Waits) -> Iterator[Callable[..., ApiSession]]:
    sessions: list[ApiSession] = []

    def make(**options: Any) -> ApiSession:
        options.setdefault("on_wait", waits)
        options.setdefault("backoff", FAST_BACKOFF)
        options.setdefault("timeout", (2, 5))
        session = ApiSession(StaticTokenProvider(TOKEN), **options)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def session(make_session: Callable[..., ApiSession]) -> ApiSession:
    return make_session()
