"""The headless demo: what `make run` shows where there is no display."""

from console.domain import SAMPLE_DEN_TITLE
from tests.integration.conftest import run_cli


def test_headless_demo_prints_counts_and_den_titles(tmp_path):
    result = run_cli(
        "demo", "--incidents", "80", "--devices", "20", "--cache", str(tmp_path / "demo.db")
    )
    assert result.returncode == 0, result.stderr
    assert "Defender Experts notifications" in result.stdout
    assert SAMPLE_DEN_TITLE in result.stdout
    assert "80" in result.stdout or "81" in result.stdout


def test_demo_flag_without_a_display_says_so_and_runs_the_headless_demo(tmp_path):
    env = {
        "DISPLAY": "",
        "WAYLAND_DISPLAY": "",
        "QT_QPA_PLATFORM": "offscreen",
        "HUNTING_CONSOLE_HOME": str(tmp_path),
    }
    result = run_cli("--demo", env=env)
    assert result.returncode == 0, result.stderr
    assert "No display" in result.stderr
    assert SAMPLE_DEN_TITLE in result.stdout


def test_titles_cannot_rewrite_the_terminal():
    from console.commands.terminal_text import plain_line

    hostile = "Defender Experts: x\x1b[2J\r\nFAKE LINE\x07"
    assert plain_line(hostile) == "Defender Experts: x\ufffd[2J  FAKE LINE\ufffd"
