"""`export_file`: the one writer behind the CLI's --output and the window's Export."""

from __future__ import annotations

import json

import pytest

from console.export import ExportError, ExportExistsError, export_file

ROWS = [("tenant-1", {"id": str(i), "displayName": f"incident {i}"}, False) for i in range(5)]


def rows():
    return iter(ROWS)


def failing_rows():
    yield ROWS[0]
    raise RuntimeError("the cache went away mid-export")


def test_writes_the_records(tmp_path):
    target = tmp_path / "out.json"
    assert export_file("incidents", rows, target, "json", overwrite=False) == 5
    assert [r["id"] for r in json.loads(target.read_bytes())] == ["0", "1", "2", "3", "4"]


def test_refuses_to_replace_a_file_unless_told_and_names_it(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("keep me")
    with pytest.raises(ExportExistsError, match=str(target)):
        export_file("incidents", rows, target, "csv", overwrite=False)
    assert target.read_text() == "keep me"


def test_replacing_keeps_the_files_mode(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o640)
    export_file("incidents", rows, target, "csv", overwrite=True)
    assert target.stat().st_mode & 0o777 == 0o640
    assert "incident 4" in target.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_failure_mid_write_leaves_no_temporary_file_and_the_old_file_intact(tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        export_file("incidents", failing_rows, target, fmt, overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert target.read_text() == "old"


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(ExportError, match="folder"):
        export_file("incidents", rows, tmp_path, "json", overwrite=True)


def test_each_record_carries_the_tenant_the_cache_keyed_it_under(tmp_path):
    # A page whose item claims another tenant: the export says whose token fetched it.
    claimed = [
        ("tenant-1", {"id": "1", "tenantId": "someone-else"}, True),
        ("tenant-2", {"id": "2"}, False),
    ]
    target = tmp_path / "out.json"
    assert export_file("alerts", lambda: iter(claimed), target, "json", overwrite=False) == 2
    records = json.loads(target.read_bytes())
    assert [(r["id"], r["tenantId"], r["isDefenderExperts"]) for r in records] == [
        ("1", "tenant-1", True),
        ("2", "tenant-2", False),
    ]
