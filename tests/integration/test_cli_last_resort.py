"""main()'s last resort: a failure nobody foresaw is still one line and exit 1."""

from __future__ import annotations

import logging

from console import cli
from console.commands import export


def test_an_unforeseen_error_is_one_line_and_its_traceback_goes_to_the_log(
    monkeypatch, capsys, caplog, tmp_path
):
    def broken(args):
        raise RuntimeError("a bug nobody foresaw\nsecond line")

    # The only way to reach the last resort is a bug, so one is planted.
    monkeypatch.setattr(export, "run", broken)
    with caplog.at_level(logging.DEBUG, logger="console.cli"):
        code = cli.main(["export", "incidents", "--cache", str(tmp_path / "c.db")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("hunting-console: ")
    assert "a bug nobody foresaw second line" in err and "Traceback" not in err
    assert any(record.exc_info for record in caplog.records)


def test_a_token_quoted_by_an_unforeseen_error_is_redacted(monkeypatch, capsys, tmp_path):
    token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"

    def broken(args):
        raise RuntimeError(f"request failed with headers {{'Authorization': 'Bearer {token}'}}")

    monkeypatch.setattr(export, "run", broken)
    code = cli.main(["export", "incidents", "--cache", str(tmp_path / "c.db")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("hunting-console: unexpected error")
    assert token not in err and "<redacted>" in err
