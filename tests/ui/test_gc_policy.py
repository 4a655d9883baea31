"""The cyclic collector runs on the GUI thread only: never on the sync's or a reader's
thread, where it froze the window holding the GIL and destroyed Qt objects off their thread."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer

from console.ui.gc_policy import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> weakref.ref[Node]:
    first, second = Node(), Node()
    first.other, second.other = second, first
    return weakref.ref(first)


@pytest.fixture
def collections(qapp) -> Iterator[list[str]]:
    """The name of the thread each collection ran on, while a collector is installed."""
    seen: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    owner = QObject()
    gc.collect()
    gc.callbacks.append(record)
    collector = GuiThreadCollector(owner, interval_ms=20)
    try:
        yield seen
    finally:
        collector.stop()
        gc.callbacks.remove(record)
        gc.unfreeze()  # the test froze the suite's heap: give it back
        owner.deleteLater()


def test_a_worker_allocating_cycles_never_collects_the_gui_thread_does(qtbot, collections):
    kept: list[weakref.ref[Node]] = []

    def busy_worker() -> None:
        # Far past every threshold: CPython would have collected on this thread many times.
        for _ in range(50_000):
            kept.append(cycle())

    worker = threading.Thread(target=busy_worker, name="sync-worker")
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert "sync-worker" not in collections
    assert any(ref() is not None for ref in kept[-100:])  # nothing collected them yet

    # The GUI thread's timer collects what the worker left, on the GUI thread.
    qtbot.waitUntil(lambda: all(ref() is None for ref in kept[-100:]), timeout=5000)
    assert collections and set(collections) == {threading.main_thread().name}


def test_after_the_window_was_held_the_events_queued_meanwhile_run_before_a_collection(
    qtbot, collections
):
    # A refresh holds the GUI thread past the collector's check while a sync leaves garbage:
    # the collection must not add its own pause to the refresh's before input is handled.
    after_the_hold: list[str] = []
    kept: list[weakref.ref[Node]] = []

    def count_collections(phase: str, _info: dict) -> None:
        if phase == "start" and after_the_hold:
            after_the_hold.append("collection")

    def held() -> None:
        kept.extend(cycle() for _ in range(20_000))  # far past the young threshold
        time.sleep(0.3)  # the collector's 20 ms check comes late
        after_the_hold.append("held")
        QTimer.singleShot(1, lambda: after_the_hold.append("queued event"))

    gc.callbacks.append(count_collections)
    try:
        QTimer.singleShot(0, held)
        qtbot.waitUntil(lambda: "collection" in after_the_hold, timeout=5000)
    finally:
        gc.callbacks.remove(count_collections)
    assert after_the_hold[:3] == ["held", "queued event", "collection"], after_the_hold


def test_stopping_gives_collection_back_to_python(qapp):
    owner = QObject()
    was = gc.isenabled()
    collector = GuiThreadCollector(owner)
    try:
        assert not gc.isenabled()
    finally:
        collector.stop()
        gc.unfreeze()
        owner.deleteLater()
    assert gc.isenabled() is was
