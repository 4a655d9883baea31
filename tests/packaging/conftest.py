"""Shared paths for the packaging recipes' tests (no Qt, no network, no installer tools)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@pytest.fixture
def root() -> Path:
    return ROOT
