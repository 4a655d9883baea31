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

# A cell whose first visible character is one of these is a formula to Excel
# and LibreOffice, which skip leading blanks and read full-width forms as the
# ASCII ones. Titles and comments come from attackers as often as from
# defenders, so such cells get a leading apostrophe (OWASP's advice for CSV
# injection), and a cell that starts with a tab or CR gets one too.
_FORMULA_START = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
_BLANKS = " \t\r\n"


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
    return neutralise_formula(text)


def neutralise_formula(text: str) -> str:
    """`text` with a leading apostrophe if a spreadsheet could read it as a formula."""
    visible = text.lstrip(_BLANKS)
    if text[:1] in ("\t", "\r") or visible[:1] in _FORMULA_START:
        return "'" + text
    return text


def write_csv(records: Records, out: IO[str]) -> int:
    """Write CSV with a header row; `records` is called twice. Returns the number of rows."""
    columns = csv_columns(records())
    # Every cell quoted: a reader never has to guess where a cell with a
    # separator, a quote or a line break inside it ends.
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow([neutralise_formula(column) for column in columns])
    count = 0
    for record in records():
        writer.writerow([csv_cell(record.get(column)) for column in columns])
        count += 1
    return count
