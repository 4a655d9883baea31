"""The composition root runs without Qt: a scheduled job or the CLI opens what the window opens.

Each scenario runs in a fresh interpreter where importing PySide6 fails, so a
Qt import anywhere on the launch path (as when it lived in `console/ui/`)
fails the test instead of hiding behind the test process's own Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NO_QT = """
import sys
for name in ("PySide6", "shiboken6", "qasync"):
    sys.modules[name] = None  # "import PySide6" now raises ImportError
"""


def run_without_qt(script: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HUNTING_CONSOLE_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", NO_QT + textwrap.dedent(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_demo_launch_opens_and_syncs_with_no_qt(tmp_path):
    result = run_without_qt(
        """
        from console.cache import summary
        from console.launch import demo_launch
        from console.settings import Settings
        from console.sync.engine import sync_tenant

        launch = demo_launch(Settings(None))
        try:
            assert launch.notice is None and launch.cache_problem is None
            assert launch.tenant_name and launch.experts is not None
            target = launch.sync_target
            graph, defender = target.make_clients(lambda reason, seconds: None)
            sync_tenant(launch.cache, target.tenant_id, graph=graph, defender=defender,
                        options=target.options)
            incidents, _alerts, devices, _dens = summary.counts(launch.cache, launch.tenant_id)
            print("synced", incidents, devices)
        finally:
            launch.close()
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["synced", "400", "120"]


def test_with_no_tenant_the_launch_says_so_in_codes_with_no_qt(tmp_path):
    result = run_without_qt(
        """
        from console.launch import LaunchNotice, NO_TENANT_ID, cached_launch
        from console.settings import Settings

        launch = cached_launch(Settings(None))
        try:
            assert launch.notice is LaunchNotice.NO_TENANT, launch.notice
            assert (launch.tenant_id, launch.tenant_name) == (NO_TENANT_ID, None)
            assert launch.sync_target is None and launch.experts is None
            print("no tenant")
        finally:
            launch.close()
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no tenant"
