"""Triage: what an analyst may change on an incident or an alert, and how a queued change is
judged against the item as the service has it when the change is finally sent.

A change names wire fields (`status`, `assignedTo`, `classification`, `determination`,
`customTags`) with the values the analyst wants, and records for each the value it
expects to replace (what the console showed when the analyst decided). When it is sent,
a field that someone else changed meanwhile, to something other than ours, is a conflict
the analyst resolves; it is never overwritten silently. `lastUpdateDateTime` is not the
test: it moves on new alerts, comments and our own earlier sends.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from console.domain.enums import AlertStatus, Classification, Determination, IncidentStatus


class EntityKind(StrEnum):
    INCIDENT = "incident"
    ALERT = "alert"


STATUS: Final = "status"
ASSIGNED_TO: Final = "assignedTo"
CLASSIFICATION: Final = "classification"
DETERMINATION: Final = "determination"
CUSTOM_TAGS: Final = "customTags"

# The fields each PATCH documents as updatable (api-surface.md 1.11). There is no
# resolving-comment field: a resolution's note goes as a comment of its own.
FIELDS: Final[Mapping[EntityKind, tuple[str, ...]]] = {
    EntityKind.INCIDENT: (STATUS, ASSIGNED_TO, CLASSIFICATION, DETERMINATION, CUSTOM_TAGS),
    EntityKind.ALERT: (STATUS, ASSIGNED_TO, CLASSIFICATION, DETERMINATION),
}

# The statuses an analyst sets, as the portal offers them. `redirected` is the service's
# own (an incident merged into another): the update names no target, so it is not offered.
STATUSES: Final[Mapping[EntityKind, tuple[str, ...]]] = {
    EntityKind.INCIDENT: (
        IncidentStatus.ACTIVE.value,
        IncidentStatus.IN_PROGRESS.value,
        IncidentStatus.RESOLVED.value,
    ),
    EntityKind.ALERT: (
        AlertStatus.NEW.value,
        AlertStatus.IN_PROGRESS.value,
        AlertStatus.RESOLVED.value,
    ),
}
RESOLVED: Final = "resolved"

# Classification -> the determinations the portal offers with it, in its order. Written
# in the SDK's spelling (the enum table's); the other spellings read through
# `Determination.parse` (compromisedUser -> compromisedAccount, clean -> notMalicious...).
DETERMINATIONS: Final[Mapping[str, tuple[str, ...]]] = {
    Classification.TRUE_POSITIVE.value: (
        Determination.MULTI_STAGED_ATTACK.value,
        Determination.MALICIOUS_USER_ACTIVITY.value,
        Determination.COMPROMISED_ACCOUNT.value,
        Determination.MALWARE.value,
        Determination.PHISHING.value,
        Determination.UNWANTED_SOFTWARE.value,
        Determination.OTHER.value,
    ),
    Classification.INFORMATIONAL_EXPECTED_ACTIVITY.value: (
        Determination.SECURITY_TESTING.value,
        Determination.LINE_OF_BUSINESS_APPLICATION.value,
        Determination.CONFIRMED_ACTIVITY.value,
        Determination.OTHER.value,
    ),
    Classification.FALSE_POSITIVE.value: (
        Determination.NOT_MALICIOUS.value,
        Determination.NOT_ENOUGH_DATA_TO_VALIDATE.value,
        Determination.OTHER.value,
    ),
}
CLASSIFICATIONS: Final = tuple(DETERMINATIONS)
# Retired determinations (August 2022) still read on old items, still valid with these.
_LEGACY: Final = {
    Determination.APT.value: Classification.TRUE_POSITIVE.value,
    Determination.SECURITY_PERSONNEL.value: Classification.TRUE_POSITIVE.value,
}


class TriageError(ValueError):
    """A change the service would refuse: said before it is queued."""


def canonical(name: str, value: Any) -> Any:
    """A field's value in one spelling, so two reads of the same state compare equal:
    enums in their canonical wire form, an empty assignee as None, tags as a sorted tuple."""
    if name == CUSTOM_TAGS:
        return tuple(sorted({str(tag).strip() for tag in value or () if str(tag).strip()}))
    if value is None or value == "":
        return None
    if name == CLASSIFICATION:
        parsed_classification = Classification.parse(str(value))
        return parsed_classification.value if parsed_classification else None
    if name == DETERMINATION:
        parsed_determination = Determination.parse(str(value))
        return parsed_determination.value if parsed_determination else None
    if name == STATUS:
        return str(value)
    return str(value).strip() or None


def same(name: str, left: Any, right: Any) -> bool:
    """Whether two values of a field are the same state (an assignee's case does not count)."""
    a, b = canonical(name, left), canonical(name, right)
    if name == ASSIGNED_TO and isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    if name == CUSTOM_TAGS:
        return {t.casefold() for t in a} == {t.casefold() for t in b}
    return bool(a == b)


def pair_allowed(classification: str | None, determination: str | None) -> bool:
    """Whether the service accepts this classification with this determination."""
    klass = canonical(CLASSIFICATION, classification)
    found = canonical(DETERMINATION, determination)
    if found in (None, Determination.UNKNOWN.value):
        return True  # no determination yet (or cleared): any classification
    if klass == Classification.BENIGN_POSITIVE.value:  # the older name of informational
        klass = Classification.INFORMATIONAL_EXPECTED_ACTIVITY.value
    if found in _LEGACY:
        return bool(klass == _LEGACY[found])
    return bool(found in DETERMINATIONS.get(klass or "", ()))


@dataclass(frozen=True)
class Change:
    """What the analyst wants for one kind of item: field -> value, and a comment."""

    kind: EntityKind
    values: Mapping[str, Any] = field(default_factory=dict)
    comment: str | None = None
    # Tags to add and remove (bulk: each item keeps its other tags); with `values`'
    # customTags unset. An item's own tag set is worked out per item when queued.
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        blank = not (self.comment or "").strip()
        return not self.values and blank and not self.add_tags and not self.remove_tags


def validate(change: Change) -> None:
    """Raise TriageError for a change the service would refuse, before it is queued."""
    allowed = FIELDS[change.kind]
    for name in change.values:
        if name not in allowed:
            raise TriageError(f"{change.kind.value} field {name!r} cannot be changed")
    if (change.add_tags or change.remove_tags) and CUSTOM_TAGS not in allowed:
        raise TriageError(f"an {change.kind.value} has no custom tags")
    status = change.values.get(STATUS)
    if status is not None and status not in STATUSES[change.kind]:
        raise TriageError(f"{status!r} is not a status an analyst sets on an {change.kind.value}")
    if status == RESOLVED and not (change.comment or "").strip():
        raise TriageError("resolving needs a note")
    klass = change.values.get(CLASSIFICATION)
    if klass is not None and canonical(CLASSIFICATION, klass) not in (
        *CLASSIFICATIONS,
        Classification.UNKNOWN.value,
    ):
        raise TriageError(f"{klass!r} is not a classification")
    pairs = CLASSIFICATION in change.values or DETERMINATION in change.values
    if pairs and not pair_allowed(klass, change.values.get(DETERMINATION)):
        raise TriageError(
            f"determination {change.values.get(DETERMINATION)!r} "
            f"does not go with classification {klass!r}"
        )
    if change.empty:
        raise TriageError("nothing to change")


def tags_after(tags: Iterable[str], add: Iterable[str], remove: Iterable[str]) -> tuple[str, ...]:
    """An item's tags once `add` are added and `remove` removed (case-insensitively)."""
    gone = {tag.casefold() for tag in remove}
    kept = [tag for tag in tags if tag.casefold() not in gone]
    have = {tag.casefold() for tag in kept}
    kept += [tag for tag in add if tag.casefold() not in have and tag.casefold() not in gone]
    return canonical(CUSTOM_TAGS, kept)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class FieldConflict:
    name: str
    expected: Any  # what the console showed when the analyst decided
    mine: Any
    theirs: Any  # what the service has now


def judge(
    expected: Mapping[str, Any], mine: Mapping[str, Any], current: Mapping[str, Any]
) -> tuple[dict[str, Any], list[FieldConflict]]:
    """What to send, and what conflicts: per field, against the item as it is now.

    A field already as we want it is not sent (a retry after a crash, or someone did the
    same); one still as we expected is sent; one someone else moved elsewhere is a conflict.
    """
    send: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, value in mine.items():
        now = current.get(name)
        if same(name, now, value):
            continue
        if same(name, now, expected.get(name)):
            send[name] = value
        else:
            conflicts.append(FieldConflict(name, expected.get(name), value, now))
    # A classification and its determination are one decision: sending one of them over
    # the other's new value makes a pair nobody chose (or one the service refuses).
    pair = (CLASSIFICATION, DETERMINATION)
    if any(c.name in pair for c in conflicts):
        for name in pair:
            if name in send:
                conflicts.append(
                    FieldConflict(name, expected.get(name), send.pop(name), current.get(name))
                )
    return send, conflicts


def merged_tags(conflict: FieldConflict) -> tuple[str, ...]:
    """Their tags with ours applied on top: what we added, less what we removed."""
    expected = set(canonical(CUSTOM_TAGS, conflict.expected))
    mine = set(canonical(CUSTOM_TAGS, conflict.mine))
    return tags_after(
        canonical(CUSTOM_TAGS, conflict.theirs), sorted(mine - expected), sorted(expected - mine)
    )
