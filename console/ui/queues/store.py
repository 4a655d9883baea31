"""What a queue remembers in settings: column layout, side pane, sort, saved filter sets."""

from __future__ import annotations

from typing import Any

from console.cache.filters import Sort
from console.settings import Settings
from console.ui.queues.filter_state import AnyFilters, from_json, to_json


class QueueStore:
    """Settings keys `queues/<kind>/...` for one queue."""

    def __init__(self, settings: Settings, kind: str) -> None:
        self._settings = settings
        self._prefix = f"queues/{kind}"

    # ---- layout ------------------------------------------------------------------------

    def layout(self) -> dict[str, Any]:
        """{"order": [keys], "hidden": [keys], "widths": {key: px}} (missing parts absent)."""
        value = self._settings.get_raw(f"{self._prefix}/layout", {})
        return value if isinstance(value, dict) else {}

    def save_layout(self, order: list[str], hidden: list[str], widths: dict[str, int]) -> None:
        self._settings.set_raw(
            f"{self._prefix}/layout", {"order": order, "hidden": hidden, "widths": widths}
        )

    def details(self) -> dict[str, Any]:
        """The side pane: {"open": bool, "width": px} (missing parts absent)."""
        value = self._settings.get_raw(f"{self._prefix}/details", {})
        return value if isinstance(value, dict) else {}

    def save_details(self, open_: bool, width: int) -> None:
        self._settings.set_raw(f"{self._prefix}/details", {"open": open_, "width": width})

    def sort(self, default: Sort) -> Sort:
        value = self._settings.get_raw(f"{self._prefix}/sort")
        if isinstance(value, dict) and isinstance(value.get("column"), str):
            return Sort(value["column"], bool(value.get("descending")))
        return default

    def save_sort(self, sort: Sort) -> None:
        self._settings.set_raw(
            f"{self._prefix}/sort", {"column": sort.column, "descending": sort.descending}
        )

    # ---- saved filter sets -------------------------------------------------------------

    def _sets(self) -> dict[str, Any]:
        value = self._settings.get_raw(f"{self._prefix}/filter_sets", {})
        if not isinstance(value, dict):
            return {"sets": {}, "default": None}
        value.setdefault("sets", {})
        value.setdefault("default", None)
        return value

    def filter_set_names(self) -> list[str]:
        return sorted(self._sets()["sets"], key=str.casefold)

    def save_filter_set(self, name: str, filters: AnyFilters, time_range: str) -> None:
        data = self._sets()
        data["sets"][name] = to_json(filters, time_range)
        self._settings.set_raw(f"{self._prefix}/filter_sets", data)

    def delete_filter_set(self, name: str) -> None:
        data = self._sets()
        data["sets"].pop(name, None)
        if data["default"] == name:
            data["default"] = None
        self._settings.set_raw(f"{self._prefix}/filter_sets", data)

    def load_filter_set(self, name: str, kind: type[AnyFilters]) -> tuple[AnyFilters, str] | None:
        found = self._sets()["sets"].get(name)
        if not isinstance(found, dict):
            return None
        try:
            return from_json(kind, found)
        except (TypeError, ValueError):
            # A hand-edited or older set must not stop the queue from opening.
            return None

    def default_filter_set(self) -> str | None:
        name = self._sets()["default"]
        return name if isinstance(name, str) and name in self._sets()["sets"] else None

    def set_default_filter_set(self, name: str | None) -> None:
        data = self._sets()
        data["default"] = name
        self._settings.set_raw(f"{self._prefix}/filter_sets", data)
