"""JSON read with the line of every value, so a mistake in a hand-written file is named
by its line.

The standard library's own parser does the parsing (its pure-Python scanner lets us
wrap how objects and arrays are read); we only note where each member starts. Objects
become `LinedDict` (`.lines[key]`), arrays `LinedList` (`.lines[index]`).
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from typing import Any


class LinedDict(dict[str, Any]):
    lines: dict[str, int]
    line: int  # where the object opens


class LinedList(list[Any]):
    lines: list[int]
    line: int


class DuplicateKeyError(ValueError):
    def __init__(self, key: str, line: int) -> None:
        super().__init__(f"{key!r} is given twice")
        self.key = key
        self.line = line


def _line(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


class _LinedDecoder(json.JSONDecoder):
    def __init__(self) -> None:
        super().__init__()
        self.parse_object = self._object
        self.parse_array = self._array
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]

    def _object(self, s_and_end: tuple[str, int], strict: bool, scan_once: Any, *_: Any) -> Any:
        text, start = s_and_end
        starts: list[int] = []

        def scan(string: str, index: int) -> Any:
            starts.append(index)
            return scan_once(string, index)

        pairs, end = json.decoder.JSONObject(  # type: ignore[attr-defined]
            s_and_end, strict, scan, None, lambda p: p, {}
        )
        result = LinedDict()
        result.lines = {}
        result.line = _line(text, start - 1)
        for (key, value), at in zip(pairs, starts, strict=True):
            if key in result:
                raise DuplicateKeyError(key, _line(text, at))
            result[key] = value
            result.lines[key] = _line(text, at)
        return result, end

    def _array(self, s_and_end: tuple[str, int], scan_once: Any) -> Any:
        text, start = s_and_end
        starts: list[int] = []

        def scan(string: str, index: int) -> Any:
            starts.append(index)
            return scan_once(string, index)

        values, end = json.decoder.JSONArray(s_and_end, scan)  # type: ignore[attr-defined]
        result = LinedList(values)
        result.lines = [_line(text, at) for at in starts[: len(values)]]
        result.line = _line(text, start - 1)
        return result, end


def loads(text: str) -> Any:
    """Parse `text`; raises json.JSONDecodeError (with .lineno) or DuplicateKeyError."""
    return _LinedDecoder().decode(text)
