"""The audit log in words: what an entry did ("Status: Active → Resolved"), where its
change stands now ("Conflict"), and which item it is about, for the Audit page, its
exports and the Activity tabs alike.

Values come from the cache as the wire spells them; every one is shown through
`console.ui.labels`, and the text is plain (a tag or a reason holding HTML is shown as
the characters it is).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from console.cache.audit import QUESTION_KIND, AuditRow
from console.tr_noop import QT_TRANSLATE_NOOP
from console.ui import style
from console.ui.labels import field_label, label

CONTEXT: Final = "Audit"

# A change's outbox status now, in words (console.cache.triage).
STATUSES: Final[dict[str, str]] = {
    "pending": QT_TRANSLATE_NOOP("Audit", "Pending"),
    "sending": QT_TRANSLATE_NOOP("Audit", "Sending"),
    "failed": QT_TRANSLATE_NOOP("Audit", "Failed, will retry"),
    "sent": QT_TRANSLATE_NOOP("Audit", "Sent"),
    "conflict": QT_TRANSLATE_NOOP("Audit", "Conflict"),
    "rejected": QT_TRANSLATE_NOOP("Audit", "Rejected"),
    "discarded": QT_TRANSLATE_NOOP("Audit", "Discarded"),
}
# The Status filter's choices: each names the statuses it shows (pending includes a send
# under way: the analyst cannot tell the two apart for long).
STATUS_CHOICES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (STATUSES["pending"], ("pending", "sending")),
    (STATUSES["failed"], ("failed",)),
    (STATUSES["sent"], ("sent",)),
    (STATUSES["conflict"], ("conflict",)),
    (STATUSES["rejected"], ("rejected",)),
    (STATUSES["discarded"], ("discarded",)),
)
# The Kind filter's choices, by the entity kinds the log names.
KINDS: Final[dict[str, str]] = {
    "incident": QT_TRANSLATE_NOOP("Audit", "Incidents"),
    "alert": QT_TRANSLATE_NOOP("Audit", "Alerts"),
    "device": QT_TRANSLATE_NOOP("Audit", "Devices"),
    QUESTION_KIND: QT_TRANSLATE_NOOP("Audit", "Questions to Defender Experts"),
}
# A status's colour, borrowed from the item statuses it reads like (never the only sign).
_COLOURS: Final = {
    "sent": "resolved",
    "failed": "inProgress",
    "conflict": "active",
    "rejected": "active",
    "discarded": "redirected",
}
_EXPERTS: Final[dict[str, str]] = {
    "experts.request.asked": QT_TRANSLATE_NOOP("Audit", "Asked Defender Experts: “%1”"),
    "experts.request.sent": QT_TRANSLATE_NOOP("Audit", "Question sent to Defender Experts"),
    "experts.request.refused": QT_TRANSLATE_NOOP("Audit", "Question refused: %1"),
    "experts.reply.asked": QT_TRANSLATE_NOOP("Audit", "Replied: “%1”"),
    "experts.reply.sent": QT_TRANSLATE_NOOP("Audit", "Reply sent to Defender Experts"),
    "experts.reply.refused": QT_TRANSLATE_NOOP("Audit", "Reply refused: %1"),
    "experts.reply.received": QT_TRANSLATE_NOOP("Audit", "Defender Experts answered: “%1”"),
}
_EXPERTS_TEXT: Final = {
    "experts.request.asked": "question",
    "experts.request.refused": "error",
    "experts.reply.asked": "text",
    "experts.reply.refused": "error",
    "experts.reply.received": "text",
}
_QUOTE_LIMIT: Final = 120  # characters of a question or comment quoted in a list


def tr(text: str) -> str:
    """A text marked elsewhere (QT_TRANSLATE_NOOP), in CONTEXT. A literal is translated with
    QCoreApplication.translate("Audit", ...) where it is used: lupdate reads only that form
    (it put `tr("...")` at module level in no context, where the catalogue never answered)."""
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: str | None) -> str:
    """A change's status in words; "" for an entry of no triage change."""
    if not status:
        return ""
    known = STATUSES.get(status)
    return tr(known) if known is not None else status


def status_colour(status: str | None) -> QColor | None:
    return style.status_color(_COLOURS.get(status or ""))


def value_text(name: str, value: Any) -> str:
    """One field's value in words: a label for enums, tags joined, "(none)" when empty."""
    if value is None or value == "" or (isinstance(value, list | tuple) and not value):
        return QCoreApplication.translate("Audit", "(none)")
    if isinstance(value, list | tuple):
        return ", ".join(str(tag) for tag in value)
    if name == "assignedTo":
        return str(value)
    return label(str(value))


def _quoted(text: Any) -> str:
    words = " ".join(str(text or "").split())  # one line: a list row shows one
    return words if len(words) <= _QUOTE_LIMIT else words[: _QUOTE_LIMIT - 1] + "…"


def _fields(values: Mapping[str, Any], before: Mapping[str, Any] | None = None) -> list[str]:
    parts = []
    for name, value in values.items():
        field = field_label(name)
        if before is None:
            parts.append(
                QCoreApplication.translate("Audit", "%1: %2")
                .replace("%1", field)
                .replace("%2", value_text(name, value))
            )
        else:
            parts.append(
                QCoreApplication.translate("Audit", "%1: %2 → %3")
                .replace("%1", field)
                .replace("%2", value_text(name, before.get(name)))
                .replace("%3", value_text(name, value))
            )
    return parts


def _joined(parts: Iterable[str]) -> str:
    return QCoreApplication.translate("Audit", "; ").join(parts)


def _mapping(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def conflict_text(conflict: Mapping[str, Any]) -> str:
    name = str(conflict.get("name", ""))
    return (
        QCoreApplication.translate("Audit", "%1: wanted %2, was %3 when decided, now %4")
        .replace("%1", field_label(name))
        .replace("%2", value_text(name, conflict.get("mine")))
        .replace("%3", value_text(name, conflict.get("expected")))
        .replace("%4", value_text(name, conflict.get("theirs")))
    )


def change_text(row: AuditRow) -> str:
    """What the entry did, in words: "Status: Active → Resolved; Assigned to: (none) → you"."""
    detail = row.entry.detail
    state = row.state
    comment = detail.get("comment")
    if state == "queued":
        parts = _fields(_mapping(detail.get("values")), _mapping(detail.get("expected")))
        if comment:
            parts.append(
                QCoreApplication.translate("Audit", "Comment: “%1”").replace("%1", _quoted(comment))
            )
        return _joined(parts)
    if state == "sent":
        parts = _fields(_mapping(detail.get("sent")))
        if comment:
            parts.append(QCoreApplication.translate("Audit", "comment added"))
        return (
            QCoreApplication.translate("Audit", "Sent: %1").replace("%1", _joined(parts))
            if parts
            else QCoreApplication.translate("Audit", "Sent")
        )
    if state == "conflict":
        conflicts = detail.get("conflicts") or []
        text = QCoreApplication.translate("Audit", "Changed by someone else meanwhile: %1").replace(
            "%1", _joined(conflict_text(c) for c in conflicts if isinstance(c, Mapping))
        )
        sent = _fields(_mapping(detail.get("sent")))
        if sent:
            text += QCoreApplication.translate("Audit", " (sent the rest: %1)").replace(
                "%1", _joined(sent)
            )
        return text
    if state == "rejected":
        return QCoreApplication.translate("Audit", "Refused by the service: %1").replace(
            "%1", _quoted(detail.get("reason"))
        )
    if state == "resolved":
        values = _joined(_fields(_mapping(detail.get("values"))))
        if detail.get("choice") == "merge":
            return QCoreApplication.translate(
                "Audit", "Conflict resolved by merging the tags: %1"
            ).replace("%1", values)
        return QCoreApplication.translate(
            "Audit", "Conflict resolved by applying this console's values: %1"
        ).replace("%1", values)
    if state == "kept-theirs":
        return QCoreApplication.translate(
            "Audit", "Conflict resolved by keeping the service's values"
        )
    if state == "retried":
        return QCoreApplication.translate("Audit", "Asked to send it again")
    if state == "discarded":
        return QCoreApplication.translate("Audit", "Discarded without sending")
    if row.entry.action.startswith("device.tag."):
        return _device_tag_text(row.entry.action.rsplit(".", 1)[1], detail)
    if row.entry.entity_kind == "device" and row.entry.action.count(".") == 2:
        return _device_action_text(row.entry.action, detail)
    template = _EXPERTS.get(row.entry.action)
    if template is not None:
        key = _EXPERTS_TEXT.get(row.entry.action)
        return tr(template).replace("%1", _quoted(detail.get(key)) if key else "")
    return row.entry.action  # an action this version does not know: named, never hidden


def _device_tag_text(state: str, detail: Mapping[str, Any]) -> str:
    """A device tag's entry: "Tag “Contained” added (sent)"."""
    tag = _quoted(detail.get("tag"))
    if detail.get("remove"):
        text = QCoreApplication.translate("Audit", "Tag “%1” removed").replace("%1", tag)
    else:
        text = QCoreApplication.translate("Audit", "Tag “%1” added").replace("%1", tag)
    if state == "rejected":
        return (
            QCoreApplication.translate("Audit", "%1, refused by the service: %2")
            .replace("%1", text)
            .replace("%2", _quoted(detail.get("reason")))
        )
    return text


def _device_action_text(action: str, detail: Mapping[str, Any]) -> str:
    """A machine action's entry: "Isolate device: asked (“contain the ransomware”)", or how
    it ended ("Isolate device: succeeded")."""
    from console.domain.response import ActionStatus, ActionType, MachineAction
    from console.ui.triage.response_dialog import TITLES
    from console.ui.triage.response_follow import status_text

    _kind, type_name, state = action.split(".")
    kind = ActionType.parse(type_name)
    name = tr(TITLES[kind]) if kind in TITLES else type_name
    if state == "requested":
        return (
            QCoreApplication.translate("Audit", "%1: asked (“%2”)")
            .replace("%1", name)
            .replace("%2", _quoted(detail.get("comment")))
        )
    if state == "downloaded":
        return QCoreApplication.translate("Audit", "Investigation package downloaded: %1").replace(
            "%1", _quoted(detail.get("file"))
        )
    status = ActionStatus.parse(state) or ActionStatus.PENDING
    ended = MachineAction("", kind or ActionType.ISOLATE, status, "")
    return (
        QCoreApplication.translate("Audit", "%1: %2")
        .replace("%1", name)
        .replace("%2", status_text(ended))
    )


_ITEMS: Final = {
    "incident": QT_TRANSLATE_NOOP("Audit", "Incident %1"),
    "alert": QT_TRANSLATE_NOOP("Audit", "Alert %1"),
    "device": QT_TRANSLATE_NOOP("Audit", "Device %1"),
}


def item_text(row: AuditRow) -> str:
    """The item an entry is about: "Incident 12", or a question's subject."""
    kind, item_id = row.entry.entity_kind, row.entry.entity_id
    if kind == QUESTION_KIND:
        if row.subject is None:
            return QCoreApplication.translate("Audit", "Question %1").replace("%1", item_id)
        subject_kind, subject_id = row.subject
        template = _ITEMS.get(subject_kind)
        subject = tr(template).replace("%1", subject_id) if template else subject_id
        return QCoreApplication.translate("Audit", "Question about %1").replace("%1", subject)
    template = _ITEMS.get(kind)
    return tr(template).replace("%1", item_id) if template else f"{kind} {item_id}"


def opened_item(row: AuditRow) -> tuple[str, str] | None:
    """The (kind, id) of the page activating the entry opens: a question's subject."""
    if row.entry.entity_kind == QUESTION_KIND:
        return row.subject
    if row.entry.entity_kind in _ITEMS:
        return (row.entry.entity_kind, row.entry.entity_id)
    return None
