#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the console needs beyond its Python ones, when any is
# missing:
#   scripts/system-deps.sh window   what the console window loads (`make run`)
#   scripts/system-deps.sh tests    the window's, and what the tests add (`make test`, the default)
#   scripts/system-deps.sh --list-window   the window's package names, one a line
# As root it installs them; otherwise with sudo when sudo needs no password, else it prints the
# apt-get command to run and exits 1 (a password prompt halfway through make helps no one, and
# hangs CI). CI runs on a clean machine: everything a test needs comes from here.
set -euo pipefail

# What PySide6's Qt links to open the window, by package: every library that Qt's own libraries
# (Core, Gui, Widgets, DBus, XcbQpa, OpenGL) and its platforms, xcbglintegrations,
# platforminputcontexts, imageformats and iconengines plugins need (`ldd`/`readelf -d` over the
# wheel, `dpkg -S` for the package; Qt's "Qt for X11 Requirements" lists the same xcb ones).
# X11 goes through the xcb plugin; a Wayland session tries the wayland plugin first. Not listed:
# libc6, libstdc++6, libgcc-s1, zlib1g and libzstd1 (apt itself needs them), and a font
# (libfontconfig1 depends on one). console/qt_platform.py names the same packages when a
# platform plugin cannot load; tests/integration/test_system_deps.py keeps the two in step.
window=(
  libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libegl1 libgl1 libxkbcommon0
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
  libwayland-client0 libwayland-cursor0 libwayland-egl1
)
# The UI tests render (offscreen, with the same Qt libraries), in a font of their own; the file
# dialog's Type column reads the desktop's MIME database, which has the French the test checks
# (every desktop has it; Qt falls back to its own, English-only, without it).
tests=("${window[@]}" fonts-dejavu-core shared-mime-info)
# The encrypted token cache on Linux (msal-extensions over libsecret), tested against a real
# Secret Service: gnome-keyring in a D-Bus session of the test's own, and what PyGObject
# (the `secret-service` extra) builds against.
tests+=(dbus-daemon gnome-keyring libsecret-1-0 gir1.2-secret-1)
tests+=(libgirepository1.0-dev libcairo2-dev pkg-config)

# The .deb declares the window's libraries as its dependencies (packaging/linux/build-deb.sh).
if [ "${1:-}" = --list-window ]; then
  printf '%s\n' "${window[@]}"
  exit 0
fi

case "${1:-tests}" in
  window) packages=("${window[@]}") who="the console window needs" target="make run" ;;
  tests) packages=("${tests[@]}") who="the tests need" target="make test" ;;
  *)
    echo "usage: $0 [window|tests]" >&2
    exit 2
    ;;
esac

if [ "${1:-tests}" = window ]; then
  # Without a display `make run` runs the headless demo, which loads no Qt (as
  # console.commands.demo.display_available decides; macOS and Windows always have one).
  case "$(uname -s)" in
    Darwin | MINGW* | MSYS* | CYGWIN*) ;;
    *)
      case "${QT_QPA_PLATFORM:-}" in offscreen* | minimal*) exit 0 ;; esac
      [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || exit 0
      ;;
  esac
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    echo "system-deps: no dpkg-query/apt-get here (not Debian or Ubuntu), so the system libraries the console window needs are not checked" >&2
    exit 0
  fi
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}
missing=()
for p in "${packages[@]}"; do
  # Debian 13 and Ubuntu 24.04 renamed libraries whose ABI has a time_t (libglib2.0-0 is
  # libglib2.0-0t64 there, the old name only a virtual one dpkg does not list); apt-get
  # install takes the old name and picks the new package.
  installed "$p" || installed "${p}t64" || missing+=("$p")
done
((${#missing[@]})) || exit 0

if ! command -v apt-get >/dev/null; then
  echo "missing system packages (${missing[*]}) and no apt-get to install them" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  echo "system-deps: $who system packages that are not installed, and installing them needs root (this user has no sudo without a password); run this, then \`$target\` again:" >&2
  echo "  sudo apt-get update && sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "system-deps: installing what $who: ${missing[*]}" >&2
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
