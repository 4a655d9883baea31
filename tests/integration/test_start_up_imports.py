"""What the window's start-up on a cached tenant costs (benchmarks/ui_startup.py, issue 8).

The sign-in (msal, requests, keyring, about 0.18 s) loads when a profile is signed in
to, not because the window can offer it: reading the profile store at start-up once
pulled it all in, and start-up went from about 2.8x to 3.5x its floor. Nor does
start-up load what only a later step needs: urllib's HTTP client (cancelling a browser
sign-in), `webbrowser` (opening one), the experts requests page's model (built after the
first paint).

Start-up builds a heap that lives as long as the window; automatic collections walking it
were about 30 ms of start-up, so none runs until the window is ready.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = (
    "msal",
    "msal_extensions",
    "requests",
    "keyring",
    "console.emulator.server",
    "urllib.request",
    "http.client",
    "webbrowser",
    "console.ui.experts.requests_model",
)


def start_up(tmp_path: Path, script: str) -> list[str]:
    """Run `script` (after it has made an empty cache at CACHE) in a fresh interpreter, as
    the console's own start-up; returns its stdout's lines."""
    cache = str(tmp_path / "cache.db")
    prologue = f"""
        from console.cache import open_cache
        CACHE = {cache!r}
        TENANT = "00000000-0000-4000-8000-000000000001"
        open_cache(CACHE).close()
    """
    env = {
        **os.environ,
        "HUNTING_CONSOLE_HOME": str(tmp_path / "home"),
        "HUNTING_CONSOLE_EXIT_WHEN_READY": "quit",  # quits once the window has painted
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        # An installed console starts from bytecode: compiling our modules (a fresh clone,
        # a changed file) allocates enough to trigger collections that are not start-up's.
        "PYTHONPYCACHEPREFIX": str(tmp_path / "bytecode"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    warm = subprocess.run(
        [sys.executable, "-c", "import console.app"], env=env, capture_output=True, timeout=120
    )
    assert warm.returncode == 0, warm.stderr[-2000:]
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(prologue) + textwrap.dedent(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def test_opening_a_cached_tenant_loads_no_sign_in_or_network_code(tmp_path: Path) -> None:
    lines = start_up(
        tmp_path,
        f"""
        import sys
        import console.app
        code = console.app.main(cache_path=CACHE, tenant_id=TENANT, tenant_name="Contoso")
        print(code, *sorted(m for m in {NOT_AT_START!r} if m in sys.modules))
        """,
    )
    assert lines[-1] == "0", lines


def test_no_automatic_collection_runs_until_the_window_is_ready(tmp_path: Path) -> None:
    # Collections are counted from before the console's first import; the count is read
    # when the window prints its ready line (benchmarks/ui_startup.py waits for it).
    lines = start_up(
        tmp_path,
        """
        import gc, io, sys
        collections = []
        gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info))

        class AtReady(io.TextIOWrapper):
            def write(self, text):
                if text.startswith("HUNTING_CONSOLE_READY"):
                    text = f"{text} collections={len(collections)}"
                return super().write(text)

        sys.stdout = AtReady(sys.stdout.detach(), line_buffering=True)
        gc.collect()
        collections.clear()
        import console.app
        print("after import:", len(collections), "enabled" if gc.isenabled() else "disabled")
        console.app.main(cache_path=CACHE, tenant_id=TENANT, tenant_name="Contoso")
        """,
    )
    assert "after import: 0 enabled" in lines  # the import leaves the collector as it was
    ready = next(line for line in lines if line.startswith("HUNTING_CONSOLE_READY"))
    assert ready.endswith("collections=0"), ready
