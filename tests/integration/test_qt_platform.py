"""A platform plugin Qt cannot start is one line from the CLI, not Qt's raw lines and abort.

Qt answers it with a qFatal: "qt.qpa.plugin: Could not load the Qt platform plugin "xcb"...
This application failed to start..." and SIGABRT. console.qt_platform asks first, before Qt
loads: it loads the plugin with the dynamic loader (the loader names a missing library) and
connects to the display the plugin would. console.app turns whatever it did not foresee into
one line too. No X server is needed: the display these tests name has no server.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from console import qt_platform
from tests.integration.conftest import run_cli

ROOT = Path(__file__).resolve().parents[2]
QT_FATAL = "This application failed to start"
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Qt's xcb and wayland plugins")


def _free_display() -> str:
    """An X display number with no server (none listening on its socket)."""
    for number in range(4321, 4400):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    raise AssertionError("no free display number")


NO_SERVER = _free_display()


def window_env(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {"HUNTING_CONSOLE_HOME": str(tmp_path), "WAYLAND_DISPLAY": "", "DISPLAY": NO_SERVER}
    return {**env, **values}


def assert_one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert QT_FATAL not in stderr and "qt.qpa" not in stderr
    assert lines[0].startswith("hunting-console: the console window cannot open: "), stderr
    assert lines[0].endswith("try `hunting-console demo` for the headless demo"), stderr
    return lines[0]


def wheel_plugins() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins"


def plugins_needing(tmp_path: Path, library: str, instead: str) -> Path:
    """A plugin folder whose xcb plugin is Qt's own but links `instead` where it linked
    `library` (a name of the same length in its list of needed libraries), so that the
    loader misses it as it misses a library that is not installed."""
    assert len(library) == len(instead)
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    plugin = (wheel_plugins() / "platforms" / "libqxcb.so").read_bytes()
    needed = library.encode() + b"\0"
    assert plugin.count(needed) == 1
    (platforms / "libqxcb.so").write_bytes(plugin.replace(needed, instead.encode() + b"\0"))
    # The plugin finds Qt's libraries at $ORIGIN/../../lib, as in the wheel.
    (tmp_path / "lib").symlink_to(wheel_plugins().parent / "lib")
    return tmp_path / "plugins"


def test_a_display_with_no_server_is_one_line_from_make_run(tmp_path: Path) -> None:
    result = run_cli("--demo", env=window_env(tmp_path, QT_QPA_PLATFORM="xcb"))
    assert result.returncode == 1
    line = assert_one_line(result.stderr)
    assert f'cannot connect to the X display "{NO_SERVER}"' in line


def test_a_platform_qt_does_not_have_is_one_line_naming_those_it_has(tmp_path: Path) -> None:
    result = run_cli(env=window_env(tmp_path, QT_QPA_PLATFORM="nosuchplatform"))
    assert result.returncode == 1
    line = assert_one_line(result.stderr)
    assert 'Qt has no "nosuchplatform" platform plugin, which QT_QPA_PLATFORM asks for' in line
    assert "xcb" in line and "offscreen" in line


WINDOW_WITHOUT_THE_QUESTION = """
import sys
from console.log_file import setup_logging
setup_logging("info")
import console.app
sys.exit(console.app.main(demo=True))
"""


def test_what_the_cli_did_not_foresee_is_one_line_from_the_window_too(tmp_path: Path) -> None:
    # The CLI's start-up (its log file), then the window without the CLI's question first:
    # Qt's own fatal error is caught. Qt's lines go to the log file.
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_WITHOUT_THE_QUESTION],
        env={
            **os.environ,
            **window_env(tmp_path, QT_QPA_PLATFORM="xcb"),
            "PYTHONPATH": str(ROOT),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1  # not Qt's abort (-6)
    line = assert_one_line(result.stderr)
    assert f"platform plugin (could not connect to display {NO_SERVER})" in line
    logged = (tmp_path / "logs" / "hunting-console.log").read_text()
    assert QT_FATAL in logged and f"qt.qpa.xcb: could not connect to display {NO_SERVER}" in logged


def test_a_library_the_plugin_links_and_the_machine_lacks_is_named(tmp_path: Path) -> None:
    plugins = plugins_needing(tmp_path, "libxcb-cursor.so.0", "libxcb-cursor.so.9")
    problem = qt_platform.window_problem(
        {"QT_QPA_PLATFORM": "xcb", "DISPLAY": NO_SERVER}, plugins=plugins
    )
    # A library no package is known for: named, with no command to install it.
    assert problem == "Qt's xcb platform plugin needs libxcb-cursor.so.9, which is not installed"


def test_a_missing_library_is_named_with_the_package_that_installs_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # glibc's words for libxcb-cursor.so.0 missing on a fresh Debian machine.
    error = "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"
    assert qt_platform.missing_libraries(error) == ["libxcb-cursor.so.0"]
    apt_get = tmp_path / "apt-get"  # only looked for on PATH, never run
    apt_get.write_text("#!/bin/sh\nexit 1\n")
    apt_get.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    hint = qt_platform.install_hint(["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    assert hint is not None
    assert re.fullmatch(r"(sudo )?apt-get install libxcb-cursor0 libxkbcommon-x11-0", hint)
    assert qt_platform.install_hint(["libnotknown.so.3"]) is None


def test_without_apt_get_no_command_is_offered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert qt_platform.install_hint(["libxcb-cursor.so.0"]) is None


def test_a_plugin_that_loads_and_needs_no_display_is_no_problem() -> None:
    assert qt_platform.window_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_qt_falls_back_to_the_next_platform_and_so_does_the_question() -> None:
    assert qt_platform.window_problem({"QT_QPA_PLATFORM": "nosuchplatform;offscreen"}) is None
    # A Wayland session with no compositor falls back to X11, which has no server either:
    # the problem told is the fallback's.
    env = {
        "XDG_SESSION_TYPE": "wayland",
        "WAYLAND_DISPLAY": "no-such-compositor",
        "DISPLAY": NO_SERVER,
    }
    problem = qt_platform.window_problem(env)
    assert problem == f'Qt\'s xcb platform plugin cannot connect to the X display "{NO_SERVER}"'


def test_the_platforms_qt_tries_in_its_order() -> None:
    assert qt_platform.platform_names({}) == ["xcb"]
    assert qt_platform.platform_names({"XDG_SESSION_TYPE": "x11"}) == ["xcb"]
    assert qt_platform.platform_names({"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]
    chosen = {"XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "xcb:nograb;offscreen"}
    assert qt_platform.platform_names(chosen) == ["xcb", "offscreen"]


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb")
def test_with_an_x_server_the_window_has_no_problem(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            sys.executable,
            "-c",
            "from console import qt_platform; print(qt_platform.window_problem())",
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == "None", result.stderr


HIDE_AND_RUN = """
set -e
mount -t overlay overlay -o "lowerdir=$LIBS,upperdir=$UPPER,workdir=$WORK" "$LIBS"
rm "$LIBS"/libxcb-cursor.so.0*
set +e
"$PYTHON" -c 'from PySide6.QtWidgets import QApplication; QApplication([])' 2>"$QT_ALONE"
echo "qt alone: $?" >&2
exec "$PYTHON" -m console --demo
"""


def _library_folder(name: str) -> Path | None:
    listed = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found = re.search(rf"^\s*{re.escape(name)} \(.*\) => (\S+)$", listed, re.MULTILINE)
    return Path(found[1]).resolve().parent if found else None


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ldconfig"),
    reason="hides a library in a mount namespace of its own: needs root",
)
def test_on_a_machine_without_libxcb_cursor0_make_run_says_what_to_install(
    tmp_path: Path,
) -> None:
    # The issue as it happens: Qt's own plugin, the machine's libraries less libxcb-cursor0.
    # It is hidden in this process's mount namespace only (an overlay with the file deleted);
    # the machine's copy and every other process are untouched.
    libs = _library_folder("libxcb-cursor.so.0")
    if libs is None:
        pytest.skip("libxcb-cursor0 is not installed, so there is nothing to hide")
    (tmp_path / "upper").mkdir()
    (tmp_path / "work").mkdir()
    env = {
        **os.environ,
        **window_env(tmp_path, QT_QPA_PLATFORM="xcb"),
        "PYTHONPATH": str(ROOT),
        "PYTHON": sys.executable,
        "LIBS": str(libs),
        "UPPER": str(tmp_path / "upper"),
        "WORK": str(tmp_path / "work"),
        "QT_ALONE": str(tmp_path / "qt-alone.txt"),
    }
    result = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", HIDE_AND_RUN],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if "qt alone:" not in result.stderr:
        pytest.skip(f"no overlay mount here: {result.stderr.strip()}")
    told, _, cli = result.stderr.partition("\n")
    # Qt alone: its raw lines and abort, as the issue reports.
    assert told == "qt alone: 134"
    assert QT_FATAL in (tmp_path / "qt-alone.txt").read_text()
    assert result.returncode == 1
    line = assert_one_line(cli)
    assert "Qt's xcb platform plugin needs libxcb-cursor.so.0, which is not installed" in line
    assert "(install it with: apt-get install libxcb-cursor0)" in line  # as root: no sudo
    assert (libs / "libxcb-cursor.so.0").exists()  # still there outside the namespace


def test_another_qt_builds_plugins_are_left_to_qt(tmp_path: Path) -> None:
    # Loading a plugin of another Qt build would bind this process to that build's Qt.
    for variable in ("QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH"):
        env = {"QT_QPA_PLATFORM": "nonesuch", variable: str(tmp_path)}
        assert qt_platform.window_problem(env) is None


def test_a_wayland_socket_handed_over_is_not_used_up_by_the_question() -> None:
    env = {"QT_QPA_PLATFORM": "wayland", "WAYLAND_SOCKET": "3"}
    assert qt_platform.window_problem(env) is None
