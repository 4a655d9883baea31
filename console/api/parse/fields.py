"""Readers for single wire fields that tolerate the wrong type instead of crashing.

A field of the wrong type becomes None (or its text, for numbers where a string
was expected) and a line in the page's `warnings`. The fast path of every reader
is one dict lookup and one type check, because a sync parses 100,000 alerts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

from console.api.errors import ParseError
from console.domain import WireEnum

E = TypeVar("E", bound=WireEnum)


def parse_datetime(value: Any) -> datetime | None:
    """An aware UTC datetime from ISO 8601 (``Z``, offsets, up to 7+ fraction digits).

    None for None, empty or unreadable input. A value without an offset is taken
    as UTC, which is what both APIs mean.
    """
    if type(value) is not str or not value:
        return None
    if value[-1] == "z":  # RFC 3339 allows a lower-case zone letter; fromisoformat does not
        value = value[:-1] + "Z"
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is UTC:
            return parsed
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "an array", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )


def as_raw(obj: Mapping[str, Any]) -> dict[str, Any]:
    """The item as received; JSON decoders give dicts already, so no copy is made."""
    return obj if type(obj) is dict else dict(obj)


def require_object(obj: Any, what: str) -> Mapping[str, Any]:
    if type(obj) is not dict and not isinstance(obj, Mapping):  # dict first: ABC checks are slow
        raise ParseError(f"{what} is {_type_name(obj)}, not a JSON object")
    return obj


def require_id(obj: Mapping[str, Any], what: str, key: str = "id") -> str:
    """The item's id as text (Defender for Endpoint sends some ids as numbers)."""
    value = obj.get(key)
    if type(value) is str:
        if value:
            return value
    elif type(value) is int:
        return str(value)
    if value is None or value == "":
        raise ParseError(f"{what} has no {key!r}")
    raise ParseError(f"{what} {key!r} is {_type_name(value)}, not a string")


class FieldReader:
    """Reads the fields of one wire object, collecting warnings about wrong types."""

    __slots__ = ("obj", "warnings", "where")

    def __init__(self, obj: Mapping[str, Any], where: str, warnings: list[str] | None) -> None:
        self.obj = obj
        self.where = where
        # A throwaway list when the caller does not collect warnings keeps the
        # readers free of `if warnings is not None` checks.
        self.warnings = warnings if warnings is not None else []

    def warn(self, key: str, value: Any, expected: str) -> None:
        self.warnings.append(
            f"{self.where}: field {key!r} is {_type_name(value)}, expected {expected}; ignored"
        )

    def text(self, key: str) -> str | None:
        value = self.obj.get(key)
        if value is None or type(value) is str:
            return value
        if type(value) in (int, float):
            return str(value)  # a number where text was expected keeps its meaning
        self.warn(key, value, "a string")
        return None

    def integer(self, key: str) -> int | None:
        value = self.obj.get(key)
        if value is None or type(value) is int:
            return value
        if type(value) is str and value.strip().lstrip("-").isdigit():
            return int(value)  # e.g. rbacGroupId, documented as a string
        if type(value) is float and value.is_integer():
            return int(value)
        self.warn(key, value, "an integer")
        return None

    def boolean(self, key: str) -> bool | None:
        value = self.obj.get(key)
        if value is None or type(value) is bool:
            return value
        self.warn(key, value, "a boolean")
        return None

    def enum(self, cls: type[E], key: str) -> E | None:
        value = self.obj.get(key)
        if value is None:
            return None
        if type(value) is str:
            # The canonical spelling is a plain dict lookup; other spellings and
            # unknown values go through WireEnum.parse.
            member = cls._value2member_map_.get(value)
            return member if member is not None else cls.parse(value)  # type: ignore[return-value]
        self.warn(key, value, "a string")
        return None

    def when(self, key: str) -> datetime | None:
        value = self.obj.get(key)
        if value is None:
            return None
        parsed = parse_datetime(value)
        if parsed is None and value != "":
            if type(value) is str:
                self.warnings.append(f"{self.where}: field {key!r} is not a date: {value[:40]!r}")
            else:
                self.warn(key, value, "an ISO 8601 date string")
        return parsed

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.obj.get(key)
        if value is None:
            return ()
        if type(value) is list:
            for item in value:
                if type(item) is not str:
                    break
            else:
                return tuple(value)
            kept = tuple(item for item in value if type(item) is str)
            self.warnings.append(f"{self.where}: field {key!r} has items that are not strings")
            return kept
        self.warn(key, value, "an array of strings")
        return ()

    def objects(self, key: str) -> list[Mapping[str, Any]]:
        """The objects of an array field; null means empty, non-objects are dropped."""
        value = self.obj.get(key)
        if value is None:
            return []
        if type(value) is not list:
            self.warn(key, value, "an array")
            return []
        for item in value:
            if type(item) is not dict and not isinstance(item, Mapping):
                self.warnings.append(f"{self.where}: field {key!r} has items that are not objects")
                return [item for item in value if isinstance(item, Mapping)]
        return value

    def nested(self, key: str) -> Mapping[str, Any] | None:
        value = self.obj.get(key)
        if value is None or type(value) is dict or isinstance(value, Mapping):
            return value
        self.warn(key, value, "an object")
        return None
