"""Rules that decide what is a Defender Experts notification (DEN), and what it says.

Microsoft documents three signals (api-surface.md, 1.8): an incident whose name
starts with "Defender Experts", the "Defender Experts" system tag, and alerts
whose detection source is Microsoft Threat Experts (`ThreatExperts` in the
Defender for Endpoint API). A DEN's executive summary is the incident
description; its recommendations are `recommendedActions` and the KQL of
`recommendedHuntingQueries`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser

from console.domain.enums import DetectionSource

DEN_TAG = "Defender Experts"
DEN_TITLE_PREFIX = "Defender Experts"
SAMPLE_DEN_TITLE = "Defender Experts: Test Notification from Microsoft Defender Experts"


def _has_den_tag(system_tags: Iterable[str]) -> bool:
    return any(tag.strip().casefold() == DEN_TAG.casefold() for tag in system_tags)


def is_den_alert(
    detection_source: DetectionSource | str | None, system_tags: Iterable[str]
) -> bool:
    """An alert raised by Defender Experts: Threat Experts source or the Defender Experts tag."""
    if detection_source is not None:
        source = DetectionSource.parse(str(detection_source))
        if source is DetectionSource.MICROSOFT_THREAT_EXPERTS:
            return True
    return _has_den_tag(system_tags)


def is_den_incident(
    display_name: str | None, system_tags: Iterable[str], alerts_are_den: Iterable[bool] = ()
) -> bool:
    """An incident that is a DEN: its name, its system tag, or any DEN alert."""
    if display_name and display_name.lstrip().startswith(DEN_TITLE_PREFIX):
        return True
    if _has_den_tag(system_tags):
        return True
    return any(alerts_are_den)


class _TextExtractor(HTMLParser):
    """Turns the rich text Microsoft sends into lines of plain text."""

    _BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u00b7\u2013]|\d{1,2}[.)])\s+")
_FIRST_NUMBER = re.compile(r"^\s*1[.)]\s")
_LOOKS_LIKE_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def plain_text(rich: str | None) -> str:
    """Rich text (HTML or plain) as plain text with its line breaks kept."""
    if not rich:
        return ""
    if not _LOOKS_LIKE_HTML.search(rich):
        return html.unescape(rich).strip()
    parser = _TextExtractor()
    parser.feed(rich)
    parser.close()
    text = "".join(parts for parts in parser.parts)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _numbered_parts(line: str) -> list[str]:
    """A line that starts "1." and goes on "2. ... 3. ...", cut before each next number.

    Only the numbers that follow in sequence cut, so "Windows 10." or "2 hosts" inside
    an item stays where it is.
    """
    parts = []
    start = 0
    number = 2
    while match := re.compile(rf"\s{number}[.)]\s").search(line, start):
        parts.append(line[start : match.start()])
        start = match.start() + 1
        number += 1
    parts.append(line[start:])
    return parts


def recommendation_items(rich: str | None) -> list[str]:
    """Recommended actions as a list: one item per line, bullet or number, bullets stripped."""
    items = []
    for line in plain_text(rich).splitlines():
        parts = _numbered_parts(line) if _FIRST_NUMBER.match(line) else [line]
        for part in parts:
            item = _BULLET.sub("", part).strip()
            if item:
                items.append(item)
    return items


@dataclass(frozen=True, slots=True)
class DenContent:
    """What an analyst reads in a DEN: title, executive summary, recommendations, queries."""

    title: str
    executive_summary: str
    recommendations: tuple[str, ...]
    hunting_queries: tuple[str, ...]

    @classmethod
    def from_fields(
        cls,
        display_name: str,
        description: str | None,
        recommended_actions: str | None,
        hunting_queries: Iterable[str],
    ) -> DenContent:
        return cls(
            title=display_name,
            executive_summary=plain_text(description),
            recommendations=tuple(recommendation_items(recommended_actions)),
            hunting_queries=tuple(q for q in hunting_queries if q and q.strip()),
        )
