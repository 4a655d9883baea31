"""The log file an analyst sends to support: written, leveled, private, and free of secrets."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.log_file import LOG_FILE_NAME, setup_logging
from tests.integration.conftest import run_cli, small_config, sync_args, token_env
from tests.private_modes import mode, posix_only

SECRET = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbmFseXN0In0.c2lnbmF0dXJlLXNlY3JldA"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A console home for an in-process setup_logging; the root logger is put back after."""
    monkeypatch.setenv("HUNTING_CONSOLE_HOME", str(tmp_path))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield tmp_path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_tokens_from_any_logger_are_redacted_in_the_file(home: Path) -> None:
    path = setup_logging("debug")
    assert path == home / "logs" / LOG_FILE_NAME
    # Loggers the console never attached a filter to: the file's handler redacts them too.
    third_party = logging.getLogger("some.library")
    third_party.debug("send: Authorization: Bearer %s", SECRET)
    third_party.info('token response {"access_token": "%s", "refresh_token": "r-1"}', SECRET)
    third_party.info("form grant_type=x&client_secret=s3cr3t-value&scope=y")
    logging.getLogger("urllib3.connectionpool").debug(
        "GET /v1.0/x?access_token=%s HTTP/1.1", SECRET
    )
    logging.getLogger("console.sync").warning("next link https://h/p?$skip=2&token=%s", SECRET)
    try:
        raise RuntimeError(f"refused https://graph.example/next?sig=1&access_token={SECRET}")
    except RuntimeError:
        logging.getLogger("console.app").exception("sync stopped")
    _flush()

    text = path.read_text(encoding="utf-8")
    for secret in (SECRET, "s3cr3t-value", "r-1"):
        assert secret not in text
    assert text.count("<redacted>") >= 7
    # What support needs is still there.
    for kept in ("GET /v1.0/x?access_token=<redacted>", "RuntimeError: refused", "sync stopped"):
        assert kept in text


@posix_only
def test_the_log_file_and_its_rotations_are_600_in_a_700_folder(home: Path) -> None:
    path = setup_logging("info")
    assert path is not None
    [handler] = [h for h in logging.getLogger().handlers if hasattr(h, "maxBytes")]
    handler.maxBytes = 300  # rotate within a few lines
    for number in range(20):
        logging.getLogger("console").info("line %d %s", number, "x" * 40)
    _flush()
    files = sorted(path.parent.iterdir())
    assert len(files) > 1 and mode(path.parent) == 0o700
    assert {mode(f) for f in files} == {0o600}


def test_log_level_applies_to_subcommands_and_no_token_is_logged(tmp_path: Path) -> None:
    from console.emulator import Emulator

    log = tmp_path / "logs" / LOG_FILE_NAME
    with Emulator(small_config(incidents=5, devices=2)) as emu:
        env = {**token_env(emu), "HUNTING_CONSOLE_HOME": str(tmp_path)}
        token = env["HC_TEST_TOKEN"]
        quiet = run_cli(*sync_args(emu, tmp_path / "a.db"), env=env)
        assert quiet.returncode == 0, quiet.stderr
        default_text = log.read_text(encoding="utf-8")
        verbose = run_cli("--log-level", "debug", *sync_args(emu, tmp_path / "b.db"), env=env)
        assert verbose.returncode == 0, verbose.stderr
    text = log.read_text(encoding="utf-8")
    assert "started: sync" in default_text and " DEBUG " not in default_text
    debug_lines = text[len(default_text) :]
    assert " DEBUG " in debug_lines and "urllib3" in debug_lines
    assert token not in text


def test_a_log_folder_that_cannot_be_written_is_said_once_and_the_command_runs(tmp_path: Path):
    (tmp_path / "logs").write_text("a file where the log folder should be")
    result = run_cli(
        "demo",
        "--incidents",
        "4",
        "--devices",
        "2",
        env={"HUNTING_CONSOLE_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "Defender Experts notifications" in result.stdout
    notices = [line for line in result.stderr.splitlines() if "log file" in line]
    assert len(notices) == 1 and notices[0].startswith("hunting-console: ")
    assert "Traceback" not in result.stderr
