"""What crosses the pipe to the sync process comes back as it left."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from console.api.errors import (
    AuthError,
    CertificateError,
    CertificateProblem,
    ProxyError,
    ThrottledError,
)
from console.api.network import NetworkSettings, ProxySetting
from console.cache.errors import CacheDamagedError
from console.sync import child as child_module
from console.sync import worker_wire as wire
from console.sync.engine import (
    ResourceReport,
    SyncCancelled,
    SyncOptions,
    SyncProcessError,
    SyncReport,
)


@pytest.mark.parametrize(
    "error",
    [
        AuthError("HTTP 401", status=401, resource="alerts", page=3, url="https://g/x"),
        ThrottledError("429 after 6 attempts", status=429, code="TooManyRequests"),
        CertificateError(
            "untrusted",
            host="graph.microsoft.com",
            problem=CertificateProblem.UNTRUSTED,
            subject="CN=graph",
            issuer="CN=Corp Inspection CA",
        ),
        ProxyError("407", proxy="proxy.corp:8080", detail="Tunnel connection failed"),
        CacheDamagedError("database disk image is malformed"),
        SyncCancelled("cancelled"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_an_error_is_raised_again_as_its_own_class_with_its_fields(error):
    back = wire.error_from_wire(wire.error_to_wire(error))
    assert type(back) is type(error)
    assert str(back) == str(error)
    for name in (
        "status",
        "code",
        "resource",
        "page",
        "url",
        "host",
        "problem",
        "subject",
        "issuer",
        "proxy",
        "detail",
    ):
        assert getattr(back, name, None) == getattr(error, name, None)


def test_a_subclass_the_other_side_does_not_know_arrives_as_its_parent():
    class NewThrottle(ThrottledError):
        pass

    back = wire.error_from_wire(wire.error_to_wire(NewThrottle("slow down", status=503)))
    assert type(back) is ThrottledError and back.status == 503


def test_a_bug_arrives_as_one_line_never_a_traceback():
    back = wire.error_from_wire(wire.error_to_wire(KeyError("deviceName")))
    assert isinstance(back, SyncProcessError)
    assert str(back) == "KeyError: 'deviceName'"
    assert isinstance(wire.error_from_wire({"type": "<script>", "message": "x"}), SyncProcessError)


def test_options_network_and_report_round_trip():
    options = SyncOptions(full=True, resources=("alerts",), overlap=timedelta(minutes=7))
    assert wire.options_from_wire(wire.options_to_wire(options)) == options
    network = NetworkSettings(
        "/etc/corp-ca.pem", ProxySetting("http://jdoe@p:8080", ("lan",), "pw")
    )
    assert wire.network_from_wire(wire.network_to_wire(network)) == network
    assert wire.network_from_wire(wire.network_to_wire(None)) is None
    report = SyncReport("t", [ResourceReport("alerts", "full", 10, 2, 1.5)])
    assert wire.report_from_wire(wire.report_to_wire(report)) == report


@pytest.mark.parametrize(
    "line",
    ["not json", '["a list"]', '{"e": "page", "resource": "alerts"}', '{"e": "gossip"}'],
    ids=["not-json", "not-an-object", "fields-missing", "unknown-kind"],
)
def test_a_line_that_is_not_a_message_ends_the_run_as_a_broken_process(line):
    # The child's stdout is the protocol's alone: skipping a line could skip the run's
    # last word (done, failed) and wait on an idle process for ever.
    lines = io.StringIO(
        wire.encode({"e": "started", "resource": "alerts", "mode": "full"})
        + line
        + "\n"
        + wire.encode({"e": "done", "report": {"tenant_id": "t", "resources": []}})
    )
    started: list[tuple[str, str]] = []

    class Observer:
        def resource_started(self, resource, mode):
            started.append((resource, mode))

    observer = Observer()
    outcome = child_module._follow(
        lines,
        None,
        None,
        lambda message: child_module._observer_call(message, observer, lambda *_: None),
    )
    assert isinstance(outcome, SyncProcessError)
    assert "cannot be read" in str(outcome)
    assert started == [("alerts", "full")]


def test_the_end_of_the_stream_without_a_last_word_is_no_outcome():
    lines = io.StringIO(wire.encode({"e": "wait", "reason": "429", "seconds": 2}))
    waits: list[tuple[str, float]] = []
    handle = lambda m: child_module._observer_call(m, None, lambda *w: waits.append(w))  # noqa: E731
    assert child_module._follow(lines, None, None, handle) is None
    assert waits == [("429", 2.0)]


def test_client_settings_cross_without_their_tokens_and_come_back_whole():
    from console.api.auth import StaticTokenProvider
    from console.api.retry import Backoff
    from console.sync.clients import ClientSettings

    graph, defender = StaticTokenProvider("graph-secret"), StaticTokenProvider("mde-secret")
    network = NetworkSettings(None, ProxySetting("http://jdoe@p:8080", (), "pw"))
    settings = ClientSettings(
        "https://graph.example/v1.0", "https://mde.example", graph, defender,
        network=network, max_attempts=3, backoff=Backoff(0.2, 4.0), timeout=(2, 30),
    )  # fmt: skip
    line = wire.encode({"e": wire.SPEC, "reach": wire.settings_to_wire(settings)})
    assert "graph-secret" not in line and "mde-secret" not in line
    back = wire.settings_from_wire(wire.decode(line)["reach"], graph, defender)
    assert back == settings
