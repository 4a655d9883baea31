"""One typed settings registry, stored as JSON in the user's config folder.

Each setting is declared once (`Setting(key, default)`) with its type taken
from the default, so a bad or hand-edited value falls back to the default
instead of crashing the console. No secrets here, ever: credentials live in the
OS credential store.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from console.private_files import private_dir

T = TypeVar("T")
log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


# Settings the console knows; modules may declare their own the same way.
LANGUAGE = Setting("ui/language", "")  # "" follows the system language
COLOR_SCHEME = Setting("ui/color_scheme", "system")  # system, light, dark
HOME_PERIOD = Setting("home/den_period", "month")
# The analyst finished or closed the welcome wizard: it no longer opens by itself.
WELCOME_DONE = Setting("onboarding/welcome_done", False)
# The cache and tenant the window opened last: {"cache", "tenant_id", "tenant_name"}.
LAST_TENANT_KEY = "app/last_tenant"


class Settings:
    def __init__(self, path: Path | None) -> None:
        """Settings stored at `path`; None keeps them in memory (tests, demo)."""
        self._path = path
        self._lock = threading.Lock()
        self._values: dict[str, Any] = self._load()

    @property
    def path(self) -> Path | None:
        return self._path

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        if setting.default is not None and not isinstance(value, type(setting.default)):
            return setting.default
        return value  # type: ignore[no-any-return]

    def set(self, setting: Setting[T], value: T) -> None:
        self.set_raw(setting.key, value)

    def get_raw(self, key: str, default: Any = None) -> Any:
        """A free-form JSON value (table layouts, saved filter sets)."""
        return self._values.get(key, default)

    def set_raw(self, key: str, value: Any) -> None:
        with self._lock:
            if value is None:
                self._values.pop(key, None)
            else:
                self._values[key] = value
            self._save()

    def _load(self) -> dict[str, Any]:
        if self._path is None or not self._path.exists():
            return {"_version": SETTINGS_VERSION}
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            # Unreadable settings must never stop the console from opening.
            log.warning("settings file %s unreadable (%s); using defaults", self._path, error)
            return {"_version": SETTINGS_VERSION}
        return data if isinstance(data, dict) else {"_version": SETTINGS_VERSION}

    def _save(self) -> None:
        if self._path is None:
            return
        private_dir(self._path.parent)
        # mkstemp makes the file 600, and the rename keeps that mode.
        fd, temp = tempfile.mkstemp(prefix=".settings.", dir=self._path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(self._values, out, indent=1, sort_keys=True)
        os.replace(temp, self._path)


def default_settings() -> Settings:
    from console.paths import config_dir

    return Settings(config_dir() / "settings.json")


def window_cache_path(settings: Settings) -> Path:
    """The cache the window opens when given none: the last one used, else the no-tenant one."""
    from console.paths import no_tenant_cache_path

    last = settings.get_raw(LAST_TENANT_KEY)
    if isinstance(last, dict) and last.get("cache"):
        return Path(str(last["cache"]))
    return no_tenant_cache_path()
