from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.cache import Cache, open_cache


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "cache.db"


@pytest.fixture
def cache(cache_path: Path) -> Iterator[Cache]:
    with open_cache(cache_path) as opened:
        yield opened
