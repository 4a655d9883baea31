"""What a review of triage found, each pinned: a comment like an earlier one is still
posted, one failing item holds back only itself, a comment refused after the update keeps
the update, no one signed in means no "Assign to me", and a change names 10,000 at most."""

from __future__ import annotations

import pytest

from console.api.errors import ApiError
from console.cache import outbox, triage
from console.domain.triage import Change, EntityKind
from console.triage.delivery import MAX_ATTEMPTS, send_waiting
from console.triage.service import MAX_ITEMS, NotSignedIn, TooMany, TriageService
from tests.triage.conftest import Synced

ME = "analyst@contoso.example"


def _comments(synced: Synced, incident_id: str) -> list[str]:
    return [c["comment"] for c in synced.data.incidents.doc(incident_id)["comments"]]


def test_the_same_words_as_an_earlier_comment_are_still_posted(synced: Synced) -> None:
    incident_id = synced.incident_ids()[0]
    for _ in range(2):  # "Checked" today, and again tomorrow
        change = Change(EntityKind.INCIDENT, {}, "Checked")
        triage.queue(synced.cache, synced.tenant_id, ME, change, [incident_id])
        assert send_waiting(synced.cache, synced.tenant_id, synced.graph).sent == 1
    assert _comments(synced, incident_id).count("Checked") == 2


class OneBadItem:
    """The real client, but the service fails on one incident every time."""

    def __init__(self, graph, bad: str) -> None:  # type: ignore[no-untyped-def]
        self._graph = graph
        self._bad = bad

    def get_incident(self, incident_id: str):  # type: ignore[no-untyped-def]
        if incident_id == self._bad:
            raise ApiError("HTTP 500 Internal Server Error", status=500)
        return self._graph.get_incident(incident_id)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._graph, name)


def test_one_failing_item_holds_back_only_its_own_changes(synced: Synced) -> None:
    bad, *good = synced.incident_ids()[1:5]
    assign = Change(EntityKind.INCIDENT, {"assignedTo": ME})
    triage.queue(synced.cache, synced.tenant_id, ME, assign, [bad, *good])
    later = Change(EntityKind.INCIDENT, {}, "after the assignment")
    triage.queue(synced.cache, synced.tenant_id, ME, later, [bad])
    client = OneBadItem(synced.graph, bad)

    report = send_waiting(synced.cache, synced.tenant_id, client)

    assert report.sent == 3 and report.remaining == 2  # the bad item's two wait
    assert "after the assignment" not in _comments(synced, bad)  # never before its first
    for _ in range(MAX_ATTEMPTS - 1):
        send_waiting(synced.cache, synced.tenant_id, client)
    held = triage.held(synced.cache, [synced.tenant_id])
    assert [(c.entity_id, c.status) for c in held][:1] == [(bad, "rejected")]
    assert f"after {MAX_ATTEMPTS} attempts" in (held[0].error or "")


class RefusesComments:
    """The real client, but the service refuses comments (a policy on the tenant, say)."""

    def __init__(self, graph) -> None:  # type: ignore[no-untyped-def]
        self._graph = graph

    def comment_incident(self, incident_id: str, text: str):  # type: ignore[no-untyped-def]
        raise ApiError("HTTP 400 Bad Request: comments are closed", status=400)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._graph, name)


def test_a_comment_refused_after_the_update_keeps_the_update(synced: Synced) -> None:
    incident_id = synced.incident_ids()[5]
    change = Change(EntityKind.INCIDENT, {"assignedTo": ME}, "Taking it.")
    triage.queue(synced.cache, synced.tenant_id, ME, change, [incident_id])

    report = send_waiting(synced.cache, synced.tenant_id, RefusesComments(synced.graph))

    assert report.rejected == 1
    assert synced.data.incidents.doc(incident_id)["assignedTo"] == ME
    [held] = triage.held(synced.cache, [synced.tenant_id])
    assert held.values == {} and held.comment == "Taking it."  # only the comment is held
    shown = triage.shown(synced.cache, synced.tenant_id, EntityKind.INCIDENT, [incident_id])
    assert shown[incident_id]["assignedTo"] == ME  # stored as the service has it


def test_a_blank_comment_is_no_comment() -> None:
    from console.domain.triage import TriageError, validate

    with pytest.raises(TriageError):
        validate(Change(EntityKind.INCIDENT, {}, "   "))


def test_assign_to_me_needs_someone_signed_in_and_a_change_names_at_most_ten_thousand(
    synced: Synced,
) -> None:
    service = TriageService(
        synced.cache, {synced.tenant_id: lambda: "jdoe"}, {synced.tenant_id: lambda: ""}
    )
    with pytest.raises(NotSignedIn):
        service.me(synced.tenant_id)
    items = [(synced.tenant_id, str(i)) for i in range(MAX_ITEMS + 1)]
    with pytest.raises(TooMany):
        service.queue(Change(EntityKind.INCIDENT, {"status": "inProgress"}), items)
    # The audit still names the desk's user for what it queues.
    [incident_id] = synced.incident_ids()[6:7]
    service.queue(
        Change(EntityKind.INCIDENT, {"status": "inProgress"}), [(synced.tenant_id, incident_id)]
    )
    [queued] = triage.waiting(synced.cache, synced.tenant_id)
    assert queued.actor == "jdoe"


def test_the_experts_outbox_reads_only_its_own_entries(synced: Synced) -> None:
    triage.queue(
        synced.cache,
        synced.tenant_id,
        ME,
        Change(EntityKind.INCIDENT, {"status": "inProgress"}),
        synced.incident_ids()[7:9],
    )
    assert len(outbox.pending(synced.cache, synced.tenant_id)) == 2
    assert outbox.pending(synced.cache, synced.tenant_id, ("expertRequest", "expertReply")) == []


def test_a_change_is_judged_against_what_the_analyst_saw_when_deciding(synced: Synced) -> None:
    incident_id = synced.incident_ids()[9]
    service = TriageService(synced.cache, {synced.tenant_id: lambda: ME})
    seen = triage.shown(synced.cache, synced.tenant_id, EntityKind.INCIDENT, [incident_id])
    ours, theirs = [
        s for s in ("active", "inProgress", "resolved") if s != seen[incident_id]["status"]
    ]
    # While the dialog was open a sync brought a colleague's edit into the cache.
    synced.emulator.edit_item(synced.tenant_id, "incident", incident_id, {"status": theirs})
    synced.resync()
    now = triage.shown(synced.cache, synced.tenant_id, EntityKind.INCIDENT, [incident_id])
    assert now[incident_id]["status"] == theirs  # what the console shows now
    item = (synced.tenant_id, incident_id)

    service.queue(Change(EntityKind.INCIDENT, {"status": ours}), [item], {item: seen[incident_id]})

    assert send_waiting(synced.cache, synced.tenant_id, synced.graph).conflicts == 1
    assert synced.data.incidents.doc(incident_id)["status"] == theirs
