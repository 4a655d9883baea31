"""Comments on incidents and alerts, in the current and the legacy shape.

Graph's model and its comment-POST responses use `createdByDisplayName` and
`createdDateTime`; the incident examples in the docs and the Defender for
Endpoint API use `createdBy` and `createdTime`. Both are accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from console.api.parse.fields import FieldReader
from console.domain import Comment


def parse_comment(obj: Mapping[str, Any], where: str, warnings: list[str] | None) -> Comment:
    read = FieldReader(obj, where, warnings)
    author = read.text("createdByDisplayName")
    if author is None:
        author = read.text("createdBy")
    created = read.when("createdDateTime") if "createdDateTime" in obj else read.when("createdTime")
    return Comment(text=read.text("comment") or "", author=author, created=created)


def parse_comments(read: FieldReader, key: str = "comments") -> list[Comment]:
    items = read.objects(key)
    if not items:
        return []
    where = f"{read.where} comment"
    return [parse_comment(item, where, read.warnings) for item in items]
