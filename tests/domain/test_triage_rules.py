"""The triage rules: which pairs Graph accepts, and how a queued change is judged."""

from __future__ import annotations

import pytest

from console.domain.triage import (
    Change,
    EntityKind,
    TriageError,
    judge,
    merged_tags,
    pair_allowed,
    same,
    validate,
)


def test_pairs_follow_the_portal_and_read_both_spellings() -> None:
    assert pair_allowed("truePositive", "compromisedUser")  # = compromisedAccount
    assert pair_allowed("falsePositive", "clean")  # = notMalicious
    assert pair_allowed("informationalExpectedActivity", "confirmedUserActivity")
    assert pair_allowed("benignPositive", "securityTesting")
    assert pair_allowed("falsePositive", "unknown")  # clearing goes with anything
    assert not pair_allowed("falsePositive", "malware")
    assert not pair_allowed("truePositive", "notMalicious")
    assert pair_allowed("truePositive", "apt") and not pair_allowed("falsePositive", "apt")


def test_validate_refuses_what_the_service_would() -> None:
    with pytest.raises(TriageError):
        validate(Change(EntityKind.ALERT, {"customTags": ["x"]}))
    with pytest.raises(TriageError):
        validate(Change(EntityKind.INCIDENT, {"status": "redirected"}))
    with pytest.raises(TriageError):
        validate(Change(EntityKind.ALERT, {"status": "resolved"}))  # no note
    with pytest.raises(TriageError):
        validate(Change(EntityKind.INCIDENT))
    validate(Change(EntityKind.ALERT, {"status": "resolved"}, "benign: a test"))


def test_a_field_someone_else_moved_is_a_conflict_and_the_rest_goes() -> None:
    send, conflicts = judge(
        {"status": "active", "assignedTo": None},
        {"status": "resolved", "assignedTo": "me@x"},
        {"status": "inProgress", "assignedTo": None},
    )
    assert send == {"assignedTo": "me@x"}
    assert [(c.name, c.theirs) for c in conflicts] == [("status", "inProgress")]


def test_a_classification_and_its_determination_are_held_together() -> None:
    # The portal classified it meanwhile: sending our determination alone would make a
    # pair nobody chose (falsePositive / other) or one the service refuses.
    send, conflicts = judge(
        {"classification": "unknown", "determination": "unknown"},
        {"classification": "truePositive", "determination": "other"},
        {"classification": "falsePositive", "determination": "unknown"},
    )
    assert send == {}
    assert {c.name for c in conflicts} == {"classification", "determination"}


def test_already_as_wanted_is_not_sent_and_assignees_ignore_case() -> None:
    send, conflicts = judge({"assignedTo": None}, {"assignedTo": "Me@X"}, {"assignedTo": "me@x"})
    assert (send, conflicts) == ({}, [])
    assert same("customTags", ["A", "b"], ("B", "a"))


def test_merged_tags_keep_theirs_and_apply_ours() -> None:
    from console.domain.triage import FieldConflict

    conflict = FieldConflict(
        "customTags", ("Phish", "Old"), ("Phish", "New"), ("Phish", "Old", "VIP")
    )
    assert merged_tags(conflict) == ("New", "Phish", "VIP")
