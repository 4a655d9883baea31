"""The selected question on the Defender Experts messages page reads as a thread: the
question, each reply and answer with who and when, the experts' side set apart, and what
it was asked about folded away until opened."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from console.domain.experts import (
    ChannelKind,
    ContextFact,
    ExpertCategory,
    ExpertContext,
    ExpertReply,
    ExpertRequest,
    Priority,
    RequestStatus,
)
from console.ui.experts.request_details import RequestDetails

ASKED = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def _request() -> ExpertRequest:
    context = ExpertContext(
        "incident",
        "2900400",
        "Ransomware staging",
        "tenant-1",
        None,
        (ContextFact("severity", "High"),),
    )
    replies = (
        ExpertReply("r1", "", "We see staging on two hosts.", ASKED + timedelta(hours=1), True),
        ExpertReply("r2", "", "Which ones?", ASKED + timedelta(hours=2), False),
        ExpertReply("r3", "Jane (MDE)", "srv-01 and srv-02.", ASKED + timedelta(hours=3), True),
    )
    return ExpertRequest(
        "q1",
        "tenant-1",
        ExpertCategory.NOTIFICATION_FOLLOW_UP,
        "Is this <b>real</b>?",
        context,
        Priority.NORMAL,
        (),
        (),
        ChannelKind.SERVICE,
        RequestStatus.ANSWERED,
        ASKED,
        ASKED + timedelta(hours=3),
        "remote-1",
        replies,
        False,
        None,
    )


def test_the_conversation_is_a_thread_with_who_and_when(qtbot):
    details = RequestDetails({"tenant-1": "Contoso"})
    qtbot.addWidget(details)
    details.show_request(_request())
    lines = [line for line in details.conversation_text().splitlines() if line]
    whos = [line.split(" \u2014 ")[0] for line in lines[::2]]
    assert whos == ["You asked", "Defender Experts", "You", "Jane (MDE)"]
    assert lines[1] == "Is this <b>real</b>?"  # as typed, never parsed as HTML
    assert lines[-1] == "srv-01 and srv-02."
    # The experts' side is indented, the analyst's is not: block by block, header and text.
    document = details.conversation.document()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    indented = [block.blockFormat().leftMargin() > 0 for block in blocks if block.text()]
    assert indented == [False, False, True, True, False, False, True, True]


def test_what_was_asked_about_is_folded_until_opened(qtbot):
    details = RequestDetails({"tenant-1": "Contoso"})
    qtbot.addWidget(details)
    details.resize(500, 700)
    details.show()
    details.show_request(_request())
    assert not details.facts_box.isVisible()
    assert details.conversation.height() > 300  # the conversation takes the room
    details.context_toggle.click()
    assert details.facts_box.isVisible()
