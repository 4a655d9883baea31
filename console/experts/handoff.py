"""Portal and e-mail channels: the question composed as text, and where to take it.

Neither channel has an API the console can call, so the UI performs the
handoff (opens the URL, puts the text on the clipboard) and then confirms it.
The text is in English: the service works in English only.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from console.domain.experts import ChannelKind, ExpertRequest, ExpertsSettings
from console.domain.portal import PORTAL

_CATEGORY_NAMES = {
    "alertInformation": "Alert information",
    "possibleDeviceCompromise": "Possible device compromise",
    "threatIntelligence": "Threat intelligence details",
    "notificationFollowUp": "Defender Experts notification follow-up",
}


@dataclass(frozen=True, slots=True)
class Handoff:
    url: str
    clipboard_text: str
    kind: ChannelKind


def compose(request: ExpertRequest, text: str | None = None) -> str:
    """The question (or a follow-up `text`) with its category, context and attachments."""
    context = request.context
    category = _CATEGORY_NAMES.get(request.category.value, request.category.value)
    lines = [
        f"Ask Defender Experts: {category}"
        + (" (high priority)" if request.priority.value == "high" else ""),
        f"Reference: {request.id}",
        "",
        text if text is not None else request.question,
        "",
        f"{context.kind.capitalize()}: {context.name} ({context.entity_id})",
        f"Tenant: {context.tenant_id}",
    ]
    lines += [f"{fact.key}: {fact.value}" for fact in context.facts]
    if context.web_url:
        lines.append(f"Link: {context.web_url}")
    if request.contacts:
        lines.append(f"Contacts to notify: {', '.join(request.contacts)}")
    for attachment in request.attachments:
        lines += ["", f"--- {attachment.title} ---", attachment.text]
    return "\n".join(lines)


def make_handoff(
    request: ExpertRequest, settings: ExpertsSettings, text: str | None = None
) -> Handoff:
    body = compose(request, text)
    if request.channel == ChannelKind.EMAIL:
        subject = f"Ask Defender Experts: {request.context.name} [{request.id}]"
        address = quote(settings.contact_email or "", safe="@")
        url = f"mailto:{address}?subject={quote(subject)}&body={quote(body)}"
        return Handoff(url, body, ChannelKind.EMAIL)
    url = request.context.web_url or f"{PORTAL}/?tid={request.tenant_id}"
    return Handoff(url, body, ChannelKind.PORTAL)
