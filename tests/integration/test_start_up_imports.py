"""What the window's start-up on a cached tenant imports (benchmarks/ui_startup.py, issue 8).

The sign-in (msal, requests, keyring, about 0.18 s) loads when a profile is signed in
to, not because the window can offer it: reading the profile store at start-up once
pulled it all in, and start-up went from about 2.8x to 3.5x its floor.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("msal", "msal_extensions", "requests", "keyring", "console.emulator.server")


def test_opening_a_cached_tenant_loads_no_sign_in_or_network_code(tmp_path: Path) -> None:
    script = f"""
        import sys
        from console.cache import open_cache
        open_cache({str(tmp_path / "cache.db")!r}).close()
        import console.app
        code = console.app.main(
            cache_path={str(tmp_path / "cache.db")!r},
            tenant_id="00000000-0000-4000-8000-000000000001",
            tenant_name="Contoso",
        )
        print(code, *sorted(m for m in {NOT_AT_START!r} if m in sys.modules))
    """
    env = {
        **os.environ,
        "HUNTING_CONSOLE_HOME": str(tmp_path / "home"),
        "HUNTING_CONSOLE_EXIT_WHEN_READY": "quit",  # quits once the window has painted
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[-1] == "0", done.stdout
