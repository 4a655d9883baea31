"""Questions written and not sent, kept per entity while the console runs.

Esc or Cancel in the Ask Defender Experts dialog must not throw away a question the
analyst spent minutes on: the draft is kept for that tenant's entity and comes back
when the dialog is opened on it again. Drafts stay in memory only: a question may
name people and hosts, and nothing unsent is written to settings or the cache.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.experts import ExpertCategory, ExpertContext, Priority


@dataclass(frozen=True)
class Draft:
    category: ExpertCategory
    question: str
    contacts: str
    priority: Priority


_Key = tuple[str, str, str]
_DRAFTS: dict[_Key, Draft] = {}


def _key(context: ExpertContext) -> _Key:
    return (context.tenant_id, context.kind, context.entity_id)


def keep(context: ExpertContext, draft: Draft) -> None:
    if draft.question.strip() or draft.contacts.strip():
        _DRAFTS[_key(context)] = draft
    else:
        _DRAFTS.pop(_key(context), None)


def kept(context: ExpertContext) -> Draft | None:
    return _DRAFTS.get(_key(context))


def forget(context: ExpertContext) -> None:
    _DRAFTS.pop(_key(context), None)
