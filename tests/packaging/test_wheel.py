"""What a built wheel carries, and that the console runs from it: the catalogues, the version,
the window icon and the migrations are package data, found beside the code, not through the
source tree."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

# Run from the installed wheel, with none of the source tree on the path (-P; another folder).
FROM_THE_WHEEL = """
import sys
from pathlib import Path
import console
from console.cache.migrate import HEAD_REVISION, MIGRATIONS
from console.ui.i18n import TRANSLATIONS_DIR
from PySide6.QtCore import QCoreApplication, QTranslator

app = QCoreApplication([])
where = Path(sys.argv[1]).resolve()
assert Path(console.__file__).resolve().is_relative_to(where), console.__file__
assert TRANSLATIONS_DIR.resolve().is_relative_to(where), TRANSLATIONS_DIR
french = QTranslator()
assert french.load("hunting_console_fr", str(TRANSLATIONS_DIR))
print(console.__version__, HEAD_REVISION, french.translate("Tour", "The incidents queue"))
assert (MIGRATIONS / "versions" / f"{HEAD_REVISION}_audit_indexes.py").exists() or any(
    (MIGRATIONS / "versions").glob(f"{HEAD_REVISION}_*.py")
)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    (built,) = out.glob("hunting_console-*.whl")
    return built


def test_the_wheel_carries_what_the_code_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    version = (ROOT / "console" / "VERSION").read_text(encoding="utf-8").strip()
    assert wheel.name.startswith(f"hunting_console-{version}-")
    for needed in (
        "console/VERSION",
        "console/translations/hunting_console_en.qm",
        "console/translations/hunting_console_fr.qm",
        "console/icons/hunting-console.png",
        "console/cache/migrations/env.py",
    ):
        assert needed in names, needed
    migrations = {n for n in names if n.startswith("console/cache/migrations/versions/0")}
    expected = {
        f"console/cache/migrations/versions/{p.name}"
        for p in (ROOT / "console" / "cache" / "migrations" / "versions").glob("0*.py")
    }
    assert migrations == expected
    # The catalogues' sources are for translators, not for desks.
    assert not any(n.endswith(".ts") for n in names)


def test_the_console_runs_from_the_installed_wheel(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    done = subprocess.run(
        [sys.executable, "-P", "-c", FROM_THE_WHEEL, str(site)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    version, _head, french = done.stdout.split(" ", 2)
    assert version == (ROOT / "console" / "VERSION").read_text(encoding="utf-8").strip()
    assert french.strip() and french.strip() != "The incidents queue"
