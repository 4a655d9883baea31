# ruff: noqa: F811  (the home fixture is imported under its own name)
"""The encrypted token cache on Linux, for real: gnome-keyring's Secret Service in a D-Bus
session of its own, which `scripts/system-deps.sh` installs (with PyGObject in the venv,
`make setup`), so CI exercises the path an analyst's desktop takes.

The analyst's morning: sign in once (the device code on the terminal), sync; the next
run syncs without asking again, because the tokens came back from the keyring; and no
token is in any file the console wrote.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from console.emulator import Emulator
from tests.auth.test_sync_with_profile import add_profile, every_file, home  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="libsecret is the Linux secure store"
)

# Two syncs in one D-Bus session with an unlocked keyring; each prints its storage.
SESSION = """
set -e
eval "$(printf 'keyring-password-for-the-test\\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
for run in first second; do
  echo "== $run" >&2
  "$PYTHON" -m console --log-level debug sync --profile Contoso --cache "$CACHE" --full
done
"""


def _secret_service_tools() -> list[str]:
    missing = [
        tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(tool)
    ]
    try:
        import gi

        gi.require_version("Secret", "1")
    except (ImportError, ValueError):
        missing.append("PyGObject with libsecret (gir1.2-secret-1)")
    return missing


def test_tokens_come_back_from_the_keyring_and_never_reach_a_file(
    emulator: Emulator, home: Path, tmp_path: Path
) -> None:
    missing = _secret_service_tools()
    # `make test` installs them: missing here means the setup is broken, not "skip".
    assert not missing, f"run scripts/system-deps.sh and make setup; missing: {missing}"
    add_profile(emulator)
    cache = tmp_path / "cache" / "contoso.db"
    cache.parent.mkdir()
    keyring_home = tmp_path / "desktop-home"  # gnome-keyring's files, outside the console's
    keyring_home.mkdir()
    env = {
        **os.environ,
        "HOME": str(keyring_home),
        "XDG_DATA_HOME": str(keyring_home / ".local" / "share"),
        "HUNTING_CONSOLE_HOME": str(home),
        "PYTHON": sys.executable,
        "CACHE": str(cache),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SESSION],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    first, second = done.stderr.split("== second")
    assert "enter the code" in first  # the first run signs in
    assert "signed in as soc.analyst@" in first
    assert "enter the code" not in second, second[-2000:]  # the next comes back signed in
    assert "no secure store" not in done.stderr

    minted = list(emulator.tokens.minted)
    assert minted
    for path in every_file(home) + every_file(cache.parent):
        content = path.read_bytes()
        for token in minted:
            assert token.encode() not in content, f"a token reached {path.name}"
    for token in minted:
        assert token not in done.stdout and token not in done.stderr
