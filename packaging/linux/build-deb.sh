#!/usr/bin/env bash
# Build the Debian/Ubuntu package from the frozen one-folder app (packaging/hunting-console.spec).
#   packaging/linux/build-deb.sh [--tree dist/hunting-console] [--version V] [--out dist]
# --version stamps the build: the tree's console/VERSION (what --version and Help > About say)
# and the package's version both become V; the packaging check builds the "previous" package
# of an upgrade this way. Without it, console/VERSION's.
#
# Installs: /opt/hunting-console (the app), /usr/bin/hunting-console (the launcher),
# /usr/share/applications/hunting-console.desktop, hicolor icons. Depends on the system
# libraries Qt loads to open a window (scripts/system-deps.sh --list-window).
set -euo pipefail
cd "$(dirname "$0")/../.."

tree=dist/hunting-console
version=""
out=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --tree) tree=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "usage: $0 [--tree DIR] [--version V] [--out DIR]" >&2; exit 2 ;;
  esac
done
[ -x "$tree/hunting-console" ] || { echo "build-deb: no frozen app in $tree (make frozen)" >&2; exit 1; }
version=${version:-$(tr -d '[:space:]' < console/VERSION)}
arch=$(dpkg --print-architecture)
# Reproducible: the same tree and commit give the same package, byte for byte (dpkg-deb clamps
# every file's time to this, and the build's own staging times do not leak in).
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
export SOURCE_DATE_EPOCH

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
root=$staging/root
install -d "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/DEBIAN" \
  "$root/usr/share/doc/hunting-console"
cp -a "$tree" "$root/opt/hunting-console"
printf '%s\n' "$version" > "$root/opt/hunting-console/_internal/console/VERSION"
install -m 0755 packaging/linux/launcher.sh "$root/usr/bin/hunting-console"
install -m 0644 packaging/linux/hunting-console.desktop "$root/usr/share/applications/"
for size in 16 32 48 64 128 256 512; do
  install -D -m 0644 "packaging/icons/hunting-console-$size.png" \
    "$root/usr/share/icons/hicolor/${size}x${size}/apps/hunting-console.png"
done
install -D -m 0644 packaging/icons/hunting-console.svg \
  "$root/usr/share/icons/hicolor/scalable/apps/hunting-console.svg"
install -m 0644 packaging/linux/README.Debian "$root/usr/share/doc/hunting-console/"
install -m 0644 packaging/policy.example.json "$root/usr/share/doc/hunting-console/"
install -m 0755 packaging/linux/postinst packaging/linux/postrm "$root/DEBIAN/"
# Whoever builds, files are root's, and no one else may write them.
chmod -R u+rwX,go+rX,go-w "$root/opt" "$root/usr"

# Each library as Debian 12 names it, or as Debian 13 / Ubuntu 24.04 renamed it (t64).
depends=$(bash scripts/system-deps.sh --list-window | while read -r p; do
  case "$p" in
    libglib2.0-0) echo "libglib2.0-0t64 | libglib2.0-0" ;;
    *) echo "$p" ;;
  esac
done | paste -sd, - | sed 's/,/, /g')
cat > "$root/DEBIAN/control" <<CONTROL
Package: hunting-console
Version: $version
Architecture: $arch
Maintainer: Hunting Console developers <hunting-console@localhost>
Section: net
Priority: optional
Installed-Size: $(du -sk "$root/opt" "$root/usr" | awk '{s += $1} END {print s}')
Depends: $depends
Homepage: https://learn.microsoft.com/defender-xdr/defender-experts-for-hunting
Description: Desktop console for Microsoft Defender Experts for Hunting
 One window onto a tenant's Defender data for SOC analysts: incidents, alerts,
 devices and Defender Experts notifications, from a local cache that works
 offline, with Ask Defender Experts.
CONTROL

mkdir -p "$out"
file="$out/hunting-console_${version}_${arch}.deb"
# gzip: xz saves a few MB and costs a minute a build, twice in the packaging check.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$file" >/dev/null
echo "$file"
