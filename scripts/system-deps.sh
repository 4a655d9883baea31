#!/usr/bin/env bash
# Installs the system libraries the tests and the GUI need, on Debian/Ubuntu, when
# any is missing. CI runs on a clean machine: everything a test needs comes from here.
set -euo pipefail

packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 fonts-dejavu-core libdbus-1-3)
# The encrypted token cache on Linux (msal-extensions over libsecret), tested against a real
# Secret Service: gnome-keyring in a D-Bus session of the test's own, and what PyGObject
# (the `secret-service` extra) builds against.
packages+=(dbus-daemon gnome-keyring libsecret-1-0 gir1.2-secret-1)
packages+=(libgirepository1.0-dev libcairo2-dev pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "missing system packages (${missing[*]}) and no apt-get to install them" >&2
    exit 1
  fi
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing system packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
