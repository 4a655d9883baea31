"""Whether Qt can open the console window here, asked before Qt loads.

Qt answers a platform plugin that cannot start with a fatal error: a few raw lines, then an
abort. On a fresh Debian machine with a display that is `libxcb-cursor.so.0` missing. The
window's entry point (`console.cli`) asks `window_problem` first and says in one line what is
wrong and which package to install; `make run` installs the same packages beforehand
(`scripts/system-deps.sh window`). Nothing here imports Qt: the plugin is found by its path in
the PySide6 wheel and loaded with the dynamic loader, as Qt would load it, and the display is
connected to with the plugin's own client library.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# The libraries Qt's own libraries and window plugins link that a Debian or Ubuntu machine
# may lack, by the package that installs each: scripts/system-deps.sh's `window` set
# (tests/integration/test_system_deps.py keeps the two in step).
DEBIAN_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# What the dynamic loader says of a library it cannot find (glibc's wording).
_NOT_FOUND = re.compile(r"(?P<library>[^\s:/]+\.so[.\w]*): cannot open shared object file")
_LDD_NOT_FOUND = re.compile(r"^\s*(?P<library>\S+) => not found", re.MULTILINE)


def window_problem(env: Mapping[str, str] | None = None, plugins: Path | None = None) -> str | None:
    """Why Qt could not start a platform plugin for the window here, in one sentence; None
    when it can (or when this cannot tell: then Qt has the last word, as before).

    `plugins` is Qt's plugin folder (default: the PySide6 wheel's). Qt tries the platforms of
    QT_QPA_PLATFORM in turn, else "wayland" then "xcb" in a Wayland session, else "xcb"; the
    window opens if one starts, so the problem told is the last one's (the fallback).
    """
    if sys.platform in ("win32", "darwin"):  # the wheel brings its platform plugin
        return None
    env = os.environ if env is None else env
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH") or env.get("QT_PLUGIN_PATH"):
        # Plugins of another Qt build may be there: loading one here would bind this process
        # to that build's Qt before PySide6 loads its own. Qt reads their metadata first and
        # skips a mismatch; console.app turns a plugin that fails into one line all the same.
        return None
    plugins = plugins or _wheel_plugins()
    if plugins is None:  # no PySide6: importing Qt says so
        return None
    problem: str | None = None
    for name in platform_names(env):
        problem = _platform_problem(name, plugins / "platforms", env)
        if problem is None:
            return None
    return problem


def platform_names(env: Mapping[str, str]) -> list[str]:
    """The platforms Qt tries, in its order (QGuiApplicationPrivate::createPlatformIntegration)."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        names = [part.split(":", 1)[0].strip() for part in chosen.split(";")]
        return [name for name in names if name]
    if env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def missing_libraries(load_error: str, plugin: Path | None = None) -> list[str]:
    """The libraries a plugin cannot load for want of, from the loader's error (the first it
    met) and, where `ldd` is at hand, every other one it would meet next."""
    found = _NOT_FOUND.search(load_error)
    if found is None:
        return []
    missing = [found["library"]]
    if plugin is not None and shutil.which("ldd"):
        try:
            listed = subprocess.run(
                ["ldd", str(plugin)], capture_output=True, text=True, timeout=30
            ).stdout
        except (OSError, subprocess.SubprocessError):
            listed = ""
        missing += _LDD_NOT_FOUND.findall(listed)
    return list(dict.fromkeys(missing))


def install_hint(libraries: Sequence[str]) -> str | None:
    """The apt-get command that installs these libraries, where apt-get is the way to."""
    packages = sorted({DEBIAN_PACKAGES[name] for name in libraries if name in DEBIAN_PACKAGES})
    if not packages or not shutil.which("apt-get"):
        return None
    sudo = "" if os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install {' '.join(packages)}"


def _wheel_plugins() -> Path | None:
    try:
        spec = importlib.util.find_spec("PySide6")  # finds the package without importing it
    except ValueError:  # sys.modules holds None for it: it does not import
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins"


def _plugin_files(name: str) -> tuple[str, ...]:
    # Since Qt 6.10 one library holds the "wayland", "wayland-egl" and "wayland-brcm"
    # platforms; before, each had its own (PySide6 6.7 to 6.9 ship those).
    if name.startswith("wayland"):
        return ("libqwayland.so", f"libq{name}.so", "libqwayland-generic.so")
    return (f"libq{name}.so",)


def _platform_problem(name: str, folder: Path, env: Mapping[str, str]) -> str | None:
    present = [folder / file for file in _plugin_files(name) if (folder / file).is_file()]
    if not present:
        platforms = ", ".join(_platforms_in(folder)) or "none"
        asked = ", which QT_QPA_PLATFORM asks for" if env.get("QT_QPA_PLATFORM") else ""
        return f'Qt has no "{name}" platform plugin{asked} (it has: {platforms})'
    problem: str | None = None
    for plugin in present:
        problem = _load_problem(name, plugin)
        if problem is None:
            return _display_problem(name, env)
    return problem


def _platforms_in(folder: Path) -> list[str]:
    names = (path.name.removeprefix("libq").removesuffix(".so") for path in folder.glob("libq*.so"))
    return sorted(names)


def _load_problem(name: str, plugin: Path) -> str | None:
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        missing = missing_libraries(str(error), plugin)
        if not missing:
            return f"Qt's {name} platform plugin does not load ({error})"
        needs = " and ".join([", ".join(missing[:-1]), missing[-1]] if missing[:-1] else missing)
        which = "which is" if len(missing) == 1 else "which are"
        hint = install_hint(missing)
        how = f" (install {'it' if len(missing) == 1 else 'them'} with: {hint})" if hint else ""
        return f"Qt's {name} platform plugin needs {needs}, {which} not installed{how}"
    return None


def _display_problem(name: str, env: Mapping[str, str]) -> str | None:
    """Whether the plugin's display answers: Qt's xcb and wayland plugins abort when not."""
    if name == "xcb":
        return _x_display_problem(env.get("DISPLAY", ""))
    if name.startswith("wayland"):
        if env.get("WAYLAND_SOCKET"):  # a socket handed over for one connection: Qt's
            return None
        return _wayland_display_problem(env.get("WAYLAND_DISPLAY", ""))
    return None


def _x_display_problem(display: str) -> str | None:
    try:
        xcb = ctypes.CDLL("libxcb.so.1")  # the xcb plugin loaded, so its client library is here
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode() or None, None)
    try:
        failed = xcb.xcb_connection_has_error(connection)
    finally:
        xcb.xcb_disconnect(connection)
    if not failed:
        return None
    shown = f'"{display}"' if display else "(DISPLAY is not set)"
    return f"Qt's xcb platform plugin cannot connect to the X display {shown}"


def _wayland_display_problem(display: str) -> str | None:
    try:
        wayland = ctypes.CDLL("libwayland-client.so.0")
    except OSError:
        return None
    wayland.wl_display_connect.restype = ctypes.c_void_p
    wayland.wl_display_connect.argtypes = [ctypes.c_char_p]
    wayland.wl_display_disconnect.argtypes = [ctypes.c_void_p]
    connection = wayland.wl_display_connect(display.encode() or None)
    if connection:
        wayland.wl_display_disconnect(connection)
        return None
    shown = f'"{display}"' if display else '"wayland-0" (WAYLAND_DISPLAY is not set)'
    return f"Qt's wayland platform plugin cannot connect to the Wayland display {shown}"
