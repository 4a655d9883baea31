"""Triage changes sent from a process of their own, as the window sends them: the tokens
are asked of this process over the pipe, progress comes back, and so does the report."""

from __future__ import annotations

import threading

import pytest

from console.api.auth import StaticTokenProvider
from console.cache import triage
from console.domain.triage import Change, EntityKind
from console.sync.clients import ClientSettings
from console.triage.process import send_in_process
from tests.triage.conftest import Synced

pytestmark = pytest.mark.timeout(120)

ME = "analyst@contoso.example"


class CountingTokens:
    def __init__(self, token: str) -> None:
        self._token = token
        self.asked = 0

    def token(self) -> str:
        self.asked += 1
        return self._token


def test_a_sender_process_sends_the_changes_and_reports_them(synced: Synced) -> None:
    ids = synced.incident_ids()[:3]
    triage.queue(
        synced.cache, synced.tenant_id, ME, Change(EntityKind.INCIDENT, {"assignedTo": ME}), ids
    )
    tokens = CountingTokens(synced.emulator.issue_token(synced.tenant_id))
    settings = ClientSettings(
        synced.emulator.graph_url,
        synced.emulator.defender_url,
        tokens,
        StaticTokenProvider("never-used-for-graph"),
        timeout=(3, 30),
    )
    steps = []
    assert synced.cache.sqlite_path is not None

    report = send_in_process(
        synced.cache.sqlite_path,
        synced.tenant_id,
        settings,
        per_minute=10_000,
        cancel=threading.Event(),
        progress=steps.append,
    )

    assert (report.sent, report.remaining) == (3, 0)
    assert report.changed == {("incident", i) for i in ids}
    assert [step.done for step in steps] == [1, 2, 3]
    assert tokens.asked >= 1  # the token came from here, over the pipe
    assert all(synced.data.incidents.doc(i)["assignedTo"] == ME for i in ids)
    assert triage.waiting(synced.cache, synced.tenant_id) == []
