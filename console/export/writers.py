"""Stream export records to JSON (an array) or CSV (the same columns, flattened).

Both stream: exporting a million alerts never holds them all in memory. CSV
needs its header first, so it reads the records twice (once for the columns).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import orjson

Records = Callable[[], Iterator[dict[str, Any]]]

# A cell that starts with one of these is a formula to Excel and LibreOffice.
# Titles and comments come from attackers as often as from defenders, so such
# cells get a leading apostrophe (OWASP's advice for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_json(records: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """Write a JSON array, one record per line; returns the number written."""
    count = 0
    out.write(b"[")
    for record in records:
        out.write(b",\n" if count else b"\n")
        out.write(orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS))
        count += 1
    out.write(b"\n]\n" if count else b"]\n")
    return count


def csv_columns(records: Iterable[dict[str, Any]]) -> list[str]:
    """Every top-level property, in the order first seen; tenantId and isDefenderExperts first."""
    columns: dict[str, None] = {}
    for record in records:
        for key in record:
            columns.setdefault(key, None)
    leading = [c for c in ("id", "tenantId", "isDefenderExperts") if c in columns]
    return leading + [c for c in columns if c not in leading and not c.startswith("@odata.")]


def csv_cell(value: Any) -> str:
    """A value as one CSV cell: lists of text joined with '; ', objects as compact JSON."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = value
    elif isinstance(value, int | float):
        return str(value)
    elif isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        text = "; ".join(str(v) for v in value)
    else:
        text = orjson.dumps(value).decode()
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_csv(records: Records, out: IO[str]) -> int:
    """Write CSV with a header row; `records` is called twice. Returns the number of rows."""
    columns = csv_columns(records())
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for record in records():
        writer.writerow([csv_cell(record.get(column)) for column in columns])
        count += 1
    return count
