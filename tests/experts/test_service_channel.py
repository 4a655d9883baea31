"""Against the emulator on 127.0.0.1: exactly once, offline, answers, follow-ups."""

from __future__ import annotations

import pytest

from console.cache import Cache, audit, outbox
from console.cache import experts as store
from console.domain import ExpertCategory, RequestDraft, RequestStatus
from console.emulator import Emulator
from console.experts import ExpertsService, context


def ask(service: ExpertsService) -> str:
    ctx = context.alert_context(service.cache, service.tenant_id, "a1")
    draft = RequestDraft(ExpertCategory.ALERT_INFORMATION, "Why did this alert fire?", ctx)
    return service.ask(draft).id


def test_sent_exactly_once_even_when_send_runs_twice(online: ExpertsService, emu: Emulator) -> None:
    request_id = ask(online)
    first = online.send_pending()
    assert (first.sent, first.offline, first.remaining) == (1, False, 0)
    assert online.send_pending().sent == 0
    assert [key for _, key, _ in emu.experts.received] == [request_id]
    sent = online.get(request_id)
    assert sent is not None and sent.status == RequestStatus.SUBMITTED and sent.remote_id
    assert emu.experts.request(request_id)["context"]["entityId"] == "a1"
    assert outbox.pending(online.cache, online.tenant_id) == []


def test_a_lost_response_is_resent_with_the_same_key(online: ExpertsService, emu: Emulator) -> None:
    request_id = ask(online)
    emu.faults.drop_every = 1  # the POST is accepted, then the connection drops mid-answer
    report = online.send_pending()
    assert report.offline and report.remaining == 1
    assert online.get(request_id).status == RequestStatus.QUEUED  # type: ignore[union-attr]
    emu.faults.drop_every = None
    assert online.send_pending().sent == 1
    assert len(emu.experts.received) == 1
    assert online.get(request_id).status == RequestStatus.SUBMITTED  # type: ignore[union-attr]


def test_a_crash_after_post_before_mark_sent_resends_once(
    online: ExpertsService, emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_id = ask(online)

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(store, "record_accepted", crash)
    with pytest.raises(KeyboardInterrupt):
        online.send_pending()
    monkeypatch.undo()
    [entry] = outbox.pending(online.cache, online.tenant_id)
    assert entry.status == "sending"  # what a restart finds
    restarted = ExpertsService(online.cache, online.tenant_id, online.transport)
    assert restarted.send_pending().sent == 1
    assert [key for _, key, _ in emu.experts.received] == [request_id]


def test_offline_then_online(cache: Cache, online: ExpertsService, emu: Emulator) -> None:
    offline = ExpertsService(cache, online.tenant_id)  # no transport: offline
    request_id = ask(offline)
    assert offline.send_pending().offline
    assert emu.experts.received == []
    online.send_pending()
    assert [key for _, key, _ in emu.experts.received] == [request_id]


def test_answer_is_polled_unread_then_a_follow_up_round_trip(
    online: ExpertsService, emu: Emulator
) -> None:
    request_id = ask(online)
    online.send_pending()
    assert online.poll() == []
    assert emu.experts.advance(request_id) == "inProgress"
    assert online.poll() == []
    assert online.get(request_id).status == RequestStatus.IN_PROGRESS  # type: ignore[union-attr]
    emu.experts.answer(request_id, "It is a known LOLBin technique.")
    [answered] = online.poll()
    assert answered.id == request_id and answered.unread
    assert answered.status == RequestStatus.ANSWERED
    assert [(r.author, r.text, r.from_experts) for r in answered.replies] == [
        ("Microsoft Defender Experts", "It is a known LOLBin technique.", True)
    ]
    assert online.unread_count() == 1
    assert online.poll() == []  # the same state again changes nothing
    online.mark_read(request_id)
    assert online.unread_count() == 0

    online.reply(request_id, "Thanks. Should we isolate the device?")
    assert online.send_pending().sent == 1
    emu.experts.answer(request_id, "Yes, isolate it.")
    [again] = online.poll()
    texts = [(r.text, r.from_experts, r.pending) for r in again.replies]
    assert texts == [
        ("It is a known LOLBin technique.", True, False),
        ("Thanks. Should we isolate the device?", False, False),
        ("Yes, isolate it.", True, False),
    ]
    actions = [e.action for e in audit.entries(online.cache, online.tenant_id, 20)]
    for action in (
        "experts.request.asked",
        "experts.request.sent",
        "experts.reply.received",
        "experts.reply.asked",
        "experts.reply.sent",
    ):
        assert action in actions


def test_emulator_timers_answer_on_their_own(online: ExpertsService, emu: Emulator) -> None:
    ticks = [0.0]
    emu.experts.clock = lambda: ticks[0]
    emu.experts.progress_after, emu.experts.answer_after = 5, 15
    request_id = ask(online)
    online.send_pending()
    ticks[0] = 6
    online.poll()
    assert online.get(request_id).status == RequestStatus.IN_PROGRESS  # type: ignore[union-attr]
    ticks[0] = 16
    [answered] = online.poll()
    assert "Suspicious PowerShell command line" in answered.replies[0].text


def test_a_refused_request_fails_with_the_reason(online: ExpertsService, emu: Emulator) -> None:
    ctx = context.alert_context(online.cache, online.tenant_id, "a1")
    bad = type(ctx)("mailbox", "m1", "m1", online.tenant_id, None, ())
    request_id = online.ask(RequestDraft(ExpertCategory.ALERT_INFORMATION, "?", bad)).id
    report = online.send_pending()
    assert report.refused == 1 and report.remaining == 0
    failed = online.get(request_id)
    assert failed is not None and failed.status == RequestStatus.FAILED
    assert failed.error and "context.kind" in failed.error
    assert online.allowance().used == 0  # a refused question uses no credit


def test_a_refused_reply_is_set_aside_and_later_questions_still_go(
    online: ExpertsService, emu: Emulator
) -> None:
    first = ask(online)
    online.send_pending()
    emu.experts.answer(first, "It is benign.")
    online.poll()
    online.reply(first, "Thanks, and the other device?")
    emu.experts._requests.clear()  # the service no longer knows the question: 404 on the reply
    second = ask(online)
    report = online.send_pending()
    assert report.errors == []
    assert online.get(second).status == RequestStatus.SUBMITTED  # type: ignore[union-attr]
    actions = [entry.action for entry in audit.entries(online.cache, online.tenant_id, 20)]
    assert "experts.reply.refused" in actions
    assert online.send_pending().sent == 0  # nothing left to retry every minute


def test_one_unreadable_request_does_not_stop_the_answers(
    online: ExpertsService, emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = ask(online)
    good = ask(online)
    online.send_pending()
    emu.experts.answer(good, "Here is what we found.")
    emu.experts.answer(other, "And here.")
    resource = emu.experts._resource
    broken = emu.experts._find(other)

    def without_id_for_one(item):  # type: ignore[no-untyped-def]
        data = resource(item)
        return {k: v for k, v in data.items() if k != "id"} if item is broken else data

    monkeypatch.setattr(emu.experts, "_resource", without_id_for_one)
    answered = online.poll()
    assert [r.id for r in answered] == [good]
