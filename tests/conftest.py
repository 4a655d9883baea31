"""What every test shares: the screen the offscreen tests run on."""

from __future__ import annotations

import json
import os

import pytest

# Qt's offscreen platform has one 800x800 screen; a desk has a larger one. The window fits
# its first size to its screen (console.ui.main_window.fitted_size), so on 800x800 every test
# would see a laptop's compact window; tests/ui/test_window_size.py covers small screens.
DESK_SCREEN = {
    "screens": [
        {"name": "", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}
    ]
}


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """pytest-qt's QApplication arguments: offscreen on a desk-sized screen."""
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return ["hunting-console-tests"]  # a real display (xvfb-run): its own screen
    config = tmp_path_factory.mktemp("screen") / "offscreen.json"
    config.write_text(json.dumps(DESK_SCREEN), encoding="utf-8")
    return ["hunting-console-tests", "-platform", f"offscreen:configfile={config}"]
