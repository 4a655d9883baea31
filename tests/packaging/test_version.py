"""One version source: console/VERSION, read by the package metadata, `--version` and About."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import console

ROOT = Path(__file__).resolve().parents[2]


def test_every_reader_says_the_version_file():
    version = (ROOT / "console" / "VERSION").read_text(encoding="utf-8").strip()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert console.__version__ == version
    assert metadata.version("hunting-console") == version
    shown = subprocess.run(
        [sys.executable, "-P", "-m", "console", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert shown.stdout.strip() == f"hunting-console {version}"


def test_pyproject_names_no_version_of_its_own():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^dynamic = \["version"\]', text, re.MULTILINE)
    assert 'version = { file = "console/VERSION" }' in text
    assert not re.search(r'^version = "', text, re.MULTILINE)
