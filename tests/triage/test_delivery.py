"""Queued triage changes reach the emulator once, in order, judged field by field."""

from __future__ import annotations

import threading

import pytest

from console.api.auth import StaticTokenProvider
from console.cache import alerts as alert_queries
from console.cache import audit, incidents, triage
from console.domain.triage import Change, EntityKind, TriageError, validate
from console.sync.clients import make_clients
from console.triage.delivery import send_waiting
from console.triage.pace import Pacer
from tests.triage.conftest import Synced

ME = "analyst@contoso.example"


def _incident_doc(synced: Synced, incident_id: str) -> dict:
    doc = synced.data.incidents.doc(incident_id)
    assert doc is not None
    return doc


def _change(**values) -> Change:
    comment = values.pop("comment", None)
    return Change(EntityKind.INCIDENT, values, comment)


def test_a_change_is_sent_once_and_the_cache_shows_the_new_values(synced: Synced) -> None:
    incident_id = synced.incident_ids()[0]
    made = triage.queue(
        synced.cache,
        synced.tenant_id,
        ME,
        _change(assignedTo=ME, status="inProgress"),
        [incident_id],
    )
    assert len(made) == 1
    shown = triage.pending(
        synced.cache, [synced.tenant_id], EntityKind.INCIDENT, [(synced.tenant_id, incident_id)]
    )
    assert shown[(synced.tenant_id, incident_id)].values == {
        "assignedTo": ME,
        "status": "inProgress",
    }

    report = send_waiting(synced.cache, synced.tenant_id, synced.graph)

    assert (report.sent, report.remaining, report.conflicts) == (1, 0, 0)
    doc = _incident_doc(synced, incident_id)
    assert (doc["assignedTo"], doc["status"]) == (ME, "inProgress")
    cached = incidents.get(synced.cache, synced.tenant_id, incident_id)
    assert cached is not None and cached.assigned_to == ME
    assert (
        triage.pending(
            synced.cache, [synced.tenant_id], EntityKind.INCIDENT, [(synced.tenant_id, incident_id)]
        )
        == {}
    )
    # Nothing left: a second run sends nothing more.
    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 0
    actions = [e.action for e in audit.entries(synced.cache, synced.tenant_id, 10)]
    assert actions[:2] == ["incident.sent", "incident.queued"]


def test_resolving_sends_its_note_as_a_comment_and_no_resolving_comment_field(
    synced: Synced,
) -> None:
    incident_id = synced.incident_ids()[1]
    with pytest.raises(TriageError):
        validate(_change(status="resolved"))  # a resolution needs its note
    change = _change(
        status="resolved",
        classification="truePositive",
        determination="compromisedUser",  # the documents' spelling of compromisedAccount
        comment="Contained: password reset, sessions revoked.",
    )
    validate(change)
    triage.queue(synced.cache, synced.tenant_id, ME, change, [incident_id])
    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 1
    doc = _incident_doc(synced, incident_id)
    assert (doc["status"], doc["classification"], doc["determination"]) == (
        "resolved",
        "truePositive",
        "compromisedAccount",
    )
    assert doc.get("resolvingComment") != "Contained: password reset, sessions revoked."
    assert doc["comments"][-1]["comment"] == "Contained: password reset, sessions revoked."
    cached = incidents.get(synced.cache, synced.tenant_id, incident_id)
    assert cached is not None and cached.comments[-1].text.startswith("Contained")


def test_a_portal_edit_in_between_is_a_conflict_resolved_each_way(synced: Synced) -> None:
    first, second, third = synced.incident_ids()[2:5]
    for incident_id in (first, second, third):
        triage.queue(synced.cache, synced.tenant_id, ME, _change(assignedTo=ME), [incident_id])
        doc = _incident_doc(synced, incident_id)
        doc["assignedTo"] = "someone.else@contoso.example"  # the portal, meanwhile
        synced.data.replace_incident(doc)

    report = send_waiting(synced.cache, synced.tenant_id, synced.graph)

    assert (report.sent, report.conflicts) == (0, 3)
    assert _incident_doc(synced, first)["assignedTo"] == "someone.else@contoso.example"
    held = {c.entity_id: c for c in triage.held(synced.cache, [synced.tenant_id])}
    conflict = held[first].conflicts[0]
    assert (conflict.name, conflict.mine, conflict.theirs) == (
        "assignedTo",
        ME,
        "someone.else@contoso.example",
    )
    triage.resolve(synced.cache, held[first], "mine", ME)
    triage.resolve(synced.cache, held[second], "theirs", ME)
    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 1
    assert _incident_doc(synced, first)["assignedTo"] == ME
    assert _incident_doc(synced, second)["assignedTo"] == "someone.else@contoso.example"
    assert [c.entity_id for c in triage.held(synced.cache, [synced.tenant_id])] == [third]


def test_tags_in_conflict_merge_theirs_with_ours(synced: Synced) -> None:
    incident_id = synced.incident_ids()[5]
    doc = _incident_doc(synced, incident_id)
    doc["customTags"] = ["Phish"]
    synced.data.replace_incident(doc)
    synced.resync()
    triage.queue(
        synced.cache,
        synced.tenant_id,
        ME,
        Change(EntityKind.INCIDENT, add_tags=("Reviewed-by-SOC",)),
        [incident_id],
    )
    doc = _incident_doc(synced, incident_id)
    doc["customTags"] = ["Phish", "VIP"]  # someone tagged it meanwhile
    synced.data.replace_incident(doc)

    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).conflicts == 1
    [held] = triage.held(synced.cache, [synced.tenant_id])
    triage.resolve(synced.cache, held, "merge", ME)
    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 1
    assert sorted(_incident_doc(synced, incident_id)["customTags"]) == [
        "Phish",
        "Reviewed-by-SOC",
        "VIP",
    ]


def test_two_changes_to_one_item_that_do_not_conflict_both_go(synced: Synced) -> None:
    incident_id = synced.incident_ids()[6]
    triage.queue(synced.cache, synced.tenant_id, ME, _change(status="inProgress"), [incident_id])
    triage.queue(
        synced.cache,
        synced.tenant_id,
        ME,
        _change(status="resolved", comment="False alarm: a scheduled test."),
        [incident_id],
    )
    [_first, second] = triage.waiting(synced.cache, synced.tenant_id)
    assert second.expected == {"status": "inProgress"}  # judged against the first

    report = send_waiting(synced.cache, synced.tenant_id, synced.graph)

    assert (report.sent, report.conflicts) == (2, 0)
    assert _incident_doc(synced, incident_id)["status"] == "resolved"


def test_a_rejected_write_keeps_the_servers_reason_and_stays_until_retried(synced: Synced) -> None:
    alert_id = synced.alert_ids()[0]
    change = Change(
        EntityKind.ALERT, {"classification": "falsePositive", "determination": "malware"}
    )
    with pytest.raises(TriageError):
        validate(change)  # the console says so first...
    triage.queue(synced.cache, synced.tenant_id, ME, change, [alert_id])  # ...the service too

    report = send_waiting(synced.cache, synced.tenant_id, synced.graph)

    assert report.rejected == 1
    [held] = triage.held(synced.cache, [synced.tenant_id])
    assert held.status == "rejected" and held.error and "400" in held.error
    assert triage.waiting(synced.cache, synced.tenant_id) == []
    triage.discard(synced.cache, held, ME)
    assert triage.held(synced.cache, [synced.tenant_id]) == []
    cached = alert_queries.get(synced.cache, synced.tenant_id, alert_id)
    assert cached is not None and (
        cached.classification is None or cached.classification.value != "falsePositive"
    )


def test_offline_changes_wait_in_order_and_go_when_back(synced: Synced) -> None:
    ids = synced.incident_ids()[7:10]
    triage.queue(synced.cache, synced.tenant_id, ME, _change(assignedTo=ME), ids)
    offline, _ = make_clients(
        synced.tenant_id,
        "https://127.0.0.1:9",  # nothing listens there
        "https://127.0.0.1:9",
        StaticTokenProvider("t"),
        max_attempts=1,
    )
    report = send_waiting(synced.cache, synced.tenant_id, offline)
    assert report.offline and report.remaining == 3 and report.sent == 0
    assert len(triage.waiting(synced.cache, synced.tenant_id)) == 3

    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 3
    assert all(_incident_doc(synced, i)["assignedTo"] == ME for i in ids)


def test_a_send_cut_short_after_its_comment_does_not_post_it_twice(synced: Synced) -> None:
    incident_id = synced.incident_ids()[10]
    triage.queue(
        synced.cache,
        synced.tenant_id,
        ME,
        _change(assignedTo=ME, comment="Taking this one."),
        [incident_id],
    )
    [change] = triage.waiting(synced.cache, synced.tenant_id)
    # The first run sent everything, then the console died before it noted so.
    synced.graph.update_incident(incident_id, {"assignedTo": ME})
    synced.graph.comment_incident(incident_id, "Taking this one.")
    triage.mark_sending(synced.cache, change)

    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 1
    texts = [c["comment"] for c in _incident_doc(synced, incident_id)["comments"]]
    assert texts.count("Taking this one.") == 1


def test_a_stopped_run_keeps_what_it_did_not_send(synced: Synced) -> None:
    ids = synced.incident_ids()[:4]
    triage.queue(
        synced.cache, synced.tenant_id, ME, _change(assignedTo="bulk@contoso.example"), ids
    )
    cancel = threading.Event()
    ticks = iter(range(10_000))
    # A quota of 3 requests a minute on a clock that never moves: the second change waits,
    # and the run is stopped while it does.
    pacer = Pacer(3, cancel=cancel, clock=lambda: 0.0)
    original = pacer.take

    def take() -> None:
        if next(ticks) >= 2:
            cancel.set()
        original()

    pacer.take = take  # type: ignore[method-assign]
    report = send_waiting(synced.cache, synced.tenant_id, synced.graph, pacer=pacer, cancel=cancel)
    assert report.sent == 1
    assert len(triage.waiting(synced.cache, synced.tenant_id)) == 3
