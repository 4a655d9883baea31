"""The write pace: a minute's quota at once, then steadily, and how long the rest takes."""

from __future__ import annotations

import threading

import pytest

from console.triage.pace import Cancelled, Pacer


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_minutes_quota_goes_at_once_then_the_rest_is_paced() -> None:
    clock = Clock()
    pacer = Pacer(60, clock=clock)
    for _ in range(60):
        pacer.take()  # no wait: the bucket starts full
    assert pacer.seconds_for(10) == pytest.approx(10.0)  # one a second from here
    clock.now += 4
    assert pacer.seconds_for(10) == pytest.approx(6.0)
    for _ in range(4):
        pacer.take()
    assert pacer.seconds_for(1) == pytest.approx(1.0)


def test_a_wait_for_the_quota_stops_when_cancelled() -> None:
    cancel = threading.Event()
    pacer = Pacer(1, cancel=cancel, clock=Clock())
    pacer.take()
    cancel.set()
    with pytest.raises(Cancelled):
        pacer.take()  # would wait a minute
