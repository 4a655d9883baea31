#!/usr/bin/env bash
# Screenshots of the main screens, rendered under Xvfb (real X11 fonts and popup menus),
# into docs/screenshots/. English by default; `scripts/screenshots.sh fr` for French.
set -euo pipefail
cd "$(dirname "$0")/.."
need=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
      fonts-noto-cjk)  # tags and names in any script must render, not as boxes
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
export HUNTING_CONSOLE_HOME="$(mktemp -d)"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/take_screenshots.py --lang "${1:-en}" "${@:2}"
