"""A failed sync in the analyst's words, whatever the error; the technical line kept."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from console.api import errors as api
from console.cache.errors import CacheError
from console.sync.engine import SyncProcessError
from console.ui.error_texts import failure_text, reason_text, service_name, wait_text
from console.ui.i18n import TRANSLATIONS_DIR
from console.ui.shell.sync_controller import FAILED, OFFLINE, SIGN_IN, classify

GRAPH = "https://graph.microsoft.com/v1.0/security/incidents"
DEFENDER = "https://api.securitycenter.microsoft.com/api/machines"


@pytest.mark.parametrize(
    ("error", "kind", "reason"),
    [
        (
            api.NetworkError(
                "cannot reach graph.microsoft.com: NewConnectionError after 1 attempt(s)",
                resource="incidents",
                url=GRAPH,
            ),
            OFFLINE,
            "cannot reach Microsoft Graph",
        ),
        (
            api.DeadlineError("no complete answer", resource="devices", url=DEFENDER),
            FAILED,
            "Microsoft Defender for Endpoint did not answer in time",
        ),
        (
            api.AuthError("HTTP 401 Unauthorized", status=401, url=DEFENDER),
            SIGN_IN,
            "Microsoft Defender for Endpoint no longer accepts this sign-in",
        ),
        (
            api.ThrottledError("HTTP 429 after 6 attempt(s)", status=429, url=GRAPH),
            FAILED,
            "Microsoft Graph is busy: it kept asking the console to slow down; try again later",
        ),
        (
            api.ThrottledError("HTTP 503 after 6 attempt(s)", status=503, url=GRAPH),
            FAILED,
            "Microsoft Graph kept answering with an error (HTTP 503); try again later",
        ),
        (
            api.ApiError("HTTP 403 Forbidden", status=403, resource="alerts"),
            FAILED,
            "Microsoft Graph refused access (403): the account or the app lacks a permission",
        ),
        (
            api.MalformedPageError("not JSON", resource="alerts", url="https://127.0.0.1:1/x"),
            FAILED,
            "Microsoft Graph sent a page the console cannot read",
        ),
        (
            api.TenantMismatchError("tenant b in a page of a", url="https://proxy.corp:8443/x"),
            FAILED,
            "proxy.corp sent another tenant's data, so the page was refused",
        ),
        (CacheError("disk I/O error"), FAILED, "the cache file could not be written"),
        (
            SyncProcessError("exit code -9"),
            FAILED,
            "the sync process stopped before it finished; every page it committed is kept",
        ),
    ],
)
def test_each_failure_names_the_service_and_keeps_its_technical_line(error, kind, reason):
    outcome = classify(error)
    assert (outcome.kind, outcome.reason) == (kind, reason)
    assert outcome.detail == str(error)
    assert "attempt(s)" not in outcome.reason and "Error" not in outcome.reason


def test_the_service_is_named_by_resource_then_host():
    assert service_name("127.0.0.1:8443", "devices") == "Microsoft Defender for Endpoint"
    assert service_name("graph.microsoft.us") == "Microsoft Graph"
    assert service_name("api-gov.securitycenter.microsoft.us") == "Microsoft Defender for Endpoint"
    assert service_name("login.microsoftonline.com") == "Microsoft Entra ID"
    # Not a lookalike: "evilgraph.microsoft.com.example" is not Microsoft Graph.
    assert service_name("graph.microsoft.com.example") == "graph.microsoft.com.example"


def test_an_unforeseen_error_says_so_and_keeps_its_gist():
    outcome = classify(KeyError("items"))
    assert outcome.reason == "an unexpected error; Details has its technical line"
    assert outcome.detail == "KeyError: 'items'"


def test_failures_and_waits_read_in_french(qapp):
    catalogue = QTranslator()
    assert catalogue.load(str(TRANSLATIONS_DIR / "hunting_console_fr.qm"))
    QCoreApplication.installTranslator(catalogue)
    QLocale.setDefault(QLocale("fr"))
    try:
        error = api.NetworkError("after 1 attempt(s)", resource="incidents", url=GRAPH)
        assert failure_text(error) == "impossible de joindre Microsoft Graph"
        reason = "connection to graph.microsoft.com failed (NewConnectionError), retrying in 8 s"
        assert (
            wait_text(reason, 8)
            == "Impossible de joindre Microsoft Graph (nouvel essai dans 8\u00a0s)"
        )
    finally:
        QCoreApplication.removeTranslator(catalogue)
        QLocale.setDefault(QLocale("en"))


def test_an_error_met_in_passing_reads_in_words():
    error = api.NetworkError("after 1 attempt(s)", resource="devices", url=DEFENDER)
    assert reason_text(error) == "cannot reach Microsoft Defender for Endpoint"
    full = OSError(errno.ENOSPC, "No space left on device", "/home/a/incidents.csv")
    assert reason_text(full) == "the disk is full (/home/a/incidents.csv)"
    refused = PermissionError(errno.EACCES, "Permission denied", "/srv/share/x.csv")
    assert reason_text(refused) == "permission denied (/srv/share/x.csv)"
    assert reason_text(ValueError("bad\nvalue")) == "bad value"


def test_a_wait_names_the_service_by_what_is_synced_when_the_host_does_not():
    reason = "connection to 127.0.0.1:8443 failed (ConnectionError), retrying in 2 s"
    assert wait_text(reason, 2, "devices") == (
        "Cannot reach Microsoft Defender for Endpoint (retrying in 2 s)"
    )
    assert service_name("dod-graph.microsoft.us") == "Microsoft Graph"
