"""scripts/system-deps.sh: the packages `make run` and `make test` need, and what it does
when it cannot install them.

The script runs on a PATH of its own: dpkg-query, apt-get, sudo and id are stubs there (the
machine's packages are neither read nor touched), bash, grep, env and uname are the real ones.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from console import qt_platform

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system-deps.sh"
REAL_TOOLS = ("bash", "grep", "env", "uname", "true")

# dpkg-query -W -f='${Status}' PACKAGE: installed unless named in STUB_MISSING (or "*"); a
# time_t-renamed name (libglib2.0-0t64) only when named in STUB_RENAMED, as on Debian 13.
DPKG_QUERY = """#!/bin/sh
for package; do :; done
echo "$package" >> "$STUB_LOG.dpkg"
case " $STUB_RENAMED " in *" $package "*) printf 'install ok installed'; exit 0 ;; esac
case "$package" in *t64) exit 1 ;; esac
case " $STUB_MISSING " in *" $package "* | " * ") exit 1 ;; esac
printf 'install ok installed'
"""
APT_GET = """#!/bin/sh
echo "apt-get $*" >> "$STUB_LOG"
"""
ID = """#!/bin/sh
echo "$STUB_UID"
"""
SUDO_WITHOUT_PASSWORD = """#!/bin/sh
[ "$1" = -n ] && shift
echo "sudo $*" >> "$STUB_LOG"
exec "$@"
"""
SUDO_WITH_PASSWORD = """#!/bin/sh
if [ "$1" = -n ]; then echo "sudo: a password is required" >&2; exit 1; fi
echo "sudo $*" >> "$STUB_LOG"
"""


@dataclass
class Run:
    returncode: int
    stderr: str
    calls: list[str]  # apt-get and sudo, in order
    asked: list[str]  # the packages dpkg-query was asked about


def run_script(
    tmp_path: Path,
    which: str,
    *,
    missing: str = "",
    renamed: str = "",
    uid: int = 1000,
    sudo: str | None = None,
    debian: bool = True,
    display: str = ":0",
) -> Run:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(parents=True)
    for tool in REAL_TOOLS:
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    stubs = {"id": ID}
    if debian:
        stubs |= {"dpkg-query": DPKG_QUERY, "apt-get": APT_GET}
    if sudo is not None:
        stubs["sudo"] = sudo
    for name, text in stubs.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    log = tmp_path / "calls"
    env = {
        "PATH": str(bin_dir),
        "STUB_LOG": str(log),
        "STUB_MISSING": missing,
        "STUB_RENAMED": renamed,
        "STUB_UID": str(uid),
        "DISPLAY": display,
    }
    done = subprocess.run(
        [shutil.which("bash") or "bash", str(SCRIPT), which],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    asked = Path(f"{log}.dpkg")
    return Run(
        done.returncode,
        done.stderr,
        log.read_text().splitlines() if log.exists() else [],
        asked.read_text().split() if asked.exists() else [],
    )


def printed_command(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    assert len(lines) == 2, stderr
    command = lines[1].split()
    # The package lists first: on a fresh machine they are empty and install finds nothing.
    assert command[:4] == ["sudo", "apt-get", "update", "&&"], lines[1]
    assert command[4:8] == ["sudo", "apt-get", "install", "--no-install-recommends"], lines[1]
    return command[8:]


def test_without_root_or_sudo_without_a_password_it_prints_the_command_and_installs_nothing(
    tmp_path: Path,
) -> None:
    run = run_script(
        tmp_path,
        "window",
        missing="libxcb-cursor0 libxkbcommon-x11-0",
        sudo=SUDO_WITH_PASSWORD,
    )
    assert run.returncode == 1
    assert run.calls == []
    assert printed_command(run.stderr) == ["libxcb-cursor0", "libxkbcommon-x11-0"]
    assert "needs root" in run.stderr and "`make run` again" in run.stderr


def test_with_no_sudo_at_all_it_prints_the_same_command(tmp_path: Path) -> None:
    run = run_script(tmp_path, "tests", missing="gnome-keyring")
    assert run.returncode == 1
    assert run.calls == []
    assert printed_command(run.stderr) == ["gnome-keyring"]
    assert "`make test` again" in run.stderr


def test_as_root_it_installs_what_is_missing(tmp_path: Path) -> None:
    run = run_script(tmp_path, "window", missing="libxcb-cursor0", uid=0)
    assert run.returncode == 0, run.stderr
    assert run.calls == [
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends libxcb-cursor0",
    ]


def test_with_sudo_without_a_password_it_installs_through_sudo(tmp_path: Path) -> None:
    run = run_script(tmp_path, "window", missing="libxcb-cursor0", sudo=SUDO_WITHOUT_PASSWORD)
    assert run.returncode == 0, run.stderr
    assert run.calls == [
        "sudo true",
        "sudo apt-get update -qq",
        "apt-get update -qq",
        "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "
        "--no-install-recommends libxcb-cursor0",
        "apt-get install -y -qq --no-install-recommends libxcb-cursor0",
    ]


def test_with_nothing_missing_it_says_nothing(tmp_path: Path) -> None:
    run = run_script(tmp_path, "tests")
    assert (run.returncode, run.stderr, run.calls) == (0, "", [])
    assert "libxcb-cursor0" in run.asked and "gnome-keyring" in run.asked


def test_without_a_display_make_run_needs_none_of_the_window_libraries(tmp_path: Path) -> None:
    # The headless demo runs instead, and it loads no Qt.
    run = run_script(tmp_path, "window", missing="*", display="")
    assert (run.returncode, run.stderr, run.calls, run.asked) == (0, "", [], [])


def test_off_debian_make_run_says_so_in_one_line_and_goes_on(tmp_path: Path) -> None:
    run = run_script(tmp_path, "window", debian=False)
    assert run.returncode == 0
    assert len(run.stderr.splitlines()) == 1
    assert "not Debian or Ubuntu" in run.stderr


def test_off_debian_make_test_still_stops(tmp_path: Path) -> None:
    run = run_script(tmp_path, "tests", debian=False)
    assert run.returncode == 1
    assert "no apt-get to install them" in run.stderr


def test_the_tests_need_every_library_the_window_needs(tmp_path: Path) -> None:
    window = printed_command(run_script(tmp_path / "w", "window", missing="*").stderr)
    tests = printed_command(run_script(tmp_path / "t", "tests", missing="*").stderr)
    assert set(window) < set(tests)
    assert "libxcb-cursor0" in window and "fonts-dejavu-core" in tests


def test_the_cli_names_the_packages_make_run_installs(tmp_path: Path) -> None:
    # What console.qt_platform tells to install, for a library a Qt plugin cannot load, is
    # what `make run` installs: each window package and only those.
    window = printed_command(run_script(tmp_path, "window", missing="*").stderr)
    assert set(qt_platform.DEBIAN_PACKAGES.values()) == set(window)


def test_an_unknown_set_is_a_usage_error(tmp_path: Path) -> None:
    run = run_script(tmp_path, "everything")
    assert run.returncode == 2
    assert "usage" in run.stderr


def test_a_library_under_its_time_t_name_counts_as_installed(tmp_path: Path) -> None:
    # Debian 13 / Ubuntu 24.04: libglib2.0-0 is libglib2.0-0t64, and dpkg knows only that.
    run = run_script(tmp_path, "window", missing="libglib2.0-0", renamed="libglib2.0-0t64", uid=0)
    assert (run.returncode, run.stderr, run.calls) == (0, "", [])
    assert "libglib2.0-0t64" in run.asked
