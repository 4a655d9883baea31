"""The single keys of keyboard triage in the incident and alert queues, in one table: the
queues bind them (console.ui.triage.queue_triage) and the `?` sheet lists them
(console.ui.shell.shortcuts), so the two never disagree.

A key fires only while the queue's table has the focus and no modifier is held, so typing
in the search box never triages anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from console.domain.triage import CLASSIFICATION, CUSTOM_TAGS, STATUS
from console.tr_noop import QT_TRANSLATE_NOOP

# What a key focuses in the Manage dialog besides the fields (console.domain.triage names).
COMMENT: Final = "comment"
ASSIGN_TO_ME: Final = "assignToMe"


@dataclass(frozen=True)
class TriageKey:
    key: str  # as QKeySequence reads it: "A" is the a key, without Shift
    shown: str  # as the sheet shows it
    does: str  # untranslated, context "Shortcuts"
    # ASSIGN_TO_ME (no dialog), or the Manage dialog's field to focus.
    target: str
    incidents_only: bool = False


TRIAGE_KEYS: Final = (
    TriageKey(
        "A",
        "a",
        QT_TRANSLATE_NOOP("Shortcuts", "Assign the selected incidents or alerts to me"),
        ASSIGN_TO_ME,
    ),
    TriageKey(
        "S", "s", QT_TRANSLATE_NOOP("Shortcuts", "Set the status of the selected rows…"), STATUS
    ),
    TriageKey(
        "C", "c", QT_TRANSLATE_NOOP("Shortcuts", "Classify the selected rows…"), CLASSIFICATION
    ),
    TriageKey(
        "T",
        "t",
        QT_TRANSLATE_NOOP("Shortcuts", "Tag the selected incidents…"),
        CUSTOM_TAGS,
        incidents_only=True,
    ),
    TriageKey("M", "m", QT_TRANSLATE_NOOP("Shortcuts", "Comment on the selected rows…"), COMMENT),
)
