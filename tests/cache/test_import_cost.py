"""What opening the console on a SQLite cache imports (start-up, issue 8)."""

from __future__ import annotations

import subprocess
import sys


def test_the_cache_layer_does_not_load_the_postgresql_dialect() -> None:
    # Loading it costs every start-up about 25 ms, for a database the cache does not use.
    code = (
        "import sys, console.cache.alerts, console.cache.incidents, console.cache.writer;"
        "print('sqlalchemy.dialects.postgresql' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"
