"""CSV cells a spreadsheet could run as formulas are neutralised; every cell is quoted."""

from __future__ import annotations

import csv
import io

import pytest

from console.export import write_csv

FORMULA_STARTS = ["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"]
BLANKS = ["", " ", "  ", "\t", "\r", "\n", " \n\t"]


def written(*values):
    out = io.StringIO()
    records = [{"id": "1", **{f"c{i}": v for i, v in enumerate(values)}}]
    write_csv(lambda: iter(records), out)
    return out.getvalue(), list(csv.reader(io.StringIO(out.getvalue())))[1][1:]


@pytest.mark.parametrize("blank", BLANKS)
@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_formula_behind_any_blanks_gets_an_apostrophe(start, blank):
    value = f'{blank}{start}HYPERLINK("http://evil.example")'
    _, cells = written(value)
    assert cells == ["'" + value]


@pytest.mark.parametrize("value", ["Suspicious PowerShell", " 10 devices", "a=b", "", "x-y"])
def test_ordinary_text_is_left_alone(value):
    _, cells = written(value)
    assert cells == [value]


def test_numbers_stay_numbers():
    _, cells = written(-5, 2.5)
    assert cells == ["-5", "2.5"]


def test_every_cell_is_quoted():
    text, _ = written("plain", 3, None, True)
    for line in text.splitlines():
        assert all(cell.startswith('"') and cell.endswith('"') for cell in line.split(","))
