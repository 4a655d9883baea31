"""Where the console keeps its files on each OS (platformdirs), overridable for tests.

HUNTING_CONSOLE_HOME moves everything under one folder: tests, portable
installs and CI use it so they never touch the analyst's real data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "HuntingConsole"
APP_AUTHOR = "HuntingConsole"


def _override(kind: str) -> Path | None:
    home = os.environ.get("HUNTING_CONSOLE_HOME")
    return Path(home) / kind if home else None


def data_dir() -> Path:
    """Caches and local data; under %LOCALAPPDATA% on Windows (never a roaming profile)."""
    return _override("data") or Path(
        platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)
    )


def config_dir() -> Path:
    return _override("config") or Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return _override("logs") or Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def no_tenant_cache_path() -> Path:
    """The (empty) cache the window opens before any tenant is set up."""
    return data_dir() / "no-tenant" / "cache.db"
