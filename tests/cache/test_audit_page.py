"""The Audit page's query: the log of several tenants, filtered and paged in SQL, each
triage entry with the status its change has now (the outbox row it names)."""

from __future__ import annotations

from console.cache import Cache, audit, triage, writer
from console.cache.audit import AuditFilters
from console.domain.experts import ExpertCategory, ExpertContext, RequestDraft
from console.domain.triage import Change, EntityKind, FieldConflict
from console.experts import ExpertsService
from tests.cache.factories import TENANT, alert, incident

OTHER = "22222222-2222-2222-2222-222222222222"
ME = "ana@contoso.example"


def _seed(cache: Cache) -> None:
    for tenant in (TENANT, OTHER):
        writer.write_incidents(
            cache,
            tenant,
            [incident(str(n), tenant_id=tenant) for n in (1, 2, 3)],
            resource="incidents",
            state=None,
        )
    writer.write_alerts(
        cache, TENANT, [alert("a1", incident_id="1")], resource="alerts", state=None
    )


def _queue(cache: Cache, tenant: str, kind: EntityKind, values: dict, item: str):
    [entry_id] = triage.queue(cache, tenant, ME, Change(kind, values), [item])
    change = triage.get(cache, entry_id)
    assert change is not None
    return change


def _filters(**fields) -> AuditFilters:
    return AuditFilters(tenant_ids=(TENANT, OTHER), **fields)


def test_entries_of_several_tenants_newest_first_with_their_change_status(cache: Cache) -> None:
    _seed(cache)
    sent = _queue(cache, TENANT, EntityKind.INCIDENT, {"status": "resolved"}, "1")
    triage.mark_sent(cache, sent, {"status": "resolved"}, False)
    held = _queue(cache, OTHER, EntityKind.INCIDENT, {"assignedTo": ME}, "2")
    triage.mark_conflict(cache, held, [FieldConflict("assignedTo", None, ME, "bob")], {})
    waiting = _queue(cache, TENANT, EntityKind.ALERT, {"status": "inProgress"}, "a1")
    audit.record(cache, "elsewhere", ME, "incident.queued", "incident", "9", {})

    rows = audit.page(cache, _filters(), 0, 50)
    assert audit.count(cache, _filters()) == len(rows) == 5
    assert [(r.entry.entity_id, r.state, r.status) for r in rows] == [
        ("a1", "queued", "pending"),
        ("2", "conflict", "conflict"),
        ("2", "queued", "conflict"),
        ("1", "sent", "sent"),
        ("1", "queued", "sent"),
    ]
    assert rows[0].change_id == waiting.entry_id
    # Paged in SQL: the second window starts where the first stopped.
    assert [r.entry.id for r in audit.page(cache, _filters(), 2, 2)] == [
        r.entry.id for r in rows[2:4]
    ]


def test_filters_by_status_kind_tenant_and_text(cache: Cache) -> None:
    _seed(cache)
    sent = _queue(cache, TENANT, EntityKind.INCIDENT, {"status": "resolved"}, "1")
    triage.mark_sent(cache, sent, {"status": "resolved"}, False)
    refused = _queue(cache, OTHER, EntityKind.INCIDENT, {"status": "resolved"}, "3")
    triage.mark_rejected(cache, refused, "403 Forbidden")
    _queue(cache, TENANT, EntityKind.ALERT, {"assignedTo": "zoe@contoso.example"}, "a1")

    def ids(**fields) -> list[tuple[str, str]]:
        filters = _filters(**fields)
        rows = audit.page(cache, filters, 0, 50)
        assert audit.count(cache, filters) == len(rows)
        return [(r.entry.entity_id, r.state) for r in rows]

    assert ids(statuses=("rejected",)) == [("3", "rejected"), ("3", "queued")]
    assert ids(kinds=("alert",)) == [("a1", "queued")]
    assert ids(states=("sent",)) == [("1", "sent")]
    only_other = audit.page(cache, AuditFilters(tenant_ids=(OTHER,)), 0, 9)
    assert [(r.entry.tenant_id, r.entry.entity_id) for r in only_other] == [(OTHER, "3")] * 2
    assert ids(text="a1") == [("a1", "queued")]
    assert ids(text="REJECTED") == [("3", "rejected")]  # the action, any case
    assert ids(text="%") == []  # a wildcard is a character like any other
    # Held first: the entry that holds the refused change, then the rest newest first.
    first = audit.page(cache, _filters(attention_first=True), 0, 1)
    assert [(r.entry.entity_id, r.state, r.needs_attention) for r in first] == [
        ("3", "rejected", True)
    ]


def test_an_items_entries_include_its_questions_to_defender_experts(cache: Cache) -> None:
    _seed(cache)
    _queue(cache, TENANT, EntityKind.INCIDENT, {"status": "resolved"}, "1")
    _queue(cache, TENANT, EntityKind.INCIDENT, {"status": "resolved"}, "2")
    service = ExpertsService(cache, TENANT, None, actor=ME)
    context = ExpertContext("incident", "1", "Incident 1", TENANT, None)
    service.ask(RequestDraft(ExpertCategory.ALERT_INFORMATION, "Is this real?", context))

    rows = audit.of_item(cache, TENANT, "incident", "1", 50)
    assert [(r.entry.action, r.subject) for r in rows] == [
        ("experts.request.asked", ("incident", "1")),
        ("incident.queued", None),
    ]
    assert audit.of_item(cache, TENANT, "device", "nothing", 50) == []
